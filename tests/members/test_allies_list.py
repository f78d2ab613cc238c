"""The public allies list on general pages (each ally's public profile in the reader's language), and the
call to action that leads to the application form."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from members.factories import FocusAreaLabelFactory, OrganizationFactory, OrganizationProfileFactory
from members.models import FocusArea, Organization
from standardpages.factories import StandardPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def membership_page(parent):
    return StandardPageFactory(
        parent=parent,
        title="Membership",
        slug="membership",
        body=[
            ("allies", {"heading": "Our allies", "text": "Who belongs."}),
            ("join", {"heading": "Ready to join?", "text": "", "button_label": "Apply now"}),
        ],
    )


def test_only_active_allies_that_agreed_are_listed(client, home_page):
    OrganizationFactory(name="Listed Ally", listed_publicly=True, region="Riverside")
    OrganizationFactory(name="Quiet Ally", listed_publicly=False)
    OrganizationFactory(name="Lapsed Ally", listed_publicly=True, status=Organization.Status.LAPSED)
    page = membership_page(home_page)

    text = client.get(page.url).text

    assert "Listed Ally" in text
    assert "Riverside" in text
    assert "Quiet Ally" not in text
    assert "Lapsed Ally" not in text


def test_the_list_leaves_no_empty_section_when_no_ally_is_listed(client, home_page):
    OrganizationFactory(name="Quiet Ally", listed_publicly=False)
    page = membership_page(home_page)

    assert 'class="allies"' not in client.get(page.url).text


def test_join_block_leads_to_the_application_form_in_the_readers_language(
    client, home_page, spanish_home_page, locales
):
    page = membership_page(home_page)
    spanish = translate(page, locales["es"], title="Membresía", slug="membresia")

    assert 'href="/en/join/"' in client.get(page.url).text
    assert 'href="/es/unirse/"' in client.get(spanish.url).text


def test_more_allies_with_logos_and_profiles_cost_no_more_queries(
    client, home_page, spanish_home_page, locales, settings
):
    """Logos, their renditions, focus areas, profiles and labels in both languages are prefetched: the
    list's cost does not grow, in the default language or another."""
    # Every query the page makes, each time: the fragment cache would hide some of them, depending on
    # what happened to be cached when.
    settings.CONTENT_CACHE_ENABLED = False
    page = membership_page(home_page)
    spanish_page = translate(page, locales["es"], title="Membresía", slug="membresia")

    def add_allies(count):
        for number in range(count):
            logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
            ally = OrganizationFactory(listed_publicly=True, logo=logo)
            ally.focus_areas.add("Early childhood", f"Area {ally.pk}")
            english = OrganizationProfileFactory(organization=ally, locale=locales["en"])
            if number % 2:  # half of them translated, so both the profile and its fallback are shown
                spanish = english.copy_for_translation(locales["es"])
                spanish.description = "Trabaja con familias."
                spanish.save()
            for area in ally.focus_areas.filter(labels__isnull=True):  # a shared area has one already
                label = FocusAreaLabelFactory(focus_area=area, locale=locales["en"])
                if number % 2:
                    label.copy_for_translation(locales["es"]).save()

    def queries_of_a_second_view(address):
        client.get(address)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        return len(queries), response.text.count('class="ally"')

    add_allies(1)
    one_ally = {address: queries_of_a_second_view(address) for address in (page.url, spanish_page.url)}
    add_allies(4)
    five_allies = {address: queries_of_a_second_view(address) for address in (page.url, spanish_page.url)}

    for address in (page.url, spanish_page.url):
        assert (one_ally[address][1], five_allies[address][1]) == (1, 5), address
        assert five_allies[address][0] == one_ally[address][0], address


@pytest.fixture
def membership_pages(home_page, spanish_home_page, locales):
    page = membership_page(home_page)
    return {"en": page, "es": translate(page, locales["es"], title="Membresía", slug="membresia")}


def profile_in_both_languages(organization, locales, english, spanish):
    """An English profile and its Spanish translation, made the way wagtail-localize makes one."""
    profile = OrganizationProfileFactory(organization=organization, locale=locales["en"], **english)
    translation = profile.copy_for_translation(locales["es"])
    for name, value in spanish.items():
        setattr(translation, name, value)
    translation.save()
    return profile, translation


def ally_item(text, name):
    """The allies list's entry for `name`, as HTML."""
    start = text.index('<li class="ally">', text.rindex('<li class="ally">', 0, text.index(name)))
    return text[start : text.index("</li>", start)]


def test_each_language_shows_its_own_profile(client, membership_pages, locales):
    ally = OrganizationFactory(name="Puentes", listed_publicly=True, region="Rio Valley")
    profile_in_both_languages(
        ally,
        locales,
        english={"description": "Helps families talk with schools.", "region": "The river valley"},
        spanish={
            "description": "Ayuda a las familias a hablar con la escuela.",
            "region": "El valle del río",
        },
    )

    english = ally_item(client.get(membership_pages["en"].url).text, "Puentes")
    spanish = ally_item(client.get(membership_pages["es"].url).text, "Puentes")

    assert "Helps families talk with schools." in english and "The river valley" in english
    assert "Ayuda a las familias" not in english
    assert '<p class="ally__description">Ayuda a las familias a hablar con la escuela.</p>' in spanish
    assert '<p class="ally__region">El valle del río</p>' in spanish
    assert "Helps families" not in spanish and "Rio Valley" not in spanish


