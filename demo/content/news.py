"""The news index and twenty articles spread over the last fourteen months.

Articles avoid naming months or seasons: their dates move with the day the command runs.
"""

from .blocks import (
    bullets,
    call_to_action,
    heading,
    image_ref,
    page_ref,
    paragraph,
    person_ref,
    quote,
    rich,
    tag_ref,
)
from .dates import days_from_today, published

# key -> name in each language. Spanish articles carry the Spanish tags.
TAGS = {
    "early-childhood": {"en": "Early childhood", "es": "Primera infancia"},
    "school-funding": {"en": "School funding", "es": "Financiamiento escolar"},
    "family-voice": {"en": "Family voice", "es": "Voz de las familias"},
    "racial-equity": {"en": "Racial equity", "es": "Equidad racial"},
    "multilingual-learners": {"en": "Multilingual learners", "es": "Estudiantes multilingües"},
    "educator-workforce": {"en": "Educator workforce", "es": "Personal educativo"},
    "legislative-session": {"en": "Legislative session", "es": "Sesión legislativa"},
    "community-of-practice": {"en": "Community of practice", "es": "Comunidad de práctica"},
}

INDEX = {
    "key": "news",
    "parent": "home",
    "show_in_menus": True,
    "listing_image": image_ref("news"),
    "en": {
        "slug": "news",
        "title": "News",
        "seo_title": "News from the Alliance for Learning Equity",
        "search_description": "Updates from the capitol, our initiatives and our allies across the state.",
        "listing_summary": "Updates from the capitol, our initiatives and our allies.",
        "intro": rich("Updates from the capitol, from our initiatives and from allies across the state."),
    },
    "es": {
        "slug": "noticias",
        "title": "Noticias",
        "seo_title": "Noticias de la Alianza por la Equidad en el Aprendizaje",
        "search_description": (
            "Novedades del Capitolio, de nuestras iniciativas y de nuestros aliados en todo el estado."
        ),
        "listing_summary": "Novedades del Capitolio, de nuestras iniciativas y de nuestros aliados.",
        "intro": rich(
            "Novedades del Capitolio, de nuestras iniciativas y de nuestros aliados en todo el estado."
        ),
    },
}


def article(key, days_ago, *, tags, authors, initiatives=(), image=None, en, es):
    """One news article; `image` names a listing image from demo.content.media.IMAGES."""
    return {
        "key": key,
        "parent": "news",
        "date": days_from_today(-days_ago),
        # The admin's history and "recently published" lists then agree with the article date.
        "first_published_at": published(-days_ago),
        "tags": [tag_ref(tag) for tag in tags],
        "authors": [person_ref(person) for person in authors],
        "related_initiatives": [page_ref(initiative) for initiative in initiatives],
        "listing_image": image_ref(image) if image else None,
        "en": en,
        "es": es,
    }


