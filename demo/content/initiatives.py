"""The initiatives index and three initiatives, one for each status: a nine-month community of
practice that is half-way through, a data project about to start, and a listening tour that has
finished."""

import datetime

from .blocks import (
    bullets,
    call_to_action,
    heading,
    image_ref,
    paragraph,
    person_ref,
    quote,
    rich,
)
from .dates import THURSDAY, days_from_today

INDEX = {
    "key": "initiatives",
    "parent": "home",
    "show_in_menus": True,
    "listing_image": image_ref("initiatives"),
    "en": {
        "slug": "initiatives",
        "title": "Initiatives",
        "seo_title": "Initiatives of the Alliance for Learning Equity",
        "search_description": "Communities of practice, data projects and campaigns run by the alliance.",
        "listing_summary": "Communities of practice, data projects and campaigns run by the alliance.",
        "intro": rich(
            "Initiatives are where allies learn and build together between legislative sessions. Each "
            "one has a start, an end and something to show for it."
        ),
    },
    "es": {
        "slug": "iniciativas",
        "title": "Iniciativas",
        "seo_title": "Iniciativas de la Alianza por la Equidad en el Aprendizaje",
        "search_description": (
            "Comunidades de práctica, proyectos de datos y campañas impulsadas por la alianza."
        ),
        "listing_summary": (
            "Comunidades de práctica, proyectos de datos y campañas impulsadas por la alianza."
        ),
        "intro": rich(
            "En las iniciativas los aliados aprenden y construyen juntos entre una sesión legislativa y "
            "otra. Cada una tiene un principio, un final y un resultado concreto."
        ),
    },
}


# --- Family Leadership Community of Practice: nine sessions over nine months -----------------------

# It began twenty weeks ago, so five sessions are behind it and four ahead. Sessions are four or five
# weeks apart and always on a Thursday evening.
COP_START = -140
COP_SESSION_WEEKS = [0, 5, 9, 14, 18, 23, 27, 32, 36]

COP_SESSIONS = {
    "en": [
        (
            "Opening circle: the stories we bring",
            "Participants share how they came to advocacy and what school was like for them, and agree "
            "on how the group will work together.",
        ),
        (
            "Who decides? Mapping power in our systems",
            "A hands-on map of who makes decisions about child care and schools, from the classroom to "
            "the capitol, and where families appear on it today.",
        ),
        (
            "The history we inherit",
            "How past funding formulas, school boundaries and child care rules were drawn, and who was "
            "left out of drawing them.",
        ),
        (
            "From consulting to co-designing",
            "The difference between asking families for input and sharing decisions with them, with "
            "examples from three ally organizations.",
        ),
        (
            "Paying people for their expertise",
            "Stipends, child care, meals, interpretation and meeting times: the practical budget of real "
            "partnership.",
        ),
        (
            "Designing a campaign together",
            "Teams of advocates, parents and early educators plan one piece of next session's work from "
            "the first step.",
        ),
        (
            "When it gets hard: conflict and repair",
            "What to do when partners disagree, when trust breaks and when an organization gets it wrong.",
        ),
        (
            "Measuring what matters",
            "New ways to judge whether advocacy worked, including who was in the room and who led.",
        ),
        (
            "Closing circle: commitments",
            "Each team presents the changes its organization will make, and the group plans how to keep "
            "one another accountable.",
        ),
    ],
    "es": [
        (
            "Círculo de apertura: las historias que traemos",
            "Cada participante cuenta cómo llegó a la incidencia y cómo vivió la escuela, y el grupo "
            "acuerda cómo trabajará en conjunto.",
        ),
        (
            "¿Quién decide? Un mapa del poder en nuestros sistemas",
            "Un mapa práctico de quién toma las decisiones sobre el cuidado infantil y las escuelas, del "
            "aula al Capitolio, y del lugar que ocupan hoy las familias en él.",
        ),
        (
            "La historia que heredamos",
            "Cómo se trazaron las fórmulas de financiamiento, los límites escolares y las normas de "
            "cuidado infantil del pasado, y a quién se dejó fuera de esas decisiones.",
        ),
        (
            "De consultar a diseñar juntos",
            "La diferencia entre pedir la opinión de las familias y compartir con ellas las decisiones, "
            "con ejemplos de tres organizaciones aliadas.",
        ),
        (
            "Pagar a las personas por su experiencia",
            "Estipendios, cuidado infantil, comidas, interpretación y horarios: el presupuesto práctico "
            "de una alianza real.",
        ),
        (
            "Diseñar una campaña en conjunto",
            "Equipos de activistas, madres, padres y educadores de la primera infancia planifican desde "
            "cero una parte del trabajo de la próxima sesión.",
        ),
        (
            "Cuando se pone difícil: conflicto y reparación",
            "Qué hacer cuando las partes no están de acuerdo, cuando se rompe la confianza y cuando una "
            "organización se equivoca.",
        ),
        (
            "Medir lo que importa",
            "Nuevas formas de evaluar si la incidencia funcionó, incluido quién estuvo presente y quién "
            "lideró.",
        ),
        (
            "Círculo de cierre: compromisos",
            "Cada equipo presenta los cambios que hará su organización, y el grupo acuerda cómo "
            "rendirse cuentas mutuamente.",
        ),
    ],
}


