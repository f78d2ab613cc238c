"""The shared policy agenda: five equity principles with their actions, and four priority areas. The
same text fills the downloadable PDF (see `demo.media.agenda_pdf`)."""

from .blocks import document_ref, image_ref, page_ref, rich


def _principle(title, summary, *actions):
    return {"title": title, "summary": summary, "actions": [("action", action) for action in actions]}


def _area(title, description):
    return ("area", {"title": title, "description": description})


AGENDA = {
    "key": "policy-agenda",
    "parent": "home",
    "show_in_menus": True,
    "listing_image": image_ref("policy-agenda"),
    "agenda_document": document_ref("agenda"),
    "related_initiatives": [
        page_ref("funding-map"),
        page_ref("family-leadership"),
        page_ref("listening-tour"),
    ],
    "related_news": [
        page_ref("agenda-released"),
        page_ref("testimony-multilingual-funding"),
        page_ref("session-wrap-up"),
        page_ref("budget-numbers"),
    ],
    "en": {
        "slug": "policy-agenda",
        "title": "Policy agenda",
        "seo_title": "Our shared policy agenda: five equity principles",
        "search_description": (
            "The equity principles and concrete actions that the alliance's allies and members have "
            "agreed to advance together."
        ),
        "listing_summary": "Five equity principles and the actions allies have agreed to push for together.",
        "introduction": rich(
            "This agenda is the common ground of forty-one organizations and hundreds of individual "
            "members. Allies and members ranked their priorities, argued about them over three meetings, "
            "and kept only what at least two thirds could stand behind.",
            "Each principle below comes with the actions we will ask lawmakers, the state board and "
            "school districts to take. Organizations that join the alliance do so because their "
            "missions line up with these principles.",
        ),
        "principles": [
            _principle(
                "Fund students according to need",
                "A child's zip code should not decide how much is spent on their education. Funding "
                "should follow students, with more for those who need more.",
                "Add weights to the state formula for students from low-income families, multilingual "
                "learners and students with disabilities.",
                "Publish spending for every school, not just every district, each year.",
                "Protect small rural districts from losing funds when enrollment dips for a year or two.",
            ),
            _principle(
                "Share decisions with families",
                "Parents and caregivers are experts on their children. Public bodies should share "
                "decisions with them, not just ask their opinion.",
                "Pay stipends, and provide child care and meals, to parents who serve on state and "
                "district advisory bodies.",
                "Offer interpretation at every public school board and state board meeting.",
                "Reserve seats for parents on the state early childhood council.",
            ),
            _principle(
                "Value the people who teach our youngest children",
                "Early educators do skilled, demanding work. Their pay should reflect it, and match that "
                "of kindergarten teachers with the same qualifications.",
                "Set a pay scale for state-funded child care and pre-K tied to qualifications, not setting.",
                "Fund paid apprenticeships so assistant teachers can earn credentials while they work.",
            ),
            _principle(
                "Treat every language as an asset",
                "Students who speak more than one language bring strength to their schools. Policy "
                "should build on it, not treat it as a deficit.",
                "Grow the number of bilingual teachers through grow-your-own and loan forgiveness programs.",
                "Fund dual-language programs in districts where families ask for them.",
                "Translate report cards, enrollment forms and discipline notices into the languages "
                "families speak at home.",
                "Count multilingual learners' progress in more than one language.",
            ),
            _principle(
                "Measure what matters, openly",
                "Communities cannot fix what they cannot see. Data should be public, broken down by "
                "group, and shared in ways people can use.",
                "Report outcomes by race, income, disability and language in every state report card.",
                "Hold community data walks before major funding decisions.",
            ),
        ],
        "priority_areas": [
            _area(
                "Early learning and care",
                "Affordable, high-quality child care and pre-K, and a stable, well-paid workforce to "
                "provide it.",
            ),
            _area(
                "School funding",
                "A state formula that sends more to the students and districts that need more, and "
                "shows its work.",
            ),
            _area(
                "Family and community voice",
                "Real seats, paid time and interpretation, so families can shape the decisions that "
                "affect their children.",
            ),
            _area(
                "Multilingual learners",
                "Bilingual teachers, dual-language programs and fair measures of progress for students "
                "learning English.",
            ),
        ],
    },
    "es": {
        "slug": "agenda-de-politicas",
        "title": "Agenda de políticas",
        "seo_title": "Nuestra agenda de políticas compartida: cinco principios de equidad",
        "search_description": (
            "Los principios de equidad y las acciones concretas que los aliados y miembros de la "
            "alianza acordaron impulsar juntos."
        ),
        "listing_summary": (
            "Cinco principios de equidad y las acciones que los aliados acordaron impulsar juntos."
        ),
        "introduction": rich(
            "Esta agenda es el terreno común de cuarenta y una organizaciones y cientos de miembros "
            "individuales. Aliados y miembros ordenaron sus prioridades, las debatieron durante tres "
            "reuniones y conservaron solo lo que al menos dos tercios podían respaldar.",
            "Cada principio viene acompañado de las acciones que pediremos a los legisladores, a la "
            "junta estatal y a los distritos escolares. Las organizaciones que se suman a la alianza lo "
            "hacen porque su misión coincide con estos principios.",
        ),
        "principles": [
            _principle(
                "Financiar a cada estudiante según sus necesidades",
                "El código postal de un niño no debería decidir cuánto se invierte en su educación. Los "
                "fondos deben seguir a las y los estudiantes, con más recursos para quienes más los "
                "necesitan.",
                "Añadir ponderaciones a la fórmula estatal para estudiantes de familias de bajos "
                "ingresos, estudiantes multilingües y estudiantes con discapacidad.",
                "Publicar cada año el gasto de cada escuela, no solo de cada distrito.",
                "Proteger a los distritos rurales pequeños de perder fondos cuando la matrícula baja "
                "durante uno o dos años.",
            ),
            _principle(
                "Compartir las decisiones con las familias",
                "Las madres, los padres y los cuidadores son expertos en sus hijos. Los organismos "
                "públicos deben compartir las decisiones con ellos, no solo pedirles su opinión.",
                "Pagar estipendios, y ofrecer cuidado infantil y comidas, a las familias que participan "
                "en órganos asesores estatales y de distrito.",
                "Ofrecer interpretación en todas las reuniones públicas de las juntas escolares y de la "
                "junta estatal.",
                "Reservar puestos para madres y padres en el consejo estatal de primera infancia.",
            ),
            _principle(
                "Valorar a quienes enseñan a nuestros niños más pequeños",
                "Los educadores de la primera infancia hacen un trabajo exigente y especializado. Su "
                "salario debe reflejarlo e igualar al de las maestras de kínder con la misma formación.",
                "Establecer una escala salarial para el cuidado infantil y el prekínder financiados por "
                "el estado, vinculada a la formación y no al tipo de centro.",
                "Financiar aprendizajes remunerados para que las asistentes de maestra obtengan "
                "credenciales mientras trabajan.",
            ),
            _principle(
                "Tratar cada idioma como una fortaleza",
                "Las y los estudiantes que hablan más de un idioma enriquecen sus escuelas. Las políticas "
                "deben aprovecharlo, no tratarlo como una carencia.",
                "Aumentar el número de docentes bilingües con programas de formación local y de "
                "condonación de préstamos.",
                "Financiar programas de lenguaje dual en los distritos donde las familias los piden.",
                "Traducir boletas de calificaciones, formularios de inscripción y avisos disciplinarios "
                "a los idiomas que las familias hablan en casa.",
                "Medir el progreso de las y los estudiantes multilingües en más de un idioma.",
            ),
            _principle(
                "Medir lo que importa, de forma abierta",
                "Las comunidades no pueden arreglar lo que no ven. Los datos deben ser públicos, "
                "desglosados por grupo y compartidos de manera útil.",
                "Presentar los resultados por raza, ingresos, discapacidad e idioma en cada boletín "
                "estatal de escuelas.",
                "Organizar recorridos de datos comunitarios antes de las grandes decisiones de "
                "financiamiento.",
            ),
        ],
        "priority_areas": [
            _area(
                "Aprendizaje y cuidado en la primera infancia",
                "Cuidado infantil y prekínder asequibles y de calidad, con un personal estable y bien "
                "pagado.",
            ),
            _area(
                "Financiamiento escolar",
                "Una fórmula estatal que envíe más recursos a los estudiantes y distritos que más los "
                "necesitan, y que muestre sus cálculos.",
            ),
            _area(
                "Voz de las familias y la comunidad",
                "Puestos reales, tiempo remunerado e interpretación, para que las familias influyan en "
                "las decisiones que afectan a sus hijos.",
            ),
            _area(
                "Estudiantes multilingües",
                "Docentes bilingües, programas de lenguaje dual y medidas justas del progreso de quienes "
                "aprenden inglés.",
            ),
        ],
    },
}
