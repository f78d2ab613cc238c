"""Fragments: kept in the shared cache and in each process, never past their deadline or generation;
listing counts kept with them, yet right after a publish or an expiry."""

import datetime

import pytest
from django.utils import timezone

from news.factories import NewsPageFactory
from serving import fragments, generation
from serving.fragments import ProcessCopies

pytestmark = pytest.mark.django_db


def test_a_process_copy_expires_with_the_shared_entry(monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(fragments.time, "time", lambda: now[0])
    copies = ProcessCopies(max_entries=10)
    copies.set_many({"a": ("value", now[0] + 60)})
    assert copies.get_many(["a"]) == {"a": "value"}
    now[0] += 61
    assert copies.get_many(["a"]) == {}


def test_process_copies_keep_the_most_recently_used():
    copies = ProcessCopies(max_entries=2)
    far = 4_000_000_000
    copies.set_many({"a": (1, far), "b": (2, far)})
    copies.get_many(["a"])  # now the most recent
    copies.set_many({"c": (3, far)})
    assert copies.get_many(["a", "b", "c"]) == {"a": 1, "c": 3}


def test_another_process_finds_the_fragment_in_the_shared_cache_with_its_deadline(rf, monkeypatch):
    monkeypatch.setattr(fragments.expiry, "seconds_to_keep", lambda at_most: 30)  # a page expires soon
    calls = []
    request = rf.get("/")

    def compute():
        calls.append(1)
        return {"menu": ["About"]}

    assert fragments.cached(request, "test-menu", compute, until_next_expiry=True) == {"menu": ["About"]}
    fragments.process_copies.clear()  # a second process: only the shared cache has it
    assert fragments.cached(request, "test-menu", compute) == {"menu": ["About"]}
    assert calls == [1]
    (deadline,) = [
        entry[1] for key, entry in fragments.process_copies._entries.items() if ":test-menu:" in key
    ]
    assert deadline <= timezone.now().timestamp() + 30  # the writer's deadline, not a fresh one


def test_a_new_generation_is_a_new_fragment(rf):
    request = rf.get("/")
    assert fragments.cached(request, "test-count", lambda: 1) == 1
    generation.bump()
    assert fragments.cached(request, "test-count", lambda: 2) == 2


def test_without_the_shared_cache_fragments_are_computed_each_time(rf, settings):
    settings.CONTENT_CACHE_ENABLED = False
    request = rf.get("/")
    assert fragments.cached(request, "test-x", lambda: 1) == 1
    assert fragments.cached(request, "test-x", lambda: 2) == 2
    assert not [key for key in fragments.process_copies._entries if ":test-x:" in key]


@pytest.fixture
def news_index(home_page):
    from news.factories import NewsIndexPageFactory

    index = NewsIndexPageFactory(parent=home_page)
    index.per_page = 2
    return index


def page_count(client, index):
    return client.get(index.url).context["news_page"].paginator.count


def test_a_listings_count_is_kept_but_a_publish_shows_at_once(client, news_index, monkeypatch):
    for day in range(3):
        NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, 1 + day))
    assert page_count(client, news_index) == 3  # the first view also creates the site settings
    assert page_count(client, news_index) == 3

    counted = []
    monkeypatch.setattr(
        "django.db.models.query.QuerySet.count", lambda qs: counted.append(1) or 0, raising=True
    )
    assert page_count(client, news_index) == 3  # from the fragment, not counted again
    assert counted == []
    monkeypatch.undo()

    NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, 9))
    assert page_count(client, news_index) == 4


def test_a_listings_count_is_never_kept_past_the_next_expiry(client, news_index, monkeypatch):
    NewsPageFactory(parent=news_index, expire_at=timezone.now() + datetime.timedelta(seconds=20))
    NewsPageFactory(parent=news_index)
    kept_for = {}
    original = fragments._write

    def write(values, seconds=fragments.SECONDS):
        kept_for.update(dict.fromkeys(values, seconds))
        return original(values, seconds)

    monkeypatch.setattr(fragments, "_write", write)
    assert page_count(client, news_index) == 2
    (count_seconds,) = [seconds for key, seconds in kept_for.items() if ":listing-count:" in key]
    assert 1 <= count_seconds <= 20
