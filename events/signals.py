"""An event's dates follow its published page (events.schedule). They hang off the event's source page,
so publishing a translation makes sure they exist but takes its times from the source."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from members.models import MemberProfile, Organization
from workinggroups.models import WorkingGroupMembership

from .models import EventPageBase
from .registration import cancel_places_no_longer_seen
from .schedule import sync_occurrences


@receiver(page_published)
def sync_dates_on_publish(sender, instance, **kwargs):
    if isinstance(instance, EventPageBase):
        source = instance.source_event()
        sync_occurrences(instance if source.pk == instance.pk else source)


# -- A working group's events are for its members: whoever leaves the group (or is taken out of it, or
# whose ally lapses) gives up their places on its coming dates (events.registration).


def _cancel_lost_places(user_id):
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is not None:
        cancel_places_no_longer_seen(user)


@receiver(post_delete, sender=WorkingGroupMembership)
def left_a_group(sender, instance, **kwargs):
    _cancel_lost_places(instance.user_id)


@receiver(post_save, sender=MemberProfile)
def profile_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _cancel_lost_places(instance.user_id)


@receiver(post_save, sender=Organization)
def organization_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for user_id in MemberProfile.objects.filter(organization=instance).values_list("user_id", flat=True):
        _cancel_lost_places(user_id)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def account_changed(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or created or (update_fields and set(update_fields) <= {"last_login", "password"}):
        return
    cancel_places_no_longer_seen(instance)
