"""Error pages are the site's own and never show internals."""

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_missing_page_gets_the_styled_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert 'id="main"' in response.text
    assert "Traceback" not in response.text


def test_500_template_renders_without_any_context():
    html = render_to_string("500.html")
    assert "<html" in html and "</html>" in html


def test_a_bad_request_gets_the_styled_400_in_the_readers_language(client, home_page):
    """A request Django cannot take (here a host the site does not serve) gets the site's own page."""
    response = client.get("/en/", HTTP_HOST="not-this-site.example")
    assert response.status_code == 400
    assert "We could not read that request" in response.text
    assert 'id="main"' in response.text and "Traceback" not in response.text
    spanish = client.get("/es/", HTTP_HOST="not-this-site.example")
    assert "No pudimos leer esa solicitud" in spanish.text


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Please send the form again"), ("es", "Envía el formulario de nuevo")],
)
def test_a_form_sent_without_its_security_token_gets_the_styled_403(home_page, language, heading):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(f"/{language}/join/", {"contact_name": "Ana"})
    assert response.status_code == 403
    assert heading in response.text
    assert f'lang="{language}"' in response.text
    assert "CSRF verification failed" not in response.text  # Django's own English page


@pytest.fixture
def database_down(monkeypatch):
    """Every new query fails as it does while PostgreSQL restarts (the connection is refused)."""
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "The site is briefly unavailable"), ("es", "El sitio no está disponible por un momento")],
)
def test_a_database_outage_asks_to_try_again_shortly(home_page, database_down, settings, language, heading):
    from django.test import Client

    settings.DEBUG = False
    visitor = Client(raise_request_exception=False)
    page = visitor.get(f"/{language}/")
    # A signup or an application sent meanwhile: the form's answer says it may not have arrived.
    form = visitor.post(f"/{language}/subscribe/", {"email": "ana@example.org", "consent": "on"})
    for response in (page, form):
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]
        assert heading in response.text
        assert f'lang="{language}"' in response.text
        assert "OperationalError" not in response.text and "5432" not in response.text
    assert "send it again" in form.text or "envíalo de nuevo" in form.text


@pytest.mark.urls("tests.security.urls_that_fail")
def test_other_failures_stay_a_500(home_page, settings):
    from django.test import Client

    settings.DEBUG = False
    visitor = Client(raise_request_exception=False)
    assert visitor.get("/broken/").status_code == 500
    assert visitor.get("/database-down/").status_code == 503
