"""Demo events, in English and Spanish: a year of monthly member circle-ups (first Tuesday, 6 p.m.; the
past ones, the last with its meeting notes), two public convenings (one full, with a waiting list) and
a webinar. People, places and links are fictional."""

import datetime

from django.utils import timezone

from demo.content.dates import published
from demo.pages import PageTree
from events.models import (
    EventIndexPage,
    EventPage,
    MemberEventIndexPage,
    MemberEventPage,
    Occurrence,
    Registration,
)
from events.series import nth_weekday, site_zone

PUBLIC_INDEX = {
    "key": "events",
    "parent": "home",
    "show_in_menus": True,
    "en": {
        "slug": "events",
        "title": "Events",
        "intro": "<p>Convenings, webinars and panels: come and learn with families, students and "
        "educators.</p>",
    },
    "es": {
        "slug": "eventos",
        "title": "Eventos",
        "intro": "<p>Encuentros, seminarios web y paneles: ven a aprender con familias, estudiantes y "
        "docentes.</p>",
    },
}

FULL_CONVENING = {
    "key": "event-valley-convening",
    "parent": "events",
    "kind": "convening",
    "region": "Central Valley",
    "starts_at": published(18, hour=10),
    "ends_at": published(18, hour=15),
    "venue": "Fresno Community Hall",
    "address": "1200 Van Ness Avenue\nFresno, CA 93721",
    "map_url": "https://maps.example.org/fresno-community-hall",
    "capacity": 3,
    "organiser": "Alliance for Learning Equity",
    "en": {
        "slug": "central-valley-convening",
        "title": "Central Valley family convening",
        "summary": "A day of workshops on school budgets, with lunch and childcare.",
        "access_notes": "Step-free entrance. Spanish and Hmong interpretation. Childcare on site.",
        "body": "<p>Families and educators from the valley's districts meet to plan for the budget "
        "hearings: how a budget is made, where to speak, and what to ask for.</p>",
    },
    "es": {
        "slug": "encuentro-valle-central",
        "title": "Encuentro de familias del Valle Central",
        "summary": "Un día de talleres sobre presupuestos escolares, con almuerzo y cuidado infantil.",
        "access_notes": "Entrada sin escalones. Interpretación al español y al hmong. Cuidado infantil.",
        "body": "<p>Familias y docentes de los distritos del valle se reúnen para preparar las audiencias "
        "del presupuesto: cómo se hace un presupuesto, dónde hablar y qué pedir.</p>",
    },
}

SUMMIT = {
    "key": "event-statewide-summit",
    "parent": "events",
    "kind": "convening",
    "region": "Statewide",
    "starts_at": published(45, hour=9),
    "ends_at": published(45, hour=17),
    "venue": "Sacramento Convention Center, Room 204",
    "address": "1400 J Street\nSacramento, CA 95814",
    "map_url": "https://maps.example.org/sacramento-convention-center",
    "joining_url": "https://meet.example.org/alliance-summit-stream",
    "capacity": 200,
    "organiser": "Alliance for Learning Equity",
    "en": {
        "slug": "statewide-summit",
        "title": "Statewide learning equity summit",
        "summary": "Our yearly summit, in person and streamed.",
        "access_notes": "Live captions and Spanish interpretation, in the room and online.",
        "body": "<p>Allies from every region share what worked this year and set next year's asks.</p>",
    },
    "es": {
        "slug": "cumbre-estatal",
        "title": "Cumbre estatal por la equidad educativa",
        "summary": "Nuestra cumbre anual, presencial y transmitida en línea.",
        "access_notes": "Subtítulos en vivo e interpretación al español, en la sala y en línea.",
        "body": "<p>Aliados de todas las regiones comparten lo que funcionó este año y fijan las peticiones "
        "del próximo.</p>",
    },
}

WEBINAR = {
    "key": "event-budget-webinar",
    "parent": "events",
    "kind": "webinar",
    "region": "Statewide",
    "starts_at": published(6, hour=12),
    "ends_at": published(6, hour=13),
    "joining_url": "https://meet.example.org/budget-101-webinar",
    "organiser": "Puentes Family Network",
    "en": {
        "slug": "budget-101-webinar",
        "title": "Budget 101: reading your district's budget",
        "summary": "An hour online: where the money goes, and where families can speak.",
        "access_notes": "Captions on. Spanish interpretation channel.",
        "body": "<p>Bring your district's budget summary; we will read one together.</p>",
    },
    "es": {
        "slug": "presupuesto-101",
        "title": "Presupuesto 101: cómo leer el presupuesto de tu distrito",
        "summary": "Una hora en línea: a dónde va el dinero y dónde pueden hablar las familias.",
        "access_notes": "Subtítulos activados. Canal de interpretación al español.",
        "body": "<p>Trae el resumen del presupuesto de tu distrito; leeremos uno juntos.</p>",
    },
}

