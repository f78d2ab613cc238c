"""Fixtures shared by the whole suite: a minimal site tree in English and Spanish."""

import os

import pytest
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory

IN_CI = os.environ.get("CI", "").lower() == "true"

# The search page's address in each language (config/urls.py: the route is translated).
SEARCH_PATHS = {"en": "/en/search/", "es": "/es/buscar/"}
# Tests marked `shared_services` run app processes against one PostgreSQL and one Redis. They only mean
# something when both are configured (CI's second run sets them); on the SQLite run they are skipped,
# and that skip is expected even in CI. Configured but unreachable is not a skip: the test fails.
SHARED_SERVICES = os.environ.get("DATABASE_URL", "").startswith("postgres") and bool(
    os.environ.get("REDIS_URL")
)


def pytest_collection_modifyitems(items):
    if SHARED_SERVICES:
        return
    skip = pytest.mark.skip(reason="needs DATABASE_URL=postgres://... and REDIS_URL (CI's second run)")
    for item in items:
        if item.get_closest_marker("shared_services"):
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test means a part (browser, database, cache) is missing: that is a failure,
    except for the shared-services tests on a run that did not configure them (see above)."""
    outcome = yield
    report = outcome.get_result()
    expected_skip = item.get_closest_marker("shared_services") is not None and not SHARED_SERVICES
    if IN_CI and report.skipped and not hasattr(report, "wasxfail") and not expected_skip:
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI, where every part must be present: {report.longrepr}"


@pytest.fixture(autouse=True)
def fresh_content_generation():
    """Each test's database is rolled back afterwards, but the cache is not: without a new generation,
    a test could be answered from what an earlier test's content left there (its Site, its fragments)."""
    from pagecache import generation

    generation.bump()


@pytest.fixture
def locales(db):
    english, _ = Locale.objects.get_or_create(language_code="en")
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    return {"en": english, "es": spanish}


@pytest.fixture
def home_page(locales):
    """The English home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-en", locale=locales["en"])
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    return home


def translate(page, locale, **fields):
    """Publish a translation of `page` in `locale`, with `fields` overriding the copied values."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def spanish_home_page(home_page, locales):
    return translate(home_page, locales["es"], title="Inicio", slug="inicio")
