"""Every response carries the site's security headers; public pages need no CSP nonce (so the page
cache can store them), and only the Wagtail admin gets a more lenient policy."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from security.middleware import ContentSecurityPolicyMiddleware

pytestmark = pytest.mark.django_db


def directives(response):
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_page_has_a_strict_policy_without_a_nonce(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert "nonce-" not in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_public_page_has_the_other_security_headers(client, home_page):
    response = client.get(home_page.url)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/join/", "/en/subscribe/", "/en/no-such-page/"])
def test_forms_and_errors_have_the_strict_policy_too(client, home_page, path):
    response = client.get(path)
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "Permissions-Policy" in response.headers


def test_static_files_get_the_headers(client):
    response = client.get("/static/js/subscriptions.js")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_admin_alone_is_relaxed_for_its_inline_scripts(client, home_page):
    response = client.get("/admin/login/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    # Previews are framed by the admin itself, never by another site.
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_a_template_that_uses_the_nonce_gets_it_in_the_header():
    """The way out for an unavoidable inline script: `nonce="{{ request.csp_nonce }}"`."""

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    request = RequestFactory().get("/en/")
    middleware = ContentSecurityPolicyMiddleware(view)
    response = middleware(request)
    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
