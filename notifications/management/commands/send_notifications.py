import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from notifications.sending import plan_notification_emails


class Command(BaseCommand):
    help = (
        "Queue the members' notification emails owed now: last week's digest (once per member and week) "
        "and immediate news. Safe to run as often as you like; the scheduler runs it every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--as-of",
            help=(
                "Act as if it were this date (YYYY-MM-DD, site time), e.g. next Monday to send this week's "
                "digest now (a demo, a test by hand). Each period's email is still made once."
            ),
        )

    def handle(self, *args, as_of=None, **options):
        now = None
        if as_of:
            try:
                day = datetime.date.fromisoformat(as_of)
            except ValueError:
                raise CommandError("--as-of takes a date like 2026-12-07.") from None
            now = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour=6)))
        made = plan_notification_emails(now)
        if options["verbosity"]:
            self.stdout.write(f"{made} notification email(s) queued.")
