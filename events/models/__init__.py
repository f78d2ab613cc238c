"""Events: the page types (pages.py), the dates they happen on (occurrences.py), who registered and the
mail they are owed (registrations.py), and each member's private calendar address (feeds.py)."""

from .feeds import CalendarFeedToken
from .occurrences import Occurrence, OccurrenceQuerySet
from .pages import (
    EventIndexPage,
    EventKind,
    EventPage,
    EventPageBase,
    MemberEventIndexPage,
    MemberEventPage,
    Repeats,
)
from .registrations import EventEmail, RegistrantMessage, Registration

__all__ = [
    "CalendarFeedToken",
    "EventEmail",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPageBase",
    "MemberEventIndexPage",
    "MemberEventPage",
    "Occurrence",
    "OccurrenceQuerySet",
    "RegistrantMessage",
    "Registration",
    "Repeats",
]
