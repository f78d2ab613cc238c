"""Moving an embargo later moves the public version's scheduled go-live with it, and the embargo of a
draft is the same in every language (its source's)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale

from .embargo import defer_schedule
from .models import EmbargoedDraftPage


@receiver(post_save, sender=EmbargoedDraftPage)
def follow_embargo(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if instance.locale_id == Locale.get_default().pk:
        EmbargoedDraftPage.objects.filter(translation_key=instance.translation_key).exclude(
            pk=instance.pk
        ).exclude(embargo_lifts_at=instance.embargo_lifts_at).update(
            embargo_lifts_at=instance.embargo_lifts_at
        )
    if instance.final_publication_id is not None and instance.is_under_embargo:
        defer_schedule(instance.final_publication.translation_key, instance.embargo_lifts_at)
