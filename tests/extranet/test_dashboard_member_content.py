"""The extranet home lists upcoming meetings, open opportunities with deadlines and the member's own
answers, in the page's language, with a few queries whatever the number of items."""

# Fixtures imported from other test packages are used as parameters (F811 is pytest's way).
# ruff: noqa: F811

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opportunities.factories import SpeakerOpportunityPageFactory
from opportunities.models import SpeakerResponse
from tests.extranet.conftest import client_for
from tests.meetings.conftest import meetings  # noqa: F401  (fixture)
from tests.opportunities.conftest import opportunities  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def panel(response, template):
    """The dashboard panel an app gave the extranet home (extranet/dashboard.py), found by its template."""
    (found,) = [panel for panel in response.context["dashboard_panels"] if panel.template == template]
    return found


MEETINGS = "meetings/dashboard/upcoming_meetings.html"
OPPORTUNITIES = "opportunities/dashboard/opportunities.html"


def test_dashboard_shows_meetings_opportunities_and_my_answers(
    client, roles, extranet, meetings, opportunities
):
    SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="x", status="shortlisted"
    )
    response = client_for(client, roles["member"]).get(extranet["index"].url)
    assert response.status_code == 200
    assert [page.title for page in panel(response, MEETINGS).meetings] == ["Monthly meeting ahead"]
    opportunities_panel = panel(response, OPPORTUNITIES)
    assert [page.title for page in opportunities_panel.open_opportunities] == ["Morning radio interview"]
    assert [(answer.status, page.title) for answer, page in opportunities_panel.my_answers] == [
        ("shortlisted", "Morning radio interview")
    ]
    # No draft is under embargo here: the publications app gives no panel.
    assert [p.template for p in response.context["dashboard_panels"]] == [MEETINGS, OPPORTUNITIES]
    assert "Shortlisted" in response.text
    assert "my-responses/" in response.text


def test_spanish_dashboard_shows_spanish_pages(client, roles, extranet, opportunities):
    SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="x"
    )
    response = client_for(client, roles["member"]).get(extranet["spanish_index"].url)
    opportunities_panel = panel(response, OPPORTUNITIES)
    assert [page.title for page in opportunities_panel.open_opportunities] == ["Entrevista de radio"]
    assert [page.title for _answer, page in opportunities_panel.my_answers] == ["Entrevista de radio"]


def test_dashboard_queries_do_not_grow_with_items(client, roles, extranet, meetings, opportunities):
    client = client_for(client, roles["member"])
    SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="x"
    )
    client.get(extranet["index"].url)  # warm per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as before:
        client.get(extranet["index"].url)
    for number in range(4):
        page = SpeakerOpportunityPageFactory(parent=opportunities["index"], slug=f"more-{number}")
        page.save_revision().publish()
        SpeakerResponse.objects.create(opportunity=page, member=roles["member"], availability="x")
    client.get(extranet["index"].url)  # re-warm: the publishes emptied the cached menus (serving)
    with CaptureQueriesContext(connection) as after:
        client.get(extranet["index"].url)
    assert len(after) == len(before)
