"""Events in English and Spanish: a public index with a convening (two places) and a webinar (online),
and in the extranet a monthly circle-up series."""

import datetime

import pytest
from django.utils import timezone

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    MemberEventIndexPageFactory,
    MemberEventPageFactory,
)
from events.models import EventKind, Repeats
from tests.conftest import built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import make_extranet, make_roles
from tests.members.conftest import fresh_cache, mail_server_down, run_mail_queue  # noqa: F401  (fixtures)

JOINING_URL = "https://meet.example.org/webinar-secret-room"
CIRCLE_UP_URL = "https://meet.example.org/circle-up-secret-room"


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def first_tuesday_at_six(months_ago):
    """A first Tuesday, 6 p.m. in the site's zone, `months_ago` months back (0: this month's)."""
    from events.series import nth_weekday, site_zone

    today = timezone.localdate()
    year, month = today.year, today.month - months_ago
    while month < 1:
        year, month = year - 1, month + 12
    day = nth_weekday(year, month, 1, 1)
    return datetime.datetime.combine(day, datetime.time(18, 0)).replace(tzinfo=site_zone())


def build_site():
    roles = make_roles()
    locales = make_locales()
    home_page = make_home_page(locales)
    translate(home_page, locales["es"], title="Inicio", slug="inicio")
    extranet = make_extranet(home_page, locales)
    return {"roles": roles, "extranet": extranet, "events": make_events(home_page, extranet, locales)}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The people, the extranet and the events, made once per module; what each test writes is
    rolled back after it all the same."""
    yield from built_once_for_the_module(django_db_blocker, build_site)


@pytest.fixture
def roles(site, db):
    return site["roles"]


@pytest.fixture
def extranet(site, db):
    return site["extranet"]


@pytest.fixture
def events(site, db):
    """The event pages, loaded afresh for each test: a test may change one in memory."""
    return {name: type(page).objects.get(pk=page.pk) for name, page in site["events"].items()}


def make_events(home_page, extranet, locales):
    index = published(EventIndexPageFactory(parent=home_page))
    convening = published(
        EventPageFactory(
            parent=index,
            title="Valley convening",
            slug="valley-convening",
            capacity=2,
            region="Central Valley",
        )
    )
    webinar = published(
        EventPageFactory(
            parent=index,
            title="Budget webinar",
            slug="budget-webinar",
            kind=EventKind.WEBINAR,
            venue="",
            address="",
            joining_url=JOINING_URL,
            region="Statewide",
        )
    )
    member_index = published(MemberEventIndexPageFactory(parent=extranet["index"]))
    circle_up = published(
        MemberEventPageFactory(
            parent=member_index,
            title="Monthly circle-up",
            slug="circle-up",
            starts_at=first_tuesday_at_six(3),
            ends_at=first_tuesday_at_six(3) + datetime.timedelta(hours=1),
            repeats=Repeats.MONTHLY,
            joining_url=CIRCLE_UP_URL,
        )
    )
    spanish_index = translate(index, locales["es"], title="Eventos", slug="eventos")
    spanish_convening = translate(convening, locales["es"], title="Encuentro del valle", slug="encuentro")
    return {
        "index": index,
        "convening": convening,
        "webinar": webinar,
        "member_index": member_index,
        "circle_up": circle_up,
        "spanish_index": spanish_index,
        "spanish_convening": spanish_convening,
    }
