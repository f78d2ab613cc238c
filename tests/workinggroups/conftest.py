"""A site with two working groups (Water: open; Housing: by invitation), a group page with a document,
and a member in each group, one in no group and one of Water whose ally lapsed."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model

from members.models import Organization
from tests.conftest import built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import make_extranet, make_member, make_roles
from workinggroups.factories import (
    WorkingGroupContentPageFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from workinggroups.models import Joining, WorkingGroupMembership


def build_site():
    locales = make_locales()
    home = make_home_page(locales)
    translate(home, locales["es"], title="Inicio", slug="inicio")
    roles = make_roles()
    extranet = make_extranet(home, locales)
    index = WorkingGroupIndexPageFactory(parent=extranet["index"])
    index.save_revision().publish()
    document = get_document_model().objects.create(
        title="Coalition strategy memo", file=ContentFile(b"%PDF-1.4 group", name="memo.pdf")
    )
    water = WorkingGroupPageFactory(parent=index, title="Water rights zqgrouphome", slug="water")
    water.save_revision().publish()
    notes = WorkingGroupContentPageFactory(
        parent=water,
        title="Water notes zqgroupnotes",
        slug="water-notes",
        body=[("document", {"document": document, "title": "The memo"})],
    )
    notes.save_revision().publish()
    housing = WorkingGroupPageFactory(
        parent=index, title="Housing zqotherhome", slug="housing", joining=Joining.INVITATION
    )
    housing.save_revision().publish()
    housing_notes = WorkingGroupContentPageFactory(parent=housing, title="Housing zqothernotes", slug="hn")
    housing_notes.save_revision().publish()
    spanish_notes = translate(notes, locales["es"], title="Notas zqgroupnotesspanish", slug="notas")
    roles["group_member"] = make_member("groupie")
    roles["other_group_member"] = make_member("othergroupie")
    roles["lapsed_group_member"] = make_member("lapsedgroupie")
    for role, group in [
        ("group_member", water),
        ("other_group_member", housing),
        ("lapsed_group_member", water),
    ]:
        WorkingGroupMembership.objects.create(group_key=group.translation_key, user=roles[role])
    organization = roles["lapsed_group_member"].member_profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()
    document.refresh_from_db()
    return {
        "roles": roles,
        "home": home,
        "extranet": extranet,
        "index": index,
        "water": water,
        "housing": housing,
        "group_pages": [notes, spanish_notes],
        "other_pages": [housing_notes],
        "document": document,
    }


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build_site)


def reader(site, role):
    client = Client()
    user = site["roles"][role]
    if user is not None:
        client.force_login(user)
    return client
