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


# What the search reads (issue 20): words anywhere in a page's text, its tags, the policy agenda's
# principles and actions, and word stems on SQLite as PostgreSQL's configurations give them.


def test_a_word_inside_a_title_summary_or_body_is_found(client, news):
    NewsPageFactory(
        parent=news,
        title="Early childhood programmes grow",
        summary="Waiting lists for toddlers shrink.",
        body=[("paragraph", "<p>Counties report fewer vacancies among caregivers.</p>")],
    )
    for query in ["childhood", "early childhood", "toddlers", "vacancies", "caregivers"]:
        assert found(client.get("/en/search/", {"query": query})) == ["Early childhood programmes grow"], (
            query
        )


def test_tags_are_searched(client, news):
    NewsPageFactory(parent=news, title="Testimony at the capitol", tags=["Early childhood"])
    assert found(client.get("/en/search/", {"query": "childhood"})) == ["Testimony at the capitol"]


def test_the_description_written_for_search_engines_is_searched(client, home_page):
    home_page.search_description = "An alliance for early childhood and schools."
    home_page.save_revision().publish()
    assert home_page.title in found(client.get("/en/search/", {"query": "childhood"}))


def test_policy_principles_and_their_actions_are_searched_from_their_first_publish(client, home_page):
    """As in the admin: the principles are written with the page when it is published (child rows,
    saved after the page itself), and the search finds them at once."""
    from policy.factories import PolicyAgendaPageFactory
    from policy.models import EquityPrinciple

    agenda = PolicyAgendaPageFactory(parent=home_page, title="Policy agenda")
    agenda.principles.add(
        EquityPrinciple(
            title="Fund students according to need",
            summary="Spending should follow students.",
            actions=[("action", "Protect small rural districts from sudden losses.")],
        )
    )
    agenda.save_revision().publish()
    for query in ["according to need", "spending", "rural districts"]:
        assert found(client.get("/en/search/", {"query": query})) == ["Policy agenda"], query


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("Policies for families", "policy"),
        ("A policy for families", "policies"),
        ("Funding formulas", "funding formula"),
        ("Grants reach districts", "grant district"),
    ],
)
def test_english_word_forms_find_each_other(client, news, title, query):
    NewsPageFactory(parent=news, title=title)
    assert found(client.get("/en/search/", {"query": query})) == [title]


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("Los educadores de la primera infancia", "educador"),
        ("Un educador de la primera infancia", "educadores"),
        ("Una educadora de la primera infancia", "educadores"),
        ("Las familias y las escuelas", "familia escuela"),
        ("Nuevas leyes", "ley"),
    ],
)
def test_spanish_word_forms_find_each_other(client, news, locales, spanish_home_page, title, query):
    article = NewsPageFactory(parent=news, title="Early educators")
    translate(news, locales["es"], slug="noticias")
    translate(article, locales["es"], title=title, slug="articulo")
    assert found(client.get("/es/buscar/", {"query": query})) == [title]


def test_a_stem_is_no_wider_than_its_word(client, news):
    NewsPageFactory(parent=news, title="Class sizes shrink")
    NewsPageFactory(parent=news, title="The cat sat")
    assert found(client.get("/en/search/", {"query": "classes"})) == ["Class sizes shrink"]
    assert found(client.get("/en/search/", {"query": "ca"})) == []


@pytest.mark.parametrize(
    ("word", "config", "stem"),
    [
        ("policies", "english", "polic"),
        ("policy", "english", "polic"),
        ("classes", "english", "class"),
        ("class", "english", "class"),
        ("wages", "english", "wage"),
        ("teaching", "english", "teach"),
        ("boys", "english", "boy"),
        ("educadores", "spanish", "educador"),
        ("educadora", "spanish", "educador"),
        ("familias", "spanish", "famili"),
        ("clases", "spanish", "clas"),
        ("Niño", "spanish", "niñ"),
        ("mes", "spanish", "mes"),
        ("educadores", "simple", "educadores"),
        ("educadores", None, "educadores"),
    ],
)
def test_light_stems(word, config, stem):
    from search.stemming import light_stem

    assert light_stem(word, config) == stem


def test_highlight_marks_other_forms_of_the_word():
    from search.templatetags.search_tags import highlight

    assert (
        highlight("Our policy on policies", "policies") == "Our <mark>policy</mark> on <mark>policies</mark>"
    )
