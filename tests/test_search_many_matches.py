"""A query that matches very many pages: the newest matches are ranked and the reader is told there are
more; on PostgreSQL, the search is written so that its planner answers well at any size, and finds and
ranks exactly what the stock query does."""

import pytest
from wagtail.models import Page

import search.views
from news.factories import NewsIndexPageFactory, NewsPageFactory
from search.backends import newest_matching_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def three_ranked(monkeypatch):
    monkeypatch.setattr(search.views, "MATCHES_RANKED", 3)


def found(response):
    return [page.title for page in response.context["search_results"]]


def test_past_the_limit_the_newest_matches_are_ranked_and_the_reader_is_told(client, news, three_ranked):
    titles = [f"Literacy update {number}" for number in range(5)]
    for title in titles:
        NewsPageFactory(parent=news, title=title)
    response = client.get("/en/search/", {"query": "literacy"})
    assert sorted(found(response)) == titles[2:]
    assert response.context["search_results"].paginator.count == 3
    summary = response.text.split('class="search-summary">', 1)[1].split("</p>", 1)[0]
    assert "More than 3 results for “literacy”" in summary
    assert "add a word" in summary


def test_up_to_the_limit_every_match_is_ranked_and_counted(client, news, three_ranked):
    titles = [f"Literacy update {number}" for number in range(3)]
    for title in titles:
        NewsPageFactory(parent=news, title=title)
    response = client.get("/en/search/", {"query": "literacy"})
    assert sorted(found(response)) == titles
    assert "3 results for “literacy”" in response.text
    assert "More than" not in response.text


def test_the_ranked_matches_are_ranked_by_relevance_not_age(client, news):
    in_the_title = NewsPageFactory(parent=news, title="Literacy", summary="Reading.")
    NewsPageFactory(parent=news, title="Budget notes", summary="A word on literacy.")
    assert found(client.get("/en/search/", {"query": "literacy"}))[0] == in_the_title.title


def test_the_newest_matching_pages_are_the_last_created_that_have_every_word(news):
    older = NewsPageFactory(parent=news, title="Literacy coaching expands")
    NewsPageFactory(parent=news, title="Numeracy coaching expands")
    newer = NewsPageFactory(parent=news, title="Literacy coaching week")
    newest = NewsPageFactory(parent=news, title="Literacy coaching grants")
    pages = Page.objects.live()
    assert newest_matching_pages(pages, "literacy coaching", 10) == [newest.pk, newer.pk, older.pk]
    assert newest_matching_pages(pages, "literacy coaching", 2) == [newest.pk, newer.pk]
    assert newest_matching_pages(pages, "literacy zebra", 10) == []
    assert newest_matching_pages(pages.exclude(pk=newest.pk), "literacy", 10) == [newer.pk, older.pk]


# PostgreSQL: LanguageQueryCompiler matches each word column by column and joins each page's own index
# entry, where the stock compiler matches the joined vector against every page type's entries. The
# results and their order must not change, whatever the words.

PAGES = [
    ("Literacy coaching expands", "Counties report fewer vacancies among caregivers."),
    ("The literacy week", "Coaching and literacy for the youngest readers."),
    ("O'Neill: e-mail grants rise 3.5%", "Grants for literacy coaches."),
    ("Budget notes", "A word on literacy, the budget and the week."),
    ("Policies for families", "A policy for every family and the coaches who visit them."),
]
QUERIES = [
    "literacy",
    "literacy coaching",
    "coaching literacy week",
    "the literacy",
    "the",
    "the and for",
    "e-mail",
    "o'neill",
    "3.5",
    "policy",
    "grants literacy",
    "budget week",
    "zebra",
    "literacy zebra",
]


@pytest.mark.shared_services
@pytest.mark.parametrize("query", QUERIES)
def test_postgresql_finds_and_ranks_what_the_stock_query_does(news, monkeypatch, query):
    from django.db import connection
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler

    from search.backends.postgres import LanguageQueryCompiler

    assert connection.vendor == "postgresql"
    for title, summary in PAGES:
        NewsPageFactory(parent=news, title=title, summary=summary)

    def search(order_by_relevance=True):
        results = Page.objects.live().specific().search(query, order_by_relevance=order_by_relevance)
        return [page.title for page in results]

    ours, ours_unranked = search(), search(order_by_relevance=False)
    monkeypatch.setattr(LanguageQueryCompiler, "search", PostgresSearchQueryCompiler.search)
    assert ours == search()
    assert ours_unranked == search(order_by_relevance=False)
    newest = newest_matching_pages(Page.objects.live(), query, 100)
    assert newest == sorted(newest, reverse=True)
    assert sorted(Page.objects.get(pk=pk).title for pk in newest) == sorted(ours)
