"""Event pages, listings and calendars: dates in the site's zone, series and a moved date, the .ics and
feeds as `icalendar` reads them (zone, stable UIDs, SEQUENCE, CANCELLED), the private feed and its
revocation, and the joining link kept off every door but a registered reader's."""

import datetime
import json
import re

import pytest
from django.conf import settings
from django.utils import timezone
from icalendar import Calendar

from events.models import CalendarFeedToken, Occurrence, Registration
from events.registration import register_member
from events.schedule import sync_occurrences
from tests.events.conftest import CIRCLE_UP_URL, JOINING_URL, published

pytestmark = pytest.mark.django_db


def parsed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def entries(calendar):
    return list(calendar.walk("VEVENT"))


def test_the_index_lists_upcoming_public_dates_with_the_zone_named(client, events):
    response = client.get(events["index"].url)
    text = response.content.decode()
    assert "Valley convening" in text and "Budget webinar" in text
    assert "Monthly circle-up" not in text  # member-only: never on a public listing
    zone = timezone.localtime(events["convening"].starts_at).tzname()
    assert f"({zone}, {settings.TIME_ZONE})" in text


def test_listings_filter_by_kind_and_region_and_refuse_nonsense(client, events):
    text = client.get(events["index"].url, {"kind": "webinar"}).content.decode()
    assert "Budget webinar" in text and "Valley convening" not in text
    text = client.get(events["index"].url, {"region": "Central Valley"}).content.decode()
    assert "Valley convening" in text and "Budget webinar" not in text
    response = client.get(events["index"].url, {"kind": "rave"})
    assert response.status_code == 200
    assert "That is not a kind of event" in response.content.decode()


def test_past_dates_are_listed_apart(client, events):
    text = client.get(events["index"].url, {"when": "past"}).content.decode()
    assert "Valley convening" not in text
    assert "Past events will appear here" in text


def test_spanish_pages_share_the_dates_of_the_english_event(client, events):
    response = client.get(events["spanish_index"].url)
    text = response.content.decode()
    assert "Encuentro del valle" in text
    assert Occurrence.objects.filter(event=events["spanish_convening"]).count() == 0
    assert client.get(events["spanish_convening"].url).status_code == 200


def test_a_series_makes_its_dates_a_year_ahead_first_tuesdays_at_six(events):
    dates = list(Occurrence.objects.filter(event=events["circle_up"]).order_by("starts_at"))
    assert len(dates) >= 15  # three months back, a year ahead
    for occurrence in dates:
        local = timezone.localtime(occurrence.starts_at)
        assert local.weekday() == 1 and local.day <= 7
        assert (local.hour, local.minute) == (18, 0)  # across summer time too
        assert occurrence.ends_at - occurrence.starts_at == datetime.timedelta(hours=1)


