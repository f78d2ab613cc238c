"""A language's sitemap split into pages listed by the sitemap index, and the sitemaps, robots.txt and
feeds kept by the page cache: served again with no query, in every language, and replaced at once by a
publish, an unpublish or a new view restriction."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

from news.factories import NewsPageFactory
from seo.metadata import absolute_url
from seo.sitemaps import Addresses, LanguageSitemap
from tests.serving.conftest import page_cache  # noqa: F401  (the fixture, used here too)

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HEADER = "X-Page-Cache"


def locations(response):
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314  the site's own sitemap, not untrusted input
    return [node.text for node in root.iter(f"{SITEMAP}loc")]


def test_a_sitemap_longer_than_a_page_is_split_and_each_page_listed_in_the_index(client, site, monkeypatch):
    whole = locations(client.get("/sitemap-en.xml"))
    assert len(whole) == 5  # home, news, the article, publications, the report
    monkeypatch.setattr(LanguageSitemap, "limit", 2)

    index = locations(client.get("/sitemap.xml"))
    assert index == [
        "http://testserver/sitemap-en.xml",
        "http://testserver/sitemap-en.xml?p=2",
        "http://testserver/sitemap-en.xml?p=3",
        "http://testserver/sitemap-es.xml",
        "http://testserver/sitemap-es.xml?p=2",
        "http://testserver/sitemap-es.xml?p=3",
    ]
    pages = [locations(client.get("/sitemap-en.xml", {"p": page})) for page in (1, 2, 3)]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [location for page in pages for location in page] == whole  # each address once, in order
    assert client.get("/sitemap-en.xml", {"p": 4}).status_code == 404
    for page in (1, 2, 3):
        assert HIDDEN not in client.get("/sitemap-en.xml", {"p": page}).text


def test_the_default_page_size_is_1000():
    assert LanguageSitemap.limit == 1_000


@pytest.mark.usefixtures("page_cache")
@pytest.mark.parametrize("address", ["/sitemap.xml", "/sitemap-en.xml", "/robots.txt"])
def test_sitemaps_and_robots_are_served_from_the_page_cache(client, site, address, django_assert_num_queries):
    assert client.get(address)[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(address, HTTP_ACCEPT_LANGUAGE="es")
    # One copy for every reader: these addresses have no language prefix and say the same in any language.
    assert second[HEADER] == "hit"
    assert second.content == client.get(address, HTTP_ACCEPT_LANGUAGE="en").content


def test_a_sitemap_is_the_same_whatever_language_the_browser_asks_for(client, site):
    english = client.get("/sitemap-es.xml", HTTP_ACCEPT_LANGUAGE="en").content
    assert client.get("/sitemap-es.xml", HTTP_ACCEPT_LANGUAGE="es").content == english


@pytest.mark.usefixtures("page_cache")
@pytest.mark.parametrize("address", ["/sitemap-en.xml", "/en/news/feed/rss/", "/en/news/feed/atom/"])
def test_a_publish_shows_in_cached_sitemaps_and_feeds_at_once(client, site, address):
    client.get(address)
    assert client.get(address)[HEADER] == "hit"

    NewsPageFactory(parent=site["news"], title="Hearing set for Friday", slug="hearing-set")
    response = client.get(address)
    assert response[HEADER] == "miss"
    assert "hearing-set" in response.text

    site["article"].unpublish()
    response = client.get(address)
    assert "hearing-set" in response.text
    assert "literacy-coaching" not in response.text


@pytest.mark.usefixtures("page_cache")
@pytest.mark.parametrize("address", ["/sitemap-en.xml", "/en/news/feed/rss/"])
def test_a_page_made_private_leaves_cached_sitemaps_and_feeds_at_once(client, site, address):
    assert "literacy-coaching" in client.get(address).text
    assert client.get(address)[HEADER] == "hit"
    site["article"].view_restrictions.create(restriction_type="login")
    assert "literacy-coaching" not in client.get(address).text


def test_each_sitemap_address_is_the_one_wagtail_gives_the_page(site, rf, settings):
    """The sitemap writes addresses from each language's prefix and the page's path instead of asking
    each page: they must be Wagtail's own, for every page in either language, and an accented slug
    (escaped in the address) among them."""
    settings.ALLOWED_HOSTS = ["*"]
    NewsPageFactory(parent=site["news"], title="Multilingual students", slug="estudiantes-multilingües")
    request = rf.get("/sitemap-en.xml", HTTP_HOST="example.org:8000")
    address = Addresses(request)
    pages = Page.objects.filter(depth__gt=1)
    assert pages.count() > 10
    for page in pages:
        language = page.locale.language_code
        expected = absolute_url(request, page.get_url(request))
        assert address(page.pk, page.url_path, language) == expected, page.url_path
