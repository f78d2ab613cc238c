"""A form posted in a character set the site does not expect (declared in the Content-Type) is never
a server error, on any public form, with a security cookie as a browser would send it."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

# Multi-byte, EBCDIC, byte-transforming and unknown character sets: each decodes the same bytes
# differently, or not at all.
CHARSETS = ["utf-16", "utf-32", "cp037", "utf-7", "idna", "punycode", "shift_jis", "no-such-charset"]
FORMS = ["/en/join/", "/en/subscribe/", "/en/accounts/login/", "/es/search/"]


@pytest.mark.parametrize("path", FORMS)
@pytest.mark.parametrize("charset", CHARSETS)
def test_a_form_in_an_unexpected_charset_is_never_a_server_error(home_page, charset, path):
    client = Client()
    client.cookies["csrftoken"] = "a" * 32
    body = (
        "contact_name=Luc%C3%ADa+%E2%80%94+%FF%FE&email=a%40b.org&csrfmiddlewaretoken=" + "a" * 32
    ).encode()
    response = client.generic(
        "POST", path, body, content_type=f"application/x-www-form-urlencoded; charset={charset}"
    )
    assert response.status_code < 500, response.status_code
    assert "Traceback" not in response.content.decode(errors="replace")