def goals(*texts):
    return [("goal", text) for text in texts]


# Sessions run online in the early evening, after work; the first and the last meet in person.
SESSION_PLACES = {
    "en": {"online": "Online", "in_person": "Bridgeway Education Fund, 410 Meridian Avenue, Riverton"},
    "es": {"online": "En línea", "in_person": "Bridgeway Education Fund, 410 Meridian Avenue, Riverton"},
}


def _sessions(start, weeks, titles_and_descriptions, language="en"):
    places = SESSION_PLACES[language]
    last = len(weeks) - 1
    return [
        {
            "title": title,
            "description": description,
            "date": days_from_today(start + 7 * week, weekday=THURSDAY),
            "starts_at": datetime.time(17, 30),
            "ends_at": datetime.time(19, 0),
            "place": places["in_person"] if number in (0, last) else places["online"],
        }
        for number, (week, (title, description)) in enumerate(
            zip(weeks, titles_and_descriptions, strict=True)
        )
    ]


FAMILY_LEADERSHIP = {
    "key": "family-leadership",
    "parent": "initiatives",
    "status": "active",
    "start_date": days_from_today(COP_START, weekday=THURSDAY),
    "end_date": days_from_today(COP_START + 270),
    "listing_image": image_ref("family-leadership"),
    "facilitators": [{"person": person_ref("ana")}, {"person": person_ref("jordan")}],
    "en": {
        "slug": "family-leadership-community-of-practice",
        "title": "Family Leadership Community of Practice",
        "seo_title": "Family Leadership Community of Practice",
        "search_description": (
            "A nine-month community of practice for ally organizations learning to share decisions "
            "with parents and early educators."
        ),
        "summary": (
            "Nine months, nine sessions: staff from fourteen ally organizations learn, side by side, how "
            "to share real decisions with the parents and early educators their advocacy is meant to "
            "serve."
        ),
        "goals": goals(
            "Practice sharing decisions with parents and early educators, not only asking them for input.",
            "Leave with a working plan, and a budget, for paying and supporting family and educator leaders.",
            "Understand the history behind the policies we work on and how it shapes who is heard today.",
        ),
        "sessions": _sessions(COP_START, COP_SESSION_WEEKS, COP_SESSIONS["en"]),
        "quotes": [
            quote(
                "Most organizations already believe families should lead. This is where we practice "
                "what that looks like on an ordinary Tuesday, with a deadline and a budget.",
                "Jordan Whitaker",
                "Co-facilitator, Common Ground Learning Studio",
            ),
            quote(
                "Parents have always known what their children need. The question is whether our "
                "meetings, our calendars and our budgets make room for them to say it.",
                "Ana Lucía Ferreira",
                "Co-facilitator, Puentes Family Network",
            ),
            quote(
                "After the third session we rewrote our advisory committee's charter. Parents now vote; "
                "they used to only comment.",
                "Teresa Nakamura",
                "Participant, Northfield Kids Coalition",
            ),
        ],
        "body": [
            heading("Why a community of practice"),
            paragraph(
                "Our allies told us the same thing in different words: they want families and early "
                "educators at the center of their advocacy, and they are not sure how to get there "
                "without tokenizing anyone. A community of practice gives them time, peers and "
                "skilled facilitators to work it out together.",
                "Each session mixes short readings, conversation in small groups and a task to try back at "
                "work. Between sessions, participants meet in pairs to check in on their progress.",
            ),
            heading("Who is taking part", "h3"),
            paragraph(
                bullets(
                    "Fourteen ally organizations, each sending two staff members",
                    "Six parent leaders and four early educators, paid as advisors to the cohort",
                    "Two facilitators with long experience in community organizing and adult learning",
                )
            ),
            call_to_action(
                "Want to take part next time?",
                "The next cohort opens to allies once this one finishes. Become an ally to hear first.",
                "Become an ally",
                page="membership",
            ),
        ],
    },
    "es": {
        "slug": "comunidad-de-practica-de-liderazgo-familiar",
        "title": "Comunidad de Práctica de Liderazgo Familiar",
        "seo_title": "Comunidad de Práctica de Liderazgo Familiar",
        "search_description": (
            "Una comunidad de práctica de nueve meses para organizaciones aliadas que aprenden a "
            "compartir decisiones con madres, padres y educadores de la primera infancia."
        ),
        "summary": (
            "Nueve meses, nueve sesiones: personal de catorce organizaciones aliadas aprende, codo a "
            "codo, a compartir decisiones reales con las madres, los padres y los educadores de la "
            "primera infancia a quienes busca servir su incidencia."
        ),
        "goals": goals(
            (
                "Practicar cómo compartir decisiones con madres, padres y educadores de la primera infancia,"
                " y no solo pedirles su opinión."
            ),
            (
                "Salir con un plan de trabajo, y un presupuesto, para remunerar y apoyar a líderes "
                "familiares y educadores."
            ),
            (
                "Comprender la historia detrás de las políticas en las que trabajamos y cómo influye en "
                "quién es escuchado hoy."
            ),
        ),
        "sessions": _sessions(COP_START, COP_SESSION_WEEKS, COP_SESSIONS["es"], "es"),
        "quotes": [
            quote(
                "La mayoría de las organizaciones ya cree que las familias deben liderar. Aquí "
                "practicamos cómo se ve eso un martes cualquiera, con una fecha límite y un presupuesto.",
                "Jordan Whitaker",
                "Cofacilitación, Common Ground Learning Studio",
            ),
            quote(
                "Las madres y los padres siempre han sabido lo que necesitan sus hijos. La pregunta es si "
                "nuestras reuniones, nuestros calendarios y nuestros presupuestos les dejan espacio para "
                "decirlo.",
                "Ana Lucía Ferreira",
                "Cofacilitadora, Puentes Family Network",
            ),
            quote(
                "Después de la tercera sesión reescribimos el reglamento de nuestro comité asesor. Ahora "
                "las familias votan; antes solo opinaban.",
                "Teresa Nakamura",
                "Participante, Northfield Kids Coalition",
            ),
        ],
        "body": [
            heading("Por qué una comunidad de práctica"),
            paragraph(
                "Nuestros aliados nos dijeron lo mismo con distintas palabras: quieren que las familias y "
                "los educadores de la primera infancia estén en el centro de su incidencia, pero no saben "
                "bien cómo lograrlo sin usar a nadie como símbolo. Una comunidad de práctica les da "
                "tiempo, colegas y una facilitación experta para resolverlo juntos.",
                "Cada sesión combina lecturas breves, conversación en grupos pequeños y una tarea para "
                "probar en el trabajo. Entre sesiones, las y los participantes se reúnen en parejas para "
                "revisar sus avances.",
            ),
            heading("Quiénes participan", "h3"),
            paragraph(
                bullets(
                    "Catorce organizaciones aliadas, cada una con dos integrantes de su personal",
                    "Seis líderes familiares y cuatro educadores de la primera infancia, remunerados como "
                    "asesores de la cohorte",
                    "Dos facilitadores con larga experiencia en organización comunitaria y aprendizaje de "
                    "personas adultas",
                )
            ),
            call_to_action(
                "¿Quieres participar la próxima vez?",
                "La próxima cohorte se abrirá a los aliados cuando termine esta. Hazte aliado para "
                "enterarte primero.",
                "Hazte aliado",
                page="membership",
            ),
        ],
    },
}


