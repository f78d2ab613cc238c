"""Sign-on letters for the demo, in English and Spanish: one open for signatures (the demo member signs
for her ally), one published with its signers (one of them late), and one closed draft that was never
published. All fictional. The demo member is her ally's contact, so "Who signs for" in her account
lists two colleagues (one of them named by her). Found again by translation key, ally, member or
address, so a second run creates nothing new; no email is queued."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from letters.models import PublicLetterIndexPage, PublicLetterPage, Signatory, Signature, SignOnLetterPage
from letters.publishing import publish_letter
from members import groups as member_groups
from members.models import MemberProfile, Organization

from .content.blocks import rich
from .content.dates import published

PUBLIC_INDEX = {
    "key": "letters",
    "parent": "home",
    "show_in_menus": False,
    "en": {
        "slug": "letters",
        "title": "Letters and statements",
        "intro": "<p>What the alliance's members have said together, and who signed it.</p>",
    },
    "es": {
        "slug": "cartas",
        "title": "Cartas y declaraciones",
        "intro": "<p>Lo que los miembros de la alianza han dicho juntos, y quién lo firmó.</p>",
    },
}

OPEN_LETTER = {
    "key": "letter-multilingual-funding",
    "parent": "members",
    "kind": "comment_letter",
    "state": "open",
    "open_to": "both",
    "signer_order": "name",
    "deadline": published(9, hour=17),
    "en": {
        "slug": "letter-multilingual-funding",
        "title": "Comment letter: count multilingual learners in the funding formula",
        "addressee": "The State Board of Education",
        "why": rich(
            "The Board takes public comment on the new funding formula until the end of the month. A letter "
            "signed by many allies carries more weight than many single letters."
        ),
        "body": rich(
            "To the members of the State Board of Education:",
            "We, the undersigned organizations and families, ask the Board to add a weight for "
            "multilingual learners to the school funding formula, at no less than 25 percent of the base "
            "amount, and to phase it in over three years.",
            "Multilingual learners are one in five students in our state. Their schools pay for "
            "interpreters, bilingual aides and family liaisons out of budgets that do not count them.",
        ),
    },
    "es": {
        "slug": "carta-financiamiento-multilingue",
        "title": (
            "Carta de comentarios: contar a los estudiantes multilingües en la fórmula de financiamiento"
        ),
        "addressee": "La Junta Estatal de Educación",
        "why": rich(
            "La Junta recibe comentarios públicos sobre la nueva fórmula hasta fin de mes. Una carta firmada "
            "por muchas organizaciones pesa más que muchas cartas sueltas."
        ),
        "body": rich(
            "A los miembros de la Junta Estatal de Educación:",
            "Las organizaciones y familias abajo firmantes pedimos a la Junta que añada a la fórmula de "
            "financiamiento escolar un peso para estudiantes multilingües, de al menos el 25 por ciento del "
            "monto base, aplicado de forma gradual en tres años.",
            "Los estudiantes multilingües son uno de cada cinco en nuestro estado. Sus escuelas pagan "
            "intérpretes, asistentes bilingües y enlaces con las familias con presupuestos que no los "
            "cuentan.",
        ),
    },
}

PUBLISHED_LETTER = {
    "key": "letter-school-meals",
    "parent": "members",
    "kind": "statement",
    "state": "published",
    "open_to": "both",
    "signer_order": "region",
    "deadline": published(4, hour=17),
    # Published yesterday (the loader's publish keeps this time), so a signature after it is late.
    "published_at": published(-1, hour=10),
    "en": {
        "slug": "statement-school-meals",
        "title": "Statement: free school meals for every child",
        "addressee": "The Governor and the State Legislature",
        "why": rich("The budget vote is next week. Sign to show that families and educators stand together."),
        "body": rich(
            "Hungry children cannot learn. We, the undersigned, call on the Governor and the Legislature to "
            "fund free breakfast and lunch for every public school student in the coming budget.",
            "Universal meals end the paperwork that keeps eligible families out, and the shame that keeps "
            "children from the lunch line.",
        ),
    },
    "es": {
        "slug": "declaracion-comidas-escolares",
        "title": "Declaración: comidas escolares gratuitas para todos",
        "addressee": "El Gobernador y la Legislatura Estatal",
        "why": rich(
            "El presupuesto se vota la semana que viene. Firma para mostrar que familias y educadores "
            "estamos juntos."
        ),
        "body": rich(
            "Con hambre no se aprende. Quienes firmamos pedimos al Gobernador y a la Legislatura que "
            "financien desayuno y almuerzo gratuitos para todo el alumnado de las escuelas públicas en el "
            "próximo presupuesto.",
            "Las comidas universales acaban con el papeleo que deja fuera a familias con derecho a ellas, y "
            "con la vergüenza que aleja a niñas y niños de la fila del comedor.",
        ),
    },
}

CLOSED_DRAFT = {
    "key": "letter-transport-testimony",
    "parent": "members",
    "kind": "testimony",
    "state": "closed",
    "open_to": "organizations",
    "signer_order": "name",
    "deadline": published(-6, hour=17),
    "en": {
        "slug": "testimony-school-transport",
        "title": "Testimony draft: rural school transport",
        "addressee": "The House Education Committee",
        "why": rich("The hearing was postponed; this draft is kept for the next session."),
        "body": rich(
            "Chair and members of the Committee: in our rural districts a child may ride the bus for two "
            "hours a day. We ask the Committee to fund shorter routes and more drivers."
        ),
    },
    "es": {
        "slug": "testimonio-transporte-escolar",
        "title": "Borrador de testimonio: transporte escolar rural",
        "addressee": "El Comité de Educación de la Cámara",
        "why": rich("La audiencia se aplazó; guardamos este borrador para la próxima sesión."),
        "body": rich(
            "Presidencia y miembros del Comité: en nuestros distritos rurales un niño puede pasar dos horas "
            "al día en el autobús. Pedimos al Comité que financie rutas más cortas y más choferes."
        ),
    },
}

PAGES = [
    (PublicLetterIndexPage, PUBLIC_INDEX),
    (SignOnLetterPage, OPEN_LETTER),
    (SignOnLetterPage, PUBLISHED_LETTER),
    (SignOnLetterPage, CLOSED_DRAFT),
]

# Individuals who signed the published statement (as members of the public, confirmed): name, title,
# region.
INDIVIDUALS = [
    ("Aurora Benítez", "Parent", "Rio Valley"),
    ("Daniel Whitfield", "Retired principal", "Northern Plains"),
    ("Mei Lin Okafor", "School nurse", "Harbor District"),
    ("Tomás Echeverría", "Bus driver", "Rio Valley"),
    ("Hannah Lindqvist", "Grandparent", "Prairie County"),
]
LATE_SIGNER = ("Ruth Adeyemi", "Cafeteria manager", "Eastside")

# The demo member's colleagues at her ally (they sign in with no password: nobody can): username, first
# and last name, title, and whether she has named them signatories.
COLLEAGUES = [
    ("marisol.vega", "Marisol", "Vega", "Policy coordinator", True),
    ("jorge.ibarra", "Jorge", "Ibarra", "Parent organizer", False),
]


def ensure_letters(tree, users):
    """The letter pages (through the demo's page tree), the demo member as her ally's signatory, and
    the signatures; the statement is published once, with its public page in both languages."""
    for model, spec in PAGES:
        tree.ensure(model, spec)
    for model, spec in PAGES:
        tree.fill(model, spec)
    pages = tree.resolve.pages
    member = users["member"]
    ally = member.member_profile.organization
    Signatory.objects.get_or_create(organization=ally, member=member)
    _ally_contact_and_colleagues(member, ally)

    # Fetched afresh: publishing a revision leaves the page objects the tree holds as they were.
    statement = SignOnLetterPage.objects.get(pk=pages[PUBLISHED_LETTER["key"], "en"].pk)
    signed_at = statement.deadline - datetime.timedelta(days=10)
    allies = Organization.objects.active().order_by("name")
    for number, organization in enumerate(allies):
        Signature.objects.update_or_create(
            letter=statement,
            kind=Signature.Kind.ORGANIZATION,
            organization=organization,
            defaults={
                "organization_name": organization.name,
                "name": "",
                "region": organization.region,
                "signed_at": signed_at + datetime.timedelta(hours=number),
            },
        )
    for number, (name, title, region) in enumerate(INDIVIDUALS):
        _public_signature(
            statement, name, title, region, signed_at + datetime.timedelta(days=1, hours=number)
        )
    if not PublicLetterPage.objects.filter(letter=statement).exists():
        publish_letter(statement, tree.user)
        statement.refresh_from_db()
    name, title, region = LATE_SIGNER
    _public_signature(statement, name, title, region, statement.published_at + datetime.timedelta(hours=2))

    # The demo member has signed the open letter as herself; her ally has not answered yet.
    open_letter = SignOnLetterPage.objects.get(pk=pages[OPEN_LETTER["key"], "en"].pk)
    Signature.objects.update_or_create(
        letter=open_letter,
        kind=Signature.Kind.INDIVIDUAL,
        member=member,
        defaults={
            "name": member.get_full_name(),
            "title": member.member_profile.title,
            "region": ally.region,
        },
    )


def _public_signature(letter, name, title, region, signed_at):
    email = slugify(name) + "@example.org"
    Signature.objects.update_or_create(
        letter=letter,
        kind=Signature.Kind.PUBLIC,
        email=email,
        defaults={"name": name, "title": title, "region": region, "signed_at": signed_at},
    )


def _ally_contact_and_colleagues(member, ally):
    """The demo member speaks for her ally (she names its signatories from "My account"); two
    colleagues, one of whom she has named. Nothing is emailed."""
    MemberProfile.objects.filter(user=member).update(is_organization_contact=True)
    members_group = Group.objects.get_or_create(name=member_groups.MEMBERS)[0]
    for username, first_name, last_name, title, signs in COLLEAGUES:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = get_user_model().objects.create_user(
                username=username, email=f"{username}@example.org", first_name=first_name, last_name=last_name
            )
            user.set_unusable_password()
            user.save()
        if not MemberProfile.objects.filter(user=user).exists():
            MemberProfile.objects.create(user=user, organization=ally, title=title)
        user.groups.add(members_group)
        if signs:
            Signatory.objects.get_or_create(organization=ally, member=user, defaults={"named_by": member})
