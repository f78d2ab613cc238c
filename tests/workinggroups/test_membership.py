"""Joining an open group, leaving any, a lead adding members, and a lapsed member out of every group."""

import pytest
from django.utils import translation

from core import access
from members.models import Organization
from workinggroups.models import WorkingGroupMembership, WorkingGroupPage

from .conftest import reader

pytestmark = pytest.mark.django_db


def join_url(group, route="join"):
    return group.url + group.reverse_subpage(route)


def led_by(group, lead):
    WorkingGroupPage.objects.filter(translation_key=group.translation_key).update(lead=lead)
    return WorkingGroupPage.objects.get(pk=group.pk)


def is_in(group, user):
    return WorkingGroupMembership.objects.filter(group_key=group.translation_key, user=user).exists()


def test_a_member_joins_an_open_group_and_sees_its_pages_at_once(site):
    member = site["roles"]["member"]
    client = reader(site, "member")
    notes = site["group_pages"][0]
    assert client.get(notes.url).status_code == 404
    response = client.post(join_url(site["water"]), follow=True)
    assert "You joined Water rights" in response.text
    assert is_in(site["water"], member)
    assert client.get(notes.url).status_code == 200
    # Twice is once.
    client.post(join_url(site["water"]))
    assert site["water"].memberships().filter(user=member).count() == 1


def test_joining_in_spanish_joins_the_same_group(site, locales):
    spanish_group = site["water"].get_translation(locales["es"])
    with translation.override("es"):
        route = spanish_group.reverse_subpage("join")
    assert route == "unirse/"
    response = reader(site, "member").post(spanish_group.url + route)
    assert response.status_code == 302
    assert is_in(site["water"], site["roles"]["member"])


def test_a_group_by_invitation_refuses_joining(site):
    response = reader(site, "member").post(join_url(site["housing"]), follow=True)
    assert "by invitation only" in response.text
    assert not is_in(site["housing"], site["roles"]["member"])


def test_joining_needs_a_post(site):
    assert reader(site, "member").get(join_url(site["water"])).status_code == 405
    assert not is_in(site["water"], site["roles"]["member"])


def test_a_member_leaves_and_loses_the_pages(site):
    client = reader(site, "group_member")
    notes = site["group_pages"][0]
    assert client.get(notes.url).status_code == 200
    response = client.post(join_url(site["water"], "leave"), follow=True)
    assert "You left Water rights" in response.text
    assert not is_in(site["water"], site["roles"]["group_member"])
    assert client.get(notes.url).status_code == 404


def test_outsiders_cannot_join(site):
    for role in ("non_member", "lapsed_member"):
        reader(site, role).post(join_url(site["water"]))
        assert not is_in(site["water"], site["roles"][role])


def test_the_lead_adds_a_member_of_the_alliance(site):
    lead = site["roles"]["other_group_member"]
    housing = led_by(site["housing"], lead)
    client = reader(site, "other_group_member")
    member = site["roles"]["member"]
    response = client.post(join_url(housing, "add_member"), {"email": member.email.upper()}, follow=True)
    assert "is now in the group" in response.text
    added = housing.memberships().get(user=member)
    assert added.added_by == lead


def test_the_lead_gets_a_clear_message_for_an_unknown_address_and_nothing_changes(site):
    housing = led_by(site["housing"], site["roles"]["other_group_member"])
    before = housing.memberships().count()
    client = reader(site, "other_group_member")
    for email in ("nobody@example.org", site["roles"]["lapsed_member"].email, "not an address"):
        response = client.post(join_url(housing, "add_member"), {"email": email})
        assert response.status_code == 400
        assert 'class="error-summary"' in response.text
    assert housing.memberships().count() == before


def test_only_the_lead_adds_members(site):
    response = reader(site, "group_member").post(
        join_url(site["housing"], "add_member"), {"email": site["roles"]["member"].email}, follow=True
    )
    assert "Only the group&#x27;s lead can add members." in response.text
    assert not is_in(site["housing"], site["roles"]["member"])


def test_a_member_whose_ally_lapses_leaves_every_groups_audience_at_once(site):
    member = site["roles"]["group_member"]
    client = reader(site, "group_member")
    notes = site["group_pages"][0]
    assert client.get(notes.url).status_code == 200
    organization = member.member_profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()
    assert client.get(notes.url).status_code in {302, 403}
    assert client.get(site["document"].url).status_code != 200
    assert access.may_view_page(member, notes) is False
    # The membership row stays: renewing the ally gives the groups back.
    assert is_in(site["water"], member)


def test_the_already_lapsed_group_member_sees_nothing_of_the_group(site):
    member = site["roles"]["lapsed_group_member"]
    assert is_in(site["water"], member)
    assert not any(access.may_view_page(member, page) for page in site["group_pages"])
