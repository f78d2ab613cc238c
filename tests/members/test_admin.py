"""The admin's Membership menu: staff list, review and act; the actions do what they say."""

import pytest
from django.core import mail
from django.urls import reverse

from members.factories import (
    FocusAreaLabelFactory,
    InvitationFactory,
    MemberProfileFactory,
    MembershipApplicationFactory,
    OrganizationFactory,
    OrganizationProfileFactory,
)
from members.models import FocusArea, FocusAreaLabel, Invitation, MembershipApplication, OrganizationProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/admin/members/applications/",
        "/admin/members/applications/?status=new",
        "/admin/members/invitations/",
        "/admin/members/invitations/?state=pending",
        "/admin/members/invitations/new/",
        "/admin/members/organizations/",
        "/admin/members/organizations/new/",
        "/admin/members/profiles/",
    ],
)
def test_staff_can_open_every_listing(staff_client, path):
    MembershipApplicationFactory()
    InvitationFactory()
    MemberProfileFactory()
    assert staff_client.get(path).status_code == 200


def test_staff_can_edit_an_organization_and_a_profile(staff_client):
    profile = MemberProfileFactory()
    organization_url = f"/admin/members/organizations/edit/{profile.organization_id}/"
    assert staff_client.get(organization_url).status_code == 200
    assert staff_client.get(f"/admin/members/profiles/edit/{profile.pk}/").status_code == 200


def test_staff_write_the_allies_public_profiles_and_focus_area_labels(staff_client, locales):
    """They manage the organizations, so they also write what the public allies list says of them."""
    profile = OrganizationProfileFactory(locale=locales["en"])
    label = FocusAreaLabelFactory(focus_area=FocusArea.objects.create(name="Area", slug="area"))
    for model, instance in ((OrganizationProfile, profile), (FocusAreaLabel, label)):
        url_name = model.snippet_viewset.get_url_name
        assert staff_client.get(reverse(url_name("list"))).status_code == 200
        assert staff_client.get(reverse(url_name("add"))).status_code == 200
        assert staff_client.get(reverse(url_name("edit"), args=[instance.pk])).status_code == 200


def test_invitation_listing_shows_state_and_actions(staff_client):
    pending = InvitationFactory(first_name="Pending")
    revoked = InvitationFactory(first_name="Revoked")
    revoked.revoke()
    text = staff_client.get("/admin/members/invitations/").text
    assert "Pending" in text and "Revoked" in text
    assert f"/admin/members/invitations/resend/{pending.pk}/" in text
    assert f"/admin/members/invitations/revoke/{pending.pk}/" in text
    assert f"/admin/members/invitations/revoke/{revoked.pk}/" not in text
    filtered = staff_client.get("/admin/members/invitations/?state=revoked").text
    assert f"/admin/members/invitations/inspect/{revoked.pk}/" in filtered
    assert f"/admin/members/invitations/inspect/{pending.pk}/" not in filtered


def test_creating_an_invitation_sends_it(staff_client, run_mail_queue, django_capture_on_commit_callbacks):
    organization = OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            "/admin/members/invitations/new/",
            {
                "email": "new.member@example.org",
                "first_name": "Nia",
                "last_name": "Member",
                "organization": organization.pk,
                "language": "en",
            },
        )
    assert response.status_code == 302
    run_mail_queue()
    invitation = Invitation.objects.get()
    assert invitation.invited_by is not None
    assert invitation.email_sent_at is not None
    assert mail.outbox[-1].to == ["new.member@example.org"]


def test_resend_and_revoke_from_the_admin(staff_client, run_mail_queue, django_capture_on_commit_callbacks):
    invitation = InvitationFactory()
    old_nonce = invitation.nonce
    assert staff_client.get(f"/admin/members/invitations/resend/{invitation.pk}/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/members/invitations/resend/{invitation.pk}/")
    run_mail_queue()
    invitation.refresh_from_db()
    assert invitation.nonce != old_nonce
    assert invitation.email_sent_at is not None

    staff_client.post(f"/admin/members/invitations/revoke/{invitation.pk}/")
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.REVOKED
    # A revoked invitation cannot be revoked or resent again.
    response = staff_client.post(f"/admin/members/invitations/resend/{invitation.pk}/")
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.REVOKED


def test_approve_and_decline_from_the_admin(staff_client, run_mail_queue, django_capture_on_commit_callbacks):
    to_approve = MembershipApplicationFactory()
    to_decline = MembershipApplicationFactory()
    inspect = staff_client.get(f"/admin/members/applications/inspect/{to_approve.pk}/").text
    # In plain sight in the header, not behind its "…" menu.
    for action in ("approve", "decline"):
        link = f'<a href="/admin/members/applications/{action}/{to_approve.pk}/" class="w-header-button'
        assert link in inspect

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/members/applications/approve/{to_approve.pk}/")
    run_mail_queue()
    to_approve.refresh_from_db()
    assert to_approve.status == MembershipApplication.Status.APPROVED
    assert Invitation.objects.get().application == to_approve

    form = staff_client.get(f"/admin/members/applications/decline/{to_decline.pk}/")
    assert 'name="note"' in form.text
    staff_client.post(f"/admin/members/applications/decline/{to_decline.pk}/", {"note": "Not now."})
    to_decline.refresh_from_db()
    assert to_decline.status == MembershipApplication.Status.DECLINED
    assert to_decline.review_note == "Not now."

    # Reviewed once only.
    staff_client.post(f"/admin/members/applications/approve/{to_decline.pk}/")
    to_decline.refresh_from_db()
    assert to_decline.status == MembershipApplication.Status.DECLINED


def test_members_cannot_use_the_membership_admin(client, home_page):
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    for path in ("/admin/members/applications/", "/admin/members/invitations/new/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith("/admin/login/")
