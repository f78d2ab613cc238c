"""The public allies list on general pages, and the call to action that leads to the application form."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from members.factories import OrganizationFactory
from members.models import Organization
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
    assert 'href="/es/join/"' in client.get(spanish.url).text


def test_more_allies_with_logos_cost_no_more_queries(client, home_page, settings):
    """Logos, their renditions and focus areas are prefetched: the list's cost does not grow."""
    # Every query the page makes, each time: the fragment cache would hide some of them, depending on
    # what happened to be cached when.
    settings.CONTENT_CACHE_ENABLED = False
    page = membership_page(home_page)

    def add_allies(count):
        for _ in range(count):
            logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
            ally = OrganizationFactory(listed_publicly=True, logo=logo)
            ally.focus_areas.add("Early childhood")

    def queries_of_a_second_view():
        client.get(page.url)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        return len(queries), response.text.count('class="ally"')

    add_allies(1)
    one_ally = queries_of_a_second_view()
    add_allies(4)
    five_allies = queries_of_a_second_view()

    assert (one_ally[1], five_allies[1]) == (1, 5)
    assert five_allies[0] == one_ally[0]
