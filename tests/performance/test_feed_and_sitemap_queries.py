"""Feeds and sitemaps cost the same number of queries whatever the number of articles.

A feed used to load each entry's authors and tags on its own (two queries per entry: 26 for a feed of
10 articles, 66 once it held its 30), and a sitemap each page type's rows on their own. Each address is
counted on a bulk-seeded site of 10 articles, then again once 290 more (with their tags and authors) are
added: the count must not move. Page cache off (the test settings), after one warming request, as in
test_query_budget.py."""

import datetime

import pytest
from django.core.cache import cache

from demo.bulk import build_large_site, bulk_add_children
from news.models import NewsPage, NewsTag
from people.models import Person
from seo.sitemaps import LanguageSitemap

pytestmark = pytest.mark.django_db

BUDGET = 10

ADDRESSES = {
    "news feed (RSS)": lambda site: site["news_index"].url + "feed/rss/",
    "news feed (Atom)": lambda site: site["news_index"].url + "feed/atom/",
    "tag feed": lambda site: f"{site['news_index'].url}tag/{site['tag'].slug}/feed/rss/",
    "publications feed": lambda site: site["publications"].url + "feed/atom/",
    "sitemap index": lambda site: "/sitemap.xml",
    "language sitemap": lambda site: "/sitemap-en.xml",
    "language sitemap, page 2": lambda site: "/sitemap-en.xml?p=2",
}


def add_articles(site, count):
    """`count` more articles below the news index, each with two tags (the first being the tag page's)
    and an author, written in bulk as demo.bulk writes the large site."""
    added = bulk_add_children(
        site["news_index"],
        NewsPage,
        [
            NewsPage(
                title=f"Later article {n}",
                slug=f"later-article-{n}",
                date=datetime.date(2027, 1, 1) + datetime.timedelta(days=n),
                summary="What happened next.",
                body=[],
            )
            for n in range(count)
        ],
    )
    other_tag = NewsTag.objects.exclude(tag=site["tag"]).first().tag
    tags = (site["tag"], other_tag)
    tagged = [NewsTag(content_object_id=page.pk, tag_id=tag.pk) for page in added for tag in tags]
    NewsTag.objects.bulk_create(tagged)
    authors = list(Person.objects.all())
    through = NewsPage.authors.through
    through.objects.bulk_create(
        [through(newspage_id=page.pk, person_id=authors[i % len(authors)].pk) for i, page in enumerate(added)]
    )
    cache.clear()  # bulk writes send no signals: start the next count from an empty cache, as after a publish


def count(client, address, django_assert_max_num_queries):
    assert client.get(address).status_code == 200, address
    with django_assert_max_num_queries(BUDGET) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize("name", ADDRESSES)
def test_the_same_queries_for_10_and_300_articles(client, monkeypatch, django_assert_max_num_queries, name):
    monkeypatch.setattr(LanguageSitemap, "limit", 5)  # so that the English sitemap has a page 2
    site = build_large_site(articles=10, tags=5, initiatives=3, people=3)
    address = ADDRESSES[name](site)
    with_10, _response = count(client, address, django_assert_max_num_queries)

    add_articles(site, 290)
    with_300, response = count(client, address, django_assert_max_num_queries)

    assert with_300 == with_10, f"{name}: {with_10} queries with 10 articles, {with_300} with 300"
    if "feed" in name and name != "publications feed":
        assert response.content.count(b"Later article") == 30  # a full feed: its 30 newest entries
