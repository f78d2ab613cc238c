"""Sending a news article to the News list: one NewsDelivery per active subscriber, each sent by its own
task on the "email" queue once the transaction commits."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core import access
from mail.tasks import enqueue_email

from .models import Mailing, NewsDelivery, Subscriber


def already_mailed(page):
    return Mailing.objects.filter(article_key=page.translation_key).exists()


class MailingRefused(Exception):
    """The article may not go to the list; the message says why, for staff."""


def why_not_mailable(page):
    """None when `page` may be mailed to the News list, else the reason, for staff. Email is a door of
    the access policy: the list is the public, so only what an anonymous reader may open now goes out."""
    if not page.live:
        return _("Publish the article before sending it to subscribers.")
    if not access.public_may_view(page):
        return _(
            "This article is not public (it is private, restricted to some readers, or expired), so it "
            "cannot be sent to the News list: subscribers could not open it. Nothing was sent."
        )
    return None


@transaction.atomic
def send_article(page, trigger, user=None):
    """Queue the article for every active News subscriber who has not had it yet (in any language).
    Returns the mailing and how many deliveries were added. Raises MailingRefused for an article the
    public may not read (as it stands in the database, not as a caller's copy says)."""
    page = type(page).objects.get(pk=page.pk)
    if reason := why_not_mailable(page):
        raise MailingRefused(reason)
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
