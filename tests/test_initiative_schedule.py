"""An initiative's schedule tells sessions already held from those to come, marks the next one, and says
when (day and time) and where each takes place."""

import datetime

import pytest
from django.utils import timezone

from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory, LearningSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiative(home_page):
    page = InitiativePageFactory(
        parent=InitiativeIndexPageFactory(parent=home_page), title="Family leadership"
    )
    today = timezone.localdate()
    sessions = [
        ("Opening", today - datetime.timedelta(days=14), "Riverton library"),
        ("Listening", today - datetime.timedelta(days=1), "Online"),
        ("Sharing power", today, "Online"),
        ("Closing", today + datetime.timedelta(days=14), "Riverton library"),
    ]
    for order, (title, date, place) in enumerate(sessions):
        LearningSessionFactory(
            page=page,
            sort_order=order,
            title=title,
            date=date,
            starts_at=datetime.time(17, 30),
            ends_at=datetime.time(19, 0),
            place=place,
        )
    page.save_revision().publish()
    return page


def test_schedule_states(initiative):
    states = [(session.title, state) for session, state in initiative.schedule()]
    assert states == [
        ("Opening", "past"),
        ("Listening", "past"),
        ("Sharing power", "next"),
        ("Closing", "upcoming"),
    ]


def test_the_page_shows_state_time_and_place(client, initiative):
    html = client.get(initiative.url).text
    assert html.count("schedule__item--past") == 2
    assert html.count("schedule__item--next") == 1
    assert html.count("Held") == 2 and "Next session" in html
    assert "5:30 p.m." in html and "7 p.m." in html
    assert "Riverton library" in html and "Online" in html
    today = timezone.localdate()
    assert f'datetime="{today:%Y-%m-%d}T17:30"' in html
