"""The admin's membership records read as the rest of the admin: dates ahead said as ahead, times in the
site's zone, yes and no in words; an invitation to a lapsed ally is refused before it is sent."""

import datetime
import re

import pytest
from django.utils import formats, timezone

from members.factories import (
    InvitationFactory,
    MembershipApplicationFactory,
    OrganizationFactory,
    StaffUserFactory,
)
from members.models import Invitation, Organization

pytestmark = pytest.mark.django_db


def shown(when):
    return formats.date_format(timezone.localtime(when), "DATETIME_FORMAT")


def test_the_invitations_list_says_when_a_pending_invitation_expires(staff_client):
    invitation = InvitationFactory()
    text = staff_client.get("/admin/members/invitations/").text
    assert "Just now" not in text and "just now" not in text
    assert shown(invitation.expires_at) in text
    assert "in 1\xa0week, 6\xa0days" in text


def test_an_application_shows_local_times_and_words_not_python_values(staff_client, settings):
    settings.TIME_ZONE = "America/Chicago"
    application = MembershipApplicationFactory()
    created = datetime.datetime(2026, 12, 3, 6, 48, tzinfo=datetime.UTC)  # 12:48 a.m. in Chicago
    type(application).objects.filter(pk=application.pk).update(created_at=created)
    text = staff_client.get(f"/admin/members/applications/inspect/{application.pk}/").text
    assert "Dec. 3, 2026, 12:48 a.m." in text
    assert "6:48 a.m." not in text
    for raw in (">True<", ">None<", "            True\n", "            None\n"):
        assert raw not in text
    assert "Yes" in text and "—" in text


def test_an_application_is_labelled_for_the_staff_who_review_it(staff_client):
    """Not in the applicant's words ("Your name", "Why you want to join"), which read as if the page
    spoke of the staff member; the reviewer by name, as the rest of the admin names people."""
    reviewer = StaffUserFactory(username="editor", first_name="Grace", last_name="Tanaka-Moore")
    application = MembershipApplicationFactory(contact_name="Tomás Quinn")
    application.decline(reviewer)
    text = staff_client.get(f"/admin/members/applications/inspect/{application.pk}/").text
    assert "Contact person" in text and "Why they want to join" in text
    assert "Your name" not in text and "Why you want to join" not in text
    assert "Grace Tanaka-Moore" in text and ">editor<" not in re.sub(r"\s+", "", text)
    assert "Email status" in text


def test_a_record_reads_in_spanish_in_the_spanish_admin(staff_client):
    """The label "Email status" was Wagtail's guess from the property's name, in English always."""
    from wagtail.users.models import UserProfile

    user = StaffUserFactory()
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "es"})
    staff_client.force_login(user)
    application = MembershipApplicationFactory()
    text = staff_client.get(f"/admin/members/applications/inspect/{application.pk}/").text
    assert "Persona de contacto" in text and "Estado del correo" in text
    assert "Email status" not in text


def test_an_invitation_to_a_lapsed_ally_is_refused_with_the_reason(staff_client):
    lapsed = OrganizationFactory(name="Quiet Coalition", status=Organization.Status.LAPSED)
    response = staff_client.post(
        "/admin/members/invitations/new/",
        {
            "email": "late@example.org",
            "first_name": "Lee",
            "last_name": "",
            "organization": lapsed.pk,
            "language": "en",
        },
    )
    assert response.status_code == 200
    assert "Quiet Coalition has lapsed, so its members cannot enter the extranet" in response.text
    assert not Invitation.objects.exists()


def test_an_invitation_to_an_ally_that_has_since_lapsed_is_not_sent_again(staff_client):
    invitation = InvitationFactory()
    Organization.objects.filter(pk=invitation.organization_id).update(status=Organization.Status.LAPSED)
    nonce = invitation.nonce
    response = staff_client.post(f"/admin/members/invitations/resend/{invitation.pk}/", follow=True)
    assert "has lapsed, so its members cannot enter the extranet" in response.text
    invitation.refresh_from_db()
    assert invitation.nonce == nonce  # no new link
