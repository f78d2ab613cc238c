"""General pages: About (with the FAQ below it) and Membership. Between them they use every kind of
body block an editor has, so the demo shows how each one looks."""

from .blocks import (
    allies,
    bullets,
    call_to_action,
    document,
    faq,
    heading,
    image,
    image_ref,
    join,
    paragraph,
    quote,
    rich,
)
from .media import ABSTRACT_ALT

ABOUT = {
    "key": "about",
    "parent": "home",
    "show_in_menus": True,
    "listing_image": image_ref("about"),
    "en": {
        "slug": "about",
        "title": "About us",
        "seo_title": "About the Alliance for Learning Equity",
        "search_description": (
            "Who we are, how the alliance makes decisions, and what holds forty-one organizations and "
            "hundreds of members together."
        ),
        "listing_summary": "Who we are and how forty-one organizations make decisions together.",
        "introduction": rich(
            "The Alliance for Learning Equity is a coalition of community groups, early learning "
            "providers, parent networks and policy organizations. We believe the people who live with "
            "education policy every day should help write it."
        ),
        "body": [
            heading("Who we are"),
            paragraph(
                "Our <b>allies</b> are organizations: some run child care centers, some organize parents, "
                "some publish research, and a few do all three. Our <b>members</b> are individuals "
                "(parents, teachers, students and neighbors) who sign on in their own name.",
                "The Bridgeway Education Fund hosts the alliance's small staff. It schedules our "
                "meetings, keeps our data current and makes sure every ally hears about an opportunity "
                "to act in time to take it.",
            ),
            image("about", ABSTRACT_ALT["en"], "Allies meet in person twice a year and online every month."),
            heading("What holds us together"),
            paragraph(
                "We do not agree on everything, and we do not need to. We act together where our "
                "missions overlap, and we say so plainly when they do not.",
                bullets(
                    "<b>Those most affected go first.</b> Families and educators help set the agenda, "
                    "not just react to it.",
                    "<b>Shared ground, shared voice.</b> When allies agree, we speak as one; when they "
                    "do not, nobody is asked to pretend.",
                    "<b>Take part in the way that fits.</b> Each ally decides which letters, campaigns "
                    "and testimony to sign, one at a time.",
                    "<b>Trust is the work.</b> What is said in our meetings stays there, and drafts stay "
                    "private until they are ready.",
                ),
            ),
            quote(
                "A coalition is only as strong as its quietest member feels. We spend a lot of time "
                "making sure nobody stays quiet for long.",
                "Rosa Delgado-Whitfield",
                "Executive Director",
            ),
            heading("Where we work", "h3"),
            paragraph(
                "Our allies are in thirty counties, from river towns and farming communities to the "
                "state's three largest school districts. About a third of our members read this site in "
                "Spanish, which is why every page has a Spanish version."
            ),
            call_to_action(
                "Join the alliance",
                "Organizations and individuals are both welcome. Membership is free.",
                "See how to join",
                page="membership",
            ),
        ],
    },
    "es": {
        "slug": "quienes-somos",
        "title": "Quiénes somos",
        "seo_title": "Sobre la Alianza por la Equidad en el Aprendizaje",
        "search_description": (
            "Quiénes somos, cómo toma decisiones la alianza y qué une a cuarenta y una organizaciones y "
            "cientos de miembros."
        ),
        "listing_summary": "Quiénes somos y cómo cuarenta y una organizaciones deciden en conjunto.",
        "introduction": rich(
            "La Alianza por la Equidad en el Aprendizaje es una coalición de grupos comunitarios, "
            "proveedores de educación inicial, redes de familias y organizaciones de políticas públicas. "
            "Creemos que quienes viven a diario con las políticas educativas deben ayudar a escribirlas."
        ),
        "body": [
            heading("Quiénes somos"),
            paragraph(
                "Nuestros <b>aliados</b> son organizaciones: algunas dirigen centros de cuidado infantil, "
                "otras organizan a madres y padres, otras publican investigaciones y unas pocas hacen las "
                "tres cosas. Nuestros <b>miembros</b> son personas (madres, padres, docentes, estudiantes "
                "y vecinos) que se suman a título propio.",
                "El Bridgeway Education Fund acoge al pequeño equipo de la alianza. Programa nuestras "
                "reuniones, mantiene nuestros datos al día y se asegura de que cada aliado se entere a "
                "tiempo de cada oportunidad de actuar.",
            ),
            image(
                "about",
                ABSTRACT_ALT["es"],
                "Los aliados se reúnen en persona dos veces al año y en línea cada mes.",
            ),
            heading("Lo que nos une"),
            paragraph(
                "No estamos de acuerdo en todo, ni hace falta. Actuamos juntos donde nuestras misiones "
                "coinciden y lo decimos con claridad cuando no es así.",
                bullets(
                    "<b>Primero, quienes más se ven afectados.</b> Las familias y los educadores ayudan a "
                    "fijar la agenda, no solo a reaccionar ante ella.",
                    "<b>Terreno común, voz común.</b> Cuando los aliados coinciden, hablamos con una sola "
                    "voz; cuando no, nadie tiene que fingir.",
                    "<b>Participa como te convenga.</b> Cada aliado decide qué cartas, campañas y "
                    "testimonios firma, uno por uno.",
                    "<b>La confianza es parte del trabajo.</b> Lo que se dice en nuestras reuniones se "
                    "queda ahí, y los borradores son privados hasta que están listos.",
                ),
            ),
            quote(
                "Una coalición es tan fuerte como se siente su miembro más callado. Dedicamos mucho "
                "tiempo a que nadie se quede callado por mucho tiempo.",
                "Rosa Delgado-Whitfield",
                "Directora ejecutiva",
            ),
            heading("Dónde trabajamos", "h3"),
            paragraph(
                "Nuestros aliados están en treinta condados, desde pueblos ribereños y comunidades "
                "agrícolas hasta los tres distritos escolares más grandes del estado. Cerca de un tercio "
                "de nuestros miembros lee este sitio en español; por eso cada página tiene su versión en "
                "español."
            ),
            call_to_action(
                "Únete a la alianza",
                "Pueden sumarse tanto organizaciones como personas. La membresía es gratuita.",
                "Cómo unirse",
                page="membership",
            ),
        ],
    },
}

