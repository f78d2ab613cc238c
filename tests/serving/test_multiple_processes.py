"""Two app processes sharing one PostgreSQL and one Redis agree after every edit: the page cache's
entries and its generation live in Redis, so a publish made anywhere is seen everywhere at once. Without
Redis, each keeps its own pages in memory under the generations they both read from the database, and
they agree just as well."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test.utils import override_settings
from wagtail.models import Site

from core.models import SiteSettings
from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.appservers import app_server, get, this_runs_database_url

pytestmark = [
    pytest.mark.shared_services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def two_app_servers():
    env = {"DATABASE_URL": this_runs_database_url(), "REDIS_URL": settings.CACHES["default"]["LOCATION"]}
    env["PAGE_CACHE_SECONDS"] = "600"
    with app_server(**env) as first, app_server(**env) as second:
        yield first, second


@pytest.fixture
def site(home_page):
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, title="Budget hearing announced")
    cache.clear()
    return {"home": home_page, "index": index, "article": article}


def test_two_processes_share_cached_pages_and_see_every_edit(site, two_app_servers):
    first, second = two_app_servers
    article, index = site["article"], site["index"]
    addresses = [article.url, index.url, site["home"].url]

    for address in addresses:
        status, headers, body = get(first, address)
        assert (status, headers["X-Page-Cache"]) == (200, "miss"), address
        # The second process is served the entry the first one stored.
        status, headers, second_body = get(second, address)
        assert (status, headers["X-Page-Cache"]) == (200, "hit"), address
        assert second_body == body

    # An edit made in a third process (this one), as an editor's publish in the admin would be.
    article.title = "Budget hearing moved to Friday"
    article.save_revision().publish()
    for address in addresses:
        for port in (first, second):
            status, _, body = get(port, address)
            assert status == 200
            assert "Budget hearing moved to Friday" in body, (port, address)

    article.unpublish()
    assert get(first, article.url)[0] == 404
    assert get(second, article.url)[0] == 404
    for port in (first, second):
        assert "Budget hearing" not in get(port, index.url)[2]


def test_a_publish_in_one_process_leaves_unrelated_articles_cached_in_the_others(site, two_app_servers):
    first, second = two_app_servers
    article, index = site["article"], site["index"]
    other = NewsPageFactory(parent=index, title="Unrelated story")
    for address in (other.url, article.url, index.url):
        get(first, address)
        assert get(second, address)[1]["X-Page-Cache"] == "hit", address

    article.title = "Budget hearing moved to Friday"
    article.save_revision().publish()
    for port in (first, second):
        assert get(port, other.url)[1]["X-Page-Cache"] == "hit"  # kept: nothing it shows changed
    for address in (article.url, index.url):
        for port in (first, second):
            assert "Budget hearing moved to Friday" in get(port, address)[2], (port, address)


@pytest.fixture
def two_app_servers_without_redis():
    env = {"DATABASE_URL": this_runs_database_url(), "REDIS_URL": "", "CONTENT_CACHE_SHARED": "false"}
    env["PAGE_CACHE_SECONDS"] = "600"
    with app_server(**env) as first, app_server(**env) as second:
        yield first, second


def test_without_redis_each_process_keeps_its_own_pages_and_sees_every_edit(
    site, two_app_servers_without_redis
):
    first, second = two_app_servers_without_redis
    article, index = site["article"], site["index"]
    other = NewsPageFactory(parent=index, title="Unrelated story")
    addresses = [article.url, index.url, site["home"].url, other.url]
    for port in (first, second):
        for address in addresses:
            assert get(port, address)[1]["X-Page-Cache"] == "miss", (port, address)  # its own memory
            assert get(port, address)[1]["X-Page-Cache"] == "hit", (port, address)

    # An editor's publish in a third process, configured as they are: the new generations go to the
    # database.
    with override_settings(CONTENT_CACHE_SHARED=False):
        article.title = "Budget hearing moved to Friday"
        article.save_revision().publish()
    for address in (article.url, index.url, site["home"].url):
        for port in (first, second):
            status, headers, body = get(port, address)
            assert status == 200
            assert "Budget hearing moved to Friday" in body, (port, address)
            assert headers["X-Page-Cache"] == "miss", (port, address)
    for port in (first, second):
        assert get(port, other.url)[1]["X-Page-Cache"] == "hit"  # kept: nothing it shows changed

    with override_settings(CONTENT_CACHE_SHARED=False):
        article.unpublish()
    for port in (first, second):
        assert get(port, article.url)[0] == 404
        assert "Budget hearing" not in get(port, index.url)[2]
