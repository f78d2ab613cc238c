"""Playwright driving Debian's Chromium (/usr/bin/chromium) against Django's live test server."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# As root in a sandbox with no network: no Chrome sandbox, no GPU, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

# Playwright's sync API runs an event loop in this thread; the Django calls these tests make (fixtures,
# assertions on the database) are ordinary synchronous code, so Django's async guard must step aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def demo_site(django_db_serialized_rollback, live_server):
    """The demo site served by the live server. The live server runs in another thread, so the data must be
    committed (a transactional test); the serialized rollback restores what migrations created (the
    root page, the root collection, the default locale) after the flush that ends each such test."""
    call_command("load_demo_content", verbosity=0)
    return live_server


@pytest.fixture
def browser(demo_site):
    """Chromium for one test, started after the database is ready and stopped before it is reset.

    Playwright's sync API leaves an event loop registered on this thread while it runs; Django then
    treats the thread as async code and hands it other connection objects, which would lose the
    serialized-rollback state. Keeping Playwright inside the test keeps the database set-up outside it."""
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that records console errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    yield tab
    context.close()


def screenshot(tab, name):
    """Keep a screenshot for people to look at (tests/artifacts/ is not committed)."""
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def sign_in(tab, base_url, email, password):
    """Sign in through the member sign-in form, as a person would."""
    tab.goto(base_url + "/en/accounts/login/")
    form = tab.locator("form", has=tab.locator("#id_login"))
    form.get_by_label("Email").fill(email)
    form.get_by_label("Password").fill(password)
    form.get_by_role("button", name="Sign in").click()
    tab.wait_for_load_state()