def test_without_a_spanish_profile_the_english_one_is_shown_marked_as_english(
    client, membership_pages, locales
):
    ally = OrganizationFactory(name="Common Ground", listed_publicly=True, region="Plains")
    OrganizationProfileFactory(
        organization=ally, locale=locales["en"], description="A studio for new teachers.", region=""
    )

    spanish = ally_item(client.get(membership_pages["es"].url).text, "Common Ground")

    assert '<p class="ally__description" lang="en">A studio for new teachers.</p>' in spanish
    # The profile leaves the region empty: the organization's own region is shown.
    assert '<p class="ally__region" lang="en">Plains</p>' in spanish


def test_an_empty_field_of_the_spanish_profile_falls_back_field_by_field(client, membership_pages, locales):
    ally = OrganizationFactory(name="Little Oaks", listed_publicly=True, region="Capital")
    profile_in_both_languages(
        ally,
        locales,
        english={"description": "Child care and early learning.", "region": "The capital area"},
        spanish={"description": "Cuidado infantil y aprendizaje temprano.", "region": ""},
    )

    spanish = ally_item(client.get(membership_pages["es"].url).text, "Little Oaks")

    assert "Cuidado infantil y aprendizaje temprano." in spanish
    assert '<p class="ally__region" lang="en">The capital area</p>' in spanish


def test_without_any_profile_the_organizations_own_fields_are_shown(client, membership_pages):
    OrganizationFactory(name="Eastside", listed_publicly=True, region="Eastside district")

    english = ally_item(client.get(membership_pages["en"].url).text, "Eastside")
    spanish = ally_item(client.get(membership_pages["es"].url).text, "Eastside")

    assert '<p class="ally__region">Eastside district</p>' in english
    assert '<p class="ally__region" lang="en">Eastside district</p>' in spanish
    assert "ally__description" not in english + spanish


def test_focus_areas_show_their_label_in_the_readers_language(client, membership_pages, locales):
    ally = OrganizationFactory(name="Puentes", listed_publicly=True)
    ally.focus_areas.add("Family engagement", "School funding", "Early childhood")
    family = FocusAreaLabelFactory(
        focus_area=FocusArea.objects.get(name="Family engagement"), locale=locales["en"]
    )
    spanish_family = family.copy_for_translation(locales["es"])
    spanish_family.label = "Participación de las familias"
    spanish_family.save()
    FocusAreaLabelFactory(
        focus_area=FocusArea.objects.get(name="School funding"),
        locale=locales["en"],
        label="Funding for schools",
    )

    english = ally_item(client.get(membership_pages["en"].url).text, "Puentes")
    spanish = ally_item(client.get(membership_pages["es"].url).text, "Puentes")

    assert "Early childhood, Family engagement, Funding for schools</p>" in english
    # Translated, else the English label, else the focus area's own name; sorted as shown.
    assert (
        '<span lang="en">Early childhood</span>, <span lang="en">Funding for schools</span>, '
        "Participación de las familias</p>"
    ) in spanish


def test_profiles_of_organizations_that_are_not_listed_are_never_shown(client, membership_pages, locales):
    quiet = OrganizationFactory(name="Quiet Ally", listed_publicly=False)
    lapsed = OrganizationFactory(name="Lapsed Ally", listed_publicly=True, status=Organization.Status.LAPSED)
    for organization in (quiet, lapsed):
        profile_in_both_languages(
            organization,
            locales,
            english={"description": f"Secret words of {organization.name}"},
            spanish={"description": f"Palabras secretas de {organization.name}"},
        )
    OrganizationFactory(name="Listed Ally", listed_publicly=True)

    for language in ("en", "es"):
        text = client.get(membership_pages[language].url).text
        assert "Listed Ally" in text
        assert "Secret words" not in text and "Palabras secretas" not in text
        assert "Quiet Ally" not in text and "Lapsed Ally" not in text


def test_the_list_is_kept_and_an_edited_ally_shows_at_once(client, home_page):
    """The list is the same for every reader of a language: kept as a fragment, so a second view asks
    nothing about the allies, and replaced as soon as an organization changes."""
    ally = OrganizationFactory(listed_publicly=True, name="River Valley Parents")
    page = membership_page(home_page)
    assert "River Valley Parents" in client.get(page.url).text
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    assert not any("members_organization" in query["sql"] for query in queries.captured_queries)

    ally.name = "River Valley Families"
    ally.save()
    text = client.get(page.url).text
    assert "River Valley Families" in text and "River Valley Parents" not in text
