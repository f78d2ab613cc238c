"""Editors translate pages and snippets with wagtail-localize, and can take the strings out as a PO file
and bring them back. Pinned here because the workflow is wagtail-localize's, not ours: an upgrade that
moved or dropped it would fail these tests."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from core.models import SiteText
from members.factories import FocusAreaLabelFactory, OrganizationFactory, OrganizationProfileFactory
from members.models import FocusArea, FocusAreaLabel, OrganizationProfile
from people.models import Person
from tests.conftest import with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("translator", "t@example.org", "a-long-test-password")
    with_two_factor(user)  # the admin requires it of superusers
    client.force_login(user)
    return client


@pytest.fixture
def save_and_publish(django_capture_on_commit_callbacks):
    """wagtail-localize publishes a page translation when the transaction commits; tests never commit,
    so the callbacks are run here."""

    def save(translation):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    return save


@pytest.fixture
def start_translation(save_and_publish):
    def start(instance, locale):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.create(source=source, target_locale=locale)
        save_and_publish(translation)
        return translation

    return start


@pytest.fixture
def round_trip(save_and_publish):
    return lambda client, translation, replacements: _round_trip(
        client, translation, replacements, save_and_publish
    )


def _round_trip(client, translation, replacements, save_and_publish):
    """Download the PO file, fill in `replacements` {source text: translation}, upload it."""
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    po = polib.pofile(response.content.decode())
    msgids = {entry.msgid for entry in po}
    assert set(replacements) <= msgids, msgids
    for entry in po:
        if entry.msgid in replacements:
            entry.msgstr = replacements[entry.msgid]
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    save_and_publish(translation)


def test_a_page_round_trips_through_a_po_file(editor_client, site, locales, start_translation, round_trip):
    report = site["publications"].get_children().live().public().first().specific
    assert report.title == "Literacy report"
    report.get_translations().delete()  # translate it afresh, through wagtail-localize
    translation = start_translation(report, locales["es"])
    round_trip(
        editor_client,
        translation,
        {"Literacy report": "Informe sobre la lectura", "What literacy coaching changed.": "Lo que cambió."},
    )
    spanish = report.get_translation(locales["es"])
    assert spanish.title == "Informe sobre la lectura"
    assert spanish.specific.summary == "Lo que cambió."
    assert editor_client.get(spanish.url).status_code == 200


def test_site_text_is_translated_like_a_page(
    editor_client, home_page, spanish_home_page, locales, client, start_translation, round_trip
):
    english = SiteText.objects.create(organization_name="Learning Alliance", tagline="Together for schools")
    translation = start_translation(english, locales["es"])
    round_trip(
        editor_client,
        translation,
        {
            "Learning Alliance": "Alianza por el Aprendizaje",
            "Together for schools": "Juntos por las escuelas",
        },
    )
    editor_client.logout()
    spanish_page = client.get("/es/").text
    assert "Alianza por el Aprendizaje" in spanish_page and "Juntos por las escuelas" in spanish_page
    english_page = client.get("/en/").text
    assert "Learning Alliance" in english_page and "Alianza por el Aprendizaje" not in english_page


def test_people_snippets_are_translatable(editor_client, locales, start_translation, round_trip):
    person = Person.objects.create(name="Rosa Example", role="Director", locale=locales["en"])
    translation = start_translation(person, locales["es"])
    round_trip(editor_client, translation, {"Director": "Directora"})
    assert (
        Person.objects.get(translation_key=person.translation_key, locale=locales["es"]).role == "Directora"
    )


def test_site_text_falls_back_to_the_default_language(client, home_page, spanish_home_page):
    SiteText.objects.create(organization_name="Learning Alliance")
    assert "Learning Alliance" in client.get("/es/").text


def po_msgids(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    return {entry.msgid for entry in polib.pofile(response.content.decode())}


def test_organization_profiles_are_translated_and_keep_their_organization(
    editor_client, locales, start_translation, round_trip
):
    """The profile's words go to the translators; the organization is copied, never translated: both
    profiles describe the one membership record."""
    ally = OrganizationFactory(name="Puentes Example", listed_publicly=True)
    profile = OrganizationProfileFactory(
        organization=ally, locale=locales["en"], description="Helps families.", region="River valley"
    )
    translation = start_translation(profile, locales["es"])
    # Only the public words reach the PO file (and whoever translates it).
    assert po_msgids(editor_client, translation) == {"Helps families.", "River valley"}
    round_trip(
        editor_client,
        translation,
        {"Helps families.": "Ayuda a las familias.", "River valley": "Valle del río"},
    )

    spanish = OrganizationProfile.objects.get(translation_key=profile.translation_key, locale=locales["es"])
    assert (spanish.description, spanish.region) == ("Ayuda a las familias.", "Valle del río")
    assert spanish.organization_id == ally.pk
    assert ally.public_profiles.count() == 2  # one organization, one profile per language


def test_syncing_a_profile_keeps_the_organization_on_every_translation(locales, start_translation):
    profile = OrganizationProfileFactory(locale=locales["en"])
    translation = start_translation(profile, locales["es"])
    spanish = profile.get_translation(locales["es"])
    other = OrganizationFactory(name="Someone else")
    spanish.organization = other  # only wagtail-localize's copy may change it
    spanish.save()

    translation.source.update_from_db()
    translation.save_target()

    spanish.refresh_from_db()
    assert spanish.organization_id == profile.organization_id


def test_the_admin_does_not_let_a_profile_move_to_another_organization(editor_client, locales):
    profile = OrganizationProfileFactory(locale=locales["en"])
    ally = profile.organization
    other = OrganizationFactory(name="Someone else")
    edit = reverse(OrganizationProfile.snippet_viewset.get_url_name("edit"), args=[profile.pk])

    response = editor_client.post(
        edit, {"organization": other.pk, "description": "Now about someone else?", "region": ""}
    )

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.description == "Now about someone else?"  # the words may change, the ally may not
    assert profile.organization_id == ally.pk


def test_a_second_profile_for_the_same_organization_and_language_is_refused(locales):
    from django.core.exceptions import ValidationError

    profile = OrganizationProfileFactory(locale=locales["en"])
    duplicate = OrganizationProfile(organization=profile.organization, locale=locales["en"], description="x")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_focus_area_labels_are_translated_and_keep_their_focus_area(
    editor_client, locales, start_translation, round_trip
):
    area = FocusArea.objects.create(name="Family engagement", slug="family-engagement")
    label = FocusAreaLabelFactory(focus_area=area, locale=locales["en"])
    translation = start_translation(label, locales["es"])
    assert po_msgids(editor_client, translation) == {"Family engagement"}
    round_trip(editor_client, translation, {"Family engagement": "Participación de las familias"})

    spanish = FocusAreaLabel.objects.get(translation_key=label.translation_key, locale=locales["es"])
    assert (spanish.label, spanish.focus_area_id) == ("Participación de las familias", area.pk)


@pytest.mark.parametrize("model", [OrganizationProfile, FocusAreaLabel])
def test_the_admin_offers_to_translate_the_allies_words(editor_client, locales, model):
    """wagtail-localize's "Translate" action, in the snippet listing (it comes with register_snippet)."""
    instance = (
        OrganizationProfileFactory(locale=locales["en"])
        if model is OrganizationProfile
        else FocusAreaLabelFactory(focus_area=FocusArea.objects.create(name="Area", slug="area"))
    )
    listing = editor_client.get(reverse(model.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    translate = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[model._meta.app_label, model._meta.model_name, instance.pk],
    )
    assert translate in listing.text
    assert editor_client.get(translate).status_code == 200
