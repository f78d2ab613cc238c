"""The publications index, three public publications, and one embargoed draft for members whose public
version is scheduled for the moment its embargo lifts (ten days after the command runs)."""

from .blocks import document_ref, heading, page_ref, paragraph, person_ref, rich, tag_ref
from .dates import days_from_today, published

# When the draft's embargo lifts, and so when its public version goes live.
EMBARGO_LIFTS = published(10, hour=10)

# The confidential attachment: (title, lines) in each language, rendered as a PDF by demo.media.
DRAFT_ATTACHMENT = {
    "en": (
        "Embargoed draft: Interpreters in every meeting",
        [
            "Draft for members. Embargoed: do not share, quote or forward.",
            "We surveyed 214 families in nine districts about school board and parent-teacher meetings.",
            "Two in three families who speak a language other than English had left a meeting without "
            "understanding a decision that affected their child.",
            "Recommendation 1: a trained interpreter at every public school board meeting, paid from the "
            "state's family engagement line.",
            "Recommendation 2: translated agendas published with the English agenda, not after it.",
            "Recommendation 3: a complaint route that families can use in their own language.",
        ],
    ),
    "es": (
        "Borrador bajo embargo: Intérpretes en cada reunión",
        [
            "Borrador para miembros. Bajo embargo: no lo compartas, cites ni reenvíes.",
            "Encuestamos a 214 familias de nueve distritos sobre las reuniones de la junta escolar y de "
            "madres, padres y docentes.",
            "Dos de cada tres familias que hablan un idioma distinto del inglés habían salido de una "
            "reunión sin entender una decisión que afectaba a su hija o hijo.",
            "Recomendación 1: una persona intérprete capacitada en cada reunión pública de la junta "
            "escolar, pagada con la partida estatal de participación familiar.",
            "Recomendación 2: agendas traducidas publicadas junto con la agenda en inglés, no después.",
            "Recomendación 3: una vía de quejas que las familias puedan usar en su propio idioma.",
        ],
    ),
}

INDEX = {
    "key": "publications",
    "parent": "home",
    "show_in_menus": True,
    "en": {
        "slug": "publications",
        "title": "Publications",
        "search_description": "Reports and briefs from the Alliance for Learning Equity and its allies.",
        "listing_summary": "Reports and briefs from the alliance and its allies.",
        "intro": rich(
            "Research, policy briefs and reports written with the families and educators we work with."
        ),
    },
    "es": {
        "slug": "publicaciones",
        "title": "Publicaciones",
        "search_description": (
            "Informes y resúmenes de la Alianza por la Equidad en el Aprendizaje y sus aliados."
        ),
        "listing_summary": "Informes y resúmenes de la alianza y sus aliados.",
        "intro": rich(
            "Investigaciones, resúmenes de políticas e informes escritos con las familias y el personal "
            "educativo con quienes trabajamos."
        ),
    },
}


def publication(key, date, *, kind, tags, authors, agenda=True, initiatives=(), en, es, **extra):
    return {
        "key": key,
        "parent": "publications",
        "kind": kind,
        "publication_date": date,
        "authors": [person_ref(person) for person in authors],
        "tags": [tag_ref(tag) for tag in tags],
        "related_agenda": [page_ref("policy-agenda")] if agenda else [],
        "related_initiatives": [page_ref(initiative) for initiative in initiatives],
        **extra,
        "en": en,
        "es": es,
    }


