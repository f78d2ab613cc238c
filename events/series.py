"""The dates of a monthly series ("the first Tuesday, 6 p.m."), worked out in the site's time zone.

A series repeats on the same weekday of the same week of the month as its first date (the first, second,
third or fourth Tuesday), or on the last one when the first date falls in a month's last seven days and
past the fourth week. The time of day is kept in the site's zone, so 6 p.m. stays 6 p.m. across a change
to or from summer time.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

# How far ahead a series' dates are made: members see the year ahead, and the scheduler's reminder pass
# (events.reminders) keeps the horizon moving.
HORIZON_DAYS = 366
LAST = -1


def site_zone():
    return ZoneInfo(settings.TIME_ZONE)


def week_of_month(day):
    """1 to 4 for the first to fourth weekday of its kind in the month; LAST for a fifth one."""
    week = (day.day - 1) // 7 + 1
    return LAST if week > 4 else week


def nth_weekday(year, month, weekday, week):
    """The date of the `week`-th `weekday` (Monday is 0) of a month; week LAST is the month's last."""
    if week == LAST:
        next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
        last_day = next_month - datetime.timedelta(days=1)
        return last_day - datetime.timedelta(days=(last_day.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))


def monthly_dates(first_start, first_end, *, until=None, now=None):
    """[(date, start, end)] of a monthly series from its first start to `until` (a date, inclusive) or
    the horizon, whichever is sooner. Each start and end is aware, in the site's zone."""
    zone = site_zone()
    local_start = timezone.localtime(first_start, zone)
    duration = (first_end - first_start) if first_end else None
    week = week_of_month(local_start.date())
    horizon = (timezone.localtime(now or timezone.now(), zone) + datetime.timedelta(days=HORIZON_DAYS)).date()
    last = min(until, horizon) if until else horizon
    dates = []
    year, month = local_start.year, local_start.month
    while True:
        day = nth_weekday(year, month, local_start.weekday(), week)
        if day > last:
            return dates
        start = datetime.datetime.combine(day, local_start.timetz().replace(tzinfo=None)).replace(tzinfo=zone)
        dates.append((day, start, start + duration if duration else None))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
