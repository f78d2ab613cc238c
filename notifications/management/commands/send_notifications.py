from django.core.management.base import BaseCommand

from notifications.sending import plan_notification_emails


class Command(BaseCommand):
    help = (
        "Queue the members' notification emails owed now: last week's digest (once per member and week) "
        "and immediate news. Safe to run as often as you like; the scheduler runs it every minute."
    )

    def handle(self, *args, **options):
        made = plan_notification_emails()
        if options["verbosity"]:
            self.stdout.write(f"{made} notification email(s) queued.")
