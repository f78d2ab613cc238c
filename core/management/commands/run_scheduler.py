"""Runs the site's periodic jobs once a minute: the management commands in settings.PERIODIC_COMMANDS,
Wagtail's scheduled publishing (go-live and expiry times) first among them.

`make run` starts it beside the development server. In production, run it as one long-lived process
(see README.md), or call `manage.py publish_scheduled` (and the other commands) from a one-minute timer.
"""

import logging
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the periodic commands (publish_scheduled first) every minute, until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs (default 60).")
        parser.add_argument("--once", action="store_true", help="Run every job once, then stop.")

    def handle(self, *args, interval, once, **options):
        while True:
            started = time.monotonic()
            self.run_jobs()
            if once:
                return
            time.sleep(max(0.0, interval - (time.monotonic() - started)))

    def run_jobs(self):
        for name in settings.PERIODIC_COMMANDS:
            try:
                call_command(name, verbosity=0)  # quiet each minute; failures are logged below
            except Exception:
                # One failing job must not stop the others, nor the next minute's run.
                logger.exception("Periodic command %s failed", name)
