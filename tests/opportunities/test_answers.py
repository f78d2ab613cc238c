"""Members' answers to speaker opportunities: one per member, updated on resend, withdrawn until the
deadline, refused after it; "My responses"; staff review and CSV export; mail failures lose nothing."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import formats, timezone

from members.groups import STAFF
from opportunities.factories import SpeakerOpportunityIndexPageFactory, SpeakerOpportunityPageFactory
from opportunities.models import SpeakerOpportunityIndexPage, SpeakerOpportunityPage, SpeakerResponse
from tests.extranet.conftest import client_for, make_user
from tests.opportunities.conftest import close
from tests.test_exports import assert_safe_xlsx_cell, csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db

ANSWER = {"availability": "Tuesday and Thursday mornings", "note": "I led the family listening sessions."}


@pytest.fixture
def member_client(client, roles):
    return client_for(client, roles["member"])


def test_opportunity_pages_live_only_inside_the_extranet(home_page, extranet):
    assert SpeakerOpportunityIndexPage.parent_page_types == ["extranet.ExtranetIndexPage"]
    assert SpeakerOpportunityPage.parent_page_types == ["opportunities.SpeakerOpportunityIndexPage"]
    assert not SpeakerOpportunityIndexPage.can_create_at(home_page)
    with pytest.raises(ValidationError):
        SpeakerOpportunityIndexPageFactory(parent=home_page, slug="public-speaking")


def test_deadline_after_the_date_itself_is_refused(opportunities):
    page = opportunities["open"]
    page.event_date = (timezone.localtime(page.response_deadline) - datetime.timedelta(days=2)).date()
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "response_deadline" in error.value.message_dict


def test_a_new_opportunity_cannot_open_with_a_past_deadline(opportunities):
    from opportunities.models import SpeakerOpportunityPageForm

    form_class = SpeakerOpportunityPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, SpeakerOpportunityPageForm)
    past = timezone.localtime(timezone.now() - datetime.timedelta(days=1))
    data = {
        "title": "Late panel",
        "slug": "late-panel",
        "kind": "panel",
        "outlet": "Statehouse forum",
        "language": "en",
        "response_deadline": past.strftime("%Y-%m-%d %H:%M"),
        "description": '{"blocks": [{"key": "a", "text": "A panel.", "type": "unstyled", "depth": 0, '
        '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
        "topics": "",
    }
    form = form_class(
        data, instance=SpeakerOpportunityPage(), parent_page=opportunities["index"], for_user=None
    )
    assert not form.is_valid()
    assert "The response deadline has already passed" in str(form.errors["response_deadline"])


def test_a_member_answers_and_staff_are_told_after_it_is_stored(
    member_client, roles, opportunities, run_mail_queue, django_capture_on_commit_callbacks
):
    staff = make_user("reviewer", STAFF)
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(opportunities["open"].url, ANSWER)
    assert response.status_code == 302
    answer = SpeakerResponse.objects.get()
    assert (answer.member, answer.opportunity_id) == (roles["member"], opportunities["open"].pk)
    assert answer.status == SpeakerResponse.Status.RECEIVED
    assert answer.email_queued_at is not None and mail.outbox == []
    run_mail_queue()
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == [staff.email, roles["staff"].email]
    assert "Morning radio interview" in mail.outbox[0].subject
    assert "Tuesday and Thursday mornings" in mail.outbox[0].body


def test_sending_again_updates_the_one_answer(member_client, opportunities, run_mail_queue):
    member_client.post(opportunities["open"].url, ANSWER)
    response = member_client.post(
        opportunities["open"].url, {**ANSWER, "availability": "Any afternoon"}, follow=True
    )
    assert "Your answer has been updated." in response.text
    assert SpeakerResponse.objects.get().availability == "Any afternoon"
    assert SpeakerResponse.objects.count() == 1


def test_an_answer_from_the_spanish_page_is_the_same_answer(member_client, opportunities):
    member_client.post(opportunities["open"].url, ANSWER)
    member_client.post(opportunities["spanish_open"].url, {**ANSWER, "availability": "Por la tarde"})
    answer = SpeakerResponse.objects.get()
    assert answer.opportunity_id == opportunities["open"].pk
    assert answer.availability == "Por la tarde"


def test_one_answer_per_member_is_a_database_rule(roles, opportunities):
    from django.db import IntegrityError, transaction

    SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="x"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerResponse.objects.create(
            opportunity=opportunities["open"], member=roles["member"], availability="y"
        )


def test_an_invalid_answer_is_explained_and_the_stored_one_kept(member_client, opportunities):
    member_client.post(opportunities["open"].url, ANSWER)
    response = member_client.post(opportunities["open"].url, {"availability": "", "note": "x" * 2001})
    assert response.status_code == 200
    assert "error-summary" in response.text
    assert "Tell us when you are available." in response.text
    assert "Keep the note to 2000 characters" in response.text
    assert 'id="id_availability_error"' in response.text
    assert SpeakerResponse.objects.get().availability == ANSWER["availability"]


def test_a_member_can_withdraw_before_the_deadline(member_client, opportunities):
    member_client.post(opportunities["open"].url, ANSWER)
    withdraw_url = opportunities["open"].url + "withdraw/"
    response = member_client.post(withdraw_url, follow=True)
    assert "Your answer has been withdrawn." in response.text
    assert SpeakerResponse.objects.get().status == SpeakerResponse.Status.WITHDRAWN
    # Answering again brings it back.
    member_client.post(opportunities["open"].url, ANSWER)
    assert SpeakerResponse.objects.get().status == SpeakerResponse.Status.RECEIVED


def test_after_the_deadline_the_form_is_closed_and_nothing_stored(member_client, opportunities):
    page = opportunities["closed"]
    response = member_client.get(page.url)
    assert "Responses closed on" in response.text
    assert 'name="availability"' not in response.text
    response = member_client.post(page.url, ANSWER)
    assert response.status_code == 409
    assert "Responses closed on" in response.text
    assert not SpeakerResponse.objects.exists()


def test_withdrawing_after_the_deadline_is_refused(member_client, roles, opportunities):
    member_client.post(opportunities["open"].url, ANSWER)
    close(opportunities["open"])
    response = member_client.post(opportunities["open"].url + "withdraw/")
    assert response.status_code == 409
    assert "Responses closed on" in response.text
    assert SpeakerResponse.objects.get().status == SpeakerResponse.Status.RECEIVED


def test_my_responses_lists_the_members_answers_with_status(member_client, roles, opportunities):
    member_client.post(opportunities["open"].url, ANSWER)
    SpeakerResponse.objects.update(status=SpeakerResponse.Status.SHORTLISTED)
    other = SpeakerOpportunityPageFactory(parent=opportunities["index"], title="Someone else's panel")
    other.save_revision().publish()
    SpeakerResponse.objects.create(opportunity=other, member=roles["staff"], availability="x")
    response = member_client.get(opportunities["index"].url + "my-responses/")
    assert response.status_code == 200
    assert "Morning radio interview" in response.text
    assert "Shortlisted" in response.text
    assert "Someone else" not in response.text
    response = member_client.get(opportunities["spanish_index"].url + "mis-respuestas/")
    assert "Entrevista de radio" in response.text
    # The English address (links already shared) answers the same in Spanish.
    assert (
        "Entrevista de radio" in member_client.get(opportunities["spanish_index"].url + "my-responses/").text
    )


def test_an_email_failure_keeps_the_answer_and_it_is_retried(
    member_client,
    opportunities,
    mail_server_down,
    run_mail_queue,
    settings,
    django_capture_on_commit_callbacks,
):
    make_user("reviewer", STAFF)
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(opportunities["open"].url, ANSWER)
    assert response.status_code == 302
    run_mail_queue()
    answer = SpeakerResponse.objects.get()
    assert answer.email_sent_at is None
    assert answer.email_attempts >= 1
    assert "unreachable" in answer.email_error

    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    SpeakerResponse.objects.update(
        email_attempted_at=timezone.now() - datetime.timedelta(days=1), email_task_id=""
    )
    call_command("retry_mail", stdout=None)
    run_mail_queue()
    answer.refresh_from_db()
    assert answer.email_sent_at is not None
    assert len(mail.outbox) == 1


def test_staff_change_the_status_and_export_csv(client, roles, opportunities):
    answer = SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="Mornings", note="Happy to"
    )
    staff = roles["staff"]
    Group.objects.get(name=STAFF)  # the migration gave Staff the review permissions
    staff.user_permissions.clear()
    client.force_login(staff)
    listing = client.get("/admin/opportunities/responses/", {"status": "received"})
    assert listing.status_code == 200
    assert "Morning radio interview" in listing.text
    edit_url = f"/admin/opportunities/responses/edit/{answer.pk}/"
    response = client.post(edit_url, {"status": "selected"})
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    answer.refresh_from_db()
    assert answer.status == SpeakerResponse.Status.SELECTED
    assert answer.availability == "Mornings"  # read-only for staff

    export = client.get(
        "/admin/opportunities/responses/", {"export": "csv", "opportunity": opportunities["open"].pk}
    )
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode()
    assert "Opportunity,Member,Email,Status" in content.splitlines()[0]
    assert "Morning radio interview" in content and "member@example.org" in content

    filtered = client.get("/admin/opportunities/responses/", {"status": "not_selected"})
    assert "member@example.org" not in filtered.text


def test_the_edit_form_shows_who_answered(client, roles, opportunities):
    member = roles["member"]
    member.first_name, member.last_name = "Marta", "Quispe"
    member.save()
    profile = member.member_profile
    profile.languages = "Spanish, Quechua"
    profile.save()
    answer = SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=member, availability="x"
    )
    client.force_login(roles["staff"])
    text = client.get(f"/admin/opportunities/responses/edit/{answer.pk}/").text
    for shown in (
        "Who answered",
        "Marta Quispe",
        profile.organization.name,
        "member@example.org",
        "Spanish, Quechua",
    ):
        assert shown in text
    assert 'name="member_email"' not in text  # shown, not editable


def test_members_get_no_admin_access_to_answers(client, roles, opportunities):
    client.force_login(roles["member"])
    response = client.get("/admin/opportunities/responses/")
    assert response.status_code in (302, 403)


def test_exports_neutralize_formulas_members_wrote(client, roles, opportunities):
    SpeakerResponse.objects.create(
        opportunity=opportunities["open"],
        member=roles["member"],
        availability='=HYPERLINK("http://x","y")',
        note="-1",
    )
    client.force_login(roles["staff"])
    rows = csv_rows(client.get("/admin/opportunities/responses/", {"export": "csv"}))
    header, row = rows[0], rows[1]
    assert row[header.index("Availability")] == '\'=HYPERLINK("http://x","y")'
    assert row[header.index("Note")] == "'-1"
    assert row[header.index("Opportunity")] == "Morning radio interview"  # ordinary values unchanged
    assert row[header.index("Email")] == "member@example.org"

    header, row = xlsx_rows(client.get("/admin/opportunities/responses/", {"export": "xlsx"}))
    headings = [cell.value for cell in header]
    assert_safe_xlsx_cell(row[headings.index("Availability")], '=HYPERLINK("http://x","y")')
    assert_safe_xlsx_cell(row[headings.index("Note")], "-1")
    assert not row[headings.index("Email")].quotePrefix


def test_the_staff_notice_subject_is_plain_text(roles, opportunities, settings):
    settings.MEMBERS_APPLICATION_RECIPIENTS = ["staff@example.org"]
    member = roles["member"]
    member.first_name, member.last_name = "Tom & Jerry", "<x>\nBcc: someone@example.org"
    member.save()
    answer = SpeakerResponse.objects.create(opportunity=opportunities["open"], member=member)
    message = answer.build_email()
    assert message.subject == (
        'Tom & Jerry <x> Bcc: someone@example.org is interested in "Morning radio interview"'
    )
    message.message()  # one line: Django refuses a header with a line break


def test_the_details_page_gives_times_in_the_sites_zone(client, roles, opportunities):
    answer = SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=roles["member"], availability="x"
    )
    client.force_login(roles["staff"])
    text = client.get(f"/admin/opportunities/responses/inspect/{answer.pk}/").text
    assert formats.date_format(timezone.localtime(answer.created_at), "DATETIME_FORMAT") in text
    assert ">None<" not in text
