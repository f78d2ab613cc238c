"""Fixtures shared by the whole suite: a minimal site tree in English and Spanish."""

import os

import pytest
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test means a part (browser, database, cache) is missing: that is a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI, where every part must be present: {report.longrepr}"


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
