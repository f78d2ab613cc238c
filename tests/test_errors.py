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
