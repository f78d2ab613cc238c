"""The members' extranet: its home and two member-only pages, one linking a confidential draft.

Nothing here is in any menu: the extranet's own navigation appears on its pages, for members only.
"""

from .blocks import document, heading, paragraph

INDEX = {
    "key": "members",
    "parent": "home",
    "show_in_menus": False,
    "en": {
        "slug": "members",
        "title": "Members area",
        "intro": (
            "<p>Welcome to the allies' and members' workspace: drafts under embargo, meeting notes and "
            "the opportunities to speak for the alliance. What is here stays among us until we decide "
            "together to share it.</p>"
        ),
    },
    "es": {
        "slug": "miembros",
        "title": "Área de miembros",
        "intro": (
            "<p>Te damos la bienvenida al espacio de trabajo de aliados y miembros: borradores bajo "
            "embargo, notas de reuniones y oportunidades para hablar en nombre de la alianza. Lo que está "
            "aquí se queda entre nosotros hasta que decidamos juntos compartirlo.</p>"
        ),
    },
}

BUDGET_STRATEGY = {
    "key": "members-budget-strategy",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "budget-strategy",
        "title": "Budget session strategy",
        "summary": "Where we push, where we hold, and who speaks when the budget hearings open.",
        "body": [
            heading("Our three asks"),
            paragraph(
                "The steering table agreed on three asks for the coming budget: a pay floor for early "
                "educators, interpreters at every school board meeting, and a funding weight for "
                "multilingual learners that follows the student.",
                "Please do not quote these figures in public until the press release goes out. Allies who "
                "want to sign the coalition letter can say so at the next monthly meeting.",
            ),
            heading("The draft brief"),
            paragraph("The research team's draft is below. Comments go to the policy working group."),
            document("members-brief", "Draft budget brief (PDF, members only)"),
        ],
    },
    "es": {
        "slug": "estrategia-presupuestaria",
        "title": "Estrategia para la sesión presupuestaria",
        "summary": "Dónde presionamos, dónde nos mantenemos y quién habla cuando abran las audiencias.",
        "body": [
            heading("Nuestras tres peticiones"),
            paragraph(
                "La mesa directiva acordó tres peticiones para el próximo presupuesto: un salario mínimo "
                "para educadores de la primera infancia, intérpretes en cada reunión de la junta escolar y "
                "un peso de financiamiento para estudiantes multilingües que siga al estudiante.",
                "Por favor, no cites estas cifras en público hasta que salga el comunicado de prensa. Los "
                "aliados que quieran firmar la carta de la coalición pueden decirlo en la próxima reunión "
                "mensual.",
            ),
            heading("El borrador del informe"),
            paragraph(
                "Abajo está el borrador del equipo de investigación. "
                "Los comentarios van al grupo de políticas."
            ),
            document("members-brief", "Borrador del informe presupuestario (PDF, solo miembros)"),
        ],
    },
}

MEDIA_GUIDE = {
    "key": "members-media-guide",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "media-guide",
        "title": "Speaking for the alliance",
        "summary": "A short guide for members who take interviews, write op-eds or testify.",
        "body": [
            heading("Before you say yes"),
            paragraph(
                "Tell the staff team which outlet asked and by when. We can prepare talking points within "
                "a day and connect you with a parent or educator who wants to speak too.",
            ),
            heading("When you speak"),
            paragraph(
                "Speak from your own work first, then name the alliance's shared position. If you are "
                "asked about something not on the agenda, it is fine to say the alliance has not taken "
                "a position.",
            ),
        ],
    },
    "es": {
        "slug": "guia-para-medios",
        "title": "Hablar en nombre de la alianza",
        "summary": (
            "Una guía breve para miembros que dan entrevistas, escriben artículos de opinión o testifican."
        ),
        "body": [
            heading("Antes de decir que sí"),
            paragraph(
                "Avisa al equipo de la alianza qué medio te lo pidió y para cuándo. Podemos preparar "
                "mensajes clave en un día y ponerte en contacto con una madre, un padre o un educador que "
                "también quiera hablar.",
            ),
            heading("Cuando hables"),
            paragraph(
                "Habla primero desde tu propio trabajo y luego menciona la posición compartida de la "
                "alianza. Si te preguntan por algo que no está en la agenda, puedes decir que la alianza "
                "no ha tomado una posición.",
            ),
        ],
    },
}

PAGES = [BUDGET_STRATEGY, MEDIA_GUIDE]

# The confidential draft linked from the budget strategy: (title, lines of text) by language.
MEMBERS_BRIEF = {
    "en": (
        "Draft budget brief (members only)",
        [
            "Confidential draft for allies and members. Not for circulation.",
            "1. A pay floor for early educators, phased in over three years.",
            "2. Interpreters at every school board meeting, funded by the state.",
            "3. A funding weight for multilingual learners that follows the student.",
        ],
    ),
    "es": (
        "Borrador del informe presupuestario (solo miembros)",
        [
            "Borrador confidencial para aliados y miembros. No circular.",
            "1. Un salario mínimo para educadores de la primera infancia, en tres años.",
            "2. Intérpretes en cada reunión de la junta escolar, pagados por el estado.",
            "3. Un peso de financiamiento para estudiantes multilingües que siga al estudiante.",
        ],
    ),
}
