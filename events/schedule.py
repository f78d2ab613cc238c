"""Keeping an event's dates in step with its page (on publish, and a year ahead for a series).

A one-off event has one date, which follows the page's times. A series gets a date for every month its
rule gives, until its end or the horizon. A date staff moved (`moved`) or cancelled is left as staff set
it. A date that the rule no longer gives is deleted when no one registered for it, and cancelled (so
registrants' calendars say so) when someone did. Registrants are emailed a new time or a cancellation
(events.changes).
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from .changes import registrants_told_of_changes
from .models import Occurrence
from .series import monthly_dates


def planned_dates(page):
    """[(day, start, end)] the page's own times give."""
    if page.is_series:
        return monthly_dates(page.starts_at, page.ends_at, until=page.repeat_until)
    return [(timezone.localdate(page.starts_at), page.starts_at, page.ends_at)]


@transaction.atomic
def sync_occurrences(page):
    """Make, update or retire `page`'s dates (`page`: the event's source page, specific)."""
    existing = {occurrence.day: occurrence for occurrence in Occurrence.objects.filter(event=page)}
    planned = planned_dates(page)
    if not page.is_series and existing:
        # A one-off event keeps its one date (and so its calendar UID) when its day changes.
        day, start, end = planned[0]
        occurrence = next(iter(existing.values()))
        occurrence.day = day
        _update(occurrence, page, start, end, keep_times=occurrence.moved)
        return
    now = timezone.now()
    for day, start, end in planned:
        occurrence = existing.pop(day, None)
        if occurrence is None:
            occurrence = Occurrence(event=page, day=day, starts_at=start, ends_at=end)
            occurrence.stamp(page)
            occurrence.save()
        elif (occurrence.ends_at or occurrence.starts_at) >= now:
            _update(occurrence, page, start, end, keep_times=occurrence.moved)
    for occurrence in existing.values():
        if (occurrence.ends_at or occurrence.starts_at) < now:
            continue  # what happened stays, notes and all
        if occurrence.registrations.exists():
            occurrence.status = Occurrence.Status.CANCELLED
            occurrence.stamp(page)
            with registrants_told_of_changes(occurrence):
                occurrence.save()
        else:
            occurrence.delete()


def _update(occurrence, page, start, end, *, keep_times):
    if not keep_times:
        occurrence.starts_at, occurrence.ends_at = start, end
    occurrence.stamp(page)
    with registrants_told_of_changes(occurrence):
        occurrence.save()


def restamp(occurrence):
    """After staff change a date in the admin: bump its SEQUENCE if calendars would show a change."""
    occurrence.stamp(occurrence.event.specific)


def series_needing_dates(model, now=None):
    """Live series of `model` whose last made date is within eleven months: time to make more."""
    from datetime import timedelta

    from django.db.models import Max

    soon = (now or timezone.now()) + timedelta(days=335)
    pages = model.objects.live().filter(locale=Locale.get_default()).exclude(repeats="once")
    latest = dict(
        Occurrence.objects.filter(event__in=pages).values_list("event").annotate(last=Max("starts_at"))
    )
    for page in pages:
        last = latest.get(page.pk)
        if last is None:
            yield page
            continue
        ended = page.repeat_until is not None and timezone.localdate(last) >= page.repeat_until
        if last < soon and not ended:
            yield page
