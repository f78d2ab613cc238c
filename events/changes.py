"""Telling registrants when their date changes: a new time, or the date cancelled (or back on).

Whoever changes a date (staff in the admin, or publishing the series again with new times) does it
inside `registrants_told_of_changes`, which compares the date before and after the save. Everyone
registered or waiting is then owed one stored email (EventEmail, sent by the mail queue and retried), with
the calendar file attached for those registered, so their calendars follow. Each change is its own email
(keyed by the date's SEQUENCE), and a time that changes again before the first email leaves only the
newest to be sent (EventEmail.email_still_wanted).
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from .models import EventEmail, Occurrence


@dataclass(frozen=True)
class DateAsShown:
    """What of a date registrants are told about when it changes."""

    starts_at: object
    ends_at: object
    cancelled: bool

    @classmethod
    def of(cls, occurrence):
        return cls(occurrence.starts_at, occurrence.ends_at, occurrence.is_cancelled)


def notice_owed(before, after):
    """The kind of email a change from `before` to `after` (DateAsShown) owes registrants, or None."""
    if before is None or before == after:
        return None
    if after.cancelled:
        return None if before.cancelled else EventEmail.Kind.CANCELLED
    return EventEmail.Kind.CHANGED  # a new time, or a cancelled date back on


def tell_registrants(occurrence, kind):
    """Store and queue `kind`'s email to everyone registered or waiting; the number made."""
    made = 0
    for registration in occurrence.registrations.active():
        try:
            with transaction.atomic():
                email = EventEmail.objects.create(
                    registration=registration, kind=kind, about_sequence=occurrence.sequence
                )
        except IntegrityError:
            continue  # this change was told already (the same save seen twice)
        email.queue_email()
        made += 1
    return made


@contextmanager
def registrants_told_of_changes(occurrence):
    """Wrap the save of a changed `occurrence` (its new values set, not yet saved)."""
    saved = Occurrence.objects.filter(pk=occurrence.pk).first() if occurrence.pk else None
    before = DateAsShown.of(saved) if saved else None
    yield
    kind = notice_owed(before, DateAsShown.of(occurrence))
    if kind and not occurrence.is_past:
        tell_registrants(occurrence, kind)
