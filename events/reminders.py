"""The reminder pass, run every minute by the scheduler (`manage.py send_event_reminders`, listed in
settings.PERIODIC_COMMANDS): a reminder the day before and another an hour before each date, to everyone
registered. Each is a stored email (EventEmail) made once per registration and kind, a database
constraint making sure of it, so overlapping runs and a mail server that fails and recovers still send
each reminder exactly once; the mail queue retries the sending itself. A registration cancelled before
its reminder is sent is not sent it (EventEmail.email_still_wanted).

The pass also keeps each monthly series a year ahead (events.schedule).
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import EventEmail, EventPage, MemberEventPage, Occurrence, Registration
from .schedule import series_needing_dates, sync_occurrences

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)


def due_reminders(now=None):
    """[(registration, kind)] of the reminders owed now and not yet made."""
    now = now or timezone.now()
    windows = [
        # The day-before reminder is only for a date more than an hour away: closer, the hour's is due.
        (EventEmail.Kind.REMINDER_DAY, now + HOUR, now + DAY),
        (EventEmail.Kind.REMINDER_HOUR, now, now + HOUR),
    ]
    due = []
    for kind, after, until in windows:
        registrations = (
            Registration.objects.filter(
                status=Registration.Status.REGISTERED,
                occurrence__status=Occurrence.Status.SCHEDULED,
                occurrence__starts_at__gt=after,
                occurrence__starts_at__lte=until,
            )
            .exclude(emails__kind=kind)
            .select_related("occurrence")
        )
        due += [(registration, kind) for registration in registrations]
    return due


def send_reminders(now=None):
    """Make and queue every reminder owed now; the number made."""
    made = 0
    for registration, kind in due_reminders(now):
        try:
            with transaction.atomic():
                EventEmail.objects.create(registration=registration, kind=kind).queue_email()
        except IntegrityError:
            continue  # another run made it a moment ago
        made += 1
    return made


def extend_series(now=None):
    for model in (EventPage, MemberEventPage):
        for page in series_needing_dates(model, now):
            sync_occurrences(page)
