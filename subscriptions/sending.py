"""Sending a news article to the News list: one NewsDelivery per active subscriber, each sent by its own
task on the "email" queue once the transaction commits."""

from django.db import transaction
from django.utils import timezone

from members.tasks import enqueue_email

from .models import Mailing, NewsDelivery, Subscriber


def already_mailed(page):
    return Mailing.objects.filter(article_key=page.translation_key).exists()


@transaction.atomic
def send_article(page, trigger, user=None):
    """Queue the article for every active News subscriber who has not had it yet (in any language).
    Returns the mailing and how many deliveries were added."""
    mailing = Mailing.objects.create(
        article=page,
        article_key=page.translation_key,
        title=page.title,
        trigger=trigger,
        created_by=user,
    )
    already = NewsDelivery.objects.filter(article_key=page.translation_key).values("subscriber")
    recipients = Subscriber.objects.active().on_list("news").exclude(pk__in=already)
    now = timezone.now()
    NewsDelivery.objects.bulk_create(
        [
            NewsDelivery(mailing=mailing, subscriber=s, article_key=page.translation_key, email_queued_at=now)
            for s in recipients.only("pk")
        ],
        # Two presses at once: the unique constraint keeps one delivery each, the other is skipped.
        ignore_conflicts=True,
    )
    pks = list(mailing.deliveries.values_list("pk", flat=True))
    transaction.on_commit(lambda: [enqueue_email(NewsDelivery, pk) for pk in pks])
    return mailing, len(pks)
