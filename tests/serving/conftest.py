import pytest
from django.core.cache import cache
from wagtail.models import Site

from core.models import SiteSettings
from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.extranet.conftest import extranet, roles  # noqa: F401  (fixtures used here too)


@pytest.fixture
def page_cache(settings, home_page):
    """The page cache turned on (the test settings keep it off), starting empty. The site settings
    exist beforehand: their creation on the first page view is a change, and would empty the cache."""
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, title="Budget hearing announced", tags=["budget"])
    return {"index": index, "article": article}
