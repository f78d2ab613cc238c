"""Registering: members with one click, the public with a confirmed address; places, the waiting list
and its promotion; cancelling from the mail or the account; reminders sent exactly once through a mail
server that fails and recovers; staff's counts, CSV export, attendance and message."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import EventEmail, Occurrence, Registration
from events.registration import cancel, register_member, register_public
from events.reminders import send_reminders
from tests.events.conftest import JOINING_URL
from tests.extranet.conftest import make_member

pytestmark = pytest.mark.django_db

Status = Registration.Status


def the_date(page):
    return Occurrence.objects.get(event=page)


def links_in(message):
    import re

    return re.findall(r"https?://\S+", message.body)


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_a_member_registers_with_one_click_and_gets_the_calendar_file(
    client, events, roles, send_queued_mail
):
    member = roles["member"]
    client.force_login(member)
    webinar = events["webinar"]
    response = client.post(webinar.url + webinar.reverse_subpage("register"))
    assert response.status_code == 302
    registration = Registration.objects.get(user=member)
    assert registration.status == Status.REGISTERED and registration.email == member.email
    send_queued_mail()
    (message,) = mail.outbox
    assert JOINING_URL in message.body  # registered: the link is theirs
    (attachment,) = message.attachments
    assert attachment[0] == "event.ics" and JOINING_URL in str(attachment[1])
    # One click again changes nothing.
    client.post(webinar.url + webinar.reverse_subpage("register"))
    assert Registration.objects.filter(user=member).count() == 1


def test_the_public_registers_by_confirming_their_address(client, events, send_queued_mail):
    convening = events["convening"]
    register_url = convening.url + convening.reverse_subpage("register")
    assert "csrfmiddlewaretoken" in client.get(register_url).content.decode()
    response = client.post(register_url, {"name": "Rosa Díaz", "email": "Rosa@Example.org"})
    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == Status.UNCONFIRMED and registration.email == "rosa@example.org"
    send_queued_mail()
    (message,) = mail.outbox
    confirm_url = next(link for link in links_in(message) if "/confirm/" in link)
    # A mail scanner's GET changes nothing; the person's POST does.
    assert client.get(path_of(confirm_url)).status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.UNCONFIRMED
    client.post(path_of(confirm_url))
    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED


def test_bad_input_is_explained_and_a_forged_link_refused(client, events):
    convening = events["convening"]
    response = client.post(convening.url + convening.reverse_subpage("register"), {"name": "", "email": "x"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Tell us your name." in text and "Enter an email address" in text
    assert not Registration.objects.exists()
    assert client.get("/en/registrations/confirm/forged/").status_code == 400


def test_capacity_puts_the_third_on_the_waiting_list_and_cancelling_promotes_them(events, send_queued_mail):
    occurrence = the_date(events["convening"])
    people = [make_member(f"person{n}") for n in range(3)]
    first, second, third = (register_member(occurrence, person, 2) for person in people)
    assert [first.status, second.status, third.status] == [
        Status.REGISTERED,
        Status.REGISTERED,
        Status.WAITING,
    ]
    send_queued_mail()
    mail.outbox.clear()

    promoted = cancel(second, 2)
    assert promoted.pk == third.pk
    third.refresh_from_db()
    assert third.status == Status.REGISTERED
    assert occurrence.registrations.filter(status=Status.REGISTERED).count() == 2
    send_queued_mail()
    (message,) = mail.outbox
    assert message.to == [third.email] and "A place opened up" in message.subject


def test_cancelling_from_the_email_link(client, events, send_queued_mail):
    occurrence = the_date(events["convening"])
    registration = register_public(occurrence, "Ana", "ana@example.org")
    from events.registration import confirm

    confirm(registration, 2)
    send_queued_mail()
    registered_mail = next(m for m in mail.outbox if "registered" in m.subject)
    cancel_url = next(link for link in links_in(registered_mail) if "/cancel/" in link)
    client.post(path_of(cancel_url))
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED


def test_cancelling_from_my_registrations(client, events, roles):
    member = roles["member"]
    occurrence = events["circle_up"].occurrences.upcoming().first()
    registration = register_member(occurrence, member, None)
    client.force_login(member)
    index = events["member_index"]
    text = client.get(index.my_events_url).content.decode()
    assert "Monthly circle-up" in text
    client.post(index.my_events_url, {"registration": registration.pk})
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    # Someone else's registration cannot be cancelled from here.
    other = register_member(occurrence, make_member("other"), None)
    client.post(index.my_events_url, {"registration": other.pk})
    other.refresh_from_db()
    assert other.status == Status.REGISTERED


def test_registration_closes_for_a_cancelled_date(client, events, roles):
    occurrence = the_date(events["webinar"])
    occurrence.status = Occurrence.Status.CANCELLED
    occurrence.save()
    client.force_login(roles["member"])
    webinar = events["webinar"]
    response = client.post(webinar.url + webinar.reverse_subpage("register"))
    assert response.status_code == 409
    assert not Registration.objects.exists()


def soon(page, hours):
    occurrence = the_date(page)
    occurrence.starts_at = timezone.now() + datetime.timedelta(hours=hours)
    occurrence.ends_at = occurrence.starts_at + datetime.timedelta(hours=1)
    occurrence.save()
    return occurrence


def test_reminders_are_sent_exactly_once_through_a_failing_mail_server(
    events, settings, mail_server_down, run_mail_queue, django_capture_on_commit_callbacks
):
    occurrence = soon(events["webinar"], hours=20)
    keeps = register_member(occurrence, make_member("keeps"), None)
    leaves = register_member(occurrence, make_member("leaves"), None)
    EventEmail.objects.update(email_sent_at=timezone.now())  # their "you're registered" mail: sent

    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders() == 2
        assert send_reminders() == 0  # the next minute's run makes none again
    run_mail_queue()
    assert mail.outbox == []
    day_reminders = EventEmail.objects.filter(kind=EventEmail.Kind.REMINDER_DAY)
    assert day_reminders.count() == 2
    assert all("unreachable" in email.email_error for email in day_reminders)

    cancel(leaves, None)  # cancelled before the server recovers: never reminded
    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    EventEmail.objects.update(
        email_attempted_at=timezone.now() - datetime.timedelta(days=1), email_task_id=""
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders")
        call_command("retry_mail", stdout=None)
    run_mail_queue()
    run_mail_queue()
    assert [message.to for message in mail.outbox] == [[keeps.email]]
    assert "Tomorrow" in mail.outbox[0].subject
    assert mail.outbox[0].attachments[0][0] == "event.ics"
    assert JOINING_URL in mail.outbox[0].body

    # An hour before: the second reminder, once.
    occurrence.starts_at = timezone.now() + datetime.timedelta(minutes=50)
    occurrence.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders() == 1
        assert send_reminders() == 0
    run_mail_queue()
    assert [message.to for message in mail.outbox] == [[keeps.email]]
    assert "In an hour" in mail.outbox[0].subject


def test_staff_see_counts_export_csv_mark_attendance_and_message_registrants(
    admin_client, events, send_queued_mail
):
    occurrence = the_date(events["convening"])
    names = ["=HYPERLINK(evil)", "Bea", "Cy"]
    registrations = [
        register_member(occurrence, make_member(f"m{n}", first_name=name), 2) for n, name in enumerate(names)
    ]
    response = admin_client.get("/admin/events/dates/")
    assert response.status_code == 200
    listing = Occurrence.objects.with_counts().get(pk=occurrence.pk)
    assert (listing.registered_count, listing.waiting_count) == (2, 1)

    csv = admin_client.get("/admin/events/registrations/", {"export": "csv", "occurrence": occurrence.pk})
    text = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "'=HYPERLINK(evil)" in text and "\n=HYPERLINK" not in text

    registration = registrations[1]
    response = admin_client.post(f"/admin/events/registrations/edit/{registration.pk}/", {"attended": "on"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended and registration.status == Status.REGISTERED

    send_queued_mail()
    mail.outbox.clear()
    response = admin_client.post(
        f"/admin/events/dates/message/{occurrence.pk}/", {"subject": "Parking", "body": "Use the back lot."}
    )
    assert response.status_code == 302
    send_queued_mail()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in registrations)
    assert all("Use the back lot." in m.body for m in mail.outbox)
