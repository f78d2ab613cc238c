"""A news article first published with "email to subscribers" ticked goes to the News list."""

from django.dispatch import receiver
from wagtail.signals import page_published

from news.models import NewsPage

from .models import Mailing
from .sending import already_mailed, send_article


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
    send_article(instance, Mailing.Trigger.PUBLISHED, user=getattr(revision, "user", None))