MEMBERSHIP = {
    "key": "membership",
    "parent": "home",
    "show_in_menus": True,
    "listing_image": image_ref("membership"),
    "en": {
        "slug": "membership",
        "title": "Membership",
        "seo_title": "Join the Alliance for Learning Equity",
        "search_description": (
            "Organizations join as allies and individuals as members. Membership is free; here is what "
            "it involves."
        ),
        "listing_summary": "Join as an ally organization or as an individual member. It is free.",
        "introduction": rich(
            "There are two ways to belong to the alliance. Both are free, and both come with a vote on "
            "the priorities we take to the legislature."
        ),
        "body": [
            heading("Allies: organizations"),
            paragraph(
                "Any nonprofit, school-based group, early learning provider or community organization "
                'whose mission fits our <a page="policy-agenda">policy agenda</a> can become an ally. '
                "Allies:",
                bullets(
                    "name one or two people to join the monthly allies' call;",
                    "take part in setting the agenda each year;",
                    "choose, action by action, what to sign on to;",
                    "share what they hear from the families and educators they serve.",
                ),
            ),
            image("membership", ABSTRACT_ALT["en"]),
            heading("Members: individuals"),
            paragraph(
                "Parents, caregivers, educators, students and anyone who cares about our schools can "
                "join in their own name. Members get action alerts, invitations to trainings and "
                "testimony coaching, and a seat at our annual convening."
            ),
            heading("Before you join", "h3"),
            paragraph("Please read the agenda that allies and members commit to advance together."),
            document("agenda", "Download the shared policy agenda"),
            faq(
                "Quick answers",
                (
                    "Does it cost anything?",
                    "No. The alliance is funded by foundations and never charges allies or members.",
                ),
                (
                    "Can my organization sign on to some actions and not others?",
                    "Yes. Every letter, campaign and testimony is opt-in, one at a time.",
                ),
            ),
            paragraph('More answers in our <a page="faq">frequently asked questions</a>.'),
            allies(
                "Our allies",
                "Some of the organizations that belong to the alliance and agreed to be listed here.",
            ),
            join(
                "Ready to join?",
                "The form takes about five minutes. We will be in touch within a week.",
                "Fill in the membership form",
            ),
        ],
    },
    "es": {
        "slug": "membresia",
        "title": "Membresía",
        "seo_title": "Únete a la Alianza por la Equidad en el Aprendizaje",
        "search_description": (
            "Las organizaciones se suman como aliadas y las personas como miembros. La membresía es "
            "gratuita; esto es lo que implica."
        ),
        "listing_summary": "Súmate como organización aliada o como miembro individual. Es gratis.",
        "introduction": rich(
            "Hay dos maneras de formar parte de la alianza. Ambas son gratuitas y ambas dan voto sobre "
            "las prioridades que llevamos a la legislatura."
        ),
        "body": [
            heading("Aliados: organizaciones"),
            paragraph(
                "Cualquier organización sin fines de lucro, grupo escolar, proveedor de educación inicial "
                "u organización comunitaria cuya misión encaje con nuestra "
                '<a page="policy-agenda">agenda de políticas</a> puede ser aliada. Los aliados:',
                bullets(
                    "designan a una o dos personas para la llamada mensual de aliados;",
                    "participan cada año en la definición de la agenda;",
                    "eligen, acción por acción, a qué se suman;",
                    "comparten lo que escuchan de las familias y los educadores a quienes sirven.",
                ),
            ),
            image("membership", ABSTRACT_ALT["es"]),
            heading("Miembros: personas"),
            paragraph(
                "Madres, padres, cuidadores, docentes, estudiantes y cualquier persona a quien le importen "
                "nuestras escuelas pueden sumarse a título propio. Los miembros reciben alertas de acción, "
                "invitaciones a capacitaciones y apoyo para preparar testimonios, y tienen un lugar en "
                "nuestro encuentro anual."
            ),
            heading("Antes de unirte", "h3"),
            paragraph("Lee la agenda que aliados y miembros se comprometen a impulsar juntos."),
            document("agenda", "Descarga la agenda de políticas compartida"),
            faq(
                "Respuestas rápidas",
                (
                    "¿Tiene algún costo?",
                    "No. La alianza se financia con fundaciones y nunca cobra a aliados ni a miembros.",
                ),
                (
                    "¿Puede mi organización sumarse a algunas acciones y a otras no?",
                    "Sí. Cada carta, campaña y testimonio es voluntario, uno por uno.",
                ),
            ),
            paragraph('Encontrarás más respuestas en nuestras <a page="faq">preguntas frecuentes</a>.'),
            allies(
                "Nuestros aliados",
                "Algunas de las organizaciones que forman parte de la alianza y aceptaron aparecer aquí.",
            ),
            join(
                "¿Quieres unirte?",
                "El formulario toma unos cinco minutos. Te contactaremos en menos de una semana.",
                "Completa el formulario de membresía",
            ),
        ],
    },
}

