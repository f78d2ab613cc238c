"""Every address of the meetings and speaker opportunities sections against every role: the pages, the
"I'm interested" POST, withdrawing, and "My responses". Same outcomes as the extranet's own matrix."""

import pytest

from opportunities.models import SpeakerResponse
from tests.conftest import built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import client_for, make_extranet, make_roles
from tests.extranet.test_access_matrix import PAGE_OUTCOME, ROLES, assert_outcome
from tests.meetings.conftest import make_meetings
from tests.opportunities.conftest import make_opportunities

pytestmark = pytest.mark.django_db


def build_site():
    roles = make_roles()
    locales = make_locales()
    home_page = make_home_page(locales)
    translate(home_page, locales["es"], title="Inicio", slug="inicio")
    extranet = make_extranet(home_page, locales)
    return {
        "roles": roles,
        "meetings": make_meetings(extranet),
        "opportunities": make_opportunities(extranet, locales),
    }


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The people, meetings and opportunities of the shared fixtures (tests/*/conftest.py), made once
    for this module's 70-odd tests; what each test writes is rolled back after it all the same."""
    yield from built_once_for_the_module(django_db_blocker, build_site)


@pytest.fixture
def roles(site, db):
    return site["roles"]


@pytest.fixture
def meetings(site, db):
    return site["meetings"]


@pytest.fixture
def opportunities(site, db):
    return site["opportunities"]


ANSWER = {"availability": "Mornings", "note": "Glad to help"}


def address(meetings, opportunities, target):
    return {
        "meeting_index": meetings["index"].url,
        "meeting": meetings["upcoming"].url,
        "opportunity_index": opportunities["index"].url,
        "opportunity": opportunities["open"].url,
        "closed_opportunity": opportunities["closed"].url,
        "spanish_opportunity": opportunities["spanish_open"].url,
        "my_responses": opportunities["index"].url + "my-responses/",
        "spanish_my_responses": opportunities["spanish_index"].url + "mis-respuestas/",
        # The English route, still answered in Spanish (links already shared).
        "spanish_my_responses_untranslated": opportunities["spanish_index"].url + "my-responses/",
    }[target]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "target",
    [
        "meeting_index",
        "meeting",
        "opportunity_index",
        "opportunity",
        "closed_opportunity",
        "spanish_opportunity",
        "my_responses",
        "spanish_my_responses",
        "spanish_my_responses_untranslated",
    ],
)
def test_pages(client, roles, meetings, opportunities, role, target):
    response = client_for(client, roles[role]).get(address(meetings, opportunities, target))
    assert_outcome(response, PAGE_OUTCOME[role], "Morning radio interview")


@pytest.mark.parametrize("role", ROLES)
def test_answer_post(client, roles, opportunities, role):
    response = client_for(client, roles[role]).post(opportunities["open"].url, ANSWER)
    if PAGE_OUTCOME[role] == "ok":
        assert response.status_code == 302
        assert SpeakerResponse.objects.filter(member=roles[role]).exists()
    else:
        assert_outcome(response, PAGE_OUTCOME[role], "Morning radio interview")
        assert not SpeakerResponse.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_withdraw_post(client, roles, opportunities, role):
    for user in filter(None, roles.values()):
        SpeakerResponse.objects.create(opportunity=opportunities["open"], member=user, availability="x")
    response = client_for(client, roles[role]).post(opportunities["open"].url + "withdraw/")
    withdrawn = SpeakerResponse.objects.filter(status=SpeakerResponse.Status.WITHDRAWN)
    if PAGE_OUTCOME[role] == "ok":
        assert response.status_code == 302
        assert [answer.member for answer in withdrawn] == [roles[role]]
    else:
        assert_outcome(response, PAGE_OUTCOME[role], "Morning radio interview")
        assert not withdrawn.exists()


def test_the_answer_form_needs_a_csrf_token(roles, opportunities):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(roles["member"])
    response = client.post(opportunities["open"].url, ANSWER)
    assert response.status_code == 403
    assert not SpeakerResponse.objects.exists()
