"""Privacy set on a translation in the admin's privacy dialog is brought back to its source's, and the
dialog ends normally: the restriction the dialog was still setting up (its groups are saved after the
row) is not left with group rows pointing at nothing.

Transactional tests: SQLite checks foreign keys when a transaction commits, which the rolled-back
tests never do."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.models import PageViewRestriction

from members.groups import MEMBERS
from standardpages.factories import StandardPageFactory
from tests.conftest import translate
from tests.extranet.conftest import extranet  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def own_restrictions(page):
    return [
        (restriction.restriction_type, sorted(restriction.groups.values_list("name", flat=True)))
        for restriction in PageViewRestriction.objects.filter(page=page)
    ]


def set_privacy(client, page, restriction_type, groups=()):
    data = {"restriction_type": restriction_type, "groups": [group.pk for group in groups]}
    return client.post(f"/admin/pages/{page.pk}/privacy/", data)


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.GROUPS, PageViewRestriction.LOGIN])
def test_privacy_on_a_spanish_extranet_page(admin_client, extranet, restriction_type):  # noqa: F811
    members = Group.objects.get(name=MEMBERS)
    response = set_privacy(admin_client, extranet["spanish_page"], restriction_type, [members])
    assert response.status_code == 200
    connection.check_constraints()
    # The English page has no restriction of its own (the extranet index's covers it): neither has
    # its translation.
    assert own_restrictions(extranet["spanish_page"]) == own_restrictions(extranet["page"]) == []
    assert extranet["spanish_page"].get_view_restrictions().exists()


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.GROUPS, PageViewRestriction.LOGIN])
def test_privacy_on_a_spanish_translation_of_a_public_page(
    admin_client, home_page, spanish_home_page, locales, restriction_type
):
    about = StandardPageFactory(parent=home_page, title="About us")
    spanish = translate(about, locales["es"], title="Quiénes somos", slug="quienes-somos")
    members = Group.objects.get_or_create(name=MEMBERS)[0]
    response = set_privacy(admin_client, spanish, restriction_type, [members])
    assert response.status_code == 200
    connection.check_constraints()
    assert own_restrictions(spanish) == own_restrictions(about) == []
    # The dialog cannot say it; the editor's next admin page does, once.
    told = admin_client.get("/admin/").text
    assert told.count("privacy follows its source page") == 1
    assert "About us" in told


def test_privacy_on_a_spanish_translation_of_a_private_page(
    admin_client, home_page, spanish_home_page, locales
):
    about = StandardPageFactory(parent=home_page, title="Board minutes")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    spanish = translate(about, locales["es"], title="Actas", slug="actas")
    members = Group.objects.get_or_create(name=MEMBERS)[0]
    response = set_privacy(admin_client, spanish, PageViewRestriction.GROUPS, [members])
    assert response.status_code == 200
    connection.check_constraints()
    assert own_restrictions(spanish) == own_restrictions(about) == [(PageViewRestriction.LOGIN, [])]
    assert "privacy follows its source page" in admin_client.get("/admin/").text


def test_privacy_set_on_the_source_page_says_nothing_of_translations(
    admin_client, home_page, spanish_home_page, locales
):
    about = StandardPageFactory(parent=home_page, title="Board minutes")
    translate(about, locales["es"], title="Actas", slug="actas")
    members = Group.objects.get_or_create(name=MEMBERS)[0]
    assert set_privacy(admin_client, about, PageViewRestriction.GROUPS, [members]).status_code == 200
    assert "privacy follows its source page" not in admin_client.get("/admin/").text