# Under About, so the main menu stays short; About lists it as a card and other pages link to it.
FAQ = {
    "key": "faq",
    "parent": "about",
    "show_in_menus": True,
    "en": {
        "slug": "faq",
        "title": "Frequently asked questions",
        "seo_title": "Frequently asked questions about the alliance",
        "search_description": "How the alliance works, who can join, and how decisions get made.",
        "listing_summary": "How the alliance works, who can join, and how decisions get made.",
        "introduction": rich("Short answers to what people ask us most. Cannot find yours? Write to us."),
        "body": [
            faq(
                "About the alliance",
                (
                    "Who runs the alliance?",
                    "A steering table of nine allies, elected each year by all allies and members, sets "
                    "direction. A staff of five, hosted by the Bridgeway Education Fund, does the "
                    "day-to-day work.",
                ),
                (
                    "How does the alliance decide what to work on?",
                    "Each year allies and members rank priorities in a survey and then meet to agree on "
                    'the <a page="policy-agenda">policy agenda</a>. Anything on the agenda has the '
                    "support of at least two thirds of allies.",
                ),
                (
                    "Does the alliance endorse candidates?",
                    "No. We work on policy with whoever is in office and never support or oppose "
                    "candidates or parties.",
                ),
                (
                    "Who pays for the alliance?",
                    "Grants from foundations that do not direct our positions. We publish our funders "
                    "every year.",
                ),
            ),
            faq(
                "Taking part",
                (
                    "What is the difference between an ally and a member?",
                    "Allies are organizations; members are individuals. Both vote on the agenda. "
                    'See <a page="membership">Membership</a> for details.',
                ),
                (
                    "Do I have to speak at the capitol?",
                    "Never. Some members testify, others write letters, host a house meeting or simply "
                    "read our updates. All of it helps.",
                ),
                (
                    "Are meetings in Spanish?",
                    "Every meeting has live Spanish interpretation, and our written materials come in "
                    "English and Spanish.",
                ),
                (
                    "Can I join a community of practice?",
                    "Communities of practice are for staff of ally organizations. We announce each new "
                    "cohort in our news and newsletter.",
                ),
            ),
            heading("Still have a question?"),
            paragraph(
                'Email <a href="mailto:hello@example.org">hello@example.org</a> and a person on our '
                "staff will answer within two working days."
            ),
            document("agenda", "Read the shared policy agenda (PDF)"),
            call_to_action(
                "Ready to add your voice?",
                "",
                "Become a member",
                page="membership",
            ),
        ],
    },
    "es": {
        "slug": "preguntas-frecuentes",
        "title": "Preguntas frecuentes",
        "seo_title": "Preguntas frecuentes sobre la alianza",
        "search_description": "Cómo funciona la alianza, quién puede sumarse y cómo se toman las decisiones.",
        "listing_summary": "Cómo funciona la alianza, quién puede sumarse y cómo se toman las decisiones.",
        "introduction": rich(
            "Respuestas breves a lo que más nos preguntan. ¿No encuentras la tuya? Escríbenos."
        ),
        "body": [
            faq(
                "Sobre la alianza",
                (
                    "¿Quién dirige la alianza?",
                    "Una mesa directiva de nueve aliados, elegida cada año por todos los aliados y "
                    "miembros, marca el rumbo. Un equipo de cinco personas, acogido por el Bridgeway "
                    "Education Fund, se encarga del trabajo diario.",
                ),
                (
                    "¿Cómo decide la alianza en qué trabajar?",
                    "Cada año los aliados y miembros ordenan sus prioridades en una encuesta y luego se "
                    'reúnen para acordar la <a page="policy-agenda">agenda de políticas</a>. Todo lo que '
                    "figura en la agenda cuenta con el apoyo de al menos dos tercios de los aliados.",
                ),
                (
                    "¿La alianza respalda candidaturas?",
                    "No. Trabajamos en políticas con quien esté en el cargo y nunca apoyamos ni nos "
                    "oponemos a candidaturas ni partidos.",
                ),
                (
                    "¿Quién financia la alianza?",
                    "Fundaciones que no dictan nuestras posiciones. Publicamos la lista de quienes nos "
                    "financian cada año.",
                ),
            ),
            faq(
                "Cómo participar",
                (
                    "¿Qué diferencia hay entre un aliado y un miembro?",
                    "Los aliados son organizaciones; los miembros son personas. Ambos votan la agenda. "
                    'Consulta <a page="membership">Membresía</a> para más detalles.',
                ),
                (
                    "¿Tengo que hablar en el Capitolio?",
                    "Nunca. Algunos miembros dan testimonio; otros escriben cartas, organizan una reunión "
                    "en casa o simplemente leen nuestras novedades. Todo suma.",
                ),
                (
                    "¿Las reuniones son en español?",
                    "Todas las reuniones tienen interpretación simultánea al español, y nuestros "
                    "materiales escritos están en inglés y en español.",
                ),
                (
                    "¿Puedo unirme a una comunidad de práctica?",
                    "Las comunidades de práctica son para el personal de las organizaciones aliadas. "
                    "Anunciamos cada nueva cohorte en nuestras noticias y en el boletín.",
                ),
            ),
            heading("¿Te queda alguna pregunta?"),
            paragraph(
                'Escribe a <a href="mailto:hello@example.org">hello@example.org</a> y una persona de '
                "nuestro equipo te responderá en un plazo de dos días hábiles."
            ),
            document("agenda", "Lee la agenda de políticas compartida (PDF)"),
            call_to_action(
                "¿Quieres sumar tu voz?",
                "",
                "Hazte miembro",
                page="membership",
            ),
        ],
    },
}


