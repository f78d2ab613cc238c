"""A date that changes is told to the people who counted on it: a new time or a cancellation, set by
staff in the admin or by publishing the series again, is one email to everyone registered or waiting
(the calendar file for those registered), once per change, never to someone who cancelled, and only the
newest time when it changes twice before the mail goes out."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import EventEmail, Occurrence
from events.registration import cancel, register_member
from tests.events.conftest import JOINING_URL, first_tuesday_at_six, published
from tests.extranet.conftest import make_member

pytestmark = pytest.mark.django_db

Kind = EventEmail.Kind


def edit_date(admin_client, occurrence, **changes):
    local = {
        "starts_at": timezone.localtime(occurrence.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": timezone.localtime(occurrence.ends_at).strftime("%Y-%m-%d %H:%M"),
        "status": occurrence.status,
        "note": occurrence.note,
        "meeting_notes": "",
    }
    response = admin_client.post(f"/admin/events/dates/edit/{occurrence.pk}/", {**local, **changes})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    occurrence.refresh_from_db()
    return occurrence


def calendar_entry(message):
    name, content, _mimetype = message.attachments[0]
    assert name == "event.ics"
    return icalendar.Calendar.from_ical(content).walk("VEVENT")[0]


@pytest.fixture
def webinar_with_people(events, send_queued_mail):
    """The webinar's date at capacity one: one registered, one waiting, and one who waited and cancelled."""
    webinar = events["webinar"]
    occurrence = Occurrence.objects.get(event=webinar)
    comes = register_member(occurrence, make_member("comes"), 1)
    waits = register_member(occurrence, make_member("waits"), 1)
    send_queued_mail()
    leaves = register_member(occurrence, make_member("leaves"), 1)
    cancel(leaves, 1)
    send_queued_mail()
    mail.outbox.clear()
    return occurrence, comes, waits, leaves


def test_a_new_time_is_emailed_once_to_registered_and_waiting_people(
    admin_client, webinar_with_people, send_queued_mail
):
    occurrence, comes, waits, _leaves = webinar_with_people
    sequence = occurrence.sequence
    new_start = timezone.localtime(occurrence.starts_at) + datetime.timedelta(days=1, hours=2)
    edit_date(
        admin_client,
        occurrence,
        starts_at=new_start.strftime("%Y-%m-%d %H:%M"),
        ends_at=(new_start + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
        note="Moved for the budget hearing.",
    )
    send_queued_mail()
    send_queued_mail()  # a second pass sends nothing again

    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == sorted([comes.email, waits.email])
    registered, waiting = by_address[comes.email], by_address[waits.email]
    assert registered.subject.startswith("New time:")
    assert "Moved for the budget hearing." in registered.body
    entry = calendar_entry(registered)
    assert entry.decoded("dtstart") == new_start
    assert entry["sequence"] == sequence + 1
    assert JOINING_URL in registered.body
    # The person waiting is told, keeps their place, and never gets the joining link or a calendar entry.
    assert "waiting list" in waiting.body and JOINING_URL not in waiting.body
    assert waiting.attachments == []


def test_a_cancelled_date_is_emailed_with_a_calendar_file_that_removes_it(
    admin_client, webinar_with_people, send_queued_mail
):
    occurrence, comes, waits, _leaves = webinar_with_people
    edit_date(admin_client, occurrence, status="cancelled", note="The speaker is ill.")
    send_queued_mail()

    assert sorted(message.to[0] for message in mail.outbox) == sorted([comes.email, waits.email])
    registered = next(message for message in mail.outbox if message.to == [comes.email])
    assert registered.subject.startswith("Cancelled:")
    assert "The speaker is ill." in registered.body
    assert calendar_entry(registered)["status"] == "CANCELLED"
    assert JOINING_URL not in registered.body  # no room to join for a date that will not happen

    # Saving the cancelled date again (a typo in its note) tells nobody a second time.
    mail.outbox.clear()
    edit_date(admin_client, occurrence, note="The speaker is unwell.")
    send_queued_mail()
    assert mail.outbox == []


def test_only_the_newest_time_is_sent_when_it_changes_twice_while_the_mail_server_is_down(
    admin_client,
    webinar_with_people,
    mail_server_down,
    run_mail_queue,
    settings,
    django_capture_on_commit_callbacks,
):
    occurrence, comes, _waits, _leaves = webinar_with_people
    start = timezone.localtime(occurrence.starts_at)
    with django_capture_on_commit_callbacks(execute=True):
        for hours in (1, 3):
            moved = start + datetime.timedelta(hours=hours)
            edit_date(
                admin_client,
                occurrence,
                starts_at=moved.strftime("%Y-%m-%d %H:%M"),
                ends_at=(moved + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            )
    run_mail_queue()
    assert mail.outbox == []  # the server refused: nothing lost, all stored
    notices = EventEmail.objects.filter(kind=Kind.CHANGED)
    assert notices.count() == 4  # two changes, two people each: all stored
    assert not notices.filter(email_sent_at__isnull=False).exists()
    newest = notices.filter(about_sequence=occurrence.sequence)
    assert newest.count() == 2 and all("unreachable" in notice.email_error for notice in newest)

    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    notices.update(email_attempted_at=timezone.now() - datetime.timedelta(days=1), email_task_id="")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("retry_mail", stdout=None)
    run_mail_queue()
    run_mail_queue()
    mine = [message for message in mail.outbox if message.to == [comes.email]]
    assert len(mine) == 1
    assert calendar_entry(mine[0]).decoded("dtstart") == start + datetime.timedelta(hours=3)


def test_a_change_that_moves_no_time_emails_nobody(admin_client, webinar_with_people, send_queued_mail):
    occurrence, *_people = webinar_with_people
    edit_date(admin_client, occurrence, note="Bring your questions.")
    send_queued_mail()
    assert mail.outbox == []


def test_publishing_the_series_at_a_new_hour_tells_the_registrants_of_coming_dates(events, send_queued_mail):
    circle_up = events["circle_up"]
    now = timezone.now()
    coming = Occurrence.objects.filter(event=circle_up, starts_at__gt=now).order_by("starts_at")[0]
    past = Occurrence.objects.filter(event=circle_up, starts_at__lt=now).order_by("-starts_at")[0]
    member = make_member("circle")
    register_member(coming, member, None)
    register_member(past, member, None)
    send_queued_mail()
    mail.outbox.clear()

    circle_up.starts_at = first_tuesday_at_six(3) + datetime.timedelta(hours=1)
    circle_up.ends_at = circle_up.starts_at + datetime.timedelta(hours=1)
    published(circle_up)
    send_queued_mail()

    assert [message.to for message in mail.outbox] == [[member.email]]
    assert mail.outbox[0].subject.startswith("New time:")
    assert timezone.localtime(calendar_entry(mail.outbox[0]).decoded("dtstart")).hour == 19
