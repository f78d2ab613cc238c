"""Wagtail's `publish_scheduled`, with the embargo rule checked first.

This command replaces Wagtail's (this app comes before `wagtail` in INSTALLED_APPS), so whatever runs
scheduled publishing, `run_scheduler` or a cron line, cannot publish a publication whose draft is still
under embargo: its scheduled revisions are moved to the lift time before anything is published.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from publications.embargo import defer_embargoed_revisions


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            moved = defer_embargoed_revisions()
            if moved:
                self.stdout.write(f"Held back {moved} scheduled revision(s) until their embargo lifts.")
        return super().handle(*args, **options)
