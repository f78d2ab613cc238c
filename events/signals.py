"""An event's dates follow its published page (events.schedule). They hang off the event's source page,
so publishing a translation makes sure they exist but takes its times from the source."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from members.signals import standing_may_have_changed
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
# whose ally lapses, or whose account or profile is deactivated) gives up their places on its coming
# dates (events.registration).


@receiver(post_delete, sender=WorkingGroupMembership)
def left_a_group(sender, instance, **kwargs):
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        cancel_places_no_longer_seen(user)


@receiver(standing_may_have_changed)
def standing_changed(sender, user, **kwargs):
    cancel_places_no_longer_seen(user)
