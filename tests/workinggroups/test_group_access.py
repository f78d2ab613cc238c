"""Group-only content on every door: a member of the group, a member of another group, a member in no
group, and a member of the group whose ally lapsed; staff see every group. Built once for the module."""

import re

import pytest
from django.test import Client

from core import access
from extranet.privacy import members_collection
from standardpages.factories import StandardPageFactory
from tests.conftest import SEARCH_PATHS

from .conftest import reader

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "non_member",
    "member",
    "group_member",
    "other_group_member",
    "lapsed_group_member",
    "staff",
]
GROUP_AUDIENCE = {"group_member", "staff"}


def marker(page):
    return re.search(r"zq[a-z]+", page.title).group(0)


def test_the_group_document_lives_in_the_groups_collection(site):
    site["water"].refresh_from_db()
    assert site["document"].collection_id == site["water"].collection_id
    assert site["water"].collection.get_parent() == members_collection()


@pytest.mark.parametrize("role", ROLES)
def test_page_door(site, role):
    client = reader(site, role)
    for page in site["group_pages"]:
        response = client.get(page.url)
        shown = response.status_code == 200 and marker(page) in response.text
        assert shown == (role in GROUP_AUDIENCE), (page.title, response.status_code)
        if not shown:
            assert response.status_code in {302, 403, 404}
    other = site["other_pages"][0]
    response = client.get(other.url)
    assert (response.status_code == 200) == (role in {"other_group_member", "staff"})


@pytest.mark.parametrize("role", ROLES)
def test_group_home_is_for_the_extranet_but_lists_its_pages_to_the_group_only(site, role):
    client = reader(site, role)
    response = client.get(site["water"].url)
    extranet_audience = {"member", "group_member", "other_group_member", "staff"}
    assert (response.status_code == 200) == (role in extranet_audience)
    texts = "".join(
        client.get(page.url).text for page in (site["water"], site["index"], site["extranet"]["index"])
    )
    assert ("zqgroupnotes" in texts) == (role in GROUP_AUDIENCE)


@pytest.mark.parametrize("role", ROLES)
def test_search_door(site, role):
    """Search finds a group's pages (in both languages) for its members and staff only."""
    client = reader(site, role)
    found = set()
    for language, query in [("en", "group"), ("es", "notas")]:
        results = client.get(SEARCH_PATHS[language], {"query": query}).context["search_results"]
        found |= {page.pk for page in results.paginator.object_list} if results is not None else set()
    for page in site["group_pages"]:
        assert (page.pk in found) == (role in GROUP_AUDIENCE), page.title
    assert (site["other_pages"][0].pk in found) == (role in {"other_group_member", "staff"})


@pytest.mark.parametrize("role", ROLES)
def test_link_door(site, role):
    notes = site["group_pages"][0]
    about = StandardPageFactory(
        parent=site["home"],
        slug="links",
        introduction=f'<p><a linktype="page" id="{notes.pk}">see notes</a></p>',
    )
    text = reader(site, role).get(about.url).text
    link = re.search(r'<a(?: href="([^"]*)")?>see notes</a>', text)
    assert bool(link.group(1)) == (role in GROUP_AUDIENCE)


@pytest.mark.parametrize("role", ROLES)
def test_document_door(site, role):
    response = reader(site, role).get(site["document"].url)
    assert (response.status_code == 200) == (role in GROUP_AUDIENCE)


def test_sitemaps_feeds_and_everyone_doors_never_carry_group_pages(site):
    client = Client()
    text = client.get("/sitemap-en.xml").text + client.get("/sitemap-es.xml").text
    for page in site["group_pages"] + site["other_pages"]:
        assert f"/{page.slug}/" not in text
        assert access.public_may_view(page) is False
    assert access.document_is_public(site["document"]) is False


def test_the_policy_answers_for_each_person(site):
    notes = site["group_pages"][0]
    answers = {
        role: access.may_view_page(user or access.ANONYMOUS, notes) for role, user in site["roles"].items()
    }
    assert {role for role, allowed in answers.items() if allowed} == GROUP_AUDIENCE | {"moderator"}
