"""A copy or an alias of the public version would be a page the embargo no longer binds (a copy gets a
translation key of its own), so both are refused until the lift; translations keep the key, so they are
made as usual and stay bound."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.models import Page

from publications.models import EmbargoedDraftPage, PublicationPage

pytestmark = pytest.mark.django_db


def lift(draft):
    EmbargoedDraftPage.objects.filter(pk=draft.pk).update(
        embargo_lifts_at=timezone.now() - datetime.timedelta(minutes=1)
    )


def test_copying_the_public_version_in_code_is_refused(draft, scheduled_publication):
    with pytest.raises(PermissionDenied) as error:
        scheduled_publication.copy(update_attrs={"slug": "leaked-copy", "title": "Leaked"})
    assert "under embargo until" in str(error.value)
    assert PublicationPage.objects.count() == 1


def test_aliasing_the_public_version_in_code_is_refused(draft, scheduled_publication):
    with pytest.raises(PermissionDenied) as error:
        scheduled_publication.create_alias(update_slug="leaked-alias")
    assert "under embargo until" in str(error.value)
    assert PublicationPage.objects.count() == 1


def test_copying_the_publications_index_with_its_children_is_refused(
    draft, scheduled_publication, publication_index, home_page
):
    with pytest.raises(PermissionDenied):
        publication_index.copy(recursive=True, to=home_page, update_attrs={"slug": "publications-copy"})
    assert PublicationPage.objects.count() == 1


def test_copying_after_the_lift_works(draft, scheduled_publication):
    lift(draft)
    scheduled_publication.copy(update_attrs={"slug": "a-copy", "title": "A copy"})
    assert PublicationPage.objects.filter(slug="a-copy").exists()


def copy_data(parent, alias=False, copy_subpages=False):
    data = {"new_title": "Copy", "new_slug": "leaked-copy", "new_parent_page": parent.pk}
    if alias:
        data["alias"] = "on"
    if copy_subpages:
        data["copy_subpages"] = "on"
    return data


@pytest.mark.parametrize("alias", [False, True])
def test_admin_refuses_copy_or_alias_of_the_public_version(
    admin_client, draft, scheduled_publication, publication_index, alias
):
    url = f"/admin/pages/{scheduled_publication.pk}/copy/"
    response = admin_client.post(url, copy_data(publication_index, alias=alias), follow=True)
    assert response.status_code == 200
    assert "cannot be copied or aliased" in response.text
    assert PublicationPage.objects.count() == 1
    # The copy form itself is not offered either.
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    assert "cannot be copied or aliased" in response.text


@pytest.mark.parametrize("alias", [False, True])
def test_admin_refuses_copying_an_ancestor_with_its_subpages(
    admin_client, draft, scheduled_publication, publication_index, spanish_home_page, alias
):
    url = f"/admin/pages/{publication_index.pk}/copy/"
    data = copy_data(spanish_home_page, alias=alias, copy_subpages=True)
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "cannot be copied or aliased" in response.text
    assert PublicationPage.objects.count() == 1
    assert not Page.objects.filter(slug="leaked-copy").exists()


def test_admin_copies_the_index_alone(
    admin_client, draft, scheduled_publication, publication_index, spanish_home_page
):
    """(Into another home page: a home page holds one publications index.)"""
    url = f"/admin/pages/{publication_index.pk}/copy/"
    admin_client.post(url, copy_data(spanish_home_page))
    assert Page.objects.filter(slug="leaked-copy").exists()
    assert PublicationPage.objects.count() == 1


def test_admin_copy_works_after_the_lift(admin_client, draft, scheduled_publication, publication_index):
    lift(draft)
    admin_client.post(f"/admin/pages/{scheduled_publication.pk}/copy/", copy_data(publication_index))
    assert PublicationPage.objects.filter(slug="leaked-copy").exists()


def test_a_translation_is_made_and_stays_bound(draft, scheduled_publication, locales):
    spanish = scheduled_publication.copy_for_translation(locales["es"], copy_parents=True)
    assert spanish.translation_key == scheduled_publication.translation_key
    assert not spanish.live
    spanish.title = "Informe final"
    with pytest.raises(ValidationError) as error:
        spanish.save_revision().publish()
    assert "under embargo until" in str(error.value)
    spanish.refresh_from_db()
    assert not spanish.live


def test_a_translation_through_wagtail_localize_stays_bound(
    draft, scheduled_publication, locales, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(scheduled_publication)
    translation = Translation.objects.create(source=source, target_locale=locales["es"])
    translation.save_target(publish=False)
    spanish = PublicationPage.objects.get(
        translation_key=scheduled_publication.translation_key, locale=locales["es"]
    )
    assert not spanish.live
    # wagtail-localize publishes when the transaction commits; tests never commit.
    with pytest.raises(ValidationError), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    spanish.refresh_from_db()
    assert not spanish.live
