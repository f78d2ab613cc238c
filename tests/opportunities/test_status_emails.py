"""A member hears when staff shortlist, choose or do not choose their answer: an email stored with the
change, in the language they answered in, sent once, and only while it is still true and the member may
still open the opportunity."""

import pytest
from django.core import mail

from mail.links import page_url
from members.models import MemberProfile
from opportunities.models import SpeakerResponse, SpeakerStatusNotice

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(roles, opportunities):
    member = roles["member"]
    member.first_name = "Marta"
    member.save()
    return SpeakerResponse.objects.create(
        opportunity=opportunities["open"], member=member, availability="Mornings", language="en"
    )


@pytest.fixture
def staff_edits(client, roles):
    client.force_login(roles["staff"])

    def edit(answer, status):
        response = client.post(f"/admin/opportunities/responses/edit/{answer.pk}/", {"status": status})
        assert response.status_code == 302
        answer.refresh_from_db()

    return edit


def test_shortlisting_tells_the_member_with_links_to_the_opportunity_and_their_answers(
    answer, opportunities, staff_edits, send_queued_mail
):
    staff_edits(answer, "shortlisted")
    send_queued_mail()
    [message] = mail.outbox
    assert message.to == ["member@example.org"]
    assert message.subject == "You are on the shortlist for “Morning radio interview”"
    assert message.body.startswith("Hello Marta,")
    assert page_url(opportunities["open"]) in message.body
    assert page_url(opportunities["index"]) + "my-responses/" in message.body
    assert "Mornings" not in message.body  # what they wrote is theirs; the email is about the decision


@pytest.mark.parametrize(
    ("status", "subject"),
    [
        ("selected", "You have been chosen for “Morning radio interview”"),
        ("not_selected", "About your answer to “Morning radio interview”"),
    ],
)
def test_each_decision_has_its_own_words(answer, staff_edits, send_queued_mail, status, subject):
    staff_edits(answer, status)
    send_queued_mail()
    assert [message.subject for message in mail.outbox] == [subject]


def test_saving_without_a_change_or_back_to_received_tells_nobody(answer, staff_edits, send_queued_mail):
    staff_edits(answer, "received")
    SpeakerResponse.objects.filter(pk=answer.pk).update(status="shortlisted")
    staff_edits(answer, "shortlisted")
    send_queued_mail()
    assert mail.outbox == []
    assert not SpeakerStatusNotice.objects.exists()


def test_a_spanish_answer_is_told_in_spanish_about_the_spanish_page(
    answer, opportunities, staff_edits, send_queued_mail
):
    SpeakerResponse.objects.filter(pk=answer.pk).update(language="es")
    staff_edits(answer, "selected")
    send_queued_mail()
    [message] = mail.outbox
    assert message.subject == "Te han elegido para “Entrevista de radio”"
    assert "/es/" in message.body and "/mis-respuestas/" in message.body


def test_a_status_corrected_before_the_mail_goes_sends_only_the_current_one(
    answer, staff_edits, send_queued_mail
):
    staff_edits(answer, "not_selected")
    staff_edits(answer, "selected")  # a slip, corrected at once
    send_queued_mail()
    [message] = mail.outbox
    assert message.subject == "You have been chosen for “Morning radio interview”"


def test_a_member_who_has_lapsed_hears_nothing_of_member_only_work(answer, staff_edits, send_queued_mail):
    staff_edits(answer, "shortlisted")
    MemberProfile.objects.filter(user=answer.member).update(is_active=False)
    send_queued_mail()
    assert mail.outbox == []
