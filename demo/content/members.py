"""Allies (member organizations) and the demo member's profile. All fictional; the names match the
people pages so the site tells one story. One organization has lapsed, to show what that does.

The allies on the public list also have a public profile in English and Spanish (members'
OrganizationProfile); the focus areas have their labels in both languages (FocusAreaLabel)."""

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
