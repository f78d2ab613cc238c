"""Invitations: sent through the mail queue, accepted once, refused when used, expired or revoked."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from members.factories import InvitationFactory, MemberProfileFactory, OrganizationFactory
from members.groups import MEMBERS
from members.models import Invitation, MemberProfile
from members.views import member_landing_url

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a long and unusual passphrase"


def sent_link():
    """The acceptance link in the last email sent, as a path."""
    match = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


@pytest.fixture
def sent_invitation(django_capture_on_commit_callbacks, run_mail_queue):
    def send(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            invitation = InvitationFactory(**fields)
            invitation.send()
        run_mail_queue()
        invitation.refresh_from_db()
        return invitation

    return send


def accept(client, link, **data):
    fields = {
        "first_name": "Ana",
        "last_name": "Invitada",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    return client.post(link, {**fields, **data})


def test_invitation_email_carries_a_link_in_the_invitees_language(sent_invitation):
    invitation = sent_invitation(language="es")
    assert invitation.email_sent_at is not None
    assert mail.outbox[-1].to == [invitation.email]
    assert sent_link().startswith("/es/invitaciones/")


def test_accepting_makes_a_signed_in_member_at_the_organization(client, sent_invitation):
    organization = OrganizationFactory(name="Parents United")
    invitation = sent_invitation(organization=organization, email="Ana@Example.org")
    link = sent_link()

    page = client.get(link)
    assert page.status_code == 200
    assert "Parents United" in page.text
    assert 'autocomplete="new-password"' in page.text

    response = accept(client, link)
    assert response.status_code == 302
    assert response.url == member_landing_url()

    user = get_user_model().objects.get(email__iexact="ana@example.org")
    assert user.check_password(NEW_PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == [MEMBERS]
    assert user.member_profile.organization == organization
    assert EmailAddress.objects.get(user=user).verified
    assert EmailAddress.objects.get(user=user).primary
    assert int(client.session["_auth_user_id"]) == user.pk
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.ACCEPTED
    assert invitation.accepted_user == user


def test_accepting_an_invitation_without_organization_makes_an_individual_member(client, sent_invitation):
    sent_invitation(organization=None)
    accept(client, sent_link())
    assert MemberProfile.objects.get().organization is None


def test_accepting_reactivates_a_former_member(client, sent_invitation):
    old = MemberProfileFactory(is_active=False)
    old.user.is_active = False
    old.user.save()
    sent_invitation(email=old.user.email, organization=OrganizationFactory())
    accept(client, sent_link())
    old.refresh_from_db()
    old.user.refresh_from_db()
    assert old.is_active and old.user.is_active
    assert get_user_model().objects.filter(email=old.user.email).count() == 1


def test_link_works_only_once(client, sent_invitation):
    sent_invitation()
    link = sent_link()
    accept(client, link)
    client.logout()

    again = client.get(link)
    assert again.status_code == 410
    assert "already been accepted" in again.text
    assert accept(client, link).status_code == 410
    assert get_user_model().objects.count() == 1


def test_expired_link_is_refused(client, sent_invitation):
    invitation = sent_invitation()
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(sent_link())
    assert response.status_code == 410
    assert "expired" in response.text
    assert accept(client, sent_link()).status_code == 410
    assert not get_user_model().objects.exists()


def test_revoked_link_is_refused(client, sent_invitation):
    invitation = sent_invitation()
    invitation.revoke()
    response = client.get(sent_link())
    assert response.status_code == 410
    assert "withdrawn" in response.text
    assert not get_user_model().objects.exists()


def test_tampered_link_is_refused(client, sent_invitation):
    sent_invitation()
    response = client.get(sent_link().rstrip("/") + "x/")
    assert response.status_code == 410
    assert 'class="page-title"' in response.text


def test_resending_sends_a_new_link_and_retires_the_old_one(
    client, sent_invitation, run_mail_queue, django_capture_on_commit_callbacks
):
    invitation = sent_invitation()
    old_link = sent_link()
    with django_capture_on_commit_callbacks(execute=True):
        invitation.resend()
    run_mail_queue()
    assert len(mail.outbox) == 2
    new_link = sent_link()
    assert new_link != old_link

    assert client.get(old_link).status_code == 410
    assert accept(client, new_link).status_code == 302


def test_bad_password_keeps_the_names_and_explains(client, sent_invitation):
    sent_invitation()
    response = accept(client, sent_link(), first_name="Ana María", password1="short", password2="short")
    assert response.status_code == 200
    assert 'value="Ana María"' in response.text
    assert "at least 12 characters" in response.text
    assert 'aria-describedby="id_password1_helptext id_password1_error"' in response.text
    assert 'class="error-summary"' in response.text
    assert not get_user_model().objects.exists()


def test_mismatched_passwords_are_explained(client, sent_invitation):
    sent_invitation()
    response = accept(client, sent_link(), password2="something else entirely")
    assert "The two passwords are different" in response.text
    assert Invitation.objects.get().is_pending


def test_the_last_name_is_optional_when_accepting_as_when_inviting(client, sent_invitation):
    """Staff may leave it out of the invitation; the person may leave it out too (or keep it)."""
    sent_invitation(last_name="")
    page = client.get(sent_link())
    assert "Enter your last name" not in page.text
    response = accept(client, sent_link(), last_name="")
    assert response.status_code == 302
    user = get_user_model().objects.get(email=Invitation.objects.get().email)
    assert (user.first_name, user.last_name) == ("Ana", "")
