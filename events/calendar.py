"""Calendar files (RFC 5545) with the `icalendar` package: one event's .ics, the public feed of a
language, a member's private feed, and the file attached to registrants' mail.

Each date is one VEVENT: its UID is fixed when the date is made, SEQUENCE counts the changes calendars
were shown, a cancelled date says STATUS:CANCELLED (so subscribed calendars drop it), and times carry the
site's zone (TZID, with its VTIMEZONE). The joining link of an online event goes only into the file
attached to a registered person's mail (`with_joining_links`), never into a file or feed the site serves.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from mail.links import site_url

from .series import site_zone


def _location(page):
    parts = [part for part in (page.venue, " ".join(page.address.split())) if part]
    return ", ".join(parts)


def vevent(occurrence, page, *, with_joining_links=False):
    zone = site_zone()
    url = site_url(occurrence.path_on(page))
    entry = Event()
    entry.add("uid", occurrence.uid)
    entry.add("dtstamp", timezone.now())
    entry.add("last-modified", occurrence.updated_at or timezone.now())
    entry.add("sequence", occurrence.sequence)
    entry.add("summary", page.title)
    entry.add("dtstart", timezone.localtime(occurrence.starts_at, zone))
    if occurrence.ends_at:
        entry.add("dtend", timezone.localtime(occurrence.ends_at, zone))
    entry.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
    entry.add("url", url)
    description = [text for text in (page.summary, occurrence.note, url) if text]
    if with_joining_links and page.joining_url:
        description.append(page.joining_url)
    entry.add("description", "\n\n".join(description))
    location = _location(page)
    if location:
        entry.add("location", location)
    elif with_joining_links and page.joining_url:
        entry.add("location", page.joining_url)
    return entry


def calendar_file(pairs, *, name=None, with_joining_links=False):
    """The bytes of a calendar of these [(occurrence, page)]."""
    calendar = Calendar()
    calendar.add("prodid", "-//Alliance//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("name", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for occurrence, page in pairs:
        calendar.add_component(vevent(occurrence, page, with_joining_links=with_joining_links))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
