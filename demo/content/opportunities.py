"""Speaker opportunities in the members' area: two open, one whose deadline has passed, and the demo
member's answer to the first. All fictional."""

from .blocks import rich
from .dates import days_from_today, published

INDEX = {
    "key": "members-speaking",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "speaking",
        "title": "Speaker opportunities",
        "intro": (
            "<p>Reporters, editors and legislators ask us for voices. Say you are interested and the staff "
            "team will match each request with the members closest to the story.</p>"
        ),
    },
    "es": {
        "slug": "oportunidades-para-hablar",
        "title": "Oportunidades para hablar",
        "intro": (
            "<p>Periodistas, editores y legisladores nos piden voces. Dinos que te interesa y el equipo "
            "buscará, para cada pedido, a los miembros más cercanos a la historia.</p>"
        ),
    },
}

RADIO_INTERVIEW = {
    "key": "opportunity-radio-interview",
    "parent": "members-speaking",
    "kind": "media_interview",
    "outlet": "Rio Valley Public Radio",
    "language": "en-es",
    "event_date": days_from_today(12),
    "response_deadline": published(6, hour=17),
    "topics": ["School funding", "Multilingual learners"],
    "en": {
        "slug": "radio-interview-school-funding",
        "title": "Radio interview on school funding",
        "description": rich(
            "The morning show wants a parent or educator to explain, in ten minutes, what the funding weight "
            "for multilingual learners would change in a classroom. Live, by phone or in the studio.",
            "A bilingual speaker would let the station run the segment in both languages.",
        ),
    },
    "es": {
        "slug": "entrevista-radio-financiamiento",
        "title": "Entrevista de radio sobre financiamiento escolar",
        "description": rich(
            "El programa de la mañana busca a una madre, un padre o un educador que explique en diez minutos "
            "qué cambiaría en el aula el peso de financiamiento para estudiantes multilingües. En vivo, por "
            "teléfono o en el estudio.",
            "Una persona bilingüe permitiría a la emisora hacer el segmento en los dos idiomas.",
        ),
    },
}

TESTIMONY = {
    "key": "opportunity-budget-testimony",
    "parent": "members-speaking",
    "kind": "testimony",
    "outlet": "House Appropriations Committee, State Capitol",
    "language": "en",
    "event_date": days_from_today(24),
    "response_deadline": published(14, hour=12),
    "topics": ["Early childhood", "School funding"],
    "en": {
        "slug": "budget-hearing-testimony",
        "title": "Testimony at the budget hearing",
        "description": rich(
            "Three minutes of public testimony on the pay floor for early educators. Staff write the first "
            "draft with you and come to the Capitol with you."
        ),
    },
    "es": {
        "slug": "testimonio-audiencia-presupuesto",
        "title": "Testimonio en la audiencia del presupuesto",
        "description": rich(
            "Tres minutos de testimonio público sobre el salario mínimo para educadores de la primera "
            "infancia. El equipo escribe contigo el primer borrador y te acompaña al Capitolio."
        ),
    },
}

OP_ED = {
    "key": "opportunity-op-ed",
    "parent": "members-speaking",
    "kind": "op_ed",
    "outlet": "The Valley Courier, opinion page",
    "language": "es",
    "event_date": None,
    "response_deadline": published(-3, hour=17),
    "topics": ["Family engagement"],
    "en": {
        "slug": "op-ed-interpreters",
        "title": "Op-ed: interpreters at every board meeting",
        "description": rich(
            "The Courier's Spanish-language section offered 700 words on why families need interpreters at "
            "school board meetings."
        ),
    },
    "es": {
        "slug": "articulo-opinion-interpretes",
        "title": "Artículo de opinión: intérpretes en cada junta escolar",
        "description": rich(
            "La sección en español del Courier ofreció 700 palabras sobre por qué las familias necesitan "
            "intérpretes en las reuniones de la junta escolar."
        ),
    },
}

OPPORTUNITIES = [RADIO_INTERVIEW, TESTIMONY, OP_ED]

# The demo member's answer (see DEMO_ACCOUNTS in the load_demo_content command).
DEMO_ANSWERS = [
    {
        "username": "member",
        "opportunity": "opportunity-radio-interview",
        "availability": "Weekday mornings before 10, in English or Spanish",
        "note": "I ran the family listening sessions in Rio Valley and can speak from those stories.",
        "status": "shortlisted",
        "language": "en",
    },
]
