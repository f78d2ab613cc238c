"""Fixtures shared by the whole suite: a minimal site tree in English and Spanish."""

import os
import runpy
import socket
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection, transaction
from django.utils import translation
from PIL import AvifImagePlugin, Image
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


def _save_avif_at_top_speed(im, fp, filename, save_all=False):
    """Wagtail's AVIF renditions (every <picture> offers one) encoded at libavif's fastest speed: a real
    AVIF file all the same, made in a tenth of the time of the default (speed 6), which otherwise is the
    largest part of rendering a page with pictures in the suite. Only the encoder's effort changes
    (the file comes out somewhat larger); production is untouched."""
    im.encoderinfo = {"speed": 10, **im.encoderinfo}
    AvifImagePlugin._save(im, fp, filename, save_all=save_all)


Image.register_save(AvifImagePlugin.AvifImageFile.format, _save_avif_at_top_speed)


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
    from serving import generation

    generation.bump(structure=True)


BASE_SETTINGS = Path(__file__).resolve().parents[1] / "config" / "settings" / "base.py"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed when the socket is, and nothing else takes it that fast


def base_settings(monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


@pytest.fixture
def redis_gone(settings, monkeypatch):
    """The CACHES that base.py builds for REDIS_URL, with Redis nowhere to be found (a closed port: every
    call fails at once)."""
    built = base_settings(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    settings.CACHES = built["CACHES"]
    settings.PAGE_CACHE_SECONDS = 600
    caches["guards"].clear()  # the fallback's counts, which an earlier test in this process left
    yield
    caches["guards"].clear()
    for alias in ("default", "renditions", "guards"):
        caches[alias].close()


@pytest.fixture(autouse=True)
def fresh_guards():
    """Rate limits count per client address, and every test client comes from 127.0.0.1: without this,
    the forms one test posts (the fuzzing tests post hundreds) would refuse another test's signup."""
    caches["guards"].clear()


@pytest.fixture(autouse=True)
def mail_through_the_queue(settings):
    """Django's test set-up swaps EMAIL_BACKEND for its in-memory outbox; the site's is the mail queue
    (mail.backends.QueuedEmailBackend), whose worker then sends to that outbox (MAIL_TRANSPORT). Tests
    see mail as production sends it: queued first, in mail.outbox once the queue is worked."""
    settings.EMAIL_BACKEND = "mail.backends.QueuedEmailBackend"


@pytest.fixture
def send_queued_mail():
    """Send what the mail queue's worker would send now: every email owed and not yet sent, through
    mail.tasks.send_stored_email (inside a test's transaction the queuing on commit never happens)."""
    from mail.models import delivery_models
    from mail.tasks import send_stored_email

    def send():
        for model in delivery_models():
            for pk in model.objects.unsent().values_list("pk", flat=True):
                send_stored_email.call(model._meta.label, pk)

    return send


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, as in a fresh process: the locale middleware leaves the
    language of a test's last request (Spanish, say) active in the thread, and a later test that
    validates a form outside a request would otherwise see its messages in that language. Which test
    comes before which depends on the run (one process, or several with pytest-xdist)."""
    translation.deactivate()
    yield


def built_once_for_the_module(django_db_blocker, build):
    """For a module-scoped fixture (`yield from` this): what `build()` makes, written once inside a
    transaction that is rolled back when the module is done. Each test's own transaction nests inside
    it (a savepoint), so whatever a test writes is still undone after that test; only the set-up is
    shared. For read-mostly matrices of many small tests over the same pages."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = build()
            # Foreign keys are checked here, once. On PostgreSQL they are deferred: left pending, they
            # would be checked again at the end of every test (Django's TestCase does so), and undone
            # with the test's savepoint, to be checked once more after the next one.
            connection.check_constraints()
        except BaseException:
            outer.__exit__(None, None, None)
            raise
    try:
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def make_locales():
    english, _ = Locale.objects.get_or_create(language_code="en")
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    return {"en": english, "es": spanish}


@pytest.fixture
def locales(db):
    return make_locales()


@pytest.fixture
def home_page(locales):
    """The English home page as the default site's root, replacing Wagtail's welcome page."""
    return make_home_page(locales)


def make_home_page(locales):
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


def with_two_factor(user):
    """Give `user` an authenticator app (allauth.mfa's TOTP), as superusers and moderators must have
    before the admin lets them in (security.middleware.AdminTwoFactorMiddleware). Returns the secret,
    from which `totp_code` makes the code the app would show now."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser (and so `admin_client`), with the two-factor the admin requires."""
    with_two_factor(admin_user)
    return admin_user
