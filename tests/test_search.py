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


# What visitors type is only ever words: quotes, FTS5 and tsquery operators, wildcards, any script.
NASTY_QUERIES = [
    '"',
    '"foo',
    'a"b',
    'foo"',
    '""',
    '"early childhood',
    "(",
    ")",
    "*",
    "early AND",
    "OR",
    "NOT childhood",
    "NEAR(a b)",
    "a:b",
    "title:childhood",
    "{title}: x",
    "-x",
    "+x",
    "^x",
    "x*",
    "'",
    "\\",
    "a\\b",
    "%",
    "_",
    "&|!<->",
    "\U0001f600",
    "\U0001f600 childhood \U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u0627\u0644\u0637\u0641\u0648\u0644\u0629 \u0627\u0644\u0645\u0628\u0643\u0631\u0629",
    "\u5e7c\u513f\u6559\u80b2",
    "-",
    " \t\n ",
    "\u00a0\u2003",
    "don't",
    "e-mail 3.5 name@example.org",
    "a--b a..b a'-b",
    "y" * 199 + '"',
    " ".join(["z" * 60] * 10),
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
@pytest.mark.parametrize("address", ["/en/search/", "/es/buscar/"])
def test_any_query_is_taken_as_words_in_both_languages(client, news, spanish_home_page, address, query):
    NewsPageFactory(parent=news, title="Early childhood programmes grow")
    response = client.get(address, {"query": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        '"childhood"',
        'childhood"',
        "(childhood)",
        "childhood*",
        "-childhood",
        '"early childhood"',
        "early, childhood!",
    ],
)
def test_punctuation_around_a_word_still_finds_it(client, news, query):
    NewsPageFactory(parent=news, title="Early childhood programmes grow")
    response = client.get("/en/search/", {"query": query})
    assert found(response) == ["Early childhood programmes grow"]


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


@pytest.mark.parametrize("query", ["3.5", "e-mail", "(e-mail)", "o'neill", "O\u2019Neill", '"3.5%"'])
def test_words_joined_by_punctuation_are_still_found(client, news, query):
    NewsPageFactory(parent=news, title="O'Neill: e-mail grants rise 3.5%")
    assert found(client.get("/en/search/", {"query": query})) == ["O'Neill: e-mail grants rise 3.5%"]


@pytest.mark.parametrize(
    "typed, words",
    [
        ('"early childhood"', "early childhood"),
        ('a"b', "a b"),
        ("NEAR(a b) OR x*", "NEAR a b OR x"),
        ("title:childhood -x +y ^z", "title childhood x y z"),
        ("don't e-mail 3.5 name@example.org", "don't e-mail 3.5 name@example.org"),
        ("- 'quoted' -dash- trailing.", "quoted dash trailing"),
        ("educación niño", "educación niño"),
        ("nin\u0303o", "niño"),  # decomposed accents are put together
        ("\uff21\uff22\uff23", "ABC"),  # full-width letters
        (
            "\u0627\u0644\u0637\u0641\u0648\u0644\u0629 \u5e7c\u513f",
            "\u0627\u0644\u0637\u0641\u0648\u0644\u0629 \u5e7c\u513f",
        ),
        ("\U0001f600 %_\\ & | ! <->", ""),
    ],
)
def test_search_words_keep_only_words(typed, words):
    from search.views import search_words

    assert search_words(typed) == words


def test_the_query_is_shown_back_as_typed_and_escaped(client, news):
    response = client.get("/en/search/", {"query": '<b>"childhood'})
    assert response.status_code == 200
    assert "&lt;b&gt;&quot;childhood" in response.text
    assert "<b>" not in response.text.split("<main", 1)[-1]
