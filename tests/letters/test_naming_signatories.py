"""An ally names its own signatories from "My account": only its contact may, only among its members in
good standing (a forged choice changes nothing and says why), who named whom is recorded, the named
member is emailed through the mail queue in their language, and signing follows at once."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from letters.models import Signatory, Signature
from members.factories import MemberProfileFactory, OrganizationFactory
from tests.letters.test_signing import as_ally

pytestmark = pytest.mark.django_db

PAGE = "/en/my-account/who-signs/"


@pytest.fixture
def people(letters):
    """The ally's contact, a member of the ally who has left, and a member of another ally."""
    contact = MemberProfileFactory(
        user__username="contact",
        user__first_name="Carla",
        user__last_name="Contact",
        organization=letters["ally"],
        is_organization_contact=True,
    ).user
    ended = MemberProfileFactory(
        user__username="left", user__first_name="Lee", user__last_name="Left", organization=letters["ally"]
    )
    ended.is_active = False
    ended.save()
    stranger = MemberProfileFactory(
        user__username="stranger",
        user__first_name="Stella",
        user__last_name="Stranger",
        organization=OrganizationFactory(name="Hill Teachers Union"),
    ).user
    return {"contact": contact, "ended": ended.user, "stranger": stranger}


def named(letters):
    return set(
        Signatory.objects.filter(organization=letters["ally"]).values_list("member__username", flat=True)
    )


def test_the_contact_sees_the_allys_active_members_with_its_signatories_ticked(client, letters, people):
    client.force_login(people["contact"])
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    text = response.text
    assert "Who signs for Valley Parents Network" in text
    assert "<legend" in text and "Members who may sign for the organization" in text
    assert f'value="{letters["signatory"].pk}" id="id_signatories_' in text
    assert "checked" in text.split(f'value="{letters["signatory"].pk}"')[1].split(">")[0]
    assert "Sam Signer" in text and "Carla Contact" in text
    assert "Lee Left" not in text and "Stella Stranger" not in text  # left, or another ally's
    assert 'action=""' not in text and f'action="{PAGE}"' in text
    assert "does not remove a signature they have already given" in text


def test_the_contact_names_a_colleague_who_is_emailed_and_may_then_sign_for_the_ally(
    client, letters, people, run_mail_queue, django_capture_on_commit_callbacks
):
    client.force_login(people["contact"])
    chosen = [letters["signatory"].pk, letters["colleague"].pk]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PAGE, {"signatories": chosen}, follow=True)
    assert response.redirect_chain == [(PAGE, 302)]
    colleague = letters["colleague"].get_full_name()
    assert f"Now signing for Valley Parents Network: {colleague}. We have emailed" in response.text
    assert named(letters) == {"signatory", "colleague"}
    row = Signatory.objects.get(member=letters["colleague"])
    assert row.named_by == people["contact"] and row.created_at is not None
    assert row.email_queued_at is not None and mail.outbox == []  # stored first, mailed by the queue
    assert Signatory.objects.get(member=letters["signatory"]).email_queued_at is None  # not named again
    run_mail_queue()
    assert [message.to for message in mail.outbox] == [[letters["colleague"].email]]
    assert mail.outbox[0].subject == "You can now sign letters for Valley Parents Network"
    assert "Carla Contact has named you a signatory of Valley Parents Network" in mail.outbox[0].body
    assert "/en/my-account/letters/" in mail.outbox[0].body

    client.force_login(letters["colleague"])
    assert client.post(letters["letter"].url, as_ally(letters)).status_code == 302
    signature = Signature.objects.get()
    assert (signature.organization, signature.member) == (letters["ally"], letters["colleague"])


def test_a_member_not_named_cannot_sign_for_the_ally(client, letters, people):
    client.force_login(people["contact"])
    client.post(PAGE, {"signatories": [letters["signatory"].pk]})
    client.force_login(letters["colleague"])
    response = client.post(letters["letter"].url, as_ally(letters))
    assert response.status_code == 400 and "You cannot sign for that" in response.text
    assert not Signature.objects.exists()


def test_removing_a_signatory_keeps_the_signature_given_and_ends_their_signing(client, letters, people):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    client.force_login(people["contact"])
    response = client.post(PAGE, {}, follow=True)
    assert (
        "No longer signing for Valley Parents Network: Sam Signer. Signatures already given stay."
        in response.text
    )
    assert named(letters) == set()
    assert Signature.objects.active().filter(organization=letters["ally"]).count() == 1
    client.force_login(letters["signatory"])
    signature = Signature.objects.get()
    client.post(letters["letter"].url + "withdraw/", {"signature": signature.pk})
    signature.refresh_from_db()
    assert signature.status == Signature.Status.SIGNED  # no longer theirs to withdraw


