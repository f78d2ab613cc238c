""" "Needs your attention" on the admin dashboard: what the comms team acts on daily, with counts and a
link to each list, for the staff who may see those records."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from members.factories import InvitationFactory, MembershipApplicationFactory, StaffUserFactory
from members.models import MembershipApplication

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
    assert row(html, "New membership applications") == ("/admin/members/applications/", 2)
    assert row(html, "Invitations waiting for an answer") == ("/admin/members/invitations/", 1)
    assert row(html, "Speaker answers to review") == (None, 0)  # nothing to open
    assert row(html, "Embargoes lifting in the next 7 days") == (None, 0)


def test_without_the_right_to_see_applications_there_is_no_such_line(client, home_page):
    user = get_user_model().objects.create_user("viewer", "viewer@example.org", "a-long-test-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    html = client.get("/admin/").text
    assert "New membership applications" not in html
    assert "Speaker answers to review" not in html