MEMBER_INDEX = {
    "key": "member-events",
    "parent": "members",
    "show_in_menus": True,
    "en": {
        "slug": "events",
        "title": "Member events",
        "intro": "<p>Our monthly circle-ups and members' sessions. Register with one click.</p>",
    },
    "es": {
        "slug": "eventos",
        "title": "Eventos para miembros",
        "intro": "<p>Nuestros círculos mensuales y sesiones para miembros. Inscríbete con un clic.</p>",
    },
}

CIRCLE_UP = {
    "key": "event-monthly-circle-up",
    "parent": "member-events",
    "kind": "circle_up",
    "region": "Statewide",
    "repeats": "monthly",
    "joining_url": "https://meet.example.org/alliance-circle-up",
    "organiser": "Alliance staff",
    "en": {
        "slug": "monthly-circle-up",
        "title": "Monthly circle-up",
        "summary": "First Tuesday of the month, 6 p.m.: news from each ally, and one decision together.",
        "access_notes": "Online. Spanish interpretation every month.",
        "body": "<p>An hour to hear from each other and decide what the alliance does next.</p>",
    },
    "es": {
        "slug": "circulo-mensual",
        "title": "Círculo mensual",
        "summary": "Primer martes de cada mes, 6 p. m.: noticias de cada aliado y una decisión en común.",
        "access_notes": "En línea. Interpretación al español cada mes.",
        "body": "<p>Una hora para escucharnos y decidir qué hace la alianza después.</p>",
    },
}

# The full convening's people: three places taken, two waiting (fictional, example.org).
FULL_CONVENING_PEOPLE = [
    ("Rosa Hernández", "rosa.hernandez@example.org", Registration.Status.REGISTERED),
    ("Tom Vang", "tom.vang@example.org", Registration.Status.REGISTERED),
    ("Aisha Karim", "aisha.karim@example.org", Registration.Status.REGISTERED),
    ("Miguel Ortega", "miguel.ortega@example.org", Registration.Status.WAITING),
    ("Nina Park", "nina.park@example.org", Registration.Status.WAITING),
]


def first_tuesday_at_six(months_from_now):
    today = timezone.localdate()
    month_index = today.year * 12 + today.month - 1 + months_from_now
    year, month = divmod(month_index, 12)
    day = nth_weekday(year, month + 1, 1, 1)
    return (
        datetime.datetime.combine(day, datetime.time(18)).replace(tzinfo=site_zone()).astimezone(datetime.UTC)
    )


def ensure_events(resolver, locales, users):
    """The events' pages (through the demo's page tree), the full convening's registrations, and the
    last past circle-up's notes."""
    start = first_tuesday_at_six(-6)
    circle_up = {
        **CIRCLE_UP,
        "starts_at": start,
        "ends_at": start + datetime.timedelta(hours=1),
        "repeat_until": (start + datetime.timedelta(days=366)).date(),
    }
    pages = [
        (EventIndexPage, PUBLIC_INDEX),
        (EventPage, FULL_CONVENING),
        (EventPage, SUMMIT),
        (EventPage, WEBINAR),
        (MemberEventIndexPage, MEMBER_INDEX),
        (MemberEventPage, circle_up),
    ]
    tree = PageTree(locales=locales, resolver=resolver, user=users["admin"])
    for model, spec in pages:
        tree.ensure(model, spec)
    for model, spec in pages:
        tree.fill(model, spec)

    convening = Occurrence.objects.get(event=resolver.pages[FULL_CONVENING["key"], "en"])
    now = timezone.now()
    for minutes, (name, email, status) in enumerate(FULL_CONVENING_PEOPLE):
        Registration.objects.get_or_create(
            occurrence=convening,
            email=email,
            defaults={"name": name, "status": status, "placed_at": now + datetime.timedelta(minutes=minutes)},
        )
    member = users["member"]
    next_circle_up = (
        Occurrence.objects.filter(event=resolver.pages[circle_up["key"], "en"]).upcoming().first()
    )
    if next_circle_up is not None:
        Registration.objects.get_or_create(
            occurrence=next_circle_up,
            email=member.email,
            defaults={
                "user": member,
                "name": member.get_full_name(),
                "status": Registration.Status.REGISTERED,
                "placed_at": now,
            },
        )
    notes = resolver.pages.get(("meeting-last-monthly", "en"))
    last = Occurrence.objects.filter(event=resolver.pages[circle_up["key"], "en"]).past().last()
    if notes is not None and last is not None:
        Occurrence.objects.filter(pk=last.pk).update(meeting_notes=notes)
