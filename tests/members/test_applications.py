"""The "Join the alliance" form: stored first, staff notified through the mail queue (and again after a
mail-server failure), every invalid field explained, spam and floods kept out; staff approve or decline."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from members.factories import MembershipApplicationFactory, StaffUserFactory
from members.models import Invitation, MembershipApplication, Organization

pytestmark = pytest.mark.django_db

VALID = {
    "kind": "organization",
    "organization_name": "Families for Fair Funding",
    "organization_website": "https://fairfunding.example.org",
    "contact_name": "Lucía Ramos",
    "email": "lucia@example.org",
    "phone": "",
    "region": "Valley",
    "why_join": "We organize parents around school budgets.",
    "consent": "on",
}


@pytest.fixture
def staff(db):
    return StaffUserFactory(email="staff@example.org")


@pytest.fixture
def apply(client, django_capture_on_commit_callbacks):
    def post(language="en", **changes):
        data = {**VALID, **changes}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/join/", data)

    return post


def test_form_page_is_accessible_in_both_languages(client, home_page):
    english = client.get("/en/join/")
    assert english.status_code == 200
    assert '<label class="form-field__label" for="id_contact_name">Your name</label>' in english.text
    assert 'autocomplete="email"' in english.text
    # The honeypot: labelled, out of the tab order, never autofilled.
    assert 'tabindex="-1"' in english.text and 'name="fax_number"' in english.text
    assert client.get("/es/unirse/").status_code == 200


def test_valid_application_is_stored_and_staff_are_emailed(apply, staff, run_mail_queue, home_page):
    response = apply()
    assert response.status_code == 302
    assert response.url == "/en/join/thanks/"

    application = MembershipApplication.objects.get()
    assert application.status == MembershipApplication.Status.NEW
    assert application.organization_name == "Families for Fair Funding"
    assert application.email_sent_at is None  # stored first; sending comes after

    run_mail_queue()
    application.refresh_from_db()
    assert application.email_sent_at is not None
    assert mail.outbox[-1].to == ["staff@example.org"]
    assert "Families for Fair Funding" in mail.outbox[-1].subject
    assert f"/admin/members/applications/inspect/{application.pk}/" in mail.outbox[-1].body


def test_spanish_application_remembers_its_language(apply, staff):
    apply(language="es")
    assert MembershipApplication.objects.get().language == "es"


def test_mail_server_failure_keeps_the_application_and_retries(
    apply, staff, run_mail_queue, mail_server_down, settings
):
    apply()
    run_mail_queue()
    application = MembershipApplication.objects.get()
    assert application.email_sent_at is None
    assert application.email_attempts == 1
    assert "mail server unreachable" in application.email_error
    assert mail.outbox == []
    # The task has queued its next attempt for later.
    retry = DBTaskResult.objects.ready().filter(backend_name="email")
    assert not retry.exists()
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    # The mail server comes back, and the time for the retry arrives.
    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(status="READY").update(run_after=application.created_at)
    run_mail_queue()
    application.refresh_from_db()
    assert application.email_sent_at is not None
    assert application.email_attempts == 2
    assert application.email_error == ""
    assert len(mail.outbox) == 1


def test_sweep_requeues_what_the_queue_lost(apply, staff, run_mail_queue, mail_server_down, settings):
    apply()
    run_mail_queue()
    DBTaskResult.objects.all().delete()  # e.g. the queue was pruned, or a worker died mid-task

    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_mail", stdout=StringIO())
    assert not DBTaskResult.objects.exists()  # just tried: not again so soon

    settings.MAIL_RETRY_INTERVAL = 0
    call_command("retry_mail", stdout=StringIO())
    call_command("retry_mail", stdout=StringIO())  # a second sweep does not double it
    assert DBTaskResult.objects.count() == 1
    run_mail_queue()
    assert MembershipApplication.objects.get().email_sent_at is not None
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "", "Choose whether you apply as an organization or as an individual."),
        ("organization_name", "", "Enter the name of your organization."),
        ("organization_website", "not a site", "Enter the full address of the website"),
        ("contact_name", "", "Enter your name."),
        ("email", "", "Enter your email address."),
        ("email", "lucia-at-example", "Enter an email address like name@example.org."),
        ("region", "", "Enter your region."),
        ("why_join", "", "Tell us in a few sentences why you want to join."),
        ("consent", "", "Tick this box"),
    ],
)
def test_each_invalid_field_gets_its_own_message_and_nothing_is_lost(apply, field, value, message):
    response = apply(**{field: value})
    assert response.status_code == 200
    text = response.text
    assert message in text
    assert f'id="id_{field}_error"' in text
    assert 'class="error-summary"' in text
    # What was typed comes back.
    kept = "Lucía Ramos" if field != "contact_name" else "lucia@example.org"
    assert kept in text
    assert not MembershipApplication.objects.exists()


@pytest.mark.parametrize("value", ["not a site", "http://", "https://exa mple.org", "<b>x</b>"])
def test_a_mistyped_website_comes_back_in_a_text_input(apply, value):
    """Issue 20: shown back in <input type="url">, an invalid address made the page invalid HTML (the
    Nu Html Checker rejects such a value). It is a text input with the URL keyboard."""
    from django.utils.html import escape

    text = apply(organization_website=value).text
    website_input = re.search(r'<input[^>]*name="organization_website"[^>]*>', text).group(0)
    assert 'type="text"' in website_input and 'inputmode="url"' in website_input
    assert 'type="url"' not in text
    assert f'value="{escape(value)}"' in website_input
    assert 'aria-invalid="true"' in website_input


def test_individual_application_needs_no_organization(apply):
    apply(kind="individual", organization_name="", organization_website="")
    application = MembershipApplication.objects.get()
    assert application.kind == "individual"
    assert application.organization_name == ""


def test_filled_honeypot_pretends_success_and_stores_nothing(apply, run_mail_queue):
    response = apply(fax_number="+1 555 0100")
    assert response.status_code == 302
    assert response.url == "/en/join/thanks/"
    assert not MembershipApplication.objects.exists()
    run_mail_queue()
    assert mail.outbox == []


def test_too_many_applications_from_one_address_are_refused(apply, settings):
    settings.MEMBERS_JOIN_RATE_LIMIT = (2, 3600)
    apply(email="one@example.org")
    apply(email="two@example.org")
    response = apply(email="three@example.org")
    assert response.status_code == 429
    assert "try again later" in response.text
    assert 'value="three@example.org"' in response.text
    assert MembershipApplication.objects.count() == 2


def test_form_takes_only_get_and_post(client):
    assert client.put("/en/join/").status_code == 405


def test_thanks_page(client, home_page):
    response = client.get("/es/unirse/gracias/")
    assert response.status_code == 200
    assert 'id="main"' in response.text


def test_approving_creates_the_organization_and_sends_an_invitation(
    staff, run_mail_queue, django_capture_on_commit_callbacks
):
    application = MembershipApplicationFactory(language="es")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = application.approve(staff)
    run_mail_queue()

    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.APPROVED
    assert application.reviewed_by == staff
    organization = Organization.objects.get(name=application.organization_name)
    assert application.organization == organization
    assert invitation.organization == organization
    assert invitation.email == application.email
    assert (invitation.first_name, invitation.last_name) == ("Jo", "Applicant")
    assert Invitation.objects.get().email_sent_at is not None
    assert mail.outbox[-1].to == [application.email]
    assert "/es/invitaciones/" in mail.outbox[-1].body


def test_approving_reuses_an_organization_of_the_same_name(staff):
    existing = Organization.objects.create(name="Parents United")
    application = MembershipApplicationFactory(organization_name="parents united")
    application.approve(staff)
    assert Organization.objects.count() == 1
    assert Invitation.objects.get().organization == existing


def test_approving_an_individual_invites_without_organization(staff):
    application = MembershipApplicationFactory(kind="individual", organization_name="")
    application.approve(staff)
    assert not Organization.objects.exists()
    assert Invitation.objects.get().organization is None


def test_declining_records_the_note_and_tells_the_applicant_kindly_without_it(staff, send_queued_mail):
    application = MembershipApplicationFactory(email="applicant@example.org", language="en")
    application.decline(staff, note="Outside our region.")
    send_queued_mail()
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.DECLINED
    assert application.review_note == "Outside our region."
    assert not Invitation.objects.exists()
    [message] = mail.outbox
    assert message.to == ["applicant@example.org"]
    assert message.subject == "Your application to join the alliance"
    assert "not to offer membership at this time" in message.body
    assert "Outside our region" not in message.body  # staff's note stays with staff
    assert application.declined_notice.email_sent_at is not None


def test_a_spanish_applicant_is_told_in_spanish(staff, send_queued_mail):
    application = MembershipApplicationFactory(language="es")
    application.decline(staff)
    send_queued_mail()
    [message] = mail.outbox
    assert message.subject == "Tu solicitud para unirte a la alianza"
    assert "Gracias por solicitar" in message.body


def test_a_decline_reversed_before_the_mail_goes_is_not_announced(staff, send_queued_mail):
    application = MembershipApplicationFactory()
    application.decline(staff)
    MembershipApplication.objects.filter(pk=application.pk).update(status=MembershipApplication.Status.NEW)
    send_queued_mail()
    assert mail.outbox == []


def test_the_decline_email_waits_out_a_mail_server_failure(staff, send_queued_mail, settings):
    working_transport = settings.MAIL_TRANSPORT
    settings.MAIL_TRANSPORT = "tests.members.conftest.FailingEmailBackend"
    application = MembershipApplicationFactory()
    application.decline(staff)
    with pytest.raises(ConnectionRefusedError):  # the task records the failure, then raises to retry
        send_queued_mail()
    notice = application.declined_notice
    notice.refresh_from_db()
    assert notice.email_sent_at is None and notice.email_error  # kept, to be tried again
    settings.MAIL_TRANSPORT = working_transport
    send_queued_mail()
    assert len(mail.outbox) == 1


def test_the_same_application_sent_twice_makes_one_application_and_one_notice(
    apply, staff, run_mail_queue, home_page
):
    """A double click, a request sent again: the second is taken as the first (the same thanks), with
    no second row and no second mail to staff, whatever the case of the address or the organization."""
    assert apply().status_code == 302
    again = apply(email="LUCIA@example.org", organization_name="families for fair funding")
    assert again.status_code == 302
    assert again.url == "/en/join/thanks/"
    run_mail_queue()
    assert MembershipApplication.objects.count() == 1
    assert len([m for m in mail.outbox if "staff@example.org" in m.to]) == 1


def test_a_second_organization_or_an_answered_application_is_a_new_one(apply, staff, home_page):
    apply()
    apply(organization_name="Another coalition")
    assert MembershipApplication.objects.count() == 2
    MembershipApplication.objects.get(organization_name="Another coalition").decline(staff)
    apply(organization_name="Another coalition")  # answered: the same person may apply again
    assert MembershipApplication.objects.count() == 3


def test_the_staff_notice_subject_is_plain_text_on_one_line(settings):
    """Not HTML-escaped ("&amp;"), and a line break typed in a name cannot add a header."""
    settings.MEMBERS_APPLICATION_RECIPIENTS = ["staff@example.org"]
    application = MembershipApplicationFactory(
        organization_name="Tom & Jerry <x>\r\nBcc: someone@example.org", contact_name='Ana "O\'Neil"'
    )
    message = application.build_email()
    assert message.subject == (
        'New membership application: Tom & Jerry <x> Bcc: someone@example.org (Ana "O\'Neil")'
    )
    assert "&amp;" not in message.body and "Tom & Jerry <x>" in message.body
    message.message()  # Django would refuse a subject with a line break (BadHeaderError)
