"""Meeting notes in the members' area: one meeting ahead and two with their notes, decisions and action
items. All fictional."""

from .blocks import bullets, rich
from .dates import days_from_today, published

INDEX = {
    "key": "members-meetings",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "meetings",
        "title": "Meetings",
        "intro": (
            "<p>Agendas before, notes and decisions after: every meeting of the alliance in one place.</p>"
        ),
    },
    "es": {
        "slug": "reuniones",
        "title": "Reuniones",
        "intro": (
            "<p>La agenda antes, las notas y los acuerdos después: todas las reuniones de la alianza en un "
            "solo lugar.</p>"
        ),
    },
}

NEXT_MONTHLY = {
    "key": "meeting-next-monthly",
    "parent": "members-meetings",
    "kind": "monthly",
    "starts_at": published(9, hour=18),
    "ends_at": published(9, hour=19),
    "video_link": "https://meet.example.org/alliance-monthly",
    "action_items": [],
    "en": {
        "slug": "monthly-meeting-next",
        "title": "Monthly member meeting: the budget hearings",
        "agenda": rich(
            bullets(
                "Welcome and new allies (5 minutes)",
                "Who testifies at the budget hearings, and on which ask",
                "The coalition letter: last comments before signatures",
                "Speaker opportunities open this month",
            )
        ),
        "notes": "",
        "decisions": "",
    },
    "es": {
        "slug": "reunion-mensual-proxima",
        "title": "Reunión mensual de miembros: las audiencias del presupuesto",
        "agenda": rich(
            bullets(
                "Bienvenida y nuevos aliados (5 minutos)",
                "Quién testifica en las audiencias del presupuesto y sobre qué petición",
                "La carta de la coalición: últimos comentarios antes de firmar",
                "Oportunidades para hablar abiertas este mes",
            )
        ),
        "notes": "",
        "decisions": "",
    },
}

LAST_MONTHLY = {
    "key": "meeting-last-monthly",
    "parent": "members-meetings",
    "kind": "monthly",
    "starts_at": published(-21, hour=18),
    "ends_at": published(-21, hour=19),
    "place": "Puentes Family Network, 2nd floor community room",
    "recording_link": "https://video.example.org/alliance-monthly-recording",
    "en": {
        "slug": "monthly-meeting-last",
        "title": "Monthly member meeting: setting our three asks",
        "agenda": rich(
            bullets("The three budget asks", "Interpreters at board meetings: progress by district")
        ),
        "notes": rich(
            "Eighteen allies joined, six in the room and twelve on the call. The research team walked "
            "through the draft brief; most questions were about how the funding weight would follow a "
            "student who changes schools mid-year."
        ),
        "decisions": rich(
            bullets(
                "The three asks in the draft brief are the alliance's position for this budget session.",
                "Figures stay among members until the press release.",
            )
        ),
        "action_items": [
            {
                "what": "Circulate the coalition letter for signatures",
                "owner_name": "Grace (staff)",
                "due_date": days_from_today(-10),
                "done": True,
            },
            {
                "what": "Collect three family stories about interpreters",
                "owner_name": "Lucía Ramos",
                "due_date": days_from_today(5),
                "done": False,
            },
        ],
    },
    "es": {
        "slug": "reunion-mensual-anterior",
        "title": "Reunión mensual de miembros: nuestras tres peticiones",
        "agenda": rich(
            bullets("Las tres peticiones presupuestarias", "Intérpretes en las juntas: avances por distrito")
        ),
        "notes": rich(
            "Participaron dieciocho aliados, seis en la sala y doce en línea. El equipo de investigación "
            "presentó el borrador del informe; la mayoría de las preguntas fueron sobre cómo el peso de "
            "financiamiento sigue a un estudiante que cambia de escuela a mitad de año."
        ),
        "decisions": rich(
            bullets(
                "Las tres peticiones del borrador son la posición de la alianza en esta sesión "
                "presupuestaria.",
                "Las cifras se quedan entre los miembros hasta el comunicado de prensa.",
            )
        ),
        "action_items": [
            {
                "what": "Enviar la carta de la coalición para recoger firmas",
                "owner_name": "Grace (equipo)",
                "due_date": days_from_today(-10),
                "done": True,
            },
            {
                "what": "Reunir tres historias de familias sobre intérpretes",
                "owner_name": "Lucía Ramos",
                "due_date": days_from_today(5),
                "done": False,
            },
        ],
    },
}

FUNDING_WORKING_GROUP = {
    "key": "meeting-funding-working-group",
    "parent": "members-meetings",
    "kind": "working_group",
    "starts_at": published(-45, hour=12),
    "ends_at": published(-45, hour=13),
    "video_link": "https://meet.example.org/funding-group",
    "en": {
        "slug": "funding-working-group",
        "title": "School funding working group",
        "agenda": rich(bullets("Reading the governor's proposal", "What we ask the research team for")),
        "notes": rich(
            "The group compared the governor's proposal with last year's. The weight for multilingual "
            "learners stays flat while enrollment grew; that gap is the story we want to tell."
        ),
        "decisions": rich(bullets("Ask the research team for a one-page brief on the funding gap.")),
        "action_items": [
            {
                "what": "Send the research team our questions",
                "owner_name": "Common Ground Learning Studio",
                "due_date": days_from_today(-40),
                "done": True,
            },
        ],
    },
    "es": {
        "slug": "grupo-de-trabajo-financiamiento",
        "title": "Grupo de trabajo sobre financiamiento escolar",
        "agenda": rich(
            bullets("Lectura de la propuesta del gobernador", "Qué pedimos al equipo de investigación")
        ),
        "notes": rich(
            "El grupo comparó la propuesta del gobernador con la del año pasado. El peso para estudiantes "
            "multilingües no cambia aunque la matrícula creció; esa brecha es la historia que queremos "
            "contar."
        ),
        "decisions": rich(
            bullets("Pedir al equipo de investigación un informe de una página sobre la brecha.")
        ),
        "action_items": [
            {
                "what": "Enviar nuestras preguntas al equipo de investigación",
                "owner_name": "Common Ground Learning Studio",
                "due_date": days_from_today(-40),
                "done": True,
            },
        ],
    },
}

MEETINGS = [NEXT_MONTHLY, LAST_MONTHLY, FUNDING_WORKING_GROUP]
