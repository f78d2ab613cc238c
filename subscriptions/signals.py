"""A news article first published with "email to subscribers" ticked goes to the News list."""

import logging

from django.contrib import messages
from django.dispatch import receiver
from wagtail.signals import page_published

from news.models import NewsPage
from serving.api import current_request

from .models import Mailing
from .sending import already_mailed, send_article, why_not_mailable

logger = logging.getLogger(__name__)


@receiver(page_published, sender=NewsPage)
def mail_new_article(sender, instance, revision, **kwargs):
    first_publication = instance.first_published_at == instance.last_published_at
    if not (instance.email_subscribers and first_publication):
        return
    # A translation's first publication is not a new article: the list has had it (or will, by staff).
    if already_mailed(instance):
        return
    earlier = NewsPage.objects.filter(
        translation_key=instance.translation_key, first_published_at__lt=instance.first_published_at
    )
    if earlier.exists():
        return
    if reason := why_not_mailable(instance):
        # Published behind a restriction (or already expired): nothing goes out; the editor who
        # published it is told why, in the admin, when they are the one asking.
        logger.warning("News article %s was not mailed: %s", instance.pk, reason)
        if (request := current_request.get()) is not None and hasattr(request, "_messages"):
            messages.warning(request, reason)
        return
    send_article(instance, Mailing.Trigger.PUBLISHED, user=getattr(revision, "user", None))
