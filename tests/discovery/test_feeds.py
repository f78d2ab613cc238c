"""RSS 2.0 and Atom feeds of news (all, per tag, per language) and publications: well formed, complete,
absolute, announced in the head, and public items only."""

import feedparser
import pytest

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db

KINDS = ["rss", "atom"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("kind", KINDS)
def test_news_feed_lists_public_articles_in_full(client, site, kind):
    response, feed = parse(client, f"/en/news/feed/{kind}/")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert response["Content-Type"].startswith(f"application/{kind}+xml")
    assert feed.feed.title.startswith("News")
    assert feed.feed.link == "http://testserver/en/news/"
    assert [entry.title for entry in feed.entries] == ["Literacy coaching expands"]
    entry = feed.entries[0]
    assert entry.link == "http://testserver/en/news/literacy-coaching/"
    assert entry.summary == "Literacy coaches reach twelve more districts."
    assert entry.published_parsed[:3] == (2026, 3, 4)
    assert entry.author  # the alliance, when an article names no author
    assert [tag.term for tag in entry.tags] == ["family voice"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("url", ["/en/news/feed/{}/", "/es/noticias/feed/{}/", "/en/publications/feed/{}/"])
def test_feeds_never_carry_private_draft_expired_or_extranet_pages(client, site, kind, url):
    response, feed = parse(client, url.format(kind))
    assert feed.entries
    assert HIDDEN not in response.content.decode()
    assert "/members/" not in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_each_language_has_its_own_feed(client, site, kind):
    _response, feed = parse(client, f"/es/noticias/feed/{kind}/")
    assert feed.feed.language == "es"
    assert [entry.title for entry in feed.entries] == ["Se amplía la tutoría de lectura"]
    assert feed.entries[0].link == "http://testserver/es/noticias/tutoria-de-lectura/"


@pytest.mark.parametrize("kind", KINDS)
def test_tag_feed_with_an_accented_slug(client, site, kind):
    _response, feed = parse(client, f"/es/noticias/tag/estudiantes-multilingües/feed/{kind}/")
    assert [entry.title for entry in feed.entries] == ["Se amplía la tutoría de lectura"]
    assert "multilingües" in feed.feed.title


def test_tag_archive_with_an_accented_slug_is_served(client, site):
    assert client.get("/es/noticias/tag/estudiantes-multilingües/").status_code == 200


def test_tag_only_on_hidden_articles_has_no_feed(client, site):
    hidden = site["news"].get_children().filter(title__contains="draft").first().specific
    hidden.tags.add("secret topic")
    hidden.save_revision()  # still a draft
    assert client.get("/en/news/tag/secret-topic/feed/rss/").status_code == 404


def test_unknown_feed_kind_is_not_found(client, site):
    assert client.get("/en/news/feed/json/").status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_publications_feed(client, site, kind):
    _response, feed = parse(client, f"/en/publications/feed/{kind}/")
    assert [entry.title for entry in feed.entries] == ["Literacy report"]
    assert feed.entries[0].summary == "What literacy coaching changed."


def test_private_index_serves_no_feed(client, site):
    site["news"].view_restrictions.create(restriction_type="login")
    response = client.get("/en/news/feed/rss/")
    assert response.status_code == 302  # to the sign-in page, like the index itself


def test_feeds_are_announced_in_the_head(client, site):
    head = client.get("/en/").text.split("</head>")[0]
    for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        assert f'type="{mime}"' in head
        assert f'href="http://testserver/en/news/feed/{kind}/"' in head
        assert f'href="http://testserver/en/publications/feed/{kind}/"' in head
    tag_head = client.get("/en/news/tag/family-voice/").text.split("</head>")[0]
    assert 'href="http://testserver/en/news/tag/family-voice/feed/rss/"' in tag_head
    spanish_head = client.get("/es/").text.split("</head>")[0]
    assert 'href="http://testserver/es/noticias/feed/atom/"' in spanish_head


@pytest.mark.parametrize("kind", KINDS)
def test_entries_name_their_authors_in_the_feeds_language(client, site, locales, kind):
    """Authors are loaded for every entry at once (core.feeds, people.feeds), still each in the feed's
    language: the Spanish feed names an author's Spanish version."""
    from people.factories import PersonFactory

    author = PersonFactory(name="Ana Writer", locale=locales["en"])
    second = PersonFactory(name="Ben Writer", locale=locales["en"])
    spanish_author = author.copy_for_translation(locales["es"])
    spanish_author.name = "Ana Escritora"
    spanish_author.save()
    site["article"].authors.set([author, second])
    site["article"].save_revision().publish()
    site["spanish_article"].authors.set([author])
    site["spanish_article"].save_revision().publish()

    _response, feed = parse(client, f"/en/news/feed/{kind}/")
    assert feed.entries[0].author == "Ana Writer, Ben Writer"
    _response, feed = parse(client, f"/es/noticias/feed/{kind}/")
    assert feed.entries[0].author == "Ana Escritora"
