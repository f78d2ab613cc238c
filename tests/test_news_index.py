"""The news listing: newest first, 12 a page, tag filter, nothing private, no error for a bad page."""

import datetime

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def titles(response):
    return [page.title for page in response.context["news_page"]]


def test_lists_newest_first_twelve_to_a_page(client, news_index):
    for day in range(14):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2026, 3, 1 + day))
    first = client.get(news_index.url)
    assert titles(first) == [f"Day {day}" for day in range(13, 1, -1)]
    second = client.get(news_index.url, {"page": 2})
    assert titles(second) == ["Day 1", "Day 0"]


@pytest.mark.parametrize("page", ["abc", "0", "-3", "999", "1.5", ""])
def test_bad_or_out_of_range_page_numbers_still_answer(client, news_index, page):
    for _ in range(13):
        NewsPageFactory(parent=news_index)
    response = client.get(news_index.url, {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) in (12, 1)


def test_drafts_and_private_articles_are_not_listed(client, news_index):
    NewsPageFactory(parent=news_index, title="Public article")
    NewsPageFactory(parent=news_index, title="Draft article", live=False)
    private = NewsPageFactory(parent=news_index, title="Private article")
    private.view_restrictions.create(restriction_type="login")
    response = client.get(news_index.url)
    assert titles(response) == ["Public article"]
    assert "Private article" not in response.text
    assert "Draft article" not in response.text


def test_tag_route_lists_only_tagged_articles(client, news_index):
    NewsPageFactory(parent=news_index, title="About budgets", tags=["budget"])
    NewsPageFactory(parent=news_index, title="About literacy", tags=["literacy"])
    response = client.get(news_index.url + "tag/budget/")
    assert response.status_code == 200
    assert titles(response) == ["About budgets"]
    assert response.context["tag"].slug == "budget"


def test_the_tag_filter_marks_where_the_reader_is_on_each_page(client, news_index):
    NewsPageFactory(parent=news_index, title="About budgets", tags=["budget"])
    NewsPageFactory(parent=news_index, title="About literacy", tags=["literacy"])
    budget = news_index.url + "tag/budget/"
    literacy = news_index.url + "tag/literacy/"
    for _ in range(2):  # the second time, each page's filter comes from its own fragment
        all_news, on_budget = client.get(news_index.url).text, client.get(budget).text
        assert f'href="{news_index.url}" aria-current="page"' in all_news
        assert f'href="{budget}" aria-current="page"' not in all_news
        assert f'href="{budget}" aria-current="page"' in on_budget
        assert f'href="{literacy}" aria-current="page"' not in on_budget
        assert f'href="{literacy}">literacy<' in on_budget


def test_unknown_tag_is_not_found(client, news_index):
    NewsPageFactory(parent=news_index, tags=["budget"])
    assert client.get(news_index.url + "tag/no-such-tag/").status_code == 404


def test_tag_used_only_by_private_articles_is_not_found(client, news_index):
    private = NewsPageFactory(parent=news_index, tags=["confidential"])
    private.view_restrictions.create(restriction_type="login")
    assert client.get(news_index.url + "tag/confidential/").status_code == 404
    assert "confidential" not in [tag["slug"] for tag in news_index.tag_links(None)]


def test_listing_belongs_to_its_language(client, news_index, locales):
    from tests.conftest import translate

    article = NewsPageFactory(parent=news_index, title="In English")
    spanish_index = translate(news_index, locales["es"], slug="noticias")
    translate(article, locales["es"], title="En español", slug="en-espanol")
    assert titles(client.get(news_index.url)) == ["In English"]
    assert titles(client.get(spanish_index.url)) == ["En español"]


def test_card_images_come_with_their_renditions_in_one_query(client, news_index):
    """Rendition prefetching: once the renditions exist, a listing of cards asks neither the renditions
    cache nor the database per card, however many cards it shows."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from demo.bulk import make_images
    from serving import generation

    images = make_images(3)
    for day in range(6):
        date = datetime.date(2026, 3, 1 + day)
        NewsPageFactory(parent=news_index, date=date, listing_image=images[day % 3])
    client.get(news_index.url)  # makes the renditions, once
    caches["renditions"].clear()
    generation.bump()  # and the cards are rendered again, not taken from the fragment cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(news_index.url)
    rendition_queries = [q["sql"] for q in queries.captured_queries if "wagtailimages_rendition" in q["sql"]]
    assert len(rendition_queries) == 1, rendition_queries
    assert response.text.count("<picture") == 6


def test_the_card_template_shows_the_renditions_that_listings_prefetch():
    from pathlib import Path

    from django.conf import settings

    from core.models import CARD_IMAGE_SPEC

    card = (Path(settings.BASE_DIR) / "templates/components/card.html").read_text()
    assert f"{{% picture image {CARD_IMAGE_SPEC} " in card


def test_cards_are_rendered_once_and_shown_afresh_after_a_publish(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Hearing on Tuesday")
    first = client.get(news_index.url)
    again = client.get(news_index.url)
    rendered = [template.name for template in again.templates]
    assert "components/card.html" in [template.name for template in first.templates]
    assert "components/card.html" not in rendered  # the card came from the fragment cache
    assert "Hearing on Tuesday" in again.text

    article.title = "Hearing moved to Thursday"
    article.save_revision().publish()
    after = client.get(news_index.url)
    assert "Hearing moved to Thursday" in after.text
    assert "Hearing on Tuesday" not in after.text


def test_cards_are_kept_apart_by_language(client, news_index, locales):
    from tests.conftest import translate

    article = NewsPageFactory(parent=news_index, title="Hearing on Tuesday")
    spanish = translate(article, locales["es"], title="Audiencia el martes")
    client.get(news_index.url)
    spanish_index = spanish.get_parent()
    response = client.get(spanish_index.url)
    assert "Audiencia el martes" in response.text
    assert "Hearing on Tuesday" not in response.text


def test_a_listings_cards_are_read_from_the_cache_in_one_round_trip(client, news_index, monkeypatch):
    from serving import fragments

    for day in range(5):
        NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, 1 + day))
    client.get(news_index.url)
    single_reads, many_reads, inside_get_many = [], [], []
    original_get, original_get_many = fragments.cache.get, fragments.cache.get_many

    def get(key, *args, **kwargs):
        if not inside_get_many:  # the memory cache's get_many calls get() itself
            single_reads.append(key)
        return original_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        many_reads.append(keys)
        inside_get_many.append(True)
        try:
            return original_get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.clear()

    monkeypatch.setattr(fragments.cache, "get", get)
    monkeypatch.setattr(fragments.cache, "get_many", get_many)
    fragments.process_copies.clear()  # as in another app process: only the shared cache has them
    assert client.get(news_index.url).text.count('<article class="card') == 5
    assert not [key for key in single_reads if ":card:" in key]
    card_reads = [keys for keys in many_reads if any(":card:" in key for key in keys)]
    assert [len(keys) for keys in card_reads] == [5]

    # This process now has its own copies: the next view reads no card from the shared cache at all.
    many_reads.clear()
    assert client.get(news_index.url).text.count('<article class="card') == 5
    assert not [keys for keys in many_reads if any(":card:" in key for key in keys)]


def test_kept_cards_need_only_the_listings_ids(client, news_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for day in range(3):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2026, 3, 1 + day))
    with CaptureQueriesContext(connection) as queries:
        client.get(news_index.url)  # nothing kept yet
    news_rows = [q["sql"] for q in queries.captured_queries if '"news_newspage"' in q["sql"]]
    assert any('"news_newspage"."summary"' not in sql for sql in news_rows)  # the page's ids alone
    client.get(news_index.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(news_index.url).text
    assert html.count('<article class="card') == 3
    assert not [q["sql"] for q in queries.captured_queries if '"news_newspage"' in q["sql"]]  # ids kept too
    assert "wagtailimages_rendition" not in " ".join(q["sql"] for q in queries.captured_queries)

    NewsPageFactory(parent=news_index, title="Day 9", date=datetime.date(2026, 3, 9))
    html = client.get(news_index.url).text  # a new generation: the cards are rendered from the pages
    assert html.index("Day 9") < html.index("Day 2") < html.index("Day 0")


@pytest.mark.parametrize("tagged", [False, True])
def test_each_kept_page_of_a_listing_follows_a_publish(client, news_index, tagged):
    """The ids of each page of the listing (and of a tag's archive) are kept, page by page: a new
    article moves every page along at once."""
    tags = ["Literacy"] if tagged else []
    for day in range(13):
        NewsPageFactory(
            parent=news_index, title=f"Day {day}", date=datetime.date(2026, 3, 1 + day), tags=tags
        )
    address = f"{news_index.url}tag/literacy/" if tagged else news_index.url
    for _ in range(2):  # the second time, from what was kept
        assert titles(client.get(address)) == [f"Day {day}" for day in range(12, 0, -1)]
        assert titles(client.get(address, {"page": 2})) == ["Day 0"]
    NewsPageFactory(parent=news_index, title="Day 20", date=datetime.date(2026, 3, 21), tags=tags)
    assert titles(client.get(address))[:2] == ["Day 20", "Day 12"]
    assert titles(client.get(address, {"page": 2})) == ["Day 1", "Day 0"]


@pytest.mark.parametrize("tagged", [False, True])
def test_a_kept_listing_is_shown_without_building_its_queryset(client, news_index, tagged, monkeypatch):
    """While a listing's count and page ids are kept, its queryset (the access policy's filters and the
    card images' prefetch, up to a seventh of a kept page's time) is not even built."""
    from news.models import NewsIndexPage

    for day in range(3):
        NewsPageFactory(
            parent=news_index, title=f"Day {day}", date=datetime.date(2026, 3, 1 + day), tags=["Literacy"]
        )
    address = f"{news_index.url}tag/literacy/" if tagged else news_index.url
    # As in test_kept_cards_need_only_the_listings_ids: the second view is served from what was kept.
    for _ in range(2):
        client.get(address)

    def not_built(self):
        raise AssertionError("the listing's queryset was built")

    monkeypatch.setattr(NewsIndexPage, "news", not_built)
    html = client.get(address).text
    assert html.index("Day 2") < html.index("Day 1") < html.index("Day 0")


def test_a_listed_page_builds_its_queryset_only_to_load_its_items(news_index):
    from core.pagination import ListedPages
    from news.models import NewsPage

    older, newer = (NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, day)) for day in (1, 2))
    built = []

    def listing():
        built.append(True)
        return NewsPage.objects.live()

    page = ListedPages([newer.pk, older.pk], listing)
    assert len(page) == 2 and not built
    assert [item.pk for item in page] == [newer.pk, older.pk] and page.model is NewsPage
    assert built == [True]


def test_a_kept_listing_may_be_given_as_a_queryset(rf, news_index):
    from core.pagination import paginate
    from news.models import NewsPage

    for day in range(3):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2026, 3, 1 + day))
    listing = NewsPage.objects.live().order_by("-date")
    page = paginate(rf.get("/", {"page": "2"}), listing, 2, ("a queryset", news_index.pk))
    assert page.paginator.count == 3 and [item.title for item in page] == ["Day 0"]
