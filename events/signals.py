"""An event's dates follow its published page (events.schedule). They hang off the event's source page,
so publishing a translation makes sure they exist but takes its times from the source."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPageBase
from .schedule import sync_occurrences


@receiver(page_published)
def sync_dates_on_publish(sender, instance, **kwargs):
    if isinstance(instance, EventPageBase):
        source = instance.source_event()
        sync_occurrences(instance if source.pk == instance.pk else source)