def test_the_email_in_the_named_members_language(client, letters, people, send_queued_mail):
    profile = letters["colleague"].member_profile
    profile.language = "es"
    profile.save()
    client.force_login(people["contact"])
    client.post(PAGE, {"signatories": [letters["signatory"].pk, letters["colleague"].pk]})
    send_queued_mail()
    [message] = mail.outbox
    assert message.subject == "Ya puedes firmar cartas en nombre de Valley Parents Network"
    assert "/es/mi-cuenta/cartas/" in message.body


@pytest.mark.parametrize("who", ["colleague", "signatory"])
def test_only_the_allys_contact_names_signatories(client, letters, people, who):
    client.force_login(letters[who])
    response = client.get(PAGE)
    assert response.status_code == 403
    assert "Only your organization's contact names who signs for it" in response.text
    response = client.post(PAGE, {"signatories": [letters["colleague"].pk]})
    assert response.status_code == 403
    assert named(letters) == {"signatory"}


@pytest.mark.parametrize("forged", ["stranger", "ended"])
def test_a_forged_choice_is_refused_with_a_message_and_changes_nothing(client, letters, people, forged):
    client.force_login(people["contact"])
    response = client.post(PAGE, {"signatories": [letters["colleague"].pk, people[forged].pk]})
    assert response.status_code == 400
    assert "You can only name active members of your organization. Nothing was changed" in response.text
    assert named(letters) == {"signatory"}  # neither the forged choice nor the valid one beside it
    assert not Signatory.objects.filter(email_queued_at__isnull=False).exists()


def test_an_ended_member_is_not_offered_and_cannot_be_named(client, letters, people):
    client.force_login(people["contact"])
    assert "Lee Left" not in client.get(PAGE).text
    assert client.post(PAGE, {"signatories": [people["ended"].pk]}).status_code == 400
    assert not Signatory.objects.filter(member=people["ended"]).exists()


def test_a_contact_whose_membership_ended_or_ally_lapsed_names_no_one(client, letters, people):
    profile = people["contact"].member_profile
    profile.is_active = False
    profile.save()
    client.force_login(people["contact"])
    response = client.post(PAGE, {"signatories": [letters["colleague"].pk]})
    assert response.status_code == 403
    assert named(letters) == {"signatory"}


def test_the_page_is_refused_to_anonymous_readers_and_non_members(client, letters, roles):
    response = client.get(PAGE)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert client.post(PAGE, {"signatories": [letters["colleague"].pk]}).status_code == 302
    client.force_login(roles["non_member"])
    response = client.get(PAGE)
    assert response.status_code == 403 and "Members only" in response.text
    assert named(letters) == {"signatory"}


def test_the_email_waits_out_the_mail_server_failing(
    client, letters, people, mail_server_down, run_mail_queue, settings, django_capture_on_commit_callbacks
):
    client.force_login(people["contact"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PAGE, {"signatories": [letters["signatory"].pk, letters["colleague"].pk]})
    run_mail_queue()
    assert mail.outbox == []
    row = Signatory.objects.get(member=letters["colleague"])
    assert row.email_sent_at is None and row.email_error  # kept, to try again
    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    Signatory.objects.filter(pk=row.pk).update(
        email_attempted_at=timezone.now() - datetime.timedelta(days=1), email_task_id=""
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("retry_mail", stdout=None)
    run_mail_queue()
    assert [message.to for message in mail.outbox] == [[letters["colleague"].email]]
    row.refresh_from_db()
    assert row.email_sent_at is not None


def test_no_email_for_someone_removed_before_it_went_out(client, letters, people, send_queued_mail):
    client.force_login(people["contact"])
    client.post(PAGE, {"signatories": [letters["signatory"].pk, letters["colleague"].pk]})
    client.post(PAGE, {"signatories": [letters["signatory"].pk]})
    send_queued_mail()
    assert mail.outbox == []


def test_staff_naming_in_the_admin_is_recorded_and_emailed(admin_client, letters, send_queued_mail):
    response = admin_client.post(
        "/admin/letters/signatories/new/",
        {"organization": letters["ally"].pk, "member": letters["colleague"].pk},
    )
    assert response.status_code == 302
    row = Signatory.objects.get(member=letters["colleague"])
    assert row.named_by is not None and row.named_by.is_superuser
    send_queued_mail()
    assert [message.to for message in mail.outbox] == [[letters["colleague"].email]]
    assert "You have been named a signatory of Valley Parents Network" in mail.outbox[0].body or (
        "has named you a signatory" in mail.outbox[0].body
    )
