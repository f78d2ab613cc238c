"""Site search shows live public pages in the reader's language, and survives odd queries."""

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def found(response):
    results = response.context["search_results"]
    return [page.title for page in results] if results is not None else []


def test_finds_public_pages(client, news):
    NewsPageFactory(parent=news, title="Literacy coaching expands")
    assert found(client.get("/en/search/", {"query": "literacy"})) == ["Literacy coaching expands"]


def test_hides_private_and_draft_pages(client, news):
    private = NewsPageFactory(parent=news, title="Literacy briefing for members")
    private.view_restrictions.create(restriction_type="login")
    NewsPageFactory(parent=news, title="Literacy draft", live=False)
    response = client.get("/en/search/", {"query": "literacy"})
    assert found(response) == []
    assert "briefing for members" not in response.text


def test_searches_in_the_current_language(client, news, locales, spanish_home_page):
    article = NewsPageFactory(parent=news, title="Literacy coaching expands")
    translate(news, locales["es"], slug="noticias")
    translate(article, locales["es"], title="Se amplía la tutoría de lectura literacy", slug="tutoria")
    assert found(client.get("/es/buscar/", {"query": "literacy"})) == [
        "Se amplía la tutoría de lectura literacy"
    ]


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 5000, "'; DROP TABLE--", "\u00e9\u00f1\u4e2d", "a\x00b", "%%%"]
)
def test_odd_queries_get_a_page_not_an_error(client, news, query):
    response = client.get("/en/search/", {"query": query, "page": "nope"})
    assert response.status_code == 200


def test_the_kept_number_of_results_follows_publishing_and_the_readers_audience(client, news, home_page):
    from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
    from members.factories import MemberProfileFactory

    NewsPageFactory(parent=news, title="Literacy coaching expands")
    ExtranetPageFactory(parent=ExtranetIndexPageFactory(parent=home_page), title="Literacy notes for members")

    def count(client):
        return client.get("/en/search/", {"query": "literacy"}).context["search_results"].paginator.count

    assert count(client) == 1
    NewsPageFactory(parent=news, title="Literacy week announced")
    assert count(client) == 2  # a publish shows at once, though the number is kept

    client.force_login(MemberProfileFactory().user)
    assert count(client) == 3  # members' results, the extranet's included, are counted apart
    client.logout()
    assert count(client) == 2


def test_the_publics_result_list_is_kept_but_never_shown_to_members_nor_theirs_to_the_public(
    client, news, home_page
):
    from django.test import Client

    from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
    from members.factories import MemberProfileFactory

    NewsPageFactory(parent=news, title="Literacy coaching expands")
    ExtranetPageFactory(parent=ExtranetIndexPageFactory(parent=home_page), title="Literacy notes for members")
    member = Client()
    member.force_login(MemberProfileFactory().user)
    for _ in range(2):  # the second time, the public's list comes from its fragment
        public = client.get("/en/search/", {"query": "literacy"}).text
        members = member.get("/en/search/", {"query": "literacy"}).text
        assert "Literacy coaching expands" in public and "Literacy notes for members" not in public
        assert "Literacy coaching expands" in members and "Literacy notes for members" in members

    NewsPageFactory(parent=news, title="Literacy week announced")
    assert "Literacy week announced" in client.get("/en/search/", {"query": "literacy"}).text
