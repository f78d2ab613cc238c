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
