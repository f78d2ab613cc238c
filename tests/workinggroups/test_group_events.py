"""A working group's own events and meeting notes (placed below its home): for the group's members and
staff on every door (the page, registering, listings, search, the private calendar, the group home, the
mail), and a member who leaves the group gives up their places, the waiting list moving up."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from events.factories import MemberEventIndexPageFactory, MemberEventPageFactory
from events.models import CalendarFeedToken, EventEmail, Occurrence, Registration
from events.registration import register_member
from meetings.factories import MeetingNotesPageFactory
from members.models import Organization
from serving import generation
from tests.conftest import SEARCH_PATHS, built_once_for_the_module, translate
from tests.extranet.conftest import make_member
from workinggroups.models import WorkingGroupMembership

from .conftest import build_site as build_group_site

pytestmark = pytest.mark.django_db

Status = Registration.Status
ROLES = [
    "anonymous",
    "non_member",
    "member",
    "group_member",
    "other_group_member",
    "lapsed_group_member",
    "staff",
]
GROUP_AUDIENCE = {"group_member", "staff"}


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_site():
    site = build_group_site()
    water = site["water"]
    members_events = published(MemberEventIndexPageFactory(parent=site["extranet"]["index"]))
    site["member_events"] = members_events
    site["alliance_event"] = published(
        MemberEventPageFactory(parent=members_events, title="Alliance circle-up zqalliance", slug="circle")
    )
    site["group_event"] = published(
        MemberEventPageFactory(
            parent=water, title="Water strategy session zqgroupevent", slug="water-session", capacity=1
        )
    )
    site["group_notes"] = published(
        MeetingNotesPageFactory(
            parent=water,
            title="Water meeting zqgroupmeeting",
            slug="water-meeting",
            starts_at=timezone.now() - datetime.timedelta(days=3),
            notes="<p>What we decided zqnotesbody</p>",
        )
    )
    spanish_water = water.get_translation(site["extranet"]["index"].get_translations().first().locale)
    site["spanish_water"] = spanish_water
    return site


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build_site)


def reader(site, role):
    client = Client()
    user = site["roles"][role]
    if user is not None:
        client.force_login(user)
    return client


def the_date(page):
    return Occurrence.objects.get(event=page)


def register_url(page):
    return page.url + page.reverse_subpage("register")


# ---------------------------------------------------------------------------------------------------
# The pages themselves, registering, and where they are listed
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_group_event_and_notes_pages_are_the_groups(site, role):
    client = reader(site, role)
    for page, marker in [(site["group_event"], "zqgroupevent"), (site["group_notes"], "zqnotesbody")]:
        response = client.get(page.url)
        shown = response.status_code == 200 and marker in response.text
        assert shown == (role in GROUP_AUDIENCE), (page.title, response.status_code)
        if not shown:
            assert response.status_code in {302, 403, 404}


@pytest.mark.parametrize("role", ["member", "other_group_member", "lapsed_group_member", "non_member"])
def test_only_the_group_may_register_even_by_a_direct_post(site, role):
    user = site["roles"][role]
    response = reader(site, role).post(register_url(site["group_event"]))
    assert response.status_code in {302, 403, 404}
    if response.status_code == 302:
        assert "/login" in response["Location"] or "accounts" in response["Location"]
    assert not Registration.objects.filter(user=user).exists()


def test_a_group_member_registers_for_the_groups_event(site):
    user = site["roles"]["group_member"]
    response = reader(site, "group_member").post(register_url(site["group_event"]))
    assert response.status_code == 302
    registration = Registration.objects.get(user=user)
    assert registration.status == Status.REGISTERED
    assert registration.may_still_see_event()


@pytest.mark.parametrize("role", ROLES)
def test_listings_search_and_calendar_carry_the_group_event_to_the_group_only(site, role):
    client = reader(site, role)
    pages = [site["member_events"], site["extranet"]["index"], site["water"], site["index"]]
    text = "".join(client.get(page.url).text for page in pages)
    assert ("zqgroupevent" in text) == (role in GROUP_AUDIENCE)
    assert ("zqgroupmeeting" in text) == (role in GROUP_AUDIENCE)
    if role in {"member", "other_group_member"}:
        assert "zqalliance" in text  # the alliance's own events are still listed for them

    results = client.get(SEARCH_PATHS["en"], {"query": "water"}).context["search_results"]
    found = {page.pk for page in results.paginator.object_list} if results is not None else set()
    assert (site["group_event"].pk in found) == (role in GROUP_AUDIENCE)
    assert (site["group_notes"].pk in found) == (role in GROUP_AUDIENCE)

    user = site["roles"][role]
    if user is not None:
        token = CalendarFeedToken.for_user(user)
        feed = Client().get(f"/en/calendars/{token.token}.ics")
        assert ("zqgroupevent" in feed.content.decode()) == (role in GROUP_AUDIENCE)


def test_the_group_home_shows_its_events_and_notes_to_its_members(site):
    text = reader(site, "group_member").get(site["water"].url).text
    assert "The group&#x27;s upcoming events" in text or "The group's upcoming events" in text
    assert "zqgroupevent" in text and "zqgroupmeeting" in text
    outsider = reader(site, "member").get(site["water"].url)
    assert outsider.status_code == 200  # the home is the extranet's: to browse and join
    assert "zqgroupevent" not in outsider.text and "zqgroupmeeting" not in outsider.text


def test_the_group_home_and_the_extranet_home_say_which_dates_the_reader_holds_a_place_on(site):
    def holds_a_place(text):
        return "You're registered" in text or "You&#x27;re registered" in text

    for page in (site["water"], site["extranet"]["index"]):
        assert not holds_a_place(reader(site, "group_member").get(page.url).text), page.url
    register_member(the_date(site["group_event"]), site["roles"]["group_member"], 1)
    for page in (site["water"], site["extranet"]["index"]):
        assert holds_a_place(reader(site, "group_member").get(page.url).text), page.url
        # Staff see the same date listed, and no place of theirs.
        staff_view = reader(site, "staff").get(page.url).text
        assert "zqgroupevent" in staff_view and not holds_a_place(staff_view), page.url


def test_a_translated_group_event_is_the_groups_too(site):
    spanish = translate(site["group_event"], site["spanish_water"].locale, title="Sesión zqspanishevent")
    for role in ROLES:
        response = reader(site, role).get(spanish.url)
        shown = response.status_code == 200 and "zqspanishevent" in response.text
        assert shown == (role in GROUP_AUDIENCE), role


# ---------------------------------------------------------------------------------------------------
# Leaving the group: places given up, the waiting list moves up, no more mail
# ---------------------------------------------------------------------------------------------------


def test_leaving_the_group_cancels_places_and_promotes_the_waiting_list(site, send_queued_mail):
    occurrence = the_date(site["group_event"])
    leaver = site["roles"]["group_member"]
    waiting_user = make_member("waitinggroupie")
    WorkingGroupMembership.objects.create(group_key=site["water"].translation_key, user=waiting_user)
    alliance_date = the_date(site["alliance_event"])
    first = register_member(occurrence, leaver, 1)
    elsewhere = register_member(alliance_date, leaver, None)
    second = register_member(occurrence, waiting_user, 1)
    assert (first.status, second.status) == (Status.REGISTERED, Status.WAITING)
    send_queued_mail()
    mail.outbox.clear()

    response = reader(site, "group_member").post(site["water"].url + "leave/")
    assert response.status_code == 302

    first.refresh_from_db()
    second.refresh_from_db()
    elsewhere.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert second.status == Status.REGISTERED
    assert elsewhere.status == Status.REGISTERED  # the alliance's events are not the group's
    send_queued_mail()
    assert [message.to for message in mail.outbox] == [[waiting_user.email]]


def test_a_member_taken_out_by_staff_or_whose_ally_lapses_gives_up_their_places(site):
    occurrence = the_date(site["group_event"])
    removed = make_member("removedgroupie")
    lapsing = make_member("lapsinggroupie")
    for user in (removed, lapsing):
        WorkingGroupMembership.objects.create(group_key=site["water"].translation_key, user=user)
    by_removed = register_member(occurrence, removed, None)
    by_lapsing = register_member(occurrence, lapsing, None)

    WorkingGroupMembership.objects.get(user=removed).delete()  # staff, in the admin
    organization = lapsing.member_profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()

    by_removed.refresh_from_db()
    by_lapsing.refresh_from_db()
    assert by_removed.status == Status.CANCELLED
    assert by_lapsing.status == Status.CANCELLED


def test_reminders_and_staff_messages_are_asked_again_when_sent(site, send_queued_mail):
    """A change made without signals (a bulk delete) still stops the mail: each email asks the policy
    when it is sent (`Registration.may_still_see_event`)."""
    from events.messages import message_registrants

    occurrence = the_date(site["group_event"])
    occurrence.starts_at = timezone.now() + datetime.timedelta(hours=20)
    occurrence.save()
    user = make_member("quietgroupie")
    WorkingGroupMembership.objects.create(group_key=site["water"].translation_key, user=user)
    registration = register_member(occurrence, user, None)
    send_queued_mail()
    mail.outbox.clear()
    reminder = EventEmail.objects.create(registration=registration, kind=EventEmail.Kind.REMINDER_DAY)
    assert reminder.email_still_wanted()

    WorkingGroupMembership.objects.filter(user=user)._raw_delete(WorkingGroupMembership.objects.db)
    registration.refresh_from_db()
    assert registration.is_registered  # no signal ran: the place is still held
    assert not registration.may_still_see_event()
    assert not reminder.email_still_wanted()
    message_registrants(occurrence, site["roles"]["staff"], subject="Agenda", body="See you there")
    send_queued_mail()
    assert [message.to for message in mail.outbox if user.email in message.to] == []


def test_group_notes_documents_move_to_the_groups_collection(site):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from meetings.models import MeetingAttachment

    document = get_document_model().objects.create(
        title="Water minutes", file=ContentFile(b"%PDF-1.4 minutes", name="minutes.pdf")
    )
    notes = site["group_notes"].specific
    notes.attachments.add(MeetingAttachment(document=document))
    notes.save_revision()
    document.refresh_from_db()
    site["water"].refresh_from_db()
    assert document.collection_id == site["water"].collection_id


def test_a_group_events_link_to_my_registrations_follows_the_access_policy(site):
    """The registered member's "See or cancel my registrations" leads to the member events index while
    the policy lets them see it: not once it has expired, even before the scheduler unpublishes it
    (still `live` then)."""
    client = reader(site, "group_member")
    client.post(register_url(site["group_event"]))
    index = site["member_events"]
    link = f'href="{index.my_events_url}"'
    assert link in client.get(site["group_event"].url).content.decode()
    Page.objects.filter(pk=index.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    generation.bump()
    try:
        assert link not in client.get(site["group_event"].url).content.decode()
    finally:
        Page.objects.filter(pk=index.pk).update(expire_at=None)