PUBLICATIONS = [
    publication(
        "publication-funding-weights",
        days_from_today(-40),
        kind="report",
        tags=["school-funding", "multilingual-learners"],
        authors=["rosa", "marcus"],
        initiatives=["funding-map"],
        file=document_ref("agenda"),
        en={
            "slug": "funding-that-follows-the-student",
            "title": "Funding that follows the student",
            "summary": (
                "How a weight for multilingual learners in the state formula would reach the classrooms "
                "that need it, and what it would cost."
            ),
            "body": [
                heading("What we found"),
                paragraph(
                    "Districts with the most multilingual learners receive the least per student once local "
                    "property taxes are counted. A weight in the state formula closes part of that gap "
                    "without asking any district to give money back.",
                    "The report models three sizes of weight and shows, district by district, what each "
                    "would mean for a school of five hundred students.",
                ),
            ],
        },
        es={
            "slug": "financiamiento-que-sigue-al-estudiante",
            "title": "Financiamiento que sigue al estudiante",
            "summary": (
                "Cómo un peso para estudiantes multilingües en la fórmula estatal llegaría a las aulas que "
                "lo necesitan, y cuánto costaría."
            ),
            "body": [
                heading("Lo que encontramos"),
                paragraph(
                    "Los distritos con más estudiantes multilingües reciben menos por estudiante cuando se "
                    "cuentan los impuestos locales a la propiedad. Un peso en la fórmula estatal cierra "
                    "parte de esa brecha sin pedir a ningún distrito que devuelva dinero.",
                    "El informe modela tres tamaños de peso y muestra, distrito por distrito, lo que cada "
                    "uno significaría para una escuela de quinientos estudiantes.",
                ),
            ],
        },
    ),
    publication(
        "publication-educator-pay",
        days_from_today(-95),
        kind="brief",
        tags=["early-childhood", "educator-workforce"],
        authors=["ana"],
        en={
            "slug": "a-pay-floor-for-early-educators",
            "title": "A pay floor for early educators",
            "summary": "Why a wage floor keeps infant and toddler classrooms open, in four pages.",
            "body": [
                paragraph(
                    "Centers that serve infants and toddlers lose a third of their teachers every year, most "
                    "of them to jobs that pay a few dollars more an hour. A wage floor tied to the public "
                    "school salary schedule would slow that loss and keep classrooms open.",
                ),
            ],
        },
        es={
            "slug": "un-salario-minimo-para-educadores-de-la-primera-infancia",
            "title": "Un salario mínimo para educadores de la primera infancia",
            "summary": (
                "Por qué un salario mínimo mantiene abiertas las aulas de bebés y niños pequeños, "
                "en cuatro páginas."
            ),
            "body": [
                paragraph(
                    "Los centros que atienden a bebés y niños pequeños pierden un tercio de su personal "
                    "docente cada año, casi siempre por empleos que pagan unos pocos dólares más por hora. "
                    "Un salario mínimo ligado a la escala salarial de las escuelas públicas frenaría esa "
                    "pérdida y mantendría las aulas abiertas.",
                ),
            ],
        },
    ),
    publication(
        "publication-interpreters",
        days_from_today(10),
        kind="report",
        tags=["family-voice", "multilingual-learners"],
        authors=["rosa"],
        # Scheduled: it goes live when the embargo on its draft lifts.
        go_live_at=EMBARGO_LIFTS,
        en={
            "slug": "interpreters-in-every-meeting",
            "title": "Interpreters in every meeting",
            "summary": "What families told us about school meetings they could not follow, and three fixes.",
            "body": [
                paragraph(
                    "We asked families in nine districts about the last school board or parent-teacher "
                    "meeting they attended. Their answers point to three changes any district can make "
                    "this year.",
                ),
            ],
        },
        es={
            "slug": "interpretes-en-cada-reunion",
            "title": "Intérpretes en cada reunión",
            "summary": (
                "Lo que nos contaron las familias sobre reuniones escolares que no pudieron seguir, "
                "y tres soluciones."
            ),
            "body": [
                paragraph(
                    "Preguntamos a familias de nueve distritos por la última reunión de la junta escolar "
                    "o de madres, padres y docentes a la que asistieron. Sus respuestas señalan tres cambios "
                    "que cualquier distrito puede hacer este año.",
                ),
            ],
        },
    ),
]

EMBARGOED_DRAFT = {
    "key": "members-interpreters-draft",
    "parent": "members",
    "show_in_menus": True,
    "embargo_lifts_at": EMBARGO_LIFTS,
    "final_publication": page_ref("publication-interpreters"),
    "attachments": [{"document": document_ref("interpreters-draft"), "label": ""}],
    "en": {
        "slug": "interpreters-draft",
        "title": "Draft report: Interpreters in every meeting",
        "summary": "The full draft and its recommendations, for allies to review before it is released.",
        "body": [
            heading("Before the release"),
            paragraph(
                "This is the draft the research team will release when the embargo lifts. Please read the "
                "recommendations and tell the policy working group by the next monthly meeting if your "
                "organization will sign on.",
                "Your copy of the PDF is stamped with your name. Do not forward it.",
            ),
        ],
    },
    "es": {
        "slug": "borrador-interpretes",
        "title": "Borrador del informe: Intérpretes en cada reunión",
        "summary": (
            "El borrador completo y sus recomendaciones, para que los aliados lo revisen antes de publicarlo."
        ),
        "body": [
            heading("Antes de la publicación"),
            paragraph(
                "Este es el borrador que el equipo de investigación publicará cuando termine el embargo. Lee "
                "las recomendaciones y dile al grupo de políticas antes de la próxima reunión mensual si tu "
                "organización se suma.",
                "Tu copia del PDF lleva tu nombre. No la reenvíes.",
            ),
        ],
    },
}
