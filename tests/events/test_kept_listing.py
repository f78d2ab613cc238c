"""The public events index is kept between publishes (events.views.event_listing), yet a date that
ends leaves its upcoming dates at once, and shows among the past ones: what is kept goes when the next
listed date ends (or starts, when it has no end), and so does the page cache's copy. The members'
index keeps nothing: each member sees the events the access policy lets them see."""

import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import EventPageFactory
from serving import middleware
from tests.events.conftest import published

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch, fresh_cache):
    """Moves the site's time forward: Django's `now`, and the clock the kept fragments' deadlines and
    the memory cache's expiries are read by."""
    real_time, real_now = time.time, timezone.now
    offset = [0.0]
    monkeypatch.setattr(time, "time", lambda: real_time() + offset[0])
    monkeypatch.setattr(timezone, "now", lambda: real_now() + datetime.timedelta(seconds=offset[0]))

    def move(**delta):
        offset[0] += datetime.timedelta(**delta).total_seconds()

    return move


def briefing(index, **times):
    return published(
        EventPageFactory(
            parent=index, title="Morning briefing", slug="morning-briefing", region="Statewide", **times
        )
    )


def kept_view(client, address, **params):
    """The page viewed until it is kept: then a view reads no date from the database."""
    client.get(address, params)
    client.get(address, params)
    with CaptureQueriesContext(connection) as queries:
        text = client.get(address, params).content.decode()
    assert not [query for query in queries.captured_queries if "events_occurrence" in query["sql"]]
    return text


@pytest.mark.parametrize("ends", [True, False], ids=["ends", "has no end"])
def test_a_date_that_passes_leaves_the_upcoming_list_at_once(client, events, clock, ends):
    """Within minutes, well before what is kept would go by itself (serving.fragments.SECONDS)."""
    index = events["index"]
    starts_at = timezone.now() + datetime.timedelta(minutes=2)
    briefing(index, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(minutes=2) if ends else None)
    kept_view(client, index.url, kind="rave")  # a refused filter lists nothing: kept apart
    assert "Morning briefing" in kept_view(client, index.url)
    assert "Morning briefing" in kept_view(client, index.url, region="Statewide")
    assert "Morning briefing" not in kept_view(client, index.url, when="past")

    clock(minutes=3)  # started: a date in progress is still upcoming; one with no end is past
    assert ("Morning briefing" in client.get(index.url).content.decode()) is ends

    clock(minutes=2)  # over either way
    upcoming = client.get(index.url).content.decode()
    assert "Morning briefing" not in upcoming
    assert "Valley convening" in upcoming and "Budget webinar" in upcoming
    assert "Morning briefing" not in client.get(index.url, {"region": "Statewide"}).content.decode()
    assert "Morning briefing" in client.get(index.url, {"when": "past"}).content.decode()


def test_the_page_cache_keeps_the_index_no_longer_than_its_next_date_lasts(
    client, events, settings, fresh_cache, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_CDN_SECONDS = 3600
    kept_for = []
    timeout = middleware._timeout
    monkeypatch.setattr(
        middleware, "_timeout", lambda request=None: kept_for.append(timeout(request)) or kept_for[-1]
    )
    now = timezone.now()
    briefing(
        events["index"],
        starts_at=now - datetime.timedelta(minutes=30),
        ends_at=now + datetime.timedelta(seconds=100),
    )
    response = client.get(events["index"].url)
    assert response[middleware.HEADER] == "miss"
    assert 1 <= kept_for[-1] <= 100
    s_maxage = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 1 <= s_maxage <= 100
    # The event's own page says nothing of that (it is not a listing of dates).
    client.get(events["convening"].url)
    assert kept_for[-1] > 100


def test_the_members_index_keeps_nothing(client, events, roles):
    client.force_login(roles["member"])
    address = events["member_index"].url
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        text = client.get(address).content.decode()
    assert "Monthly circle-up" in text
    assert [query for query in queries.captured_queries if "events_occurrence" in query["sql"]]