def test_a_moved_date_keeps_its_uid_and_stays_moved_when_the_series_is_published_again(client, events, roles):
    page = events["circle_up"]
    occurrence = Occurrence.objects.filter(event=page).upcoming().first()
    uid, sequence = occurrence.uid, occurrence.sequence
    from django.forms import modelform_factory

    from events.admin_forms import OccurrenceForm

    form_class = modelform_factory(
        Occurrence, form=OccurrenceForm, fields=["starts_at", "ends_at", "status", "note"]
    )
    new_start = timezone.localtime(occurrence.starts_at) + datetime.timedelta(days=2)
    form = form_class(
        instance=occurrence,
        data={
            "starts_at": new_start.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (new_start + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            "status": "scheduled",
            "note": "Moved for the holiday",
        },
    )
    assert form.is_valid(), form.errors
    form.save()
    occurrence.refresh_from_db()
    assert occurrence.moved and occurrence.sequence == sequence + 1

    published(page)  # the series again: the moved date is left as staff set it
    occurrence.refresh_from_db()
    assert timezone.localtime(occurrence.starts_at).date() == new_start.date()
    assert occurrence.uid == uid

    client.force_login(roles["member"])
    calendar = parsed(client.get(page.url + page.reverse_subpage("ics")))
    entry = next(e for e in entries(calendar) if str(e["UID"]) == uid)
    assert entry["DTSTART"].dt == timezone.localtime(occurrence.starts_at)
    assert int(entry["SEQUENCE"]) == occurrence.sequence
    text = client.get(occurrence.path_on(page)).content.decode()
    assert "This date has moved." in text and "Moved for the holiday" in text


def test_the_public_feed_is_read_by_icalendar_with_zone_stable_uids_sequence_and_cancelled(client, events):
    index, convening = events["index"], events["convening"]
    feed_url = index.url + index.reverse_subpage("ics_feed")
    before = {str(e["UID"]): e for e in entries(parsed(client.get(feed_url)))}
    assert len(before) == 2
    timezones = [tz["TZID"] for tz in parsed(client.get(feed_url)).walk("VTIMEZONE")]
    assert settings.TIME_ZONE in timezones
    for entry in before.values():
        assert entry["DTSTART"].params["TZID"] == settings.TIME_ZONE
        assert str(entry["STATUS"]) == "CONFIRMED"
        assert int(entry["SEQUENCE"]) == 0
        assert JOINING_URL not in entry.to_ical().decode()

    convening.title = "Valley convening (new room)"
    convening.starts_at += datetime.timedelta(hours=1)
    convening.ends_at += datetime.timedelta(hours=1)
    published(convening)
    occurrence = Occurrence.objects.get(event=convening)
    occurrence.status = Occurrence.Status.CANCELLED
    occurrence.stamp(convening)
    occurrence.save()

    after = {str(e["UID"]): e for e in entries(parsed(client.get(feed_url)))}
    assert set(after) == set(before)  # the same entries, changed
    entry = after[occurrence.uid]
    assert int(entry["SEQUENCE"]) == 2  # moved and retitled, then cancelled
    assert str(entry["STATUS"]) == "CANCELLED"
    assert entry["DTSTART"].dt == timezone.localtime(occurrence.starts_at)


def test_the_joining_link_reaches_no_public_door(client, events, roles):
    webinar = events["webinar"]
    doors = [
        webinar.url,
        webinar.url + webinar.reverse_subpage("ics"),
        webinar.url + webinar.reverse_subpage("register"),
        events["index"].url,
        events["index"].url + events["index"].reverse_subpage("ics_feed"),
        "/en/search/?query=webinar",
        "/sitemap-en.xml",
    ]
    for door in doors:
        assert JOINING_URL not in client.get(door).content.decode(), door
    # Nor to someone signed in but not registered.
    client.force_login(roles["non_member"])
    assert JOINING_URL not in client.get(webinar.url).content.decode()


def test_json_ld_event_says_how_to_attend_and_where_without_the_joining_link(client, events):
    text = client.get(events["webinar"].url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1))
    graph = data if isinstance(data, list) else data.get("@graph", [data])
    event = next(item for item in graph if item.get("@type") == "Event")
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"] == {"@type": "VirtualLocation", "url": event["url"]}
    assert JOINING_URL not in text
    text = client.get(events["convening"].url).content.decode()
    assert "OfflineEventAttendanceMode" in text and "Fresno Community Hall" in text


def test_a_registered_reader_sees_the_joining_link_in_a_private_response(client, events, roles):
    member = roles["member"]
    occurrence = Occurrence.objects.get(event=events["webinar"])
    register_member(occurrence, member, None)
    client.force_login(member)
    response = client.get(events["webinar"].url)
    assert JOINING_URL in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_member_events_stay_in_the_extranet(client, events, roles):
    circle_up = events["circle_up"]
    for role in ("anonymous", "non_member", "lapsed_member"):
        client.logout()
        if roles[role]:
            client.force_login(roles[role])
        for door in (circle_up.url, circle_up.url + circle_up.reverse_subpage("ics")):
            response = client.get(door)
            assert response.status_code in (302, 403), (role, door)
            assert CIRCLE_UP_URL not in response.content.decode()


