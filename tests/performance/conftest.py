import pytest

from demo.bulk import build_large_site, index_for_search
from tests.conftest import built_once_for_the_module


def build():
    site = build_large_site(articles=10_000, tags=100, initiatives=50)
    index_for_search()
    return site


@pytest.fixture(scope="module")
def large_site(django_db_setup, django_db_blocker):
    """10,000 articles, 100 tags, 50 initiatives, built once for the module inside a transaction that
    is rolled back at the end; each test's own transaction nests inside it (a savepoint)."""
    yield from built_once_for_the_module(django_db_blocker, build)
