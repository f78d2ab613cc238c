"""A staff member's admin account settings (Account, in the admin): the language and time zone they
may choose."""

import re

import pytest

pytestmark = pytest.mark.django_db


def options(html, name):
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"', select)


def test_the_admin_offers_the_sites_two_languages(staff_client):
    """Wagtail offers forty; the project's own screens are in English and Spanish only."""
    html = staff_client.get("/admin/account/").text
    assert options(html, "locale-preferred_language") == ["", "en", "es"]


def test_the_admin_offers_only_time_zones_the_browser_knows(staff_client):
    """Debian's "localtime" is no zone's name: the browser refused it with a script error."""
    zones = options(staff_client.get("/admin/account/").text, "locale-current_time_zone")
    assert "America/Chicago" in zones and "Europe/Madrid" in zones
    assert "localtime" not in zones