# Linked from the footer and from every form that asks for an email address (core.SiteSettings
# privacy_page, set by the loader).
PRIVACY = {
    "key": "privacy",
    "parent": "home",
    "show_in_menus": False,
    "en": {
        "slug": "privacy",
        "title": "Privacy notice",
        "seo_title": "Privacy notice",
        "search_description": (
            "What the alliance keeps about you, why, for how long, and how to have it removed."
        ),
        "listing_summary": "What we keep about you, why, and how to have it removed.",
        "introduction": rich(
            "We ask for as little as we can, keep it only as long as we need it, and never sell or lend it. "
            "This page says what that means for each thing you might give us."
        ),
        "body": [
            heading("The news and invitations list"),
            paragraph(
                "When you sign up we keep your email address, your name if you give it, the lists you chose,"
                " your language, and a record of when you agreed and to which wording. We use them only to "
                "send you what you asked for. Every email has a link to change your choices or to leave; "
                "when you leave we keep only the record of your consent and of your leaving, as the law "
                "asks."
            ),
            heading("Membership applications"),
            paragraph(
                "An application holds what you wrote in the form. Staff read it to decide on it and to write"
                " back to you. An application that is declined is deleted after a year."
            ),
            heading("Members' accounts"),
            paragraph(
                "A member's account holds a name, an email address, a password we cannot read, and the ally "
                "the member belongs to. Sign-in attempts that fail are kept for a short while to stop people"
                " guessing passwords. Pages in the members' area are never shown to anyone outside it."
            ),
            heading("Your rights"),
            paragraph(
                "You can ask us what we hold about you, have it corrected, or have it deleted. Write to "
                "hello@example.org and we will answer within a month."
            ),
        ],
    },
    "es": {
        "slug": "privacidad",
        "title": "Aviso de privacidad",
        "seo_title": "Aviso de privacidad",
        "search_description": (
            "Qué guarda la alianza sobre ti, por qué, por cuánto tiempo y cómo pedir que lo borre."
        ),
        "listing_summary": "Qué guardamos sobre ti, por qué y cómo pedir que lo borremos.",
        "introduction": rich(
            "Pedimos lo mínimo posible, lo guardamos solo mientras lo necesitamos y nunca lo vendemos ni lo "
            "prestamos. Esta página explica qué significa eso para cada dato que puedas darnos."
        ),
        "body": [
            heading("La lista de noticias e invitaciones"),
            paragraph(
                "Cuando te suscribes guardamos tu correo, tu nombre si nos lo das, las listas que elegiste, "
                "tu idioma y un registro de cuándo aceptaste y con qué texto. Los usamos solo para enviarte "
                "lo que pediste. Cada correo trae un enlace para cambiar tus opciones o darte de baja; si te"
                " das de baja, guardamos solo el registro de tu consentimiento y de tu baja, como pide la "
                "ley."
            ),
            heading("Solicitudes de membresía"),
            paragraph(
                "Una solicitud guarda lo que escribiste en el formulario. El equipo la lee para decidir y "
                "para responderte. Una solicitud rechazada se borra al cabo de un año."
            ),
            heading("Cuentas de miembros"),
            paragraph(
                "La cuenta de un miembro guarda un nombre, un correo, una contraseña que no podemos leer y "
                "el aliado al que pertenece. Los intentos fallidos de iniciar sesión se guardan un tiempo "
                "corto para impedir que alguien adivine contraseñas. Las páginas del área de miembros nunca "
                "se muestran a nadie fuera de ella."
            ),
            heading("Tus derechos"),
            paragraph(
                "Puedes preguntarnos qué guardamos sobre ti, pedir que lo corrijamos o que lo borremos. "
                "Escríbenos a hello@example.org y te responderemos en menos de un mes."
            ),
        ],
    },
}
