"""Every mail goes through the queue (allauth's and Wagtail's too), is sent once however often its task
runs, and a mail that can never be sent is marked so and shown to staff instead of retried in silence."""

import smtplib

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

from mail.models import OutgoingEmail
from mail.tasks import is_permanent, send_stored_email
from members.factories import MemberProfileFactory, StaffUserFactory
from tests.members.conftest import fresh_cache, mail_server_down  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def send(record):
    """Run the sending task on `record`, as the queue's worker does; a failure is the task's to raise."""
    try:
        return send_stored_email.call(record._meta.label, record.pk)
    except Exception as error:
        return error


def queued(**fields):
    fields = {"to": ["someone@example.org"], "from_email": "site@example.org", "subject": "Hello", **fields}
    record = OutgoingEmail.objects.create(body="Body", **fields)
    record.queue_email()
    return record


# -- Everything goes through the queue ------------------------------------------------------------------


def test_any_mail_the_site_sends_is_stored_not_sent(settings):
    assert settings.EMAIL_BACKEND == "mail.backends.QueuedEmailBackend"
    send_mail("Subject", "Text", "site@example.org", ["a@example.org"], html_message="<p>Text</p>")
    assert mail.outbox == []
    record = OutgoingEmail.objects.get()
    assert record.email_queued_at and not record.email_sent_at
    assert send(record) == "sent"
    [message] = mail.outbox
    assert (message.subject, message.body, message.to) == ("Subject", "Text", ["a@example.org"])
    assert message.alternatives[0][0] == "<p>Text</p>"


def test_password_reset_with_the_mail_server_down_answers_and_keeps_the_mail(
    client,
    home_page,
    mail_server_down,  # noqa: F811
    settings,
):
    """The request never waits on the mail server: allauth's mail is stored and sent later."""
    profile = MemberProfileFactory()
    response = client.post("/en/accounts/password/reset/", {"email": profile.user.email})
    assert response.status_code == 302
    record = OutgoingEmail.objects.get(to=[profile.user.email])
    assert isinstance(send(record), ConnectionRefusedError)
    record.refresh_from_db()
    assert (record.email_attempts, record.email_sent_at, record.email_failed_at) == (1, None, None)

    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    assert send(record) == "sent"
    assert "/accounts/password/reset/key/" in mail.outbox[-1].body
    record.refresh_from_db()
    # The link signs people in: it is not kept once sent.
    assert record.body == "" and record.html_body == ""


def test_attachments_survive_the_queue():
    message = mail.EmailMessage("Invite", "See attached", "site@example.org", ["a@example.org"])
    message.attach("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.send()
    send(OutgoingEmail.objects.get())
    [(filename, content, mimetype)] = mail.outbox[-1].attachments
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    assert "BEGIN:VCALENDAR" in (content.decode() if isinstance(content, bytes) else content)


# -- Once --------------------------------------------------------------------------------------------


def test_running_the_task_twice_sends_once():
    record = queued()
    assert send(record) == "sent"
    assert send(record) == "not needed"
    assert len(mail.outbox) == 1


class ReentrantBackend(EmailBackend):
    """While the first run is sending, a second run of the task on the same record starts (a retry
    and the sweep, or two workers, at the same moment)."""

    second_run = []

    def send_messages(self, messages):
        record = OutgoingEmail.objects.get()
        ReentrantBackend.second_run.append(send_stored_email.call(record._meta.label, record.pk))
        return super().send_messages(messages)


def test_a_second_run_during_the_first_sends_nothing(settings):
    settings.MAIL_TRANSPORT = "tests.test_mail_queue.ReentrantBackend"
    ReentrantBackend.second_run.clear()
    record = queued()
    assert send(record) == "sent"
    assert ReentrantBackend.second_run == ["not needed"]
    assert len(mail.outbox) == 1


def test_a_claim_left_by_a_dead_worker_expires(settings):
    from datetime import timedelta

    from django.utils import timezone

    record = queued()
    OutgoingEmail.objects.filter(pk=record.pk).update(email_sending_since=timezone.now())
    assert send(record) == "not needed"
    OutgoingEmail.objects.filter(pk=record.pk).update(email_sending_since=timezone.now() - timedelta(hours=1))
    assert send(record) == "sent"


# -- Giving up -------------------------------------------------------------------------------------------


def test_a_header_that_can_never_be_sent_gives_up_at_once():
    record = queued(subject="Line one\nline two")
    assert isinstance(send(record), ValueError)
    record.refresh_from_db()
    assert record.email_failed_at is not None
    assert str(record.email_status) == "could not be sent"
    # The sweep leaves it alone...
    call_command("retry_mail", verbosity=0)
    assert not OutgoingEmail.objects.unsent().exists()
    # ...unless staff ask for it once the cause is mended.
    OutgoingEmail.objects.filter(pk=record.pk).update(subject="Mended")
    call_command("retry_mail", "--failed", verbosity=0)
    record.refresh_from_db()
    assert record.email_failed_at is None and record.email_attempts == 0
    assert send(record) == "sent"


def test_a_mail_that_keeps_failing_gives_up_after_the_last_attempt(settings, mail_server_down):  # noqa: F811
    settings.MAIL_MAX_ATTEMPTS = 3
    record = queued()
    for attempt in range(1, 4):
        send(record)
        record.refresh_from_db()
        assert record.email_attempts == attempt
        assert (record.email_failed_at is not None) == (attempt == 3)
    assert send(record) == "not needed"


@pytest.mark.parametrize(
    ("error", "permanent"),
    [
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")}), True),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (451, b"Try later")}), False),
        (smtplib.SMTPDataError(554, b"Rejected"), True),
        (smtplib.SMTPDataError(421, b"Busy"), False),
        (smtplib.SMTPAuthenticationError(535, b"Bad credentials"), False),
        (smtplib.SMTPServerDisconnected("gone"), False),
        (ConnectionRefusedError("refused"), False),
        (TimeoutError("slow"), False),
        (ValueError("Header values may not contain linefeed or carriage return characters"), True),
    ],
)
def test_which_errors_no_retry_can_mend(error, permanent):
    assert is_permanent(error) is permanent


def test_staff_see_what_could_not_be_sent_and_can_try_again(client, admin_user, home_page):
    record = queued(subject="Bad\rsubject")
    send(record)
    client.force_login(admin_user)
    dashboard = client.get("/admin/")
    assert "Emails that could not be sent" in dashboard.text
    assert "Bad" in dashboard.text and "newlines" in dashboard.text

    OutgoingEmail.objects.filter(pk=record.pk).update(subject="Mended")
    response = client.post("/admin/mail/retry-failed/")
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.email_failed_at is None
    assert "Emails that could not be sent" not in client.get("/admin/").text


def test_staff_without_the_right_to_see_a_record_do_not_see_its_mail(client, home_page, settings):
    """Account mail (a password reset) is for superusers' eyes; the Staff group sees the records of
    the models it may view."""
    settings.STAFF_MFA_REQUIRED = False
    record = queued(subject="Reset\nyour password")
    send(record)
    client.force_login(StaffUserFactory())
    assert "Emails that could not be sent" not in client.get("/admin/").text
    client.post("/admin/mail/retry-failed/")
    record.refresh_from_db()
    assert record.email_failed_at is not None  # nothing they cannot see was queued again