def test_a_member_sees_the_circle_up_and_its_link_only_once_registered(client, events, roles):
    member = roles["member"]
    client.force_login(member)
    page = events["circle_up"]
    text = client.get(page.url).content.decode()
    assert "Monthly circle-up" in text and CIRCLE_UP_URL not in text
    occurrence = page.occurrences.upcoming().first()
    register_member(occurrence, member, None)
    assert CIRCLE_UP_URL in client.get(page.url).content.decode()


def test_the_private_feed_gives_member_events_and_is_refused_after_revocation(client, events, roles):
    member = roles["member"]
    client.force_login(member)
    index = events["member_index"]
    page = client.get(index.calendar_feed_url)
    assert page.status_code == 200
    token = CalendarFeedToken.objects.get(user=member)
    assert token.token in page.content.decode()

    client.logout()  # a calendar program has no session
    feed_url = f"/en/calendars/{token.token}.ics"
    calendar = parsed(client.get(feed_url))
    titles = {str(entry["SUMMARY"]) for entry in entries(calendar)}
    assert {"Monthly circle-up", "Valley convening", "Budget webinar"} <= titles
    assert CIRCLE_UP_URL not in client.get(feed_url).content.decode()
    assert "no-store" in client.get(feed_url)["Cache-Control"]

    client.force_login(member)
    client.post(index.calendar_feed_url)
    client.logout()
    assert client.get(feed_url).status_code == 404
    token.refresh_from_db()
    assert client.get(f"/en/calendars/{token.token}.ics").status_code == 200


def test_the_private_feed_stops_when_the_membership_lapses(client, events, roles):
    token = CalendarFeedToken.for_user(roles["lapsed_member"])
    assert client.get(f"/en/calendars/{token.token}.ics").status_code == 404
    assert client.get("/en/calendars/made-up-token.ics").status_code == 404


def test_a_past_date_links_to_its_notes_and_the_notes_back(client, events, roles, extranet):
    from meetings.factories import MeetingIndexPageFactory, MeetingNotesPageFactory

    meetings = published(MeetingIndexPageFactory(parent=extranet["index"]))
    past = events["circle_up"].occurrences.past().last()
    notes = published(
        MeetingNotesPageFactory(parent=meetings, title="Circle-up notes", starts_at=past.starts_at)
    )
    past.meeting_notes = notes
    past.save()
    client.force_login(roles["member"])
    text = client.get(past.path_on(events["circle_up"])).content.decode()
    assert notes.url in text
    assert list(notes.event_occurrences.all()) == [past]
    assert past.path_on(events["circle_up"]) in client.get(notes.url).content.decode()


def test_an_event_date_is_refused_when_it_ends_before_it_starts(events):
    from django.core.exceptions import ValidationError

    page = events["convening"]
    page.ends_at = page.starts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_publishing_a_series_with_fewer_dates_cancels_dates_people_registered_for(events, roles):
    page = events["circle_up"]
    dates = list(page.occurrences.upcoming().order_by("starts_at"))
    register_member(dates[3], roles["member"], None)
    page.repeat_until = timezone.localtime(dates[1].starts_at).date()
    sync_occurrences(page)
    assert Occurrence.objects.get(pk=dates[3].pk).is_cancelled
    assert not Occurrence.objects.filter(pk=dates[4].pk).exists()
    assert Registration.objects.filter(occurrence=dates[3]).exists()


def test_the_home_page_shows_the_next_public_events_only(client, events):
    text = client.get("/en/").content.decode()
    assert "Upcoming events" in text and "Valley convening" in text
    assert "Monthly circle-up" not in text
    assert "Encuentro del valle" in client.get("/es/").content.decode()


def test_the_extranet_home_shows_the_next_member_events(client, events, roles, extranet):
    client.force_login(roles["member"])
    text = client.get(extranet["index"].url).content.decode()
    assert "Monthly circle-up" in text and events["member_index"].calendar_feed_url in text
