"""The events index (upcoming, past, filtered, page 2), an event page, its calendar file and the public
calendar feed stay within the query budget of the other public pages (tests/performance), and cost the
same with 1,000 events as with 10."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.bulk import build_events, build_large_site
from tests.conftest import built_once_for_the_module
from tests.performance.test_query_budget import BUDGET

PAGES = {
    "events index": lambda site: site["index"].url,
    "events index, page 2": lambda site: site["index"].url + "?page=2",
    "events index, past": lambda site: site["index"].url + "?when=past",
    "events index, filtered": lambda site: site["index"].url + "?kind=convening&region=North",
    "event": lambda site: site["event"].url,
    "event's calendar file": lambda site: site["event"].url + "ics/",
}
COUNTS = {}


def build():
    site = build_large_site(articles=10, tags=2, initiatives=1, people=1)
    return {"few": build_events(site["home"], 10, "few"), "many": build_events(site["home"], 1000, "many")}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build)


@pytest.fixture
def few(site):
    return site["few"]


@pytest.fixture
def many(site):
    return site["many"]


def count_queries(client, address):
    assert client.get(address).status_code == 200, address
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries]


@pytest.mark.parametrize("page", PAGES)
def test_budget_with_10_events(client, few, db, page):
    count, sql = count_queries(client, PAGES[page](few))
    COUNTS[page] = count
    assert count <= BUDGET, "\n".join(s[:150] for s in sql)


@pytest.mark.parametrize("page", PAGES)
def test_same_budget_with_1000_events(client, many, db, page):
    count, sql = count_queries(client, PAGES[page](many))
    assert count <= BUDGET, "\n".join(s[:150] for s in sql)
    if page in COUNTS:
        assert count == COUNTS[page], "\n".join(s[:300] for s in sql)