# --- Fair Funding Map: starts in eight weeks ----------------------------------------------------------

MAP_START = 56
MAP_SESSION_WEEKS = [2, 8, 14]

MAP_SESSIONS = {
    "en": [
        (
            "Data walk: river towns",
            "Allies and families walk through draft maps for small districts along the river and mark "
            "what looks wrong or missing.",
        ),
        (
            "Data walk: the three largest districts",
            "The same exercise with school-by-school spending in the state's three largest districts.",
        ),
        (
            "Data walk: rural schools",
            "A final walk, held online, for districts where the nearest meeting room is an hour away.",
        ),
    ],
    "es": [
        (
            "Recorrido de datos: pueblos ribereños",
            "Aliados y familias revisan los mapas preliminares de los distritos pequeños junto al río y "
            "señalan lo que parece incorrecto o incompleto.",
        ),
        (
            "Recorrido de datos: los tres distritos más grandes",
            "El mismo ejercicio con el gasto escuela por escuela de los tres distritos más grandes del "
            "estado.",
        ),
        (
            "Recorrido de datos: escuelas rurales",
            "Un último recorrido, en línea, para los distritos donde la sala de reuniones más cercana "
            "queda a una hora.",
        ),
    ],
}

FUNDING_MAP = {
    "key": "funding-map",
    "parent": "initiatives",
    "status": "upcoming",
    "start_date": days_from_today(MAP_START),
    "end_date": days_from_today(MAP_START + 240),
    "listing_image": image_ref("funding-map"),
    "facilitators": [{"person": person_ref("priya")}],
    "en": {
        "slug": "fair-funding-map",
        "title": "Fair Funding Map",
        "search_description": "A public map of how state education dollars reach every district and school.",
        "summary": (
            "A public, plain-language map of how state education dollars reach every district and "
            "school, checked by the families and educators who know those schools best."
        ),
        "goals": goals(
            "Publish spending for every district and school in a form anyone can read in five minutes.",
            "Hold three community data walks so families can correct and question the numbers.",
            "Give allies district fact sheets in English and Spanish to use in testimony.",
        ),
        "sessions": _sessions(MAP_START, MAP_SESSION_WEEKS, MAP_SESSIONS["en"]),
        "quotes": [
            quote(
                "Budgets are moral documents, but only if people can read them.",
                "Priya Raman",
                "Research and Data Lead",
            ),
        ],
        "body": [
            paragraph(
                "Every year the state sends billions of dollars to school districts through a formula "
                "few people have ever seen. The Fair Funding Map will show, district by district and "
                "school by school, how much arrives, what it is for and how it compares with what "
                "students need.",
                "We will not publish a single map until families have checked it. Three community data "
                "walks will put draft maps on the wall and ask the people who know the schools what we "
                "got wrong.",
            ),
            call_to_action(
                "Host a data walk",
                "Ally organizations can host a walk in their community. We bring the maps and the snacks.",
                "Tell us you are interested",
                url="https://example.org/data-walks",
            ),
        ],
    },
    "es": {
        "slug": "mapa-de-financiamiento-justo",
        "title": "Mapa de Financiamiento Justo",
        "search_description": (
            "Un mapa público de cómo llegan los fondos educativos del estado a cada distrito y escuela."
        ),
        "summary": (
            "Un mapa público y en lenguaje sencillo de cómo llegan los fondos educativos del estado a "
            "cada distrito y escuela, revisado por las familias y los educadores que mejor conocen esas "
            "escuelas."
        ),
        "goals": goals(
            (
                "Publicar el gasto de cada distrito y escuela de forma que cualquiera pueda leerlo en cinco "
                "minutos."
            ),
            (
                "Organizar tres recorridos de datos comunitarios para que las familias corrijan y cuestionen"
                " las cifras."
            ),
            (
                "Entregar a los aliados fichas por distrito en inglés y en español para usarlas en sus "
                "testimonios."
            ),
        ),
        "sessions": _sessions(MAP_START, MAP_SESSION_WEEKS, MAP_SESSIONS["es"], "es"),
        "quotes": [
            quote(
                "Los presupuestos son documentos morales, pero solo si la gente puede leerlos.",
                "Priya Raman",
                "Responsable de investigación y datos",
            ),
        ],
        "body": [
            paragraph(
                "Cada año el estado envía miles de millones de dólares a los distritos escolares mediante "
                "una fórmula que muy pocas personas han visto. El Mapa de Financiamiento Justo mostrará, "
                "distrito por distrito y escuela por escuela, cuánto llega, para qué es y cómo se compara "
                "con lo que necesitan las y los estudiantes.",
                "No publicaremos ningún mapa hasta que las familias lo hayan revisado. En tres recorridos "
                "de datos comunitarios colgaremos los mapas preliminares en la pared y preguntaremos a "
                "quienes conocen las escuelas en qué nos equivocamos.",
            ),
            call_to_action(
                "Organiza un recorrido de datos",
                "Las organizaciones aliadas pueden organizar un recorrido en su comunidad. Nosotros "
                "llevamos los mapas y la merienda.",
                "Cuéntanos que te interesa",
                url="https://example.org/data-walks",
            ),
        ],
    },
}


