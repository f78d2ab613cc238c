"""Demo working groups and the demo member's email choices: three groups in the members' area (two open,
one by invitation), each with pages only its members see (the budget group also its own meeting notes
and event), two more fictional members in them, and the
demo member leading one. All fictional.

Called once from load_demo_content; like the rest of the demo it can run again and changes nothing the
second time. `manage.py send_digests --as-of <next Monday>` then prints the demo member's digest of this
week to the console (the mail queue's worker sends it: `make run` starts one).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from demo.content.blocks import heading, paragraph
from demo.content.dates import days_from_today, published
from events.models import MemberEventPage
from meetings.models import MeetingNotesPage
from members import groups as member_groups
from members.models import MemberProfile, Organization
from notifications.models import Frequency, set_frequency
from workinggroups.models import (
    Joining,
    WorkingGroupContentPage,
    WorkingGroupIndexPage,
    WorkingGroupMembership,
    WorkingGroupPage,
)

INDEX = {
    "key": "working-groups",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "working-groups",
        "title": "Working groups",
        "intro": "<p>Small groups of members working on one campaign for a season. Join an open one.</p>",
    },
    "es": {
        "slug": "grupos-de-trabajo",
        "title": "Grupos de trabajo",
        "intro": (
            "<p>Pequeños grupos de miembros que trabajan en una campaña durante una temporada. Únete "
            "a uno abierto.</p>"
        ),
    },
}

GROUPS = [
    {
        "key": "group-budget",
        "parent": "working-groups",
        "joining": Joining.OPEN,
        "starts_on": days_from_today(-60),
        "ends_on": days_from_today(120),
        "en": {
            "slug": "budget-hearings",
            "title": "Budget hearings group",
            "purpose": (
                "<p>Prepare the alliance's testimony for the state budget hearings: who speaks, on "
                "which ask, with which numbers.</p>"
            ),
        },
        "es": {
            "slug": "audiencias-presupuesto",
            "title": "Grupo de audiencias del presupuesto",
            "purpose": (
                "<p>Preparar el testimonio de la alianza para las audiencias del presupuesto estatal:"
                " quién habla, sobre qué petición y con qué cifras.</p>"
            ),
        },
    },
    {
        "key": "group-family-voices",
        "parent": "working-groups",
        "joining": Joining.OPEN,
        "starts_on": days_from_today(-20),
        "ends_on": None,
        "en": {
            "slug": "family-voices",
            "title": "Family voices group",
            "purpose": (
                "<p>Gather stories from families, with their consent, for the campaign's public "
                "materials.</p>"
            ),
        },
        "es": {
            "slug": "voces-de-familias",
            "title": "Grupo de voces de familias",
            "purpose": (
                "<p>Reunir historias de familias, con su consentimiento, para los materiales públicos"
                " de la campaña.</p>"
            ),
        },
    },
    {
        "key": "group-data",
        "parent": "working-groups",
        "joining": Joining.INVITATION,
        "starts_on": days_from_today(-90),
        "ends_on": days_from_today(30),
        "en": {
            "slug": "data-review",
            "title": "Data review group",
            "purpose": (
                "<p>Check every figure the alliance publishes before it goes out. By invitation: ask "
                "the lead.</p>"
            ),
        },
        "es": {
            "slug": "revision-de-datos",
            "title": "Grupo de revisión de datos",
            "purpose": (
                "<p>Revisar cada cifra que publica la alianza antes de que salga. Por invitación: "
                "pídeselo a quien coordina.</p>"
            ),
        },
    },
]

GROUP_PAGES = [
    {
        "key": "group-budget-notes",
        "parent": "group-budget",
        "kind": "notes",
        "en": {
            "slug": "first-meeting-notes",
            "title": "Notes: first planning call",
            "summary": "Who testifies on which day, and the three numbers every speaker uses.",
            "body": [
                heading("Decided"),
                paragraph(
                    "<p>Three speakers, one ask each. Practice session two days before the hearing.</p>"
                ),
            ],
        },
        "es": {
            "slug": "notas-primera-reunion",
            "title": "Notas: primera llamada de planificación",
            "summary": "Quién testifica cada día y las tres cifras que usa cada portavoz.",
            "body": [
                heading("Acuerdos"),
                paragraph(
                    "<p>Tres portavoces, una petición cada uno. Ensayo dos días antes de la audiencia.</p>"
                ),
            ],
        },
    },
    {
        "key": "group-budget-draft",
        "parent": "group-budget",
        "kind": "draft",
        "en": {
            "slug": "testimony-draft",
            "title": "Draft testimony for the hearings",
            "summary": "Comment by Friday: this is the version the speakers will read from.",
            "body": [
                paragraph("<p>Chair and members of the committee, thank you for the chance to speak…</p>")
            ],
        },
        "es": {
            "slug": "borrador-testimonio",
            "title": "Borrador del testimonio para las audiencias",
            "summary": "Comenta antes del viernes: es la versión que leerán las portavoces.",
            "body": [
                paragraph("<p>Presidencia y miembros del comité, gracias por la oportunidad de hablar…</p>")
            ],
        },
    },
    {
        "key": "group-voices-notes",
        "parent": "group-family-voices",
        "kind": "notes",
        "en": {
            "slug": "consent-guidelines",
            "title": "How we ask families for consent",
            "summary": "The words we use, and what we never publish.",
            "body": [
                paragraph(
                    "<p>Ask in the family's language; no photos of children without both parents'"
                    " consent.</p>"
                )
            ],
        },
        "es": {
            "slug": "pautas-consentimiento",
            "title": "Cómo pedimos el consentimiento a las familias",
            "summary": "Las palabras que usamos y lo que nunca publicamos.",
            "body": [
                paragraph(
                    "<p>Pregunta en el idioma de la familia; nada de fotos de menores sin el "
                    "consentimiento de ambos padres.</p>"
                )
            ],
        },
    },
    {
        "key": "group-data-documents",
        "parent": "group-data",
        "kind": "documents",
        "en": {
            "slug": "figures-checklist",
            "title": "Figures checklist",
            "summary": "What every number needs before it is published: source, year, and a second reader.",
            "body": [
                paragraph("<p>Source, year, denominator, and a second reader who was not the author.</p>")
            ],
        },
        "es": {
            "slug": "lista-cifras",
            "title": "Lista de control de cifras",
            "summary": "Lo que necesita cada cifra antes de publicarse: fuente, año y una segunda lectora.",
            "body": [
                paragraph("<p>Fuente, año, denominador y una segunda persona que no sea la autora.</p>")
            ],
        },
    },
]

# The budget group's own meeting and event (below its home: its members and staff only).
GROUP_MEETING = {
    "key": "group-budget-meeting",
    "parent": "group-budget",
    "kind": "working_group",
    "starts_at": published(-7, hour=17),
    "ends_at": published(-7, hour=18),
    "video_link": "https://meet.example.org/budget-group",
    "action_items": [],
    "en": {
        "slug": "budget-group-call",
        "title": "Budget group call: who speaks when",
        "agenda": "<p>The hearing days; the three numbers; who drafts the testimony.</p>",
        "notes": "<p>Ana takes the first hearing; the demo member, the second.</p>",
        "decisions": "<p>The testimony draft goes to the group by Friday.</p>",
    },
    "es": {
        "slug": "llamada-grupo-presupuesto",
        "title": "Llamada del grupo de presupuesto: quién habla y cuándo",
        "agenda": "<p>Los días de audiencia; las tres cifras; quién redacta el testimonio.</p>",
        "notes": "<p>Ana toma la primera audiencia; la persona de demostración, la segunda.</p>",
        "decisions": "<p>El borrador del testimonio llega al grupo antes del viernes.</p>",
    },
}

GROUP_EVENT = {
    "key": "group-budget-rehearsal",
    "parent": "group-budget",
    "kind": "convening",
    "region": "Statewide",
    "starts_at": published(5, hour=17),
    "ends_at": published(5, hour=18),
    "capacity": 8,
    "joining_url": "https://meet.example.org/budget-rehearsal",
    "organiser": "Budget hearings group",
    "en": {
        "slug": "testimony-rehearsal",
        "title": "Testimony rehearsal",
        "summary": "Each speaker reads their two minutes; the group times and comments.",
        "access_notes": "Online. Spanish interpretation on request.",
        "body": "<p>Bring your printed testimony and a timer.</p>",
    },
    "es": {
        "slug": "ensayo-testimonio",
        "title": "Ensayo del testimonio",
        "summary": "Cada portavoz lee sus dos minutos; el grupo cronometra y comenta.",
        "access_notes": "En línea. Interpretación al español si se pide.",
        "body": "<p>Trae tu testimonio impreso y un cronómetro.</p>",
    },
}

# Fictional members who sign in with no password (nobody can): they fill the groups.
OTHER_MEMBERS = [
    ("ana.lopez", "Ana", "López", "Common Ground Learning Studio", ["group-budget", "group-data"]),
    ("samuel.reyes", "Samuel", "Reyes", "Mesa Verde Teachers Collective", ["group-family-voices"]),
]
DEMO_MEMBER_GROUPS = ["group-budget", "group-family-voices"]
DEMO_MEMBER_LEADS = "group-family-voices"
DEMO_MEMBER_CHOICES = {
    "group_activity": Frequency.IMMEDIATELY,
    "meeting_notes": Frequency.WEEKLY,
    "speaker_opportunities": Frequency.WEEKLY,
    "embargoed_drafts": Frequency.WEEKLY,
}


def _member(username, first_name, last_name, organization_name):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model().objects.create_user(
            username=username, email=f"{username}@example.org", first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    organization = Organization.objects.filter(name=organization_name).first()
    if not MemberProfile.objects.filter(user=user).exists():
        MemberProfile.objects.create(user=user, organization=organization)
    user.groups.add(Group.objects.get_or_create(name=member_groups.MEMBERS)[0])
    return user


def _join(user, group_key, pages):
    group = pages[group_key, "en"]
    WorkingGroupMembership.objects.get_or_create(group_key=group.translation_key, user=user)


def load_working_groups(tree, resolver, users):
    specs = [(WorkingGroupIndexPage, INDEX)]
    specs += [(WorkingGroupPage, spec) for spec in GROUPS]
    specs += [(WorkingGroupContentPage, spec) for spec in GROUP_PAGES]
    specs += [(MeetingNotesPage, GROUP_MEETING), (MemberEventPage, GROUP_EVENT)]
    member = users["member"]
    lead_of = {spec["key"]: (member if spec["key"] == DEMO_MEMBER_LEADS else None) for spec in GROUPS}
    for model, spec in specs:
        tree.ensure(model, spec)
    for model, spec in specs:
        if model is WorkingGroupPage:
            spec = {**spec, "lead": lead_of[spec["key"]]}
        tree.fill(model, spec)
    for username, first_name, last_name, organization, group_keys in OTHER_MEMBERS:
        other = _member(username, first_name, last_name, organization)
        for key in group_keys:
            _join(other, key, resolver.pages)
    for key in DEMO_MEMBER_GROUPS:
        _join(member, key, resolver.pages)
    for kind, frequency in DEMO_MEMBER_CHOICES.items():
        set_frequency(member, kind, frequency)
