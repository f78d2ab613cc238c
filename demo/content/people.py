"""People named on the demo site: staff, facilitators, allies and members. All fictional.

`key` is how other content refers to a person (authors, facilitators); it also seeds the portrait and
the translation key, so it must never change.
"""

from .home import ORGANIZATION_NAME

ALLIANCE_EN = ORGANIZATION_NAME["en"]
ALLIANCE_ES = ORGANIZATION_NAME["es"]

PEOPLE = [
    {
        "key": "rosa",
        "name": "Rosa Delgado-Whitfield",
        "en": {
            "role": "Executive Director",
            "organization": ALLIANCE_EN,
            "bio": (
                "Rosa taught second grade for eight years before moving into advocacy. She has led the "
                "alliance since its founding, and spends most weeks on the road listening to allies in "
                "small towns and big districts alike."
            ),
        },
        "es": {
            "role": "Directora ejecutiva",
            "organization": ALLIANCE_ES,
            "bio": (
                "Rosa fue maestra de segundo grado durante ocho años antes de dedicarse a la incidencia. "
                "Dirige la alianza desde su fundación y pasa casi todas las semanas recorriendo el estado "
                "para escuchar a sus aliados, tanto en pueblos pequeños como en distritos grandes."
            ),
        },
    },
    {
        "key": "marcus",
        "name": "Marcus Bell",
        "en": {
            "role": "Policy Director",
            "organization": ALLIANCE_EN,
            "bio": (
                "Marcus turns what allies hear in their communities into bill language and budget asks. "
                "Before joining the alliance he worked as a legislative aide on the state education "
                "committee."
            ),
        },
        "es": {
            "role": "Director de políticas",
            "organization": ALLIANCE_ES,
            "bio": (
                "Marcus convierte lo que los aliados escuchan en sus comunidades en propuestas de ley y "
                "peticiones presupuestarias. Antes de unirse a la alianza trabajó como asesor legislativo "
                "en la comisión de educación del estado."
            ),
        },
    },
    {
        "key": "ana",
        "name": "Ana Lucía Ferreira",
        "en": {
            "role": "Director of Family Partnerships",
            "organization": "Puentes Family Network",
            "bio": (
                "Ana Lucía has organized parent committees in three school districts and trains family "
                "leaders to testify before school boards. She co-facilitates the alliance's Family "
                "Leadership Community of Practice."
            ),
        },
        "es": {
            "role": "Directora de alianzas con familias",
            "organization": "Puentes Family Network",
            "bio": (
                "Ana Lucía ha organizado comités de madres y padres en tres distritos escolares y prepara "
                "a líderes familiares para dar testimonio ante las juntas escolares. Es cofacilitadora de "
                "la Comunidad de Práctica de Liderazgo Familiar de la alianza."
            ),
        },
    },
    {
        "key": "jordan",
        "name": "Jordan Whitaker",
        "en": {
            "role": "Founder and Lead Facilitator",
            "organization": "Common Ground Learning Studio",
            "bio": (
                "Jordan designs workshops where people with very different amounts of power can plan "
                "together as equals. Their practice draws on adult learning, restorative circles and a "
                "decade of community organizing."
            ),
        },
        "es": {
            "role": "Persona fundadora y facilitadora principal",
            "organization": "Common Ground Learning Studio",
            "bio": (
                "Jordan diseña talleres en los que personas con cuotas de poder muy distintas pueden "
                "planificar juntas en igualdad de condiciones. Su práctica combina el aprendizaje de "
                "personas adultas, los círculos restaurativos y una década de organización comunitaria."
            ),
        },
    },
    {
        "key": "priya",
        "name": "Priya Raman",
        "en": {
            "role": "Research and Data Lead",
            "organization": ALLIANCE_EN,
            "bio": (
                "Priya builds the alliance's district funding dashboards and checks every number we "
                "publish. She is happiest when a spreadsheet settles an argument."
            ),
        },
        "es": {
            "role": "Responsable de investigación y datos",
            "organization": ALLIANCE_ES,
            "bio": (
                "Priya construye los tableros de financiamiento por distrito de la alianza y revisa cada "
                "cifra que publicamos. Nada la alegra más que una hoja de cálculo que zanja una discusión."
            ),
        },
    },
    {
        "key": "samuel",
        "name": "Samuel Okonkwo",
        "en": {
            "role": "Center Director",
            "organization": "Little Oaks Child Development Center",
            "bio": (
                "Samuel runs a child care center for sixty children and serves on the alliance's early "
                "educator advisory table. He speaks often about what stable wages would mean for his staff."
            ),
        },
        "es": {
            "role": "Director del centro",
            "organization": "Centro de Desarrollo Infantil Little Oaks",
            "bio": (
                "Samuel dirige un centro de cuidado infantil con sesenta niñas y niños y forma parte de la "
                "mesa asesora de educadores de la primera infancia de la alianza. Habla a menudo de lo que "
                "significarían unos salarios estables para su equipo."
            ),
        },
    },
    {
        "key": "grace",
        "name": "Grace Tanaka-Moore",
        "en": {
            "role": "Communications Manager",
            "organization": ALLIANCE_EN,
            "bio": (
                "Grace edits the alliance's newsletter and helps allies tell their own stories to "
                "reporters. She previously covered schools for a regional newspaper."
            ),
        },
        "es": {
            "role": "Gerente de comunicaciones",
            "organization": ALLIANCE_ES,
            "bio": (
                "Grace edita el boletín de la alianza y ayuda a los aliados a contar sus propias historias "
                "a la prensa. Antes cubría temas escolares para un periódico regional."
            ),
        },
    },
    {
        "key": "luis",
        "name": "Luis Herrera",
        "en": {
            "role": "Parent Leader",
            "organization": "Eastside Parents United",
            "bio": (
                "Luis is a father of three and a bus mechanic. He joined the alliance as an individual "
                "member after his daughter's school lost its only bilingual counselor."
            ),
        },
        "es": {
            "role": "Líder de madres y padres",
            "organization": "Eastside Parents United",
            "bio": (
                "Luis es padre de tres hijos y mecánico de autobuses. Se unió a la alianza como miembro "
                "individual después de que la escuela de su hija perdiera a su única consejera bilingüe."
            ),
        },
    },
]
