"""Allies (member organizations) and the demo member's profile. All fictional; the names match the
people pages so the site tells one story. One organization has lapsed, to show what that does.

The allies on the public list also have a public profile in English and Spanish (members'
OrganizationProfile); the focus areas have their labels in both languages (FocusAreaLabel).

Two applications to join wait for staff, one sent from the Spanish site, so the admin dashboard's
"Needs your attention" has something to open."""

ORGANIZATIONS = [
    {
        "name": "Puentes Family Network",
        "website": "https://puentes.example.org",
        "region": "Rio Valley",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Family engagement", "Multilingual learners"],
        "public_profile": {
            "en": {
                "description": (
                    "Parent volunteers who go with families to school meetings, interpret when asked and "
                    "run Saturday workshops on how the district's enrollment works."
                ),
                "region": "Rio Valley",
            },
            "es": {
                "description": (
                    "Madres y padres voluntarios que acompañan a las familias a las reuniones escolares, "
                    "interpretan cuando hace falta y organizan talleres sabatinos sobre cómo funciona la "
                    "inscripción en el distrito."
                ),
                "region": "Valle del Río",
            },
        },
    },
    {
        "name": "Common Ground Learning Studio",
        "website": "https://commonground.example.org",
        "region": "Northern Plains",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Teacher development", "School funding"],
        "public_profile": {
            "en": {
                "description": (
                    "A learning studio where first-year teachers from rural schools meet monthly to plan "
                    "lessons together and compare notes on stretching thin budgets."
                ),
                "region": "Northern Plains",
            },
            "es": {
                "description": (
                    "Un taller donde docentes de primer año de escuelas rurales se reúnen cada mes para "
                    "preparar clases en equipo y compartir ideas para estirar presupuestos escasos."
                ),
                "region": "Llanuras del Norte",
            },
        },
    },
    {
        "name": "Harbor Street Head Start Parents Council",
        "website": "https://harborstreet.example.org",
        "region": "Capital Area",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Early childhood", "Family engagement"],
        "public_profile": {
            "en": {
                "description": (
                    "Parents elected by each Head Start classroom who review the program's budget and speak"
                    " for families at the county board."
                ),
                "region": "Capital Area",
            },
            "es": {
                "description": (
                    "Madres y padres elegidos por cada aula de Head Start que revisan el presupuesto del "
                    "programa y hablan por las familias ante el condado."
                ),
                "region": "Área de la Capital",
            },
        },
    },
    {
        "name": "Mesa Verde Teachers Collective",
        "website": "https://mesaverde.example.org",
        "region": "Southern Mesa",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Teacher development", "Multilingual learners"],
        "public_profile": {
            "en": {
                "description": (
                    "Bilingual teachers who write classroom materials in two languages and share them free "
                    "with any school that asks."
                ),
                "region": "Southern Mesa",
            },
            "es": {
                "description": (
                    "Docentes bilingües que escriben materiales en dos idiomas y los comparten gratis con "
                    "cualquier escuela que los pida."
                ),
                "region": "Mesa del Sur",
            },
        },
    },
    {
        "name": "Open Door Family Child Care Association",
        "website": "https://opendoor.example.org",
        "region": "Eastside",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Early childhood"],
        "public_profile": {
            "en": {
                "description": (
                    "Home-based child care providers who pool training, substitutes and advice on licensing"
                    " rules."
                ),
                "region": "Eastside",
            },
            "es": {
                "description": (
                    "Proveedoras de cuidado infantil en el hogar que comparten capacitación, suplentes y "
                    "consejos sobre las reglas de licencia."
                ),
                "region": "Lado Este",
            },
        },
    },
    {
        "name": "Riverton Education Justice Lab",
        "website": "https://rivertonlab.example.org",
        "region": "Capital Area",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["School funding"],
        "public_profile": {
            "en": {
                "description": (
                    "A small research group that turns state budget documents into maps and plain-language "
                    "briefs for community groups."
                ),
                "region": "Capital Area",
            },
            "es": {
                "description": (
                    "Un pequeño grupo de investigación que convierte los documentos del presupuesto estatal"
                    " en mapas y resúmenes claros para grupos comunitarios."
                ),
                "region": "Área de la Capital",
            },
        },
    },
    {
        "name": "Prairie Grandparents Raising Grandchildren",
        "website": "https://prairiegrandparents.example.org",
        "region": "Northern Plains",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Family engagement"],
        "public_profile": {
            "en": {
                "description": (
                    "A support network for grandparents who are raising school-age children, with monthly "
                    "meetings in six towns."
                ),
                "region": "Northern Plains",
            },
            "es": {
                "description": (
                    "Una red de apoyo para abuelas y abuelos que crían a niñas y niños en edad escolar, con"
                    " reuniones mensuales en seis pueblos."
                ),
                "region": "Llanuras del Norte",
            },
        },
    },
    {
        "name": "Youth Voices for Fair Schools",
        "website": "https://youthvoices.example.org",
        "region": "Rio Valley",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["School funding", "Multilingual learners"],
        "public_profile": {
            "en": {
                "description": (
                    "High school students who run listening sessions with their classmates and bring what "
                    "they hear to the school board."
                ),
                "region": "Rio Valley",
            },
            "es": {
                "description": (
                    "Estudiantes de preparatoria que organizan sesiones de escucha con sus compañeros y "
                    "llevan lo que oyen a la junta escolar."
                ),
                "region": "Valle del Río",
            },
        },
    },
    {
        "name": "Little Oaks Child Development Center",
        "website": "https://littleoaks.example.org",
        "region": "Capital Area",
        "status": "active",
        "listed_publicly": False,
        "focus_areas": ["Early childhood"],
    },
    {
        "name": "Eastside Parents United",
        "website": "https://eastside.example.org",
        "region": "Eastside",
        "status": "lapsed",
        "listed_publicly": False,
        "focus_areas": ["Family engagement"],
    },
]

# Focus area (its name in the admin) -> its label for readers in each language.
FOCUS_AREA_LABELS = {
    "Family engagement": {"en": "Family engagement", "es": "Participación de las familias"},
    "Multilingual learners": {"en": "Multilingual learners", "es": "Estudiantes multilingües"},
    "Teacher development": {"en": "Teacher development", "es": "Formación docente"},
    "School funding": {"en": "School funding", "es": "Financiamiento escolar"},
    "Early childhood": {"en": "Early childhood", "es": "Primera infancia"},
}

# The `member` demo account's profile (see DEMO_ACCOUNTS in the load_demo_content command).
MEMBER_PROFILE = {
    "username": "member",
    "organization": "Puentes Family Network",
    "title": "Community organizer",
    "phone": "+1 555 0142",
    "languages": "English, Spanish",
    "expertise": ["Family engagement", "Bilingual outreach"],
    "spokesperson": True,
}

# Applications to join, waiting for a review (the comms team's week, issue 20). Each is found again by its
# address; once staff have approved or declined it, a re-run leaves it so.
APPLICATIONS = [
    {
        "kind": "organization",
        "organization_name": "Westside Reading Circle",
        "organization_website": "https://westside-reading.example.org",
        "contact_name": "Tomás Quinn",
        "email": "tomas.quinn@example.org",
        "region": "Rio Valley",
        "why_join": "We run reading circles for families and want a voice on school funding.",
        "language": "en",
    },
    {
        "kind": "individual",
        "contact_name": "Marisol Vega",
        "email": "marisol.vega@example.org",
        "region": "Valle del Río",
        "why_join": "Soy madre y quiero apoyar a las familias que no hablan inglés en las juntas escolares.",
        "language": "es",
    },
]
