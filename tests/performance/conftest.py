import pytest
from django.db import transaction

from demo.bulk import build_large_site, index_for_search


@pytest.fixture(scope="module")
def large_site(django_db_setup, django_db_blocker):
    """10,000 articles, 100 tags, 50 initiatives, built once for the module inside a transaction that
    is rolled back at the end; each test's own transaction nests inside it (a savepoint)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            site = build_large_site(articles=10_000, tags=100, initiatives=50)
            index_for_search()
        except BaseException:
            outer.__exit__(None, None, None)
            raise
    yield site
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
