"""Odd addresses (very long paths, bad query parameters, encoded traversal, NUL bytes, broken
encodings) get a 404 or a 400, never a server error; and a server error shows the site's own page,
never a stack trace or settings."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ODD_PATHS = [
    "/en/" + "a" * 5000 + "/",
    "/en/" + "/".join(["deep"] * 300) + "/",
    "/en/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/en/..%2f..%2f..%2fetc%2fpasswd",
    "/static/..%2f..%2fconfig/settings/base.py",
    "/static/%2e%2e/%2e%2e/manage.py",
    "/documents/..%2f..%2fdb.sqlite3",
    "/documents/999999999999999999999/x.pdf",
    "/documents/1/%00.pdf",
    "/en/%00/",
    "/en/%ff%fe/",
    "/en/%c0%ae%c0%ae/",
    "/en/news/tag/%00/",
    "/en/news/tag/" + "t" * 3000 + "/",
    "/en/subscribe/confirm/not-a-token/",
    "/en/subscribe/preferences/%00/",
    "/en/invitations/" + "x" * 2000 + "/",
    "/embargoed/999999/attachments/999999/",
    "/xx/",
    "/en//en//",
    "/admin/../../etc/passwd",
]

ODD_QUERIES = [
    "/en/search/?query=" + "q" * 20_000,
    "/en/search/?query=%00",
    "/en/search/?query=%ff%fe",
    "/en/search/?query=a&query=b&page=2&page=x",
    "/en/search/?page=-1",
    "/en/search/?query=funding&page=99999999999999999999999",
    "/en/search/?query=funding&page=1e9",
    "/en/news/?page=abc",
    "/en/news/?page=%00",
    "/en/?utm_source=%ff",
    "/en/join/?next=//evil.example/",
    "/en/accounts/login/?next=https://evil.example/",
    "/en/accounts/login/?next=%00",
]


@pytest.fixture
def strict_client():
    """Errors surface as exceptions, so a 500 can never pass unnoticed."""
    return Client(raise_request_exception=True)


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_paths_are_refused_cleanly(strict_client, home_page, spanish_home_page, path):
    response = strict_client.get(path)
    # 410: an invitation link that is unknown or used up, by design.
    assert response.status_code in {301, 302, 400, 404, 410}, response.status_code


@pytest.mark.parametrize("path", ODD_QUERIES)
def test_odd_query_parameters_are_answered_cleanly(strict_client, home_page, path):
    response = strict_client.get(path)
    assert response.status_code in {200, 302, 400, 404}, response.status_code
    if response.status_code == 302:
        assert "evil.example" not in response.url


def test_odd_methods_are_refused_cleanly(strict_client, home_page):
    assert strict_client.generic("PROPFIND", "/en/").status_code in {200, 405}
    assert strict_client.delete("/en/join/").status_code == 405
    assert strict_client.put("/en/subscribe/", data="x").status_code == 405


@pytest.mark.urls("tests.security.urls_that_fail")
def test_a_server_error_shows_the_site_page_and_no_internals(home_page, settings):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    for leak in ("Traceback", "RuntimeError", "SECRET_KEY", "test-only-insecure-key", "config.settings"):
        assert leak not in body
    assert "Content-Security-Policy" in response.headers