ARTICLES = [
    article(
        "new-allies",
        415,
        tags=["family-voice", "racial-equity"],
        authors=["rosa"],
        image="news-new-allies",
        en={
            "slug": "twelve-new-allies-join",
            "title": "Twelve new allies join the alliance",
            "summary": (
                "A tenants' union, two Head Start programs and a youth debate league are among the "
                "organizations that signed on this quarter, bringing the alliance to forty-one allies."
            ),
            "body": [
                paragraph(
                    "The alliance welcomed twelve new ally organizations this quarter, its largest group "
                    "since the founding year. They include a tenants' union whose members asked why "
                    "their children change schools every time the rent goes up, two Head Start programs "
                    "and a youth debate league that wants students at the table when budgets are set.",
                    "New allies join the monthly allies' call, vote on next year's agenda and choose, one "
                    "action at a time, what to put their name to.",
                ),
                quote(
                    "Every new ally brings people we could not have reached on our own.",
                    "Rosa Delgado-Whitfield",
                    "Executive Director",
                ),
            ],
        },
        es={
            "slug": "doce-nuevos-aliados-se-suman",
            "title": "Doce nuevos aliados se suman a la alianza",
            "summary": (
                "Un sindicato de inquilinos, dos programas Head Start y una liga juvenil de debate están "
                "entre las organizaciones que se sumaron este trimestre; ya somos cuarenta y un aliados."
            ),
            "body": [
                paragraph(
                    "La alianza dio la bienvenida a doce nuevas organizaciones aliadas este trimestre, el "
                    "grupo más numeroso desde el año de su fundación. Entre ellas hay un sindicato de "
                    "inquilinos cuyos miembros se preguntaban por qué sus hijos cambian de escuela cada "
                    "vez que sube el alquiler, dos programas Head Start y una liga juvenil de debate que "
                    "quiere que las y los estudiantes participen cuando se fijan los presupuestos.",
                    "Los nuevos aliados se suman a la llamada mensual, votan la agenda del próximo año y "
                    "eligen, acción por acción, qué firmar.",
                ),
                quote(
                    "Cada nuevo aliado trae consigo a personas a las que nunca habríamos llegado solos.",
                    "Rosa Delgado-Whitfield",
                    "Directora ejecutiva",
                ),
            ],
        },
    ),
    article(
        "tour-sets-out",
        428,
        tags=["early-childhood", "educator-workforce"],
        authors=["marcus", "samuel"],
        initiatives=["listening-tour"],
        image="news-tour-sets-out",
        en={
            "slug": "listening-tour-sets-out",
            "title": "Our early educator listening tour sets out",
            "summary": (
                "Over the next nine months we will visit five regions to hear from the people who care "
                "for infants, toddlers and preschoolers, in English and in Spanish."
            ),
            "body": [
                paragraph(
                    "Policy about child care is usually written by people who have never run a toddler "
                    "room. Our listening tour starts from the other end: five regional stops, each hosted "
                    "by an ally, where early educators tell us what their work is really like.",
                    "Every stop has Spanish interpretation, child care for participants' own children "
                    "and a hot meal. Participants receive a stipend for their time.",
                ),
                heading("How to take part", "h2"),
                paragraph(
                    "Early educators can join any stop; no registration is needed. Directors can ask us "
                    "to bring a listening session to their center."
                ),
            ],
        },
        es={
            "slug": "comienza-la-gira-de-escucha",
            "title": "Comienza nuestra gira de escucha con educadores de la primera infancia",
            "summary": (
                "Durante los próximos nueve meses visitaremos cinco regiones para escuchar a quienes "
                "cuidan a bebés, niñas y niños pequeños y preescolares, en inglés y en español."
            ),
            "body": [
                paragraph(
                    "Las políticas de cuidado infantil suelen escribirlas personas que nunca han estado a "
                    "cargo de un salón de niños pequeños. Nuestra gira de escucha empieza por el otro "
                    "extremo: cinco paradas regionales, cada una organizada por un aliado, donde los "
                    "educadores nos cuentan cómo es de verdad su trabajo.",
                    "Cada parada cuenta con interpretación al español, cuidado infantil para los hijos "
                    "de quienes participan y una comida caliente. Las y los participantes reciben un "
                    "estipendio por su tiempo.",
                ),
                heading("Cómo participar", "h2"),
                paragraph(
                    "Los educadores de la primera infancia pueden asistir a cualquier parada sin "
                    "inscribirse. Las directoras y directores pueden pedirnos que llevemos una sesión de "
                    "escucha a su centro."
                ),
            ],
        },
    ),
    article(
        "budget-numbers",
        362,
        image="news-budget-numbers",
        tags=["school-funding", "legislative-session"],
        authors=["priya"],
        en={
            "slug": "five-budget-numbers",
            "title": "Budget hearings: five numbers every advocate should know",
            "summary": (
                "Before you testify on the education budget, know these five figures. Our research lead "
                "explains where each comes from and why it matters."
            ),
            "body": [
                paragraph(
                    "Budget hearings move fast, and lawmakers remember the witness who had the number "
                    "they needed. Here are five we will be repeating all session:",
                    bullets(
                        "<b>$1,140</b>: the gap per student between the best- and worst-funded quarter "
                        "of districts.",
                        "<b>38%</b>: the share of districts where funding for multilingual learners has "
                        "not changed in a decade.",
                        "<b>1 in 4</b>: the share of rural districts that lost money last year because "
                        "enrollment dipped.",
                        "<b>$14.20</b>: the median hourly wage of a lead teacher in a child care center.",
                        "<b>0</b>: the number of parents with a vote on the state's funding review panel.",
                    ),
                ),
                paragraph(
                    "Each figure comes from public state data; our workbook shows every step of the "
                    "calculation. Allies can ask us for a version for their own district."
                ),
            ],
        },
        es={
            "slug": "cinco-cifras-del-presupuesto",
            "title": "Audiencias presupuestarias: cinco cifras que todo activista debe conocer",
            "summary": (
                "Antes de dar testimonio sobre el presupuesto educativo, conoce estas cinco cifras. "
                "Nuestra responsable de investigación explica de dónde sale cada una y por qué importa."
            ),
            "body": [
                paragraph(
                    "Las audiencias presupuestarias van rápido, y los legisladores recuerdan al testigo "
                    "que tenía la cifra que necesitaban. Estas son cinco que repetiremos toda la sesión:",
                    bullets(
                        "<b>1.140 dólares</b>: la diferencia por estudiante entre el cuarto de distritos "
                        "mejor financiado y el peor financiado.",
                        "<b>38 %</b>: la proporción de distritos donde el financiamiento para estudiantes "
                        "multilingües no ha cambiado en una década.",
                        "<b>1 de cada 4</b>: los distritos rurales que perdieron fondos el año pasado "
                        "porque bajó la matrícula.",
                        "<b>14,20 dólares</b>: el salario medio por hora de una maestra principal en un "
                        "centro de cuidado infantil.",
                        "<b>0</b>: el número de madres o padres con voto en el panel estatal de revisión "
                        "del financiamiento.",
                    ),
                ),
                paragraph(
                    "Cada cifra proviene de datos públicos del estado; nuestro libro de cálculo muestra "
                    "cada paso. Los aliados pueden pedirnos una versión para su propio distrito."
                ),
            ],
        },
    ),
    article(
        "multilingual-day",
        338,
        tags=["multilingual-learners", "family-voice", "legislative-session"],
        authors=["grace"],
        image="news-multilingual-day",
        en={
            "slug": "families-fill-capitol-multilingual-learner-day",
            "title": "Families fill the capitol for Multilingual Learner Day",
            "summary": (
                "More than two hundred parents and students met their legislators in six languages, "
                "asking for bilingual teachers and report cards families can read."
            ),
            "body": [
                paragraph(
                    "The hallway outside the education committee has rarely sounded like this: Spanish, "
                    "Vietnamese, Arabic, Somali, Haitian Creole and English, all at once. More than two "
                    "hundred parents and students came to the capitol to meet their legislators, with "
                    "interpreters from six ally organizations at their side.",
                    "Their requests were simple: more bilingual teachers, and report cards and "
                    "enrollment forms in the languages families speak at home.",
                ),
                quote(
                    "My son is learning two languages. The school only counts one of them.",
                    "Luis Herrera",
                    "Parent Leader, Eastside Parents United",
                ),
                paragraph(
                    "Three legislators agreed on the spot to co-sponsor a translation bill next session."
                ),
            ],
        },
        es={
            "slug": "familias-llenan-el-capitolio",
            "title": "Las familias llenan el Capitolio en el Día de los Estudiantes Multilingües",
            "summary": (
                "Más de doscientas madres, padres y estudiantes se reunieron con sus legisladores en seis "
                "idiomas para pedir docentes bilingües y boletas de calificaciones que las familias "
                "puedan leer."
            ),
            "body": [
                paragraph(
                    "El pasillo frente a la comisión de educación pocas veces ha sonado así: español, "
                    "vietnamita, árabe, somalí, criollo haitiano e inglés, todo a la vez. Más de "
                    "doscientas madres, padres y estudiantes llegaron al Capitolio para reunirse con sus "
                    "legisladores, acompañados por intérpretes de seis organizaciones aliadas.",
                    "Sus peticiones eran sencillas: más docentes bilingües, y boletas de calificaciones y "
                    "formularios de inscripción en los idiomas que las familias hablan en casa.",
                ),
                quote(
                    "Mi hijo está aprendiendo dos idiomas. La escuela solo cuenta uno.",
                    "Luis Herrera",
                    "Líder de madres y padres, Eastside Parents United",
                ),
                paragraph(
                    "Tres legisladores aceptaron en el momento copatrocinar un proyecto de ley de "
                    "traducción en la próxima sesión."
                ),
            ],
        },
    ),
    article(
        "session-wrap-up",
        300,
        image="news-session-wrap-up",
        tags=["legislative-session", "school-funding", "early-childhood"],
        authors=["marcus"],
        en={
            "slug": "legislative-session-wrap-up",
            "title": "Session wrap-up: two wins, one near miss and a plan for next year",
            "summary": (
                "Lawmakers funded interpretation at state board meetings and protected rural districts "
                "from enrollment dips. The early educator pay scale fell three votes short."
            ),
            "body": [
                heading("What passed"),
                paragraph(
                    bullets(
                        "<b>Interpretation at state board meetings</b>, paid for in the budget for the "
                        "first time.",
                        "<b>A two-year hold-harmless for rural districts</b>, so a single bad enrollment "
                        "year no longer costs them teachers.",
                    )
                ),
                heading("What did not, yet"),
                paragraph(
                    "The early educator pay scale cleared the education committee but fell three votes "
                    "short in appropriations. That is closer than anyone predicted, and it is the first "
                    "thing on our list for next session.",
                    "Thank you to every ally who signed a letter, and to the forty-two members who "
                    "testified.",
                ),
            ],
        },
        es={
            "slug": "balance-de-la-sesion-legislativa",
            "title": (
                "Balance de la sesión: dos victorias, una derrota por poco y un plan para el próximo año"
            ),
            "summary": (
                "Los legisladores financiaron la interpretación en las reuniones de la junta estatal y "
                "protegieron a los distritos rurales de las caídas de matrícula. La escala salarial para "
                "educadores de la primera infancia se quedó a tres votos."
            ),
            "body": [
                heading("Lo que se aprobó"),
                paragraph(
                    bullets(
                        "<b>Interpretación en las reuniones de la junta estatal</b>, incluida en el "
                        "presupuesto por primera vez.",
                        "<b>Dos años de protección para los distritos rurales</b>, para que un mal año de "
                        "matrícula ya no les cueste docentes.",
                    )
                ),
                heading("Lo que aún no"),
                paragraph(
                    "La escala salarial para educadores de la primera infancia superó la comisión de "
                    "educación, pero se quedó a tres votos en la de asignaciones presupuestarias. Es más "
                    "de lo que nadie esperaba, y es lo primero en nuestra lista para la próxima sesión.",
                    "Gracias a cada aliado que firmó una carta y a los cuarenta y dos miembros que dieron "
                    "testimonio.",
                ),
            ],
        },
    ),
    article(
        "staffing-data",
        272,
        tags=["early-childhood", "educator-workforce"],
        authors=["priya"],
        initiatives=["listening-tour"],
        image="news-staffing-data",
        en={
            "slug": "child-care-staff-leaving-for-retail",
            "title": "Child care centers are losing staff to retail. Here is the data.",
            "summary": (
                "State wage records show early educators leaving for warehouse and store jobs that pay "
                "more from the first day. Our listening tour hears the same story."
            ),
            "body": [
                paragraph(
                    "We matched anonymized state wage records for people who left child care jobs over "
                    "three years. The most common next employer was not a school: it was a warehouse, a "
                    "grocery chain or a big-box store, paying on average $2.60 more an hour.",
                    "The numbers match what early educators told us at every stop of the listening tour "
                    "so far.",
                ),
                quote(
                    "We are not losing teachers to other centers. We are losing them to the checkout line.",
                    "Samuel Okonkwo",
                    "Center Director, Little Oaks Child Development Center",
                ),
            ],
        },
        es={
            "slug": "centros-de-cuidado-pierden-personal",
            "title": (
                "Los centros de cuidado infantil pierden personal frente al comercio. Estos son los datos."
            ),
            "summary": (
                "Los registros salariales del estado muestran que los educadores de la primera infancia "
                "se van a almacenes y tiendas que pagan más desde el primer día. En la gira de escucha "
                "oímos lo mismo."
            ),
            "body": [
                paragraph(
                    "Cruzamos registros salariales anónimos del estado de personas que dejaron empleos en "
                    "cuidado infantil durante tres años. El siguiente empleador más común no fue una "
                    "escuela, sino un almacén, una cadena de supermercados o una gran tienda, que pagaban "
                    "en promedio 2,60 dólares más por hora.",
                    "Las cifras coinciden con lo que los educadores nos han contado en cada parada de la "
                    "gira de escucha hasta ahora.",
                ),
                quote(
                    "No perdemos maestras frente a otros centros. Las perdemos frente a la caja "
                    "registradora.",
                    "Samuel Okonkwo",
                    "Director del Centro de Desarrollo Infantil Little Oaks",
                ),
            ],
        },
    ),
    article(
        "reading-list",
        246,
        image="news-reading-list",
        tags=["racial-equity", "school-funding"],
        authors=["grace", "rosa"],
        en={
            "slug": "staff-reading-list",
            "title": "What we are reading: the staff's list on schools and equity",
            "summary": (
                "A history of school funding told through one county, a memoir by a bilingual teacher "
                "and a practical guide to running meetings that families actually want to attend."
            ),
            "body": [
                paragraph(
                    "Every few months the staff swap the books that changed how we think about our work. "
                    "This round's favorites, briefly:",
                    bullets(
                        "A history of one county's school funding across a century, and how every "
                        "formula change was argued over by people who never set foot in the schools.",
                        "A memoir by a bilingual kindergarten teacher about her first ten years in the "
                        "classroom.",
                        "A practical guide to family meetings: timing, food, child care and who speaks "
                        "first.",
                    ),
                    "Ask us for the full titles, or better, tell us what you are reading.",
                ),
            ],
        },
        es={
            "slug": "lista-de-lecturas-del-equipo",
            "title": "Qué estamos leyendo: la lista del equipo sobre escuelas y equidad",
            "summary": (
                "La historia del financiamiento escolar contada a través de un condado, las memorias de "
                "una maestra bilingüe y una guía práctica para organizar reuniones a las que las familias "
                "quieran ir."
            ),
            "body": [
                paragraph(
                    "Cada pocos meses el equipo intercambia los libros que cambiaron nuestra manera de "
                    "ver el trabajo. Los favoritos de esta ronda, en breve:",
                    bullets(
                        "La historia del financiamiento escolar de un condado a lo largo de un siglo, y "
                        "de cómo cada cambio de fórmula lo debatieron personas que nunca pisaron esas "
                        "escuelas.",
                        "Las memorias de una maestra bilingüe de kínder sobre sus primeros diez años en "
                        "el aula.",
                        "Una guía práctica para reuniones con familias: horarios, comida, cuidado "
                        "infantil y quién habla primero.",
                    ),
                    "Pídenos los títulos completos o, mejor aún, cuéntanos qué estás leyendo.",
                ),
            ],
        },
    ),
    article(
        "cop-announced",
        212,
        tags=["community-of-practice", "family-voice", "racial-equity"],
        authors=["rosa"],
        initiatives=["family-leadership"],
        image="news-cop-announced",
        en={
            "slug": "family-leadership-community-of-practice-announced",
            "title": "Announcing the Family Leadership Community of Practice",
            "summary": (
                "A nine-month program for ally organizations that want parents and early educators to "
                "share real decisions in their advocacy. Applications are open to all allies."
            ),
            "body": [
                paragraph(
                    "Many of our allies say families should lead, and many admit they are not sure how "
                    "to make that true inside their own organizations. The Family Leadership Community "
                    "of Practice is our answer: nine monthly sessions where teams from ally organizations "
                    "learn together, try things out at work and report back.",
                    "Two experienced facilitators will guide the cohort, and six parents and four early "
                    "educators will take part as paid advisors, not guests.",
                ),
                heading("Who should apply", "h2"),
                paragraph(
                    "Any ally organization can send a team of two staff members who can commit to all "
                    "nine sessions. There is no fee."
                ),
                call_to_action(
                    "Not an ally yet?",
                    "Organizations must be allies to apply. Joining is free.",
                    "How to become an ally",
                    page="membership",
                ),
            ],
        },
        es={
            "slug": "anunciamos-la-comunidad-de-practica",
            "title": "Anunciamos la Comunidad de Práctica de Liderazgo Familiar",
            "summary": (
                "Un programa de nueve meses para organizaciones aliadas que quieren que madres, padres y "
                "educadores de la primera infancia compartan decisiones reales en su incidencia. La "
                "convocatoria está abierta a todos los aliados."
            ),
            "body": [
                paragraph(
                    "Muchos de nuestros aliados dicen que las familias deben liderar, y muchos reconocen "
                    "que no saben bien cómo hacerlo realidad dentro de sus propias organizaciones. La "
                    "Comunidad de Práctica de Liderazgo Familiar es nuestra respuesta: nueve sesiones "
                    "mensuales en las que equipos de organizaciones aliadas aprenden juntos, prueban "
                    "cosas en su trabajo y comparten los resultados.",
                    "Dos facilitadores con experiencia guiarán a la cohorte, y seis madres y padres y "
                    "cuatro educadores de la primera infancia participarán como asesores remunerados, no "
                    "como invitados.",
                ),
                heading("Quién puede postularse", "h2"),
                paragraph(
                    "Cualquier organización aliada puede enviar un equipo de dos personas de su personal "
                    "que puedan comprometerse con las nueve sesiones. No tiene costo."
                ),
                call_to_action(
                    "¿Aún no eres aliado?",
                    "Las organizaciones deben ser aliadas para postularse. Sumarse es gratis.",
                    "Cómo ser aliado",
                    page="membership",
                ),
            ],
        },
    ),
    article(
        "budget-questions",
        190,
        image="news-budget-questions",
        tags=["school-funding", "family-voice"],
        authors=["priya", "luis"],
        en={
            "slug": "ten-questions-district-budget",
            "title": "Ten questions to ask about your district's budget",
            "summary": (
                "A parent leader and our research lead wrote the questions they wish they had known to "
                "ask at their first budget hearing."
            ),
            "body": [
                paragraph(
                    "District budget hearings are public, but the documents can run to three hundred "
                    "pages. Start with these questions and you will learn more in ten minutes than most "
                    "people learn all year:",
                    "<ol><li>How much does the district spend per student, and how does that compare "
                    "with last year?</li><li>How much goes to each school?</li><li>Which schools get "
                    "the most experienced teachers?</li><li>How is money for multilingual learners "
                    "spent?</li><li>How many counselors are there per student?</li><li>What was cut, "
                    "and who decided?</li><li>Which one-time funds are ending?</li><li>How were "
                    "families asked for their views?</li><li>When is the next chance to comment?"
                    "</li><li>Who do I call with follow-up questions?</li></ol>",
                ),
                quote(
                    "The first time I asked question six, the room went quiet. Then three other parents "
                    "asked it too.",
                    "Luis Herrera",
                    "Parent Leader, Eastside Parents United",
                ),
            ],
        },
        es={
            "slug": "diez-preguntas-presupuesto-del-distrito",
            "title": "Diez preguntas sobre el presupuesto de tu distrito",
            "summary": (
                "Un líder de madres y padres y nuestra responsable de investigación escribieron las "
                "preguntas que les habría gustado saber hacer en su primera audiencia presupuestaria."
            ),
            "body": [
                paragraph(
                    "Las audiencias presupuestarias de los distritos son públicas, pero los documentos "
                    "pueden tener trescientas páginas. Empieza con estas preguntas y aprenderás en diez "
                    "minutos más que la mayoría en todo un año:",
                    "<ol><li>¿Cuánto gasta el distrito por estudiante y cómo se compara con el año "
                    "pasado?</li><li>¿Cuánto recibe cada escuela?</li><li>¿Qué escuelas tienen a los "
                    "docentes con más experiencia?</li><li>¿Cómo se gastan los fondos para estudiantes "
                    "multilingües?</li><li>¿Cuántos consejeros hay por estudiante?</li><li>¿Qué se "
                    "recortó y quién lo decidió?</li><li>¿Qué fondos temporales se terminan?</li><li>"
                    "¿Cómo se pidió la opinión de las familias?</li><li>¿Cuándo es la próxima "
                    "oportunidad para comentar?</li><li>¿A quién llamo con más preguntas?</li></ol>",
                ),
                quote(
                    "La primera vez que hice la pregunta seis, la sala se quedó en silencio. Luego otros "
                    "tres padres la hicieron también.",
                    "Luis Herrera",
                    "Líder de madres y padres, Eastside Parents United",
                ),
            ],
        },
    ),
    article(
        "meet-facilitators",
        165,
        image="news-meet-facilitators",
        tags=["community-of-practice", "family-voice"],
        authors=["grace"],
        initiatives=["family-leadership"],
        en={
            "slug": "meet-the-facilitators",
            "title": "Meet the facilitators of the Family Leadership Community of Practice",
            "summary": (
                "Ana Lucía Ferreira and Jordan Whitaker bring decades of organizing and adult learning "
                "to the alliance's first community of practice."
            ),
            "body": [
                paragraph(
                    "Ana Lucía Ferreira has spent fifteen years organizing parents, first as a volunteer "
                    "at her children's school and now at Puentes Family Network. Jordan Whitaker "
                    "founded Common Ground Learning Studio to design meetings where a parent, a "
                    "superintendent and a funder can plan as equals.",
                    "We asked them what they hope participants will take home.",
                ),
                quote(
                    "One habit. If every team leaves with one new habit that hands a real decision to "
                    "families, we will have done our job.",
                    "Jordan Whitaker",
                    "Co-facilitator",
                ),
                quote(
                    "Courage to slow down. Partnership takes longer at first, and it is worth every minute.",
                    "Ana Lucía Ferreira",
                    "Co-facilitator",
                ),
            ],
        },
        es={
            "slug": "conoce-a-quienes-facilitan",
            "title": "Conoce a quienes facilitan la Comunidad de Práctica de Liderazgo Familiar",
            "summary": (
                "Ana Lucía Ferreira y Jordan Whitaker aportan décadas de organización comunitaria y "
                "aprendizaje de personas adultas a la primera comunidad de práctica de la alianza."
            ),
            "body": [
                paragraph(
                    "Ana Lucía Ferreira lleva quince años organizando a madres y padres, primero como "
                    "voluntaria en la escuela de sus hijos y ahora en Puentes Family Network. Jordan "
                    "Whitaker fundó Common Ground Learning Studio para diseñar reuniones en las que una "
                    "madre, un superintendente y un financiador puedan planificar en igualdad.",
                    "Les preguntamos qué esperan que se lleven las y los participantes.",
                ),
                quote(
                    "Un hábito. Si cada equipo se va con un hábito nuevo que pone una decisión real en "
                    "manos de las familias, habremos cumplido.",
                    "Jordan Whitaker",
                    "Cofacilitación",
                ),
                quote(
                    "El valor de ir más despacio. Al principio, trabajar en alianza lleva más tiempo, y "
                    "vale cada minuto.",
                    "Ana Lucía Ferreira",
                    "Cofacilitadora",
                ),
            ],
        },
    ),
    article(
        "tour-report",
        150,
        tags=["early-childhood", "educator-workforce", "legislative-session"],
        authors=["marcus", "samuel"],
        initiatives=["listening-tour"],
        image="news-tour-report",
        en={
            "slug": "listening-tour-report",
            "title": "Listening tour report: early educators ask for pay that lets them stay",
            "summary": (
                "Three hundred early educators, five regions, one request. Our report sets out what we "
                "heard and the pay scale allies will push for next session."
            ),
            "body": [
                paragraph(
                    "The listening tour is over, and its report is out. In every region, early educators "
                    "described loving work they cannot afford to keep doing: wages below retail, no "
                    "health insurance, and classrooms closed when a colleague leaves.",
                ),
                heading("Our recommendations", "h2"),
                paragraph(
                    bullets(
                        "A state pay scale for early educators tied to qualifications, not setting.",
                        "Paid apprenticeships so assistant teachers can earn credentials on the job.",
                        "Health coverage through the state employee plan for staff in state-funded programs.",
                    )
                ),
                paragraph(
                    'The first two are now part of our <a page="policy-agenda">shared policy agenda</a>.'
                ),
            ],
        },
        es={
            "slug": "informe-de-la-gira-de-escucha",
            "title": (
                "Informe de la gira de escucha: los educadores piden un salario que les permita quedarse"
            ),
            "summary": (
                "Trescientos educadores de la primera infancia, cinco regiones, una petición. Nuestro "
                "informe recoge lo que escuchamos y la escala salarial que los aliados impulsarán en la "
                "próxima sesión."
            ),
            "body": [
                paragraph(
                    "La gira de escucha terminó y su informe ya está publicado. En todas las regiones, "
                    "los educadores de la primera infancia describieron un trabajo que aman y que no "
                    "pueden permitirse seguir haciendo: salarios por debajo del comercio, sin seguro "
                    "médico y con aulas cerradas cuando se va una colega.",
                ),
                heading("Nuestras recomendaciones", "h2"),
                paragraph(
                    bullets(
                        "Una escala salarial estatal para educadores de la primera infancia, vinculada a "
                        "la formación y no al tipo de centro.",
                        "Aprendizajes remunerados para que las asistentes de maestra obtengan "
                        "credenciales mientras trabajan.",
                        "Cobertura médica a través del plan de empleados estatales para el personal de "
                        "programas financiados por el estado.",
                    )
                ),
                paragraph(
                    'Las dos primeras ya forman parte de nuestra <a page="policy-agenda">agenda de '
                    "políticas compartida</a>."
                ),
            ],
        },
    ),
    article(
        "cop-first-session",
        130,
        image="news-cop-first-session",
        tags=["community-of-practice", "racial-equity"],
        authors=["ana"],
        initiatives=["family-leadership"],
        en={
            "slug": "community-of-practice-first-session",
            "title": "First session: the stories we bring to the work",
            "summary": (
                "Twenty-eight advocates, six parents and four early educators opened the community of "
                "practice by telling one another how they came to this work."
            ),
            "body": [
                paragraph(
                    "We began the way we plan to continue: in a circle, with no slides. Each person told "
                    "a short story about school, their own or their children's, and what it taught them "
                    "about who gets listened to.",
                    "Then the group wrote its agreements for the months ahead. Two stood out: "
                    "<i>speak from your own experience</i>, and <i>a parent's time is paid time</i>.",
                ),
                quote(
                    "I have worked in advocacy for twelve years, and this is the first meeting where "
                    "the parents spoke before the executive directors.",
                    "A participant",
                ),
            ],
        },
        es={
            "slug": "primera-sesion-de-la-comunidad-de-practica",
            "title": "Primera sesión: las historias que traemos al trabajo",
            "summary": (
                "Veintiocho activistas, seis madres y padres y cuatro educadores de la primera infancia "
                "abrieron la comunidad de práctica contándose cómo llegaron a este trabajo."
            ),
            "body": [
                paragraph(
                    "Empezamos como pensamos seguir: en círculo y sin diapositivas. Cada persona contó "
                    "una breve historia sobre la escuela, la suya o la de sus hijos, y lo que le enseñó "
                    "sobre a quién se escucha.",
                    "Después el grupo escribió sus acuerdos para los próximos meses. Dos destacaron: "
                    "<i>habla desde tu propia experiencia</i> y <i>el tiempo de una madre o un padre es "
                    "tiempo remunerado</i>.",
                ),
                quote(
                    "Llevo doce años trabajando en incidencia y es la primera reunión en la que las "
                    "familias hablaron antes que los directores ejecutivos.",
                    "Una participante",
                ),
            ],
        },
    ),
    article(
        "testimony-toolkit",
        104,
        image="news-testimony-toolkit",
        tags=["family-voice", "multilingual-learners"],
        authors=["luis", "grace"],
        en={
            "slug": "testimony-toolkit-for-families",
            "title": "New toolkit: testifying at your school board, in any language",
            "summary": (
                "A short guide, written with parents, to preparing two minutes of testimony, asking for "
                "an interpreter and following up afterwards."
            ),
            "body": [
                paragraph(
                    "Two minutes at a microphone can change a vote, but only if you know when to sign "
                    "up, what to say first and how to ask for an interpreter. Our new toolkit, written "
                    "with parents who have done it, covers all three.",
                ),
                heading("Inside the toolkit", "h2"),
                paragraph(
                    bullets(
                        "A one-page template for two minutes of testimony",
                        "How to request interpretation, and what to do if it does not arrive",
                        "Following up by email, with examples",
                    )
                ),
                call_to_action(
                    "Get the toolkit",
                    "Members receive the toolkit, and coaching before their first testimony.",
                    "Become a member",
                    page="membership",
                ),
            ],
        },
        es={
            "slug": "guia-para-dar-testimonio",
            "title": "Nueva guía: cómo dar testimonio ante tu junta escolar, en cualquier idioma",
            "summary": (
                "Una guía breve, escrita con madres y padres, para preparar dos minutos de testimonio, "
                "pedir intérprete y hacer seguimiento después."
            ),
            "body": [
                paragraph(
                    "Dos minutos frente al micrófono pueden cambiar una votación, pero solo si sabes "
                    "cuándo inscribirte, qué decir primero y cómo pedir un intérprete. Nuestra nueva "
                    "guía, escrita con madres y padres que ya lo han hecho, explica las tres cosas.",
                ),
                heading("Qué incluye la guía", "h2"),
                paragraph(
                    bullets(
                        "Una plantilla de una página para dos minutos de testimonio",
                        "Cómo pedir interpretación y qué hacer si no llega",
                        "Cómo hacer seguimiento por correo electrónico, con ejemplos",
                    )
                ),
                call_to_action(
                    "Consigue la guía",
                    "Los miembros reciben la guía y acompañamiento antes de su primer testimonio.",
                    "Hazte miembro",
                    page="membership",
                ),
            ],
        },
    ),
    article(
        "agenda-released",
        78,
        tags=["legislative-session", "racial-equity", "school-funding"],
        authors=["rosa", "marcus"],
        image="news-agenda-released",
        en={
            "slug": "shared-policy-agenda-released",
            "title": "Allies agree on a shared policy agenda for the coming session",
            "summary": (
                "After three meetings and a survey of members, forty-one allies agreed on five equity "
                "principles and the actions they will push for together."
            ),
            "body": [
                paragraph(
                    "It took a survey, three long meetings and a great deal of coffee, but the alliance "
                    "has a shared agenda for the coming session. Five equity principles, each with "
                    "concrete actions, won the support of at least two thirds of allies.",
                    "The agenda leads with funding that follows student need and with pay for early "
                    "educators, the two issues members ranked highest.",
                ),
                call_to_action(
                    "Read the agenda",
                    "See the five principles and every action we have committed to.",
                    "Read the shared policy agenda",
                    page="policy-agenda",
                ),
            ],
        },
        es={
            "slug": "agenda-de-politicas-compartida-publicada",
            "title": "Los aliados acuerdan una agenda de políticas compartida para la próxima sesión",
            "summary": (
                "Tras tres reuniones y una encuesta a los miembros, cuarenta y un aliados acordaron "
                "cinco principios de equidad y las acciones que impulsarán juntos."
            ),
            "body": [
                paragraph(
                    "Hicieron falta una encuesta, tres largas reuniones y mucho café, pero la alianza ya "
                    "tiene una agenda compartida para la próxima sesión. Cinco principios de equidad, "
                    "cada uno con acciones concretas, obtuvieron el apoyo de al menos dos tercios de los "
                    "aliados.",
                    "La agenda empieza por un financiamiento que siga las necesidades de cada estudiante "
                    "y por el salario de los educadores de la primera infancia, los dos temas que los "
                    "miembros priorizaron.",
                ),
                call_to_action(
                    "Lee la agenda",
                    "Conoce los cinco principios y cada acción con la que nos comprometimos.",
                    "Lee la agenda de políticas compartida",
                    page="policy-agenda",
                ),
            ],
        },
    ),
    article(
        "funding-map-preview",
        33,
        tags=["school-funding", "racial-equity"],
        authors=["priya"],
        initiatives=["funding-map"],
        image="news-funding-map",
        en={
            "slug": "coming-soon-fair-funding-map",
            "title": "Coming soon: the Fair Funding Map",
            "summary": (
                "Our next initiative will show how state education dollars reach every school, and ask "
                "families to check the numbers before anything is published."
            ),
            "body": [
                paragraph(
                    "In two months we start work on the Fair Funding Map: a public, plain-language view "
                    "of how much each district and school receives, and how that compares with what its "
                    "students need.",
                    "Before publishing, we will take draft maps to three community data walks, where "
                    "families and educators can tell us what looks wrong.",
                ),
                call_to_action(
                    "Host a data walk",
                    "Allies can host a walk in their community.",
                    "Tell us you are interested",
                    url="https://example.org/data-walks",
                ),
            ],
        },
        es={
            "slug": "muy-pronto-mapa-de-financiamiento-justo",
            "title": "Muy pronto: el Mapa de Financiamiento Justo",
            "summary": (
                "Nuestra próxima iniciativa mostrará cómo llegan los fondos educativos del estado a cada "
                "escuela, y pedirá a las familias que revisen las cifras antes de publicar nada."
            ),
            "body": [
                paragraph(
                    "Dentro de dos meses empezamos a trabajar en el Mapa de Financiamiento Justo: una "
                    "vista pública y en lenguaje sencillo de cuánto recibe cada distrito y cada escuela, "
                    "y de cómo se compara con lo que necesitan sus estudiantes.",
                    "Antes de publicarlo, llevaremos los mapas preliminares a tres recorridos de datos "
                    "comunitarios donde las familias y los educadores podrán decirnos qué parece "
                    "incorrecto.",
                ),
                call_to_action(
                    "Organiza un recorrido de datos",
                    "Los aliados pueden organizar un recorrido en su comunidad.",
                    "Cuéntanos que te interesa",
                    url="https://example.org/data-walks",
                ),
            ],
        },
    ),
    article(
        "testimony-multilingual-funding",
        21,
        image="news-testimony-multilingual-funding",
        tags=["multilingual-learners", "school-funding", "legislative-session"],
        authors=["marcus"],
        en={
            "slug": "testimony-multilingual-learner-funding",
            "title": "Our testimony: funding for multilingual learners should follow the student",
            "summary": (
                "Before the interim education committee, the alliance asked lawmakers to update a "
                "funding weight that has not changed in ten years."
            ),
            "body": [
                paragraph(
                    "The state gives districts extra money for each student learning English. The amount "
                    "has not changed in a decade, while the cost of a bilingual teacher has risen by a "
                    "third. Our policy director told the interim committee what that means in "
                    "classrooms.",
                ),
                quote(
                    "A weight set ten years ago is not a weight. It is a slow cut, and it falls hardest "
                    "on the districts that have welcomed the most new families.",
                    "Marcus Bell",
                    "Policy Director",
                ),
                paragraph(
                    "We asked the committee to raise the weight, adjust it each year for inflation and "
                    "let districts spend it on bilingual staff."
                ),
            ],
        },
        es={
            "slug": "testimonio-financiamiento-estudiantes-multilingues",
            "title": (
                "Nuestro testimonio: los fondos para estudiantes multilingües deben seguir al estudiante"
            ),
            "summary": (
                "Ante la comisión interina de educación, la alianza pidió a los legisladores actualizar "
                "una ponderación de financiamiento que no ha cambiado en diez años."
            ),
            "body": [
                paragraph(
                    "El estado da a los distritos fondos adicionales por cada estudiante que aprende "
                    "inglés. La cantidad no ha cambiado en una década, mientras que el costo de un "
                    "docente bilingüe ha subido un tercio. Nuestro director de políticas explicó a la "
                    "comisión interina lo que eso significa en las aulas.",
                ),
                quote(
                    "Una ponderación fijada hace diez años no es una ponderación. Es un recorte lento, y "
                    "golpea con más fuerza a los distritos que han recibido a más familias nuevas.",
                    "Marcus Bell",
                    "Director de políticas",
                ),
                paragraph(
                    "Pedimos a la comisión que aumente la ponderación, que la ajuste cada año según la "
                    "inflación y que permita a los distritos usarla para contratar personal bilingüe."
                ),
            ],
        },
    ),
    article(
        "convening",
        12,
        tags=["racial-equity", "family-voice", "early-childhood"],
        authors=["rosa", "grace"],
        image="news-convening",
        en={
            "slug": "annual-convening",
            "title": "Three hundred allies and members gather for the annual convening",
            "summary": (
                "Workshops, a legislative preview and a lot of good food: the alliance's largest "
                "convening yet, with interpretation in three languages."
            ),
            "body": [
                paragraph(
                    "This year's convening brought together three hundred allies and members in a "
                    "community college gym, with interpretation in Spanish, Vietnamese and Arabic and "
                    "child care in the next room.",
                    "The day opened with early educators from the listening tour and closed with a "
                    "preview of the session ahead from our policy director.",
                ),
                quote(
                    "I came because my neighbor asked me to. I am coming back because somebody asked "
                    "what I thought, and wrote it down.",
                    "A first-time member",
                ),
            ],
        },
        es={
            "slug": "encuentro-anual",
            "title": "Trescientos aliados y miembros se reúnen en el encuentro anual",
            "summary": (
                "Talleres, un adelanto legislativo y mucha buena comida: el encuentro más grande de la "
                "alianza hasta ahora, con interpretación en tres idiomas."
            ),
            "body": [
                paragraph(
                    "El encuentro de este año reunió a trescientos aliados y miembros en el gimnasio de "
                    "un colegio comunitario, con interpretación al español, al vietnamita y al árabe, y "
                    "cuidado infantil en la sala de al lado.",
                    "La jornada empezó con educadores de la primera infancia que participaron en la gira "
                    "de escucha y terminó con un adelanto de la próxima sesión a cargo de nuestro "
                    "director de políticas.",
                ),
                quote(
                    "Vine porque me lo pidió mi vecina. Voy a volver porque alguien me preguntó qué "
                    "pensaba y lo anotó.",
                    "Una nueva miembro",
                ),
            ],
        },
    ),
    article(
        "cop-midpoint",
        6,
        tags=["community-of-practice", "family-voice"],
        authors=["jordan"],
        initiatives=["family-leadership"],
        image="news-cop-midpoint",
        en={
            "slug": "community-of-practice-halfway",
            "title": "Halfway through the community of practice: what has changed so far",
            "summary": (
                "Five sessions in, participating allies have rewritten charters, budgeted for stipends "
                "and moved meetings to evenings. One of our facilitators takes stock."
            ),
            "body": [
                paragraph(
                    "At the halfway mark we asked each team one question: what have you changed at work "
                    "since the first session? Every team had an answer.",
                    bullets(
                        "Three organizations now pay parents who serve on their advisory committees.",
                        "Two moved their public meetings to evenings and added child care.",
                        "One rewrote its committee charter so parents vote instead of advising.",
                    ),
                    "The next four sessions turn from the inside of our organizations to the campaigns "
                    "we will run together.",
                ),
            ],
        },
        es={
            "slug": "comunidad-de-practica-a-mitad-de-camino",
            "title": "A mitad de camino en la comunidad de práctica: lo que ha cambiado hasta ahora",
            "summary": (
                "Tras cinco sesiones, los aliados participantes han reescrito reglamentos, presupuestado "
                "estipendios y pasado sus reuniones a la tarde. Hacemos balance con una de las personas "
                "facilitadoras."
            ),
            "body": [
                paragraph(
                    "A mitad de camino hicimos a cada equipo una pregunta: ¿qué han cambiado en su "
                    "trabajo desde la primera sesión? Todos los equipos tenían una respuesta.",
                    bullets(
                        "Tres organizaciones ya pagan a las familias que participan en sus comités asesores.",
                        "Dos pasaron sus reuniones públicas a la tarde y añadieron cuidado infantil.",
                        "Una reescribió el reglamento de su comité para que las familias voten en lugar "
                        "de solo asesorar.",
                    ),
                    "Las cuatro sesiones que quedan pasan del interior de nuestras organizaciones a las "
                    "campañas que haremos juntos.",
                ),
            ],
        },
    ),
    article(
        "workforce-bill",
        3,
        image="news-workforce-bill",
        tags=["early-childhood", "educator-workforce", "legislative-session"],
        authors=["samuel"],
        en={
            "slug": "early-educators-to-testify-on-workforce-bill",
            "title": "Early educators will testify on the workforce bill",
            "summary": (
                "Eleven early educators from the listening tour will speak when the committee hears the "
                "early educator pay scale bill. Members can help by sending a letter."
            ),
            "body": [
                paragraph(
                    "The pay scale bill that fell three votes short last session is back, and this time "
                    "the committee will hear from the people it affects first. Eleven early educators "
                    "who took part in our listening tour have signed up to testify.",
                ),
                call_to_action(
                    "Send a letter of support",
                    "It takes two minutes, and we deliver every letter to the committee by hand.",
                    "Write to the committee",
                    url="https://example.org/act/workforce-bill",
                ),
            ],
        },
        es={
            "slug": "educadores-daran-testimonio-sobre-el-proyecto-de-ley",
            "title": (
                "Los educadores de la primera infancia darán testimonio sobre el proyecto de ley laboral"
            ),
            "summary": (
                "Once educadores de la gira de escucha hablarán cuando la comisión estudie el proyecto "
                "de escala salarial para educadores de la primera infancia. Los miembros pueden ayudar "
                "enviando una carta."
            ),
            "body": [
                paragraph(
                    "El proyecto de escala salarial que se quedó a tres votos en la última sesión ha "
                    "vuelto, y esta vez la comisión escuchará primero a las personas afectadas. Once "
                    "educadores de la primera infancia que participaron en nuestra gira de escucha se "
                    "inscribieron para dar testimonio.",
                ),
                call_to_action(
                    "Envía una carta de apoyo",
                    "Toma dos minutos, y entregamos cada carta a la comisión en persona.",
                    "Escribe a la comisión",
                    url="https://example.org/act/workforce-bill",
                ),
            ],
        },
    ),
]
