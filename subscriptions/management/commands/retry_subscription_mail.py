"""Queue again every subscription email (confirmation requests, news deliveries) that is owed but unsent,
has no attempt waiting in the queue and has not been tried in the last MEMBERS_EMAIL_RETRY_INTERVAL
seconds: the same sweep as members' retry_notifications, for this app's mail. Runs every minute through
`manage.py run_scheduler` (settings.PERIODIC_COMMANDS).

A delivery is a row per subscriber and article, and the task does nothing for a row already sent, so
queuing one again can never send an article twice.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from members.tasks import enqueue_email, has_pending_task
from subscriptions.models import NewsDelivery, Subscriber


class Command(BaseCommand):
    help = "Queue unsent subscription emails again."

    def handle(self, *args, **options):
        queued = 0
        recently = timezone.now() - timedelta(seconds=settings.MEMBERS_EMAIL_RETRY_INTERVAL)
        for model in (Subscriber, NewsDelivery):
            due = model.objects.unsent().filter(
                Q(email_attempted_at__isnull=True) | Q(email_attempted_at__lt=recently)
            )
            if model is NewsDelivery:
                due = due.select_related("subscriber")
            for obj in due.iterator():
                if not obj.email_still_wanted() or has_pending_task(obj):
                    continue
                enqueue_email(model, obj.pk)
                queued += 1
        self.stdout.write(f"Queued {queued} unsent subscription email(s).")
