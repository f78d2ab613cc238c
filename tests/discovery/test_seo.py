"""What search engines and link previews read: robots.txt, per-language sitemaps, and the head's
robots, canonical, hreflang, description, OpenGraph, Twitter and JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def head(response):
    return response.text.split("</head>")[0]


def links(html, rel):
    return re.findall(rf'<link rel="{rel}"(?: hreflang="([^"]+)")? href="([^"]+)"', html)


def meta(html, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def json_ld(html):
    return [
        json.loads(text) for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314  the site's own sitemap, not untrusted input


def test_robots_closes_the_site_unless_production(client, settings):
    settings.SEO_ALLOW_INDEXING = False
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /\n" in response.text + "\n"
    assert "Sitemap" not in response.text


def test_robots_opens_the_site_in_production(client, settings):
    settings.SEO_ALLOW_INDEXING = True
    text = client.get("/robots.txt").text
    assert "Disallow: /admin/" in text
    assert not re.search(r"^Disallow: /$", text, re.MULTILINE)
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_pages_say_noindex_unless_production(client, site, settings):
    settings.SEO_ALLOW_INDEXING = False
    assert meta(head(client.get("/en/")), "name", "robots") == "noindex"
    settings.SEO_ALLOW_INDEXING = True
    assert meta(head(client.get("/en/")), "name", "robots") is None


def test_search_results_are_noindex_even_in_production(client, site, settings):
    settings.SEO_ALLOW_INDEXING = True
    assert meta(head(client.get("/en/search/", {"query": "literacy"})), "name", "robots") == "noindex"


def test_sitemap_index_lists_one_sitemap_per_language(client, site):
    root = parse_xml(client.get("/sitemap.xml").content)
    locations = [node.text for node in root.iter(f"{SITEMAP}loc")]
    assert locations == ["http://testserver/sitemap-en.xml", "http://testserver/sitemap-es.xml"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_sitemap_lists_public_pages_of_its_language_only(client, site, language):
    response = client.get(f"/sitemap-{language}.xml")
    body = response.content.decode()
    assert HIDDEN not in body
    root = parse_xml(response.content)
    locations = [node.text for node in root.iter(f"{SITEMAP}loc")]
    assert f"http://testserver/{language}/" in locations
    assert all(location.startswith(f"http://testserver/{language}/") for location in locations)
    assert not any("members" in location or "miembros" in location for location in locations)
    for url in root.iter(f"{SITEMAP}url"):
        for alternate in url.iter(f"{XHTML}link"):
            assert HIDDEN not in alternate.get("href")
    hidden_pages = [page for page in site["news"].get_children() if HIDDEN in page.title]
    for page in hidden_pages:
        assert page.slug not in body


def test_sitemap_entries_carry_hreflang_alternates(client, site):
    root = parse_xml(client.get("/sitemap-es.xml").content)
    for url in root.iter(f"{SITEMAP}url"):
        if url.find(f"{SITEMAP}loc").text == "http://testserver/es/noticias/tutoria-de-lectura/":
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
            assert alternates == {
                "en": "http://testserver/en/news/literacy-coaching/",
                "es": "http://testserver/es/noticias/tutoria-de-lectura/",
                "x-default": "http://testserver/en/news/literacy-coaching/",
            }
            break
    else:
        pytest.fail("the Spanish article is not in the Spanish sitemap")


def test_head_has_canonical_and_hreflang(client, site):
    html = head(client.get("/es/noticias/tutoria-de-lectura/"))
    assert links(html, "canonical") == [("", "http://testserver/es/noticias/tutoria-de-lectura/")]
    assert links(html, "alternate") == [
        ("en", "http://testserver/en/news/literacy-coaching/"),
        ("es", "http://testserver/es/noticias/tutoria-de-lectura/"),
        ("x-default", "http://testserver/en/news/literacy-coaching/"),
    ]


def test_canonical_drops_the_query_but_keeps_a_page_number(client, site):
    html = head(client.get("/en/news/", {"page": "2", "utm_source": "x"}))
    assert links(html, "canonical") == [("", "http://testserver/en/news/?page=2")]
    assert links(head(client.get("/en/news/", {"utm_source": "x"})), "canonical") == [
        ("", "http://testserver/en/news/")
    ]


def test_every_page_has_a_meta_description(client, site):
    for url in ["/en/", "/es/", "/en/news/", "/es/noticias/", "/en/search/", "/en/join/"]:
        assert meta(head(client.get(url)), "name", "description"), url
    # An article without a meta description of its own falls back to its summary.
    article = head(client.get(site["article"].url))
    assert meta(article, "name", "description") == "Literacy coaches reach twelve more districts."


def test_opengraph_and_twitter_tags_with_an_absolute_rendition(client, site):
    image = Image.objects.create(title="Coaching", file=get_test_image_file(size=(1600, 900)))
    article = site["article"]
    article.listing_image = image
    article.save_revision().publish()
    html = head(client.get(article.url))
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title") == "Literacy coaching expands"
    assert meta(html, "property", "og:url") == "http://testserver/en/news/literacy-coaching/"
    assert meta(html, "property", "og:locale") == "en_US"
    assert meta(html, "property", "og:locale:alternate") == "es_US"
    og_image = meta(html, "property", "og:image")
    assert re.match(r"http://testserver/media/images/.+fill-1200x630.+\.jpg$", og_image)
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "twitter:image") == og_image


def test_pages_without_an_image_use_the_sites_sharing_image(client, site):
    from wagtail.models import Site

    from core.models import SiteSettings

    settings_ = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_.share_image = Image.objects.create(title="Logo", file=get_test_image_file())
    settings_.save()
    assert meta(head(client.get("/en/news/")), "property", "og:image").startswith("http://testserver/media/")


def test_json_ld_for_the_organization_and_each_kind_of_page(client, site):
    home = json_ld(head(client.get("/en/")))
    assert [data["@type"] for data in home] == ["Organization"]
    article = json_ld(head(client.get(site["article"].url)))[0]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Literacy coaching expands"
    assert article["datePublished"] == "2026-03-04"
    assert article["url"] == "http://testserver/en/news/literacy-coaching/"
    assert article["publisher"]["@type"] == "Organization"
    report = json_ld(head(client.get(site["spanish_report"].url)))[0]
    assert report["@type"] == "Report"
    assert report["inLanguage"] == "es"


def test_json_ld_cannot_be_broken_out_of(client, site):
    article = site["article"]
    article.title = "</script><script>alert(1)</script>"
    article.save_revision().publish()
    html = head(client.get(article.url))
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["headline"] == "</script><script>alert(1)</script>"


def test_members_only_pages_get_no_sharing_metadata(client, site, django_user_model):
    from django.contrib.auth.models import Group

    staff = django_user_model.objects.create_user("staffer", password="a-long-test-password")
    staff.groups.add(Group.objects.get_or_create(name="Staff")[0])
    client.force_login(staff)
    html = head(client.get(site["members_page"].url))
    assert meta(html, "name", "robots") == "noindex"
    assert meta(html, "property", "og:title") is None
    assert json_ld(html) == []
