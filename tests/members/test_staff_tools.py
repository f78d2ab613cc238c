"""What the Staff group needs to write a report or an article: its PDF and its authors."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission

from members.groups import MEMBERS, MODERATORS, STAFF
from news.factories import NewsIndexPageFactory, NewsPageFactory
from people.factories import PersonFactory
from people.models import Person
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def test_staff_open_documents_and_upload_from_the_chooser(staff_client):
    assert staff_client.get(reverse("wagtaildocs:index")).status_code == 200
    assert staff_client.get(reverse("wagtaildocs:add_multiple")).status_code == 200
    chooser = staff_client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 200
    # The chooser offers its upload form only to those who may add a document.
    assert 'name="document-chooser-upload-file"' in chooser.json()["html"]


def test_staff_add_and_edit_people(staff_client):
    person = PersonFactory()
    url_name = Person.snippet_viewset.get_url_name
    assert staff_client.get(reverse(url_name("list"))).status_code == 200
    assert staff_client.get(reverse(url_name("add"))).status_code == 200
    assert staff_client.get(reverse(url_name("edit"), args=[person.pk])).status_code == 200


def test_document_permissions_are_given_on_the_root_collection_only_to_staff_groups(db):
    """Members get no admin permission at all; the collections' view restrictions are not permissions
    and stay as they are (docs/privacy.md)."""
    root = Collection.get_first_root_node()
    for name in (STAFF, MODERATORS):
        codenames = set(
            GroupCollectionPermission.objects.filter(group__name=name, collection=root).values_list(
                "permission__codename", flat=True
            )
        )
        assert {"add_document", "change_document", "choose_document"} <= codenames
        people = set(
            Permission.objects.filter(group__name=name, content_type__app_label="people").values_list(
                "codename", flat=True
            )
        )
        assert people == {"add_person", "change_person", "delete_person", "view_person"}
    members = Group.objects.get(name=MEMBERS)
    assert not members.permissions.exists()
    assert not GroupCollectionPermission.objects.filter(group=members).exists()


def author_options(html):
    """{name: (person's pk, ticked)}: the authors picker is a list of checkboxes, one per person."""
    boxes = re.findall(r'<label for="id_authors_\d+"><input ([^>]*)>([^<]*)</label>', html)
    return {
        label.strip(): (int(re.search(r'value="(\d+)"', attrs).group(1)), " checked" in attrs)
        for attrs, label in boxes
    }


def test_the_authors_picker_lists_each_person_once_in_the_pages_language(admin_client, home_page, locales):
    rosa = PersonFactory(name="Rosa", locale=locales["en"])
    rosa_es = rosa.copy_for_translation(locales["es"])
    rosa_es.name = "Rosa (es)"
    rosa_es.save()
    marcus = PersonFactory(name="Marcus", locale=locales["en"])  # not translated yet
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    article.authors.set([rosa])
    article.save_revision().publish()

    english = author_options(admin_client.get(f"/admin/pages/{article.pk}/edit/").text)
    assert english == {"Marcus": (marcus.pk, False), "Rosa": (rosa.pk, True)}

    spanish_article = translate(article, locales["es"])
    spanish = author_options(admin_client.get(f"/admin/pages/{spanish_article.pk}/edit/").text)
    # Rosa's Spanish record, ticked for the English one the translation was copied with; Marcus as he is.
    assert spanish == {"Marcus": (marcus.pk, False), "Rosa (es)": (rosa_es.pk, True)}
