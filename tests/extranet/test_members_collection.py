"""The members-only collection is held by its role (extranet.models.CollectionRole), not found by its
name: staff may rename it, move it or delete it in the admin, and its documents stay members-only."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from extranet import privacy
from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
from extranet.models import CollectionRole
from members.groups import EXTRANET_AUDIENCE
from tests.conftest import with_two_factor
from tests.extranet.conftest import client_for

pytestmark = pytest.mark.django_db

REFUSED = ["anonymous", "non_member", "lapsed_member"]


def make_document_file(name):
    return ContentFile(b"%PDF-1.4 confidential", name=name)


def audience_restriction_of(collection):
    return [
        (restriction.restriction_type, sorted(restriction.groups.values_list("name", flat=True)))
        for restriction in CollectionViewRestriction.objects.filter(collection=collection)
    ]


AUDIENCE = [(CollectionViewRestriction.GROUPS, sorted(EXTRANET_AUDIENCE))]


def assert_members_only(client, roles, document):
    for role in REFUSED:
        client.logout()
        response = client_for(client, roles[role]).get(document.url)
        assert response.status_code in {302, 403}, role
    client.logout()
    assert client_for(client, roles["member"]).get(document.url).status_code == 200


@pytest.fixture
def admin_client(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-password-1")
    with_two_factor(root)  # the admin requires it of superusers
    client.force_login(root)
    return client


def test_a_renamed_members_collection_keeps_its_documents_to_members(client, roles, extranet):
    document = extranet["document"]
    collection = privacy.members_collection()
    assert document.collection_id == collection.pk
    collections = Collection.objects.count()

    collection.name = "Confidential papers"  # as the admin's edit form saves it
    collection.save()

    assert privacy.members_collection() == collection
    assert privacy.members_collection().name == "Confidential papers"
    assert Collection.objects.count() == collections  # no second one made under the old name
    assert privacy.is_members_collection(Collection.objects.get(pk=collection.pk))
    assert_members_only(client, roles, document)


def test_a_document_linked_after_the_rename_goes_to_the_renamed_collection(client, roles, home_page):
    collection = privacy.members_collection()
    collection.name = "Confidential papers"
    collection.save()
    document = get_document_model().objects.create(title="Minutes", file=make_document_file("minutes.pdf"))
    page = ExtranetPageFactory(parent=ExtranetIndexPageFactory(parent=home_page))
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision()

    document.refresh_from_db()
    assert document.collection_id == collection.pk
    assert_members_only(client, roles, document)


def test_a_members_collection_moved_inside_another_keeps_its_documents_to_members(client, roles, extranet):
    collection = privacy.members_collection()
    old_path = collection.path
    # Siblings are kept sorted by name: adding "Archive" before it renumbers the collection's path.
    elsewhere = Collection.get_first_root_node().add_child(name="Archive")
    collection.refresh_from_db()
    assert collection.path != old_path
    collection.move(elsewhere, "sorted-child")  # as the admin's edit form does when another parent is chosen

    moved = Collection.objects.get(pk=collection.pk)
    assert moved.get_parent() == elsewhere
    assert privacy.members_collection() == moved
    assert_members_only(client, roles, extranet["document"])


def test_the_restriction_of_a_renamed_members_collection_is_restored(django_capture_on_commit_callbacks):
    collection = privacy.members_collection()
    collection.name = "Confidential papers"
    collection.save()
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.filter(collection=collection).delete()
    assert audience_restriction_of(collection) == AUDIENCE


def test_a_deleted_members_collection_is_made_again_restricted(admin_client, client, roles, home_page):
    old = privacy.members_collection()
    # The admin deletes only an empty collection (it lists what a collection holds instead).
    response = admin_client.post(reverse("wagtailadmin_collections:delete", args=[old.pk]))
    assert response.status_code == 302
    assert not Collection.objects.filter(pk=old.pk).exists()
    assert not CollectionRole.objects.exists()  # gone with its collection

    new = privacy.members_collection()
    assert new.pk != old.pk
    assert audience_restriction_of(new) == AUDIENCE
    assert privacy.members_collection() == new  # made once

    document = get_document_model().objects.create(title="Plan", file=make_document_file("plan.pdf"))
    page = ExtranetPageFactory(parent=ExtranetIndexPageFactory(parent=home_page))
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision()
    document.refresh_from_db()
    assert document.collection_id == new.pk
    assert_members_only(client, roles, document)


def test_a_collection_named_like_the_members_one_is_not_members_only():
    members = privacy.members_collection()
    members.name = "Confidential papers"
    members.save()
    lookalike = Collection.get_first_root_node().add_child(name=privacy.MEMBERS_COLLECTION_NAME)
    assert not privacy.is_members_collection(lookalike)
    assert privacy.is_members_collection(members.add_child(name="Board"))


adopt = importlib.import_module("extranet.migrations.0003_collection_role").adopt_members_collection


@pytest.mark.parametrize("name", ["Members only / Solo miembros", "Members only"])
def test_the_migration_adopts_the_existing_members_collection(name):
    root = Collection.get_first_root_node()
    root.add_child(name="Images")
    existing = root.add_child(name=name)
    existing.add_child(name=privacy.MEMBERS_COLLECTION_NAME)  # not at the top: not ours
    adopt(apps, None)
    assert CollectionRole.objects.get().collection == existing
    assert privacy.members_collection() == existing
    adopt(apps, None)  # run again, it keeps the role where it is
    assert CollectionRole.objects.get().collection == existing


def test_the_migration_prefers_the_bilingual_name_and_gives_no_role_without_a_collection():
    adopt(apps, None)
    assert not CollectionRole.objects.exists()
    root = Collection.get_first_root_node()
    root.add_child(name="Members only")
    bilingual = root.add_child(name="Members only / Solo miembros")
    adopt(apps, None)
    assert CollectionRole.objects.get().collection == bilingual
