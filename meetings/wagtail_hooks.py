"""The meetings app's part of the extranet home (extranet/dashboard.py)."""

from wagtail import hooks

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