# --- Early Educator Listening Tour: finished five months ago ------------------------------------------

TOUR_START = -430
TOUR_SESSION_WEEKS = [0, 9, 18, 27, 36]

TOUR_SESSIONS = {
    "en": [
        ("Stop 1: the northern counties", "Two evenings with home-based providers and center staff."),
        ("Stop 2: the capital region", "A Saturday session with assistant teachers and center directors."),
        ("Stop 3: farm country", "Conversations at three rural centers, with interpretation in Spanish."),
        ("Stop 4: the river towns", "A listening session hosted by a Head Start program."),
        ("Stop 5: the southern cities", "The final stop, followed by a first look at what we had heard."),
    ],
    "es": [
        ("Parada 1: los condados del norte", "Dos tardes con proveedoras en el hogar y personal de centros."),
        ("Parada 2: la región de la capital", "Una sesión de sábado con asistentes de maestra y directoras."),
        (
            "Parada 3: la zona agrícola",
            "Conversaciones en tres centros rurales, con interpretación al español.",
        ),
        ("Parada 4: los pueblos ribereños", "Una sesión de escucha organizada por un programa Head Start."),
        ("Parada 5: las ciudades del sur", "La última parada, seguida de un primer repaso de lo escuchado."),
    ],
}

LISTENING_TOUR = {
    "key": "listening-tour",
    "parent": "initiatives",
    "status": "completed",
    "start_date": days_from_today(TOUR_START),
    "end_date": days_from_today(TOUR_START + 270),
    "listing_image": image_ref("listening-tour"),
    "facilitators": [{"person": person_ref("samuel")}, {"person": person_ref("marcus")}],
    "en": {
        "slug": "early-educator-listening-tour",
        "title": "Early Educator Listening Tour",
        "search_description": "Five stops, 300 early educators and one clear message about pay.",
        "summary": (
            "Five stops across the state, more than three hundred early educators, and one message we "
            "heard everywhere: the people who care for our youngest children cannot afford to stay."
        ),
        "goals": goals(
            "Hear directly from early educators in every region, in English and Spanish.",
            "Publish what we heard, in their words, before the legislative session.",
            "Turn the findings into a workforce proposal allies can support.",
        ),
        "sessions": _sessions(TOUR_START, TOUR_SESSION_WEEKS, TOUR_SESSIONS["en"]),
        "quotes": [
            quote(
                "I love my job. I also drive for a delivery app three nights a week so I can keep it.",
                "An assistant teacher",
                "Stop 3",
            ),
            quote(
                "Every director in the room had lost a teacher to the big-box store down the road. "
                "Every single one.",
                "Samuel Okonkwo",
                "Center Director, Little Oaks Child Development Center",
            ),
        ],
        "body": [
            heading("What we heard"),
            paragraph(
                "Across five regions, early educators described the same squeeze: wages below what "
                "nearby retail jobs pay, no benefits, and classrooms left short-staffed when a colleague "
                "leaves. Directors told us they turn families away not for lack of space but for lack "
                "of teachers.",
                bullets(
                    "Seven in ten participants had considered leaving the field in the past year.",
                    "Half worked a second job.",
                    "Nearly every center director had a classroom closed for lack of staff.",
                ),
            ),
            heading("What happened next"),
            paragraph(
                "The findings shaped the workforce actions in our shared policy agenda, and several "
                "participants have since testified before the legislature."
            ),
        ],
    },
    "es": {
        "slug": "gira-de-escucha-con-educadores-de-la-primera-infancia",
        "title": "Gira de Escucha con Educadores de la Primera Infancia",
        "search_description": (
            "Cinco paradas, 300 educadores de la primera infancia y un mensaje claro sobre los salarios."
        ),
        "summary": (
            "Cinco paradas por todo el estado, más de trescientos educadores de la primera infancia y un "
            "mensaje que escuchamos en todas partes: quienes cuidan a nuestros niños más pequeños no "
            "pueden permitirse quedarse."
        ),
        "goals": goals(
            (
                "Escuchar directamente a educadores de la primera infancia de cada región, en inglés y en "
                "español."
            ),
            "Publicar lo que escuchamos, con sus propias palabras, antes de la sesión legislativa.",
            (
                "Convertir los hallazgos en una propuesta sobre la fuerza laboral que los aliados puedan "
                "respaldar."
            ),
        ),
        "sessions": _sessions(TOUR_START, TOUR_SESSION_WEEKS, TOUR_SESSIONS["es"]),
        "quotes": [
            quote(
                "Me encanta mi trabajo. También manejo para una aplicación de entregas tres noches a la "
                "semana para poder conservarlo.",
                "Una asistente de maestra",
                "Parada 3",
            ),
            quote(
                "Todas las directoras y directores presentes habían perdido a una maestra por la gran "
                "tienda de la esquina. Todos, sin excepción.",
                "Samuel Okonkwo",
                "Director del Centro de Desarrollo Infantil Little Oaks",
            ),
        ],
        "body": [
            heading("Lo que escuchamos"),
            paragraph(
                "En cinco regiones, los educadores de la primera infancia describieron la misma presión: "
                "salarios por debajo de lo que pagan los comercios cercanos, sin prestaciones y con aulas "
                "sin personal suficiente cuando se va una colega. Las directoras nos contaron que "
                "rechazan a familias no por falta de espacio, sino por falta de maestras.",
                bullets(
                    "Siete de cada diez participantes pensaron en dejar la profesión el último año.",
                    "La mitad tenía un segundo empleo.",
                    "Casi todos los centros habían tenido que cerrar un aula por falta de personal.",
                ),
            ),
            heading("Qué pasó después"),
            paragraph(
                "Los hallazgos dieron forma a las acciones sobre la fuerza laboral de nuestra agenda de "
                "políticas compartida, y varias participantes han dado testimonio desde entonces ante la "
                "legislatura."
            ),
        ],
    },
}

INITIATIVES = [FAMILY_LEADERSHIP, FUNDING_MAP, LISTENING_TOUR]
