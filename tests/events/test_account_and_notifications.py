"""What events add to "My account" (registrations and the private calendar address), to "download my
data" (the person's own registrations) and to members' notifications (new events they may open)."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail import hooks

from members.account import personal_data

pytestmark = pytest.mark.django_db


def events_kind():
    [kind] = [make() for make in hooks.get_hooks("register_notification_kind") if make().key == "events"]
    return kind


def test_my_account_links_a_members_registrations_and_calendar_address(client, roles, events):
    client.force_login(roles["member"])
    text = client.get("/en/my-account/").text
    index = events["member_index"]
    assert "Your events and calendar" in text
    assert f'href="{index.my_events_url}"' in text and f'href="{index.calendar_feed_url}"' in text


def test_my_account_shows_no_member_events_to_someone_outside_the_extranet(client, roles, events):
    client.force_login(roles["lapsed_member"])
    response = client.get("/en/my-account/")
    assert "Your events and calendar" not in response.text
    assert events["member_index"].calendar_feed_url not in response.text


def test_download_my_data_holds_my_registrations_and_nobody_elses(client, roles, events):
    webinar = events["webinar"]
    for role in ("member", "staff"):
        client.force_login(roles[role])
        client.post(webinar.url + webinar.reverse_subpage("register"))
    rows = personal_data(roles["member"])["event_registrations"]
    assert [(row["event"], row["email"]) for row in rows] == [("Budget webinar", roles["member"].email)]


def test_new_events_are_news_only_for_those_who_may_open_them(roles, events):
    kind = events_kind()
    now = timezone.now()
    since, until = now - datetime.timedelta(days=1), now + datetime.timedelta(minutes=1)
    locale = events["index"].locale
    seen_by_member = {page.title for page in kind.items(roles["member"], since, until, locale)}
    assert {"Monthly circle-up", "Valley convening", "Budget webinar"} <= seen_by_member
    seen_by_outsider = {page.title for page in kind.items(roles["lapsed_member"], since, until, locale)}
    assert "Monthly circle-up" not in seen_by_outsider


def test_the_register_address_is_in_the_readers_language_and_the_english_one_still_works(client, events):
    spanish = events["spanish_convening"]
    with translation.override("es"):
        assert spanish.reverse_subpage("register") == "inscribirse/"
    for words in ("inscribirse/", "register/"):
        assert client.get(spanish.url + words).status_code == 200
