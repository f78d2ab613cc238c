"""The meetings app's part of the extranet home (extranet/dashboard.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.notifications import NotificationKind, pages_published_between
from extranet.dashboard import DASHBOARD_ITEMS, Panel

from .models import MeetingNotesPage


@hooks.register("register_extranet_dashboard_panel", order=20)
def upcoming_meetings_panel(home, request, now):
    """The next meetings below this extranet home that the member may see, soonest first."""
    meetings = (
        MeetingNotesPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(locale_id=home.locale_id)
        .upcoming(now)
        .order_by("starts_at")[:DASHBOARD_ITEMS]
    )
    return Panel("meetings/dashboard/upcoming_meetings.html", meetings=meetings)


@hooks.register("register_working_group_panel", order=20)
def group_meetings_panel(group, request, now):
    """A working group's home: the group's coming meetings and its most recent notes (the meeting pages
    placed below it), for whoever the policy lets see them (its members and staff)."""
    meetings = (
        MeetingNotesPage.objects.descendant_of(group)
        .visible_to(request.user)
        .filter(locale_id=group.locale_id)
    )
    upcoming = list(meetings.upcoming(now).order_by("starts_at")[:DASHBOARD_ITEMS])
    recent = list(meetings.past(now).order_by("-starts_at")[:DASHBOARD_ITEMS])
    if not upcoming and not recent:
        return None
    return Panel("meetings/group_meetings.html", upcoming=upcoming, recent=recent)


# -- Member notifications (core.notifications): the notifications app mails these as each member chooses


@hooks.register("register_notification_kind")
def meeting_notes_kind():
    def items(user, since, until, locale):
        return pages_published_between(MeetingNotesPage.objects.all(), user, since, until, locale)

    return NotificationKind("meeting_notes", _("New meeting notes"), items, order=20)
