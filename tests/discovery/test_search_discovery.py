"""One search for the whole site: ranked, paginated, highlighted, filtered by type; public pages for
the public, extranet pages for members (labelled), in both languages; never a 500."""

import pytest
from django.contrib.auth.models import Group

from search.backends import config_for_language, config_for_object, config_for_query
from search.templatetags.search_tags import highlight
from tests.conftest import SEARCH_PATHS

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db


def titles(response):
    results = response.context["search_results"]
    return [page.title for page in results] if results is not None else []


@pytest.mark.parametrize(("language", "query"), [("en", "literacy"), ("es", "lectura")])
def test_public_sees_public_pages_only_in_both_languages(client, site, language, query):
    response = client.get(SEARCH_PATHS[language], {"query": query})
    assert titles(response)
    assert HIDDEN not in response.text
    assert all(HIDDEN not in title for title in titles(response))


@pytest.mark.parametrize(("language", "query"), [("en", "literacy"), ("es", "lectura")])
def test_members_also_see_extranet_pages_labelled(client, site, language, query, django_user_model):
    staff = django_user_model.objects.create_user("staffer", password="a-long-test-password")
    staff.groups.add(Group.objects.get_or_create(name="Staff")[0])
    client.force_login(staff)
    response = client.get(SEARCH_PATHS[language], {"query": query})
    members_pages = [title for title in titles(response) if HIDDEN in title and "private" not in title]
    assert members_pages == [site["members_page" if language == "en" else "spanish_members_page"].title]
    assert "badge--members" in response.text
    # A page restricted to signed-in readers is found by a signed-in reader the access policy admits
    # (staff may open it: the English article and report match "literacy"); drafts and expired pages
    # never, even for members.
    private = [title for title in titles(response) if "private" in title]
    assert private == ([f"Literacy private {HIDDEN} en"] * 2 if language == "en" else [])
    assert not [title for title in titles(response) if "draft" in title or "expired" in title]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("result_type", "expected"),
    [
        ("news", ["Literacy coaching expands"]),
        ("publications", ["Literacy report"]),
        ("initiatives", []),
    ],
)
def test_type_filter(client, site, result_type, expected):
    response = client.get("/en/search/", {"query": "literacy", "type": result_type})
    assert titles(response) == expected
    assert 'aria-current="page"' in response.text.split('class="search-filter"')[1].split("</nav>")[0]


def test_pages_filter_leaves_out_news_initiatives_and_publications(client, site):
    response = client.get("/en/search/", {"query": "publications", "type": "pages"})
    assert titles(response) == ["Publications"]


def test_unknown_type_searches_everything(client, site):
    response = client.get("/en/search/", {"query": "literacy", "type": "<script>"})
    assert set(titles(response)) == {"Literacy coaching expands", "Literacy report"}
    assert "<script>" not in response.text.split("</head>")[1]


def test_summaries_are_highlighted(client, site):
    response = client.get("/en/search/", {"query": "coaches"})
    assert "Literacy <mark>coaches</mark> reach twelve more districts." in response.text


def test_highlight_escapes_and_marks():
    assert highlight("Fish & <chips> for fish", "fish") == (
        "<mark>Fish</mark> &amp; &lt;chips&gt; for <mark>fish</mark>"
    )
    assert highlight("It's here", "x27") == "It&#x27;s here"
    assert highlight("Nothing to mark", "") == "Nothing to mark"


def test_results_are_paginated_and_noindex(client, site, settings):
    settings.SEO_ALLOW_INDEXING = True
    from news.factories import NewsPageFactory

    for number in range(12):
        NewsPageFactory(parent=site["news"], title=f"Literacy update {number}")
    first = client.get("/en/search/", {"query": "literacy"})
    second = client.get("/en/search/", {"query": "literacy", "page": "2"})
    assert len(titles(first)) == 10
    assert titles(second) and not set(titles(first)) & set(titles(second))
    assert '<meta name="robots" content="noindex">' in first.text


def test_a_long_query_is_shortened_and_says_so(client, site):
    response = client.get("/en/search/", {"query": "literacy " * 100})
    assert response.status_code == 200
    assert "first 200 characters" in response.text


def test_the_backend_picks_a_text_search_configuration_per_language(site, settings):
    params = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert config_for_language(params, "es") == "spanish"
    assert config_for_language(params, "en") == "english"
    assert config_for_language(params, "es-mx") == "spanish"
    assert config_for_object(params, site["spanish_article"]) == "spanish"
    assert config_for_object(params, site["article"]) == "english"
    from django.utils import translation
    from wagtail.images.models import Image

    from news.models import NewsPage

    with translation.override("es"):
        assert config_for_query(params, NewsPage) == "spanish"
        assert config_for_query(params, Image) == "english"  # no locale: the default language's


def test_spanish_words_are_found_in_their_other_forms(client, site):
    """On PostgreSQL the Spanish index stems Spanish ("distritos" finds "distrito"); on SQLite the
    query's light stems are searched as prefixes (search/backends/sqlite.py), with the same result."""
    from news.factories import NewsPageFactory

    NewsPageFactory(parent=site["spanish_news"], title="Un distrito escolar", summary="Un distrito nuevo.")
    assert "Un distrito escolar" in titles(client.get("/es/buscar/", {"query": "distritos"}))


def test_each_language_has_its_own_search_address(client, site):
    from django.urls import reverse
    from django.utils import translation

    for language, path in SEARCH_PATHS.items():
        with translation.override(language):
            assert reverse("search") == path
    spanish = client.get("/es/buscar/", {"query": "lectura"})
    assert spanish.status_code == 200
    assert titles(spanish)
    # The page's own links (the form, the footer) use it too.
    assert 'action="/es/buscar/"' in spanish.text
    assert 'href="/es/buscar/"' in spanish.text
    assert "/es/search/" not in spanish.text


def test_the_old_spanish_search_address_redirects_for_good(client, site):
    response = client.get("/es/search/", {"query": "lectura", "type": "news", "page": "2"})
    assert response.status_code == 301
    assert response["Location"] == "/es/buscar/?query=lectura&type=news&page=2"
    assert client.get("/en/search/", {"query": "literacy"}).status_code == 200


def test_the_search_pages_language_switcher_keeps_the_query(client, site):
    from tests.test_languages import switcher_links

    english = switcher_links(client.get("/en/search/", {"query": "x"}))
    spanish = switcher_links(client.get("/es/buscar/", {"query": "x"}))
    assert english == spanish == {"en": "/en/search/?query=x", "es": "/es/buscar/?query=x"}
