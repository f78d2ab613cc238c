"""The schema.org `Event` of a public event page's head (seo_tags.seo_head): its next date, how one
attends, and where. An online event's location is the event page itself: the joining link is for
registered people only."""

from django.utils import timezone

from seo import structured_data

MODES = {
    (True, False): "https://schema.org/OfflineEventAttendanceMode",
    (False, True): "https://schema.org/OnlineEventAttendanceMode",
    (True, True): "https://schema.org/MixedEventAttendanceMode",
}


def event_entity(page, *, url, image_url, language, organization):
    occurrences = page.occurrences
    occurrence = occurrences.upcoming().first() or occurrences.order_by("-starts_at").first()
    data = structured_data.common("Event", page, url, image_url, language)
    starts_at = occurrence.starts_at if occurrence else page.starts_at
    ends_at = occurrence.ends_at if occurrence else page.ends_at
    data["startDate"] = timezone.localtime(starts_at).isoformat()
    if ends_at:
        data["endDate"] = timezone.localtime(ends_at).isoformat()
    cancelled = occurrence is not None and occurrence.is_cancelled
    data["eventStatus"] = f"https://schema.org/{'EventCancelled' if cancelled else 'EventScheduled'}"
    mode = (page.is_in_person, page.is_online)
    data["eventAttendanceMode"] = MODES.get(mode, MODES[(True, False)])
    locations = []
    if page.is_in_person:
        place = {"@type": "Place", "name": page.venue or page.address}
        if page.address:
            place["address"] = " ".join(page.address.split())
        locations.append(place)
    if page.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if page.organiser:
        data["organizer"] = {"@type": "Organization", "name": page.organiser}
    else:
        data["organizer"] = structured_data.publisher(organization)
    return data
