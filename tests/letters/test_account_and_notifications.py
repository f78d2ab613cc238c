"""What letters add to "My account" (what the person signs for), to "download my data" (their own
signatures) and to members' notifications (letters open for their signature)."""

import datetime

import pytest
from django.utils import timezone

from core.notifications import NotificationKind
from letters.models import Signature
from members.account import personal_data
from tests.letters.test_signing import AS_MYSELF, as_ally

pytestmark = pytest.mark.django_db


def letters_kind():
    from wagtail import hooks

    kinds = [make() for make in hooks.get_hooks("register_notification_kind")]
    [kind] = [kind for kind in kinds if isinstance(kind, NotificationKind) and kind.key == "letters"]
    return kind


def test_my_account_says_what_a_signatory_signs_for_and_nothing_to_others(client, letters):
    client.force_login(letters["signatory"])
    text = client.get("/en/my-account/").text
    assert "You may sign letters and statements on behalf of" in text and "Valley Parents Network" in text
    assert "/en/my-account/letters/" in text
    assert "/en/my-account/who-signs/" not in text  # a signatory, not the ally's contact
    client.force_login(letters["colleague"])
    text = client.get("/en/my-account/").text
    assert "You may sign letters and statements on behalf of" not in text
    assert "/en/my-account/letters/" in text


def test_my_account_links_the_allys_contact_to_who_signs_for_it(client, letters):
    profile = letters["colleague"].member_profile
    profile.is_organization_contact = True
    profile.save()
    client.force_login(letters["colleague"])
    text = client.get("/en/my-account/").text
    assert '<a href="/en/my-account/who-signs/">Who signs for Valley Parents Network</a>' in text


def test_download_my_data_holds_my_signatures_and_nobody_elses(client, letters):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    client.force_login(letters["colleague"])
    client.post(letters["letter"].url, AS_MYSELF)
    assert Signature.objects.count() == 2
    rows = personal_data(letters["signatory"])["letter_signatures"]
    assert [(row["letter"], row["organization"]) for row in rows] == [
        ("School meals for every child", "Valley Parents Network")
    ]


def test_an_open_letter_is_news_for_members_in_their_language_and_for_no_outsider(letters, roles_outside):
    kind = letters_kind()
    now = timezone.now()
    since, until = now - datetime.timedelta(days=7), now + datetime.timedelta(minutes=1)
    english = letters["letter"].locale
    spanish = letters["spanish"].locale
    assert [page.title for page in kind.items(letters["colleague"], since, until, english)] == [
        "School meals for every child"
    ]
    assert [page.title for page in kind.items(letters["colleague"], since, until, spanish)] == [
        "Comidas escolares para todos"
    ]
    assert kind.items(roles_outside, since, until, english) == []


@pytest.fixture
def roles_outside(db):
    from members.factories import MemberProfileFactory
    from members.models import Organization

    lapsed = MemberProfileFactory(user__username="lapsed-reader")
    Organization.objects.filter(pk=lapsed.organization_id).update(status=Organization.Status.LAPSED)
    return lapsed.user
