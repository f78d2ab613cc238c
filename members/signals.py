"""The Members group follows the membership: a person is in it exactly while they have a member profile
in good standing (an active profile and account, and an organization that has not lapsed). Deactivating
a profile or an account, or letting an organization lapse, takes them out of the group at once, so every
check that asks the group (Wagtail's own restriction checks on pages and collections included) answers
as the access policy does; reactivating puts them back. The group cannot be given by hand to someone
without such a membership, nor taken from someone with one: the profile is what staff change."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver

from .groups import MEMBERS
from .models import MemberProfile, Organization
from .photos import delete_photo_file

_syncing = set()  # user ids whose group this module is changing (its own m2m signals are ignored)

# Sent, with `user`, after any save that may have changed that person's membership standing (their
# profile, their ally, their account), once the Members group follows it. Other apps follow the standing
# from here (events gives up the places on dates the person may no longer see) rather than repeating
# which saves count.
standing_may_have_changed = Signal()


def members_group():
    return Group.objects.get_or_create(name=MEMBERS)[0]


def sync_members_group(user):
    """Put `user` in the Members group, or take them out, as their membership says."""
    profile = MemberProfile.objects.select_related("organization", "user").filter(user_id=user.pk).first()
    should_be_member = profile is not None and profile.in_good_standing
    group = members_group()
    is_member = user.groups.filter(pk=group.pk).exists()
    if should_be_member == is_member:
        return
    _syncing.add(user.pk)
    try:
        if should_be_member:
            user.groups.add(group)
        else:
            user.groups.remove(group)
    finally:
        _syncing.discard(user.pk)


def _follow_standing(sender, user):
    sync_members_group(user)
    standing_may_have_changed.send(sender=sender, user=user)


@receiver(post_save, sender=MemberProfile)
def profile_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _follow_standing(sender, instance.user)


@receiver(post_save, sender=Organization)
def organization_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for profile in MemberProfile.objects.filter(organization=instance).select_related("user"):
        _follow_standing(sender, profile.user)


@receiver(post_save, sender=get_user_model())
def account_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A new account has no profile yet and no groups: nothing to follow; nor does a sign-in's
    # last_login or a new password change the membership.
    if raw or created or (update_fields and set(update_fields) <= {"last_login", "password"}):
        return
    _follow_standing(sender, instance)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Someone gave or took the Members group by hand (the user admin, code): the membership decides."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # group.user_set changed: the users are in pk_set (None after a clear)
        if not isinstance(instance, Group) or instance.name != MEMBERS:
            return
        users = get_user_model().objects.filter(pk__in=pk_set) if pk_set else instance.user_set.none()
    else:
        touched_members = action == "post_clear" or members_group().pk in (pk_set or ())
        if instance.pk in _syncing or not touched_members:
            return
        users = [instance]
    for user in users:
        if user.pk not in _syncing:
            sync_members_group(user)


@receiver(post_delete, sender=MemberProfile)
def profile_deleted(sender, instance, **kwargs):
    """An account deleted (its profile with it): its photo's file goes too (members.photos)."""
    delete_photo_file(instance.photo.name)
