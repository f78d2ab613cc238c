"""The privacy notice (site settings) is linked from the footer of every page and from each form that
asks for an email address, in the reader's language, and only while the public may read it."""

import pytest
from wagtail.models import PageViewRestriction, Site

from core.models import SiteSettings
from standardpages.models import StandardPage
from tests.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page, spanish_home_page, locales):
    page = home_page.add_child(instance=StandardPage(title="Privacy notice", slug="privacy"))
    page.save_revision().publish()
    spanish = translate(page, locales["es"], title="Aviso de privacidad", slug="privacidad")
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"privacy_page": page}
    )
    return page, spanish


@pytest.mark.parametrize(
    ("language", "path", "label"),
    [("en", "/en/privacy/", "Privacy notice"), ("es", "/es/privacidad/", "Aviso de privacidad")],
)
@pytest.mark.parametrize("address", ["{lang}/", "{lang}/join/", "{lang}/subscribe/"])
def test_footer_and_forms_link_the_notice_in_the_readers_language(
    client, notice, language, path, label, address
):
    html = client.get("/" + address.format(lang=language), follow=True).text
    assert f'href="{path}"' in html
    assert label in html


def test_the_forms_say_what_the_link_is_for(client, notice):
    for address in ("/en/join/", "/en/subscribe/"):
        assert "How we use your information" in client.get(address).text
    # The signup form at the foot of every page too.
    assert "How we use your information" in client.get("/en/", follow=True).text


def test_no_link_while_the_notice_is_not_public(client, notice):
    page, _spanish = notice
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for address in ("/en/join/", "/es/unirse/", "/en/"):
        assert "privac" not in client.get(address, follow=True).text.lower()


def test_no_link_without_a_notice(client, home_page):
    assert "Privacy notice" not in client.get("/en/join/").text
