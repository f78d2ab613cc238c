"""The members' list of letters in "My account": the letters the access policy lets the member see, in
their language, open ones first with their deadlines, and what their organization signed."""

import datetime

import pytest
from django.utils import timezone

from letters.factories import SignOnLetterPageFactory
from letters.models import LetterState
from tests.letters.test_signing import as_ally

pytestmark = pytest.mark.django_db

PAGE = "/en/my-account/letters/"


@pytest.fixture
def closed_letter(extranet):
    letter = SignOnLetterPageFactory(
        parent=extranet["index"],
        title="Bus routes for rural schools",
        slug="buses",
        state=LetterState.CLOSED,
        deadline=timezone.now() - datetime.timedelta(days=3),
    )
    letter.save_revision().publish()
    return letter


def test_open_letters_come_first_with_their_deadlines_and_what_the_ally_signed(
    client, letters, closed_letter
):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    client.force_login(letters["colleague"])
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = response.text
    assert text.index("Open for signature") < text.index("School meals for every child")
    assert text.index("School meals for every child") < text.index("Other letters")
    assert text.index("Other letters") < text.index("Bus routes for rural schools")
    assert "Sign by" in text and "<time datetime=" in text
    assert "Valley Parents Network signed on" in text
    assert "Valley Parents Network has not signed." in text  # the closed letter


def test_in_spanish_the_spanish_versions(client, letters):
    client.force_login(letters["colleague"])
    response = client.get("/es/mi-cuenta/cartas/")
    assert response.status_code == 200
    assert "Comidas escolares para todos" in response.text
    assert "School meals for every child" not in response.text


def test_a_letter_restricted_further_is_not_listed(client, letters):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=letters["letter"], restriction_type="groups")
    restriction.groups.set([Group.objects.get_or_create(name="Staff")[0]])
    client.force_login(letters["colleague"])
    assert "School meals for every child" not in client.get(PAGE).text


@pytest.mark.parametrize("role", ["non_member", "lapsed_member", "deactivated_member"])
def test_refused_to_anonymous_readers_and_anyone_outside_the_extranet(client, letters, roles, role):
    response = client.get(PAGE)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    client.force_login(roles[role])
    response = client.get(PAGE)
    # A deactivated account is signed out by Django (the sign-in again); the others get the 403.
    assert response.status_code == (302 if role == "deactivated_member" else 403)
    assert "School meals for every child" not in response.text
