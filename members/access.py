"""The one rule for who may see member-only content, checked on every request (never cached), so a
deactivated member or a lapsed organization loses access at once."""

from django.db.models import prefetch_related_objects

from core.serving import remembered_for_request

from .groups import EXTRANET_AUDIENCE, MEMBERS, STAFF_GROUPS


def group_names(user):
    """The names of the user's groups. The groups are loaded onto the user (Django's prefetch), where
    Wagtail's view-restriction check (`PageViewRestriction.accept_request`) finds them too."""

    def compute():
        prefetch_related_objects([user], "groups")
        return {group.name for group in user.groups.all()}

    return remembered_for_request(("group_names", user.pk), compute)


def is_staff_member(user):
    """Communications staff and moderators (and superusers)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or bool(group_names(user) & set(STAFF_GROUPS))


def has_extranet_access(user):
    """May `user` read the extranet right now?

    Staff, moderators and superusers always may (while their account is active). A member may while their
    account is active, they are in the Members group, and their membership is in good standing.

    Asked afresh by every request, once: the page hook, the page itself and the header all ask.
    """
    return remembered_for_request(("extranet_access", user.pk), lambda: _has_extranet_access(user))


def _has_extranet_access(user):
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    names = group_names(user)
    if names & set(STAFF_GROUPS):
        return True
    return MEMBERS in names and membership_in_good_standing(user)


def membership_in_good_standing(user):
    """The member's profile is active and their organization, if they have one, has not lapsed (an
    individual member has none). One query."""
    from .models import MemberProfile

    profile = MemberProfile.objects.select_related("organization").filter(user_id=user.pk).order_by().first()
    return (
        profile is not None
        and profile.is_active
        and (profile.organization is None or profile.organization.is_active)
    )


__all__ = ["EXTRANET_AUDIENCE", "has_extranet_access", "is_staff_member"]
