"""Who may read the extranet: members.access.has_extranet_access and membership_standing."""

import pytest
from django.contrib.auth.models import AnonymousUser

from members.access import has_extranet_access, membership_standing
from members.factories import MemberProfileFactory, OrganizationFactory, StaffUserFactory, UserFactory
from members.groups import MEMBERS, MODERATORS
from members.models import Organization

pytestmark = pytest.mark.django_db


def test_member_of_an_active_organization_has_access():
    profile = MemberProfileFactory()
    assert membership_standing(profile.user) is True
    assert has_extranet_access(profile.user)


def test_individual_member_without_organization_has_access():
    profile = MemberProfileFactory(organization=None)
    assert has_extranet_access(profile.user)


def test_deactivated_profile_loses_access():
    profile = MemberProfileFactory(is_active=False)
    assert membership_standing(profile.user) is False
    assert not has_extranet_access(profile.user)


def test_deactivated_user_account_loses_access():
    profile = MemberProfileFactory()
    profile.user.is_active = False
    profile.user.save()
    assert not has_extranet_access(profile.user)


def test_lapsed_organization_takes_access_from_its_members_on_the_next_check():
    profile = MemberProfileFactory()
    assert has_extranet_access(profile.user)
    Organization.objects.filter(pk=profile.organization_id).update(status=Organization.Status.LAPSED)
    assert membership_standing(profile.user) is False
    assert not has_extranet_access(profile.user)


def test_member_group_without_profile_has_no_access():
    user = UserFactory(group=MEMBERS)
    assert membership_standing(user) is None
    assert not has_extranet_access(user)


def test_a_profile_in_good_standing_puts_its_person_in_the_members_group():
    """The group follows the membership (members/signals.py): a profile is what makes a member."""
    profile = MemberProfileFactory(user=UserFactory())
    assert profile.user.groups.filter(name=MEMBERS).exists()
    assert has_extranet_access(profile.user)


def test_staff_and_moderators_have_access_without_a_profile():
    assert has_extranet_access(StaffUserFactory())
    assert has_extranet_access(UserFactory(group=MODERATORS))


def test_anonymous_visitor_has_no_access():
    assert not has_extranet_access(AnonymousUser())


def test_good_standing_costs_one_query(django_assert_num_queries):
    profile = MemberProfileFactory(organization=OrganizationFactory())
    with django_assert_num_queries(1):
        membership_standing(profile.user)
