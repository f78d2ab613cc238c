"""Who counts as a member, staff, or someone whose membership has ended: the membership facts that the
access policy (core.access) reads. Asked afresh by every request (never cached across requests), so a
deactivated member or a lapsed organization loses access at once.

Membership in the Members group follows the membership itself (members.signals): a member is in the
group exactly while their profile is active, their account is active and their organization (if any)
has not lapsed. So Wagtail's own group checks (a page or collection restricted to Members anywhere on
the site) answer as the policy does; the policy also asks the standing below on every request, in case
a change reached the database without a signal (a bulk update)."""

from core.access import group_names, signed_in_and_in_good_standing
from serving.api import remembered_for_request

from .groups import EXTRANET_AUDIENCE, MEMBERS, STAFF_GROUPS


def is_staff_member(user):
    """Communications staff and moderators (and superusers), while their account is active."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or bool(group_names(user) & set(STAFF_GROUPS))


def membership_standing(user):
    """True for a member in good standing, False for one whose membership lapsed or was ended, None for
    an account with no member profile. One query, once per request."""

    def compute():
        from .models import MemberProfile

        profile = (
            MemberProfile.objects.select_related("organization", "user")
            .filter(user_id=user.pk)
            .order_by()
            .first()
        )
        return None if profile is None else profile.in_good_standing

    return remembered_for_request(("membership_standing", user.pk), compute)


def account_standing(user):
    """The access policy's standing rule (registered in members/wagtail_hooks.py): staff stand by their
    role; an account with a member profile stands only while that membership is in good standing, so a
    lapsed or ended member is outside every audience, "any signed-in user" included."""
    return is_staff_member(user) or membership_standing(user) is not False


def has_extranet_access(user):
    """May `user` read the extranet right now? Staff, moderators and superusers (active accounts); a
    member while in the Members group with a membership in good standing."""
    if not signed_in_and_in_good_standing(user):
        return False
    if is_staff_member(user):
        return True
    return MEMBERS in group_names(user) and membership_standing(user) is True


def may_view_member_photo(user, profile):
    """The policy for a member's profile photo (members.photos): the member themself (their own data),
    staff and moderators, and the extranet's audience while the member is in good standing. Never the
    public; nobody but staff and the member once the membership lapses or ends."""
    if profile is None or not profile.photo or not user.is_authenticated or not user.is_active:
        return False
    if user.pk == profile.user_id:
        return True
    if is_staff_member(user) and signed_in_and_in_good_standing(user):
        return True
    return has_extranet_access(user) and profile.in_good_standing


__all__ = [
    "EXTRANET_AUDIENCE",
    "account_standing",
    "has_extranet_access",
    "is_staff_member",
    "may_view_member_photo",
]
