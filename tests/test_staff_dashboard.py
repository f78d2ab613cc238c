""" "Needs your attention" on the admin dashboard: what the comms team acts on daily, with counts and a
link to each list, for the staff who may see those records."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from extranet.factories import ExtranetIndexPageFactory
from members.factories import InvitationFactory, MembershipApplicationFactory, StaffUserFactory, UserFactory
from members.models import MembershipApplication
from opportunities.factories import (
    SpeakerOpportunityIndexPageFactory,
    SpeakerOpportunityPageFactory,
    SpeakerResponseFactory,
)
from opportunities.models import SpeakerResponse

pytestmark = pytest.mark.django_db


def row(html, label):
    match = re.search(
        rf"<tr>\s*<td>(?:<a href=\"([^\"]*)\">)?{re.escape(label)}(?:</a>)?</td>\s*<td>(\d+)</td>", html
    )
    assert match, label
    return match.group(1), int(match.group(2))


def test_staff_see_what_needs_them(client, home_page, settings):
    settings.STAFF_MFA_REQUIRED = False
    MembershipApplicationFactory.create_batch(2)
    MembershipApplicationFactory(status=MembershipApplication.Status.APPROVED)
    InvitationFactory()
    client.force_login(StaffUserFactory())
    html = client.get("/admin/").text
    assert "Needs your attention" in html
    assert row(html, "New membership applications") == ("/admin/members/applications/?status=new", 2)
    assert row(html, "Invitations waiting for an answer") == ("/admin/members/invitations/?state=pending", 1)
    assert row(html, "Speaker answers to review") == (None, 0)  # nothing to open
    assert row(html, "Embargoes lifting in the next 7 days") == (None, 0)


def test_without_the_right_to_see_applications_there_is_no_such_line(client, home_page):
    user = get_user_model().objects.create_user("viewer", "viewer@example.org", "a-long-test-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    html = client.get("/admin/").text
    assert "New membership applications" not in html
    assert "Speaker answers to review" not in html


def test_each_link_opens_the_list_of_what_it_counts(client, home_page, settings):
    """Not the whole list, with the records already dealt with among them."""
    settings.STAFF_MFA_REQUIRED = False
    MembershipApplicationFactory(contact_name="Waiting Applicant")
    MembershipApplicationFactory(
        contact_name="Approved Applicant", status=MembershipApplication.Status.APPROVED
    )
    InvitationFactory(first_name="Nadia")
    InvitationFactory(first_name="Rafael", revoked_at=timezone.now())
    index = SpeakerOpportunityIndexPageFactory(parent=ExtranetIndexPageFactory(parent=home_page))
    opportunity = SpeakerOpportunityPageFactory(parent=index)
    SpeakerResponseFactory(opportunity=opportunity, member=UserFactory(first_name="Lucía"))
    SpeakerResponseFactory(
        opportunity=opportunity,
        member=UserFactory(first_name="Marcus"),
        status=SpeakerResponse.Status.SHORTLISTED,
    )
    client.force_login(StaffUserFactory())
    html = client.get("/admin/").text
    for label, counted, dealt_with in (
        ("New membership applications", "Waiting Applicant", "Approved Applicant"),
        ("Invitations waiting for an answer", "Nadia", "Rafael"),
        ("Speaker answers to review", "Lucía", "Marcus"),
    ):
        url, count = row(html, label)
        listing = client.get(url.replace("&amp;", "&")).text
        assert count == 1 and counted in listing and dealt_with not in listing, label
