"""Every kind of extranet address against every role, with the exact outcome expected.

Outcomes: "login" (redirect to the member sign-in, coming back after), "forbidden" (the branded 403),
"ok" (the content), "absent" (the address or content appears nowhere in the response).

Every door but the API (not mounted: nothing is kept) is asked with the content generations in each
store (`generation_store`: the cache, or the database for app processes that share no cache), so a
difference between the stores in what is kept for whom fails here.
"""

import pytest

from tests.conftest import SEARCH_PATHS, built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import GENERATION_STORES, SECRET_WORD, client_for, make_extranet, make_roles

pytestmark = pytest.mark.django_db


def build_site():
    roles = make_roles()
    locales = make_locales()
    home_page = make_home_page(locales)
    translate(home_page, locales["es"], title="Inicio", slug="inicio")
    return {"roles": roles, "extranet": make_extranet(home_page, locales)}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The people and the extranet of tests/extranet/conftest.py, made once for this module's 70-odd
    tests; what each test writes is rolled back after it all the same."""
    yield from built_once_for_the_module(django_db_blocker, build_site)


@pytest.fixture
def roles(site, db):
    return site["roles"]


@pytest.fixture
def extranet(site, db):
    return site["extranet"]


ROLES = ["anonymous", "non_member", "member", "lapsed_member", "deactivated_member", "staff", "moderator"]

PAGE_OUTCOME = {
    "anonymous": "login",
    "non_member": "forbidden",
    "member": "ok",
    "lapsed_member": "forbidden",  # signed in, but their organization's membership has lapsed
    "deactivated_member": "login",  # an inactive account is not signed in at all
    "staff": "ok",
    "moderator": "ok",
}
CAN_SEE = {role for role, outcome in PAGE_OUTCOME.items() if outcome == "ok"}


def assert_outcome(response, outcome, content):
    if outcome == "login":
        assert response.status_code == 302
        assert "next=" in response.url
    elif outcome == "forbidden":
        assert response.status_code == 403
        assert "Members only" in response.text or "Solo para miembros" in response.text
        assert content not in response.text
    else:
        assert response.status_code == 200
    if outcome != "login":
        cache_control = response.get("Cache-Control", "")
        assert "private" in cache_control and "no-store" in cache_control


def get(client, user, url, **params):
    return client_for(client, user).get(url, params)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", ["index", "page", "spanish_index", "spanish_page"])
@pytest.mark.parametrize("generation_store", GENERATION_STORES, indirect=True)
def test_pages(client, roles, extranet, role, target, generation_store):
    page = extranet[target]
    response = get(client, roles[role], page.url)
    assert_outcome(response, PAGE_OUTCOME[role], page.title)
    if PAGE_OUTCOME[role] == "ok":
        assert page.title in response.text


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("generation_store", GENERATION_STORES, indirect=True)
def test_documents(client, roles, extranet, role, generation_store):
    document = extranet["document"]
    response = get(client, roles[role], document.url)
    assert_outcome(response, PAGE_OUTCOME[role], document.title)
    if PAGE_OUTCOME[role] == "ok":
        assert b"".join(response.streaming_content) == b"%PDF-1.4 confidential"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("generation_store", GENERATION_STORES, indirect=True)
def test_search(client, roles, extranet, role, language, generation_store):
    response = get(client, roles[role], SEARCH_PATHS[language], query=SECRET_WORD)
    assert response.status_code == 200
    results = list(response.context["search_results"] or [])
    if role in CAN_SEE:
        expected = extranet["page"] if language == "en" else extranet["spanish_page"]
        assert [result.pk for result in results] == [expected.pk]
        assert "Members only" in response.text or "Solo para miembros" in response.text
        assert "no-store" in response["Cache-Control"]
    else:
        assert results == []
        assert extranet["page"].url not in response.text


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("generation_store", GENERATION_STORES, indirect=True)
def test_sitemap(client, roles, extranet, role, language, generation_store):
    response = get(client, roles[role], f"/sitemap-{language}.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert f"/{language}/" in body  # the public home page is there
    assert "members" not in body and "miembros" not in body


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("generation_store", GENERATION_STORES, indirect=True)
def test_menus_and_public_pages_never_show_the_extranet_to_outsiders(
    client, roles, extranet, role, generation_store
):
    response = get(client, roles[role], "/en/")
    assert response.status_code == 200
    shown = extranet["index"].url in response.text
    assert shown == (role in CAN_SEE)
    assert extranet["page"].title not in response.text


@pytest.mark.parametrize("role", ROLES)
def test_api_is_not_mounted(client, roles, role):
    client = client_for(client, roles[role])
    for url in ("/api/v2/pages/", "/api/v2/documents/", "/en/api/v2/pages/", "/es/api/v2/pages/"):
        response = client.get(url, follow=True)
        assert response.status_code == 404
        assert b"Coalition workspace" not in response.content
