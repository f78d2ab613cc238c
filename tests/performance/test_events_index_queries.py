"""The public events index, viewed again with the page cache off, runs at most one query (as the news
index does: what is the same for every reader is kept, events.views.event_listing), and the same
number with 20 events as with 400: upcoming, past, a later page and filtered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.bulk import build_events, build_large_site
from tests.conftest import built_once_for_the_module

WARM_BUDGET = 1
ADDRESSES = {
    "upcoming": "",
    "past": "?when=past",
    "page 2": "?page=2",
    "page 2 of the past": "?when=past&page=2",
    "filtered": "?kind=convening&region=North",
}
COUNTS_WITH_20_EVENTS = {}


def build():
    site = build_large_site(articles=10, tags=2, initiatives=1, people=1)
    return {"few": build_events(site["home"], 20, "few"), "many": build_events(site["home"], 400, "many")}


@pytest.fixture(scope="module")
def events(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build)


def warm_queries(client, address):
    assert client.get(address).status_code == 200, address
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_events_index_viewed_again_runs_at_most_one_query(client, events, db, address):
    sql = warm_queries(client, events["few"]["index"].url + ADDRESSES[address])
    COUNTS_WITH_20_EVENTS[address] = len(sql)
    assert len(sql) <= WARM_BUDGET, "\n".join(s[:200] for s in sql)


@pytest.mark.parametrize("address", ADDRESSES)
def test_and_as_many_with_400_events(client, events, db, address):
    sql = warm_queries(client, events["many"]["index"].url + ADDRESSES[address])
    assert len(sql) <= WARM_BUDGET, "\n".join(s[:200] for s in sql)
    if address in COUNTS_WITH_20_EVENTS:
        assert len(sql) == COUNTS_WITH_20_EVENTS[address], "\n".join(s[:200] for s in sql)
