"""Template helpers of the events: a date's address, the time zone's name, and the home page's
"Upcoming events" (which home's template loads: home does not import events)."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import access
from events.localized import event_in_language, with_pages
from events.models import EventIndexPage, EventPage, Occurrence
from events.series import site_zone
from serving import api as serving

register = template.Library()

HOME_EVENTS = 3


@register.filter
def date_url(occurrence, page):
    """The address of `occurrence` below `page` (the event in the reader's language)."""
    return occurrence.path_on(page)


@register.simple_tag
def zone_name(moment):
    """The site's zone, named: its abbreviation at that moment and its full name (CST, America/Chicago)."""
    zone = site_zone()
    return f"{timezone.localtime(moment, zone).tzname()}, {zone.key}"


@register.simple_tag(takes_context=True)
def upcoming_events(context):
    """The next public events in the reader's language, for the home page. Kept as a fragment (the home
    page's query budget): replaced by any publish, and every hour, as dates pass."""
    request = context.get("request")
    hour = timezone.localtime().strftime("%Y%m%d%H")
    html = serving.cached(
        request, "events-home-upcoming", lambda: _upcoming_html(request), hour, lists_pages=True
    )
    return mark_safe(html)  # noqa: S308  rendered by our template, which escapes


def _upcoming_html(request):
    # The public's events index, as the access policy answers for everyone (the locale from the request's
    # memo: no query of its own).
    index = EventIndexPage.objects.filter(locale=serving.active_locale()).visible_to(access.ANONYMOUS).first()
    if index is None:
        return ""
    pages = EventPage.objects.child_of(index).cards()
    occurrences = list(
        Occurrence.objects.of_pages(pages)
        .upcoming()
        .filter(status=Occurrence.Status.SCHEDULED)
        .select_related("event")[:HOME_EVENTS]
    )
    keys = {occurrence.event.translation_key for occurrence in occurrences}
    rows = [(o, p, False) for o, p in with_pages(occurrences, pages.filter(translation_key__in=keys))]
    return render_to_string(
        "events/components/home_upcoming.html", {"rows": rows, "index": index}, request=request
    )


@register.simple_tag(takes_context=True)
def event_dates_of_notes(context, notes):
    """[(address, occurrence)] of the event dates these meeting notes belong to, in the reader's
    language, for the notes page's link back (meetings does not know events: its template asks here).
    Only dates of events the reader may see."""
    request = context.get("request")
    reader = access.reader(request)
    rows = []
    for occurrence in notes.event_occurrences.select_related("event"):
        page = event_in_language(occurrence.event, get_language())
        if access.may_view_page(reader, page):
            rows.append((occurrence.path_on(page), occurrence))
    return rows
