"""Dates as offsets from the day the command runs; `demo.pages.Resolver` turns them into real dates."""

from dataclasses import dataclass

THURSDAY = 3  # date.weekday() numbering


@dataclass(frozen=True)
class DaysFromToday:
    days: int
    # If set, move forward to this weekday (0 = Monday), e.g. to keep sessions on the same evening.
    weekday: int | None = None


@dataclass(frozen=True)
class MomentFromToday:
    """A date and time of day (local time), for fields such as `first_published_at`."""

    days: int
    hour: int = 9


def days_from_today(days, weekday=None):
    return DaysFromToday(days, weekday)


def published(days, hour=9):
    return MomentFromToday(days, hour)
