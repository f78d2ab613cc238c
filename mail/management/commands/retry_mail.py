"""Queue again every email that is owed but unsent, has no attempt waiting in the queue, and has not
been tried in the last MAIL_RETRY_INTERVAL seconds: of every model that sends through the outbox
(invitations, applications, speaker answers, subscription confirmations, news deliveries).

Runs every minute through `manage.py run_scheduler` (settings.PERIODIC_COMMANDS), beside
`manage.py db_worker --backend email`: it catches what the task's own retries gave up on, and anything
whose queued task was lost. The task does nothing for a record already sent, so queuing one again can
never send it twice.

Emails given up on (mail.tasks) are left alone, unless `--failed` asks for them too: once their cause is
mended (a mail server's settings, an address), they are queued again from a fresh count.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from mail.models import delivery_models
from mail.tasks import enqueue_email, has_pending_task


class Command(BaseCommand):
    help = "Queue unsent emails (invitations, applications, notices, subscription mail) again."

    def add_arguments(self, parser):
        parser.add_argument("--failed", action="store_true", help="Also queue again the emails given up on.")

    def handle(self, *args, **options):
        queued = 0
        if options["failed"]:
            for model in delivery_models():
                for obj in model.objects.failed().iterator():
                    obj.queue_email()
                    queued += 1
        recently = timezone.now() - timedelta(seconds=settings.MAIL_RETRY_INTERVAL)
        for model in delivery_models():
            due = model.objects.unsent().filter(
                Q(email_attempted_at__isnull=True) | Q(email_attempted_at__lt=recently)
            )
            for obj in due.iterator():
                if not obj.email_still_wanted() or has_pending_task(obj):
                    continue
                enqueue_email(model, obj.pk)
                queued += 1
        # Run every minute by the scheduler: a quiet minute says nothing (unless asked with -v 2).
        if queued or options["verbosity"] > 1:
            self.stdout.write(f"Queued {queued} unsent email(s).")
