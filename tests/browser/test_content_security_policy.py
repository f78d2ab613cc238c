"""The Content-Security-Policy breaks nothing: the browser reports no refused script, style or frame on
public pages (with the editors' userbar too) or in the Wagtail admin, whose policy is relaxed."""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from tests.conftest import totp_code, with_two_factor


def refused(tab):
    return [error for error in tab.console_errors if "Content Security Policy" in error or "Refused" in error]


def test_public_pages_run_under_the_policy(demo_site, page):
    for path in ["/en/", "/es/", "/en/join/", "/en/subscribe/", "/en/accounts/login/", "/en/no-such-page/"]:
        response = page.goto(demo_site.url + path)
        assert "unsafe-inline" not in response.headers["content-security-policy"]
    # The footer signup's script fetched its token: scripts from 'self' run.
    page.goto(demo_site.url + "/en/")
    page.locator(".signup-panel summary").click()  # the footer's button opens the form
    page.locator("#footer-signup-email").focus()
    # A locator assertion, not wait_for_function: the page's policy refuses the eval() with which
    # Playwright polls a JavaScript condition when it is not true at once.
    token = page.locator("footer form[data-signup-form] [name=csrfmiddlewaretoken]")
    expect(token).not_to_have_value("")
    assert refused(page) == []


def test_admin_works_under_its_own_policy(demo_site, page):
    # The admin signs in through the site's sign-in, and asks a superuser for the authenticator's code.
    secret = with_two_factor(get_user_model().objects.get(username="admin"))
    page.goto(demo_site.url + "/admin/login/")
    page.locator("#id_login").fill("admin@example.org")
    page.locator("#id_password").fill("admin-demo-pass")
    page.locator("form [type='submit']").first.click()
    page.wait_for_load_state()
    page.locator("#id_code").fill(totp_code(secret))
    page.locator("form [type='submit']").first.click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/admin")

    home = Page.objects.get(depth=2, locale__language_code="en")
    for path in [
        "/admin/",
        f"/admin/pages/{home.pk}/edit/",
        "/admin/documents/",
        "/admin/documents/add/",
        "/admin/images/",
    ]:
        response = page.goto(demo_site.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")

    # With the userbar on a public page, still no refusals.
    page.goto(demo_site.url + "/en/")
    page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    assert refused(page) == []
