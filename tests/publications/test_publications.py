"""The public listing of publications."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db


def test_the_listing_is_newest_first_and_only_public(client, publication_index):
    older = PublicationPageFactory(
        parent=publication_index, title="Older brief", publication_date=datetime.date(2025, 3, 1)
    )
    newer = PublicationPageFactory(
        parent=publication_index, title="Newer report", publication_date=datetime.date(2026, 3, 1)
    )
    unpublished = PublicationPageFactory(parent=publication_index, title="Unpublished", live=False)
    private = PublicationPageFactory(parent=publication_index, title="Private report")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Staff")[0]])

    response = client.get(publication_index.url)
    assert response.status_code == 200
    titles = [page.title for page in response.context["publications_page"]]
    assert titles == [newer.title, older.title]
    assert unpublished.title not in response.text
    assert private.title not in response.text


def test_a_bad_page_number_is_not_an_error(client, publication_index):
    PublicationPageFactory(parent=publication_index)
    assert client.get(publication_index.url, {"page": "abc"}).status_code == 200


def test_a_publication_page_renders(client, publication_index):
    page = PublicationPageFactory(parent=publication_index, title="Housing report", summary="Findings.")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Housing report" in response.text
