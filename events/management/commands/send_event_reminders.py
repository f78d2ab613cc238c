"""Queue the events' reminders that are due, and keep monthly series a year ahead (events.reminders).
Run every minute by `manage.py run_scheduler`."""

from django.core.management.base import BaseCommand

from events.reminders import extend_series, send_reminders


class Command(BaseCommand):
    help = "Queue due event reminders (a day and an hour before) and make monthly series' next dates."

    def handle(self, *args, **options):
        extend_series()
        made = send_reminders()
        if options["verbosity"] > 1:
            self.stdout.write(f"{made} reminders queued")
