"""The events' pages and doors: listings, an event and its dates, registering, the emailed confirm and
cancel links, each member's registrations and private calendar address, and the calendar files.

What is personal (a registration, the joining link, places left) is shown only to a signed-in reader,
whose responses no shared cache keeps (`serving.api.mark_private`); the anonymous public page, which
the page cache keeps, shows none of it.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from core import access, ratelimit
from core.pagination import paginate
from mail.links import site_url
from serving.api import cached_for_page, cached_many, mark_private, note_changes_at, page_scope

from . import registration as places
from .calendar import calendar_file, calendar_response
from .forms import EventFilterForm, PublicRegistrationForm
from .localized import pages_by_key, with_pages
from .models import CalendarFeedToken, EventPage, MemberEventPage, Occurrence, Registration

PER_PAGE = 20
# Public registrations from one network: enough for a family or an office, not for a script.
CLIENT_LIMIT, CLIENT_WINDOW = 20, 3600
# What a feed shows of the past: calendars keep their own copies of older entries.
FEED_PAST_DAYS = 92
UPCOMING_DATES_SHOWN = 12


# ---------------------------------------------------------------------------------------------------
# Listings
# ---------------------------------------------------------------------------------------------------


def event_listing(index, request):
    """An events index: the filters, then a page of upcoming or past dates. On the public index, what
    is the same for every reader is kept (serving): the regions, the number of dates, the dates of each
    page of the listing and each date's entry; a signed-in reader's own registrations are asked for on
    each request. Kept listings go when a date passes from upcoming to past (`next_change`), as when a
    page expires; a publish or a change to a date replaces them (serving.invalidation). The members'
    index lists what its reader may see, and keeps nothing."""
    kept = index.listing_same_for_every_reader

    def keep(name, compute, *parts, until=None):
        if not kept:
            return compute()
        return cached_for_page(
            request, index, name, compute, index.pk, *parts, until_next_expiry=True, until=until
        )

    pages = index.event_pages(request)
    regions = keep(
        "event-regions",
        lambda: sorted(pages.exclude(region="").order_by().values_list("region", flat=True).distinct()),
    )
    form = EventFilterForm(request.GET or None, regions=regions)
    when, kind, region = "upcoming", "", ""
    if form.is_bound and not form.is_valid():
        pages = pages.none()
        when = "none"
    elif form.is_bound:
        when = form.cleaned_data["when"] or "upcoming"
        if kind := form.cleaned_data["kind"]:
            pages = pages.filter(kind=kind)
        if region := form.cleaned_data["region"]:
            pages = pages.filter(region=region)
    now = timezone.now()
    occurrences = Occurrence.objects.of_pages(pages).select_related("event")
    if when == "past":
        occurrences = occurrences.past(now).order_by("-starts_at")
    else:
        occurrences = occurrences.upcoming(now).order_by("starts_at")

    # A date passes from upcoming to past by itself, with no save: what is kept of the listing goes
    # then (and the page cache's copy of the page with it).
    computed = {}

    def compute_change():
        computed["at"] = next_change(pages, now)
        return computed["at"]

    changes_at = keep(
        "event-changes-at", compute_change, when, kind, region, until=lambda: moment(computed["at"])
    )
    note_changes_at(request, moment(changes_at))

    def until():
        return moment(changes_at)

    count = keep("event-count", occurrences.count, when, kind, region, until=until)
    listing = paginate(request, occurrences, PER_PAGE, count=count)
    loaded = {"occurrences": {}, "pages": {}}

    def shown_ids():
        shown = list(listing.object_list)
        keys = {occurrence.event.translation_key for occurrence in shown}
        pairs = with_pages(shown, pages.filter(translation_key__in=keys))
        loaded["occurrences"].update((occurrence.pk, occurrence) for occurrence, _ in pairs)
        loaded["pages"].update((page.pk, page) for _, page in pairs)
        return [(occurrence.pk, page.pk) for occurrence, page in pairs]

    ids = keep("event-listing", shown_ids, when, kind, region, listing.number, until=until)
    if request.user.is_authenticated:
        mark_private(request)
        mine = set(
            Registration.objects.active()
            .filter(user=request.user, occurrence__in=[occurrence_id for occurrence_id, _ in ids])
            .values_list("occurrence_id", flat=True)
        )
    else:
        mine = set()
    return index.render(
        request,
        context_overrides={
            "filter_form": form,
            "is_filtered": any(request.GET.get(name) for name in ("kind", "region")),
            "showing_past": when == "past",
            "listing": listing,
            "rows": listing_entries(request, ids, mine, loaded, pages.model, keep=kept),
            "feed_url": index.feed_url if index.has_public_feed else "",
        },
    )


def next_change(pages, now):
    """When the next date of these event pages passes from upcoming to past (the moment it ends, or
    starts when it has no end: `OccurrenceQuerySet.upcoming`), as a timestamp; None when none will."""
    first = (
        Occurrence.objects.of_pages(pages)
        .upcoming(now)
        .aggregate(first=Min(Coalesce("ends_at", "starts_at")))["first"]
    )
    return first.timestamp() if first else None


def moment(timestamp):
    return None if timestamp is None else datetime.datetime.fromtimestamp(timestamp, datetime.UTC)


ENTRY_TEMPLATE = "events/components/event_item.html"


def listing_entries(request, ids, mine, loaded, page_model, *, keep):
    """Each listed date's entry (`ids`: [(occurrence id, page id)] in order), kept when `keep` as a
    card is, for every reader of the language and host (a change to a date replaces every kept entry;
    a publish of the event, its own). The dates and pages not `loaded` yet are loaded for the first
    entry not kept, in two queries for the lot."""

    def render(parts):
        occurrence_id, page_id, is_mine = parts
        if occurrence_id not in loaded["occurrences"] or page_id not in loaded["pages"]:
            loaded["occurrences"].update(Occurrence.objects.in_bulk([o for o, _ in ids]))
            loaded["pages"].update(page_model.objects.in_bulk([p for _, p in ids]))
        context = {
            "occurrence": loaded["occurrences"][occurrence_id],
            "page": loaded["pages"][page_id],
            "mine": is_mine,
        }
        return render_to_string(ENTRY_TEMPLATE, context, request=request)

    parts = [(occurrence_id, page_id, occurrence_id in mine) for occurrence_id, page_id in ids]
    if keep:
        scopes = [[page_scope(page_id)] for _, page_id in ids]
        entries = cached_many(request, "event-entry", render, parts, scopes_each=scopes)
    else:
        entries = [render(entry) for entry in parts]
    return [mark_safe(entry) for entry in entries]  # noqa: S308  our template's output, escaped there


# ---------------------------------------------------------------------------------------------------
# An event and its dates
# ---------------------------------------------------------------------------------------------------


def occurrence_for(page, day):
    """The date asked for (`day`, from the address), or for the page itself its next date (else its
    last one)."""
    occurrences = page.occurrences
    if day is not None:
        try:
            parsed = datetime.date.fromisoformat(day)
        except ValueError:
            raise Http404 from None
        occurrence = occurrences.filter(day=parsed).select_related("meeting_notes").first()
        if occurrence is None:
            raise Http404
        return occurrence
    return (
        occurrences.upcoming().select_related("meeting_notes").first()
        or occurrences.select_related("meeting_notes").order_by("-starts_at").first()
    )


def registration_of(user, occurrence):
    if not user.is_authenticated or occurrence is None:
        return None
    return occurrence.registrations.exclude(status=Registration.Status.CANCELLED).filter(user=user).first()


def closed_reason(page, occurrence):
    if occurrence is None:
        return _("There is no date to register for.")
    if occurrence.is_cancelled:
        return _("This date is cancelled.")
    if occurrence.is_past:
        return _("This date has passed.")
    if not page.registration_open:
        return _("Registration is closed.")
    return ""


def event_page(page, request, day=None):
    occurrence = occurrence_for(page, day)
    context = {"occurrence": occurrence, "closed_reason": closed_reason(page, occurrence)}
    if occurrence is not None:
        context["date_url"] = occurrence.path_on(page)
        context["ics_url"] = (
            page.url + page.reverse_subpage("date_ics", kwargs={"day": occurrence.day.isoformat()})
            if page.is_series
            else page.url + page.reverse_subpage("ics")
        )
        context["register_url"] = (
            page.url + page.reverse_subpage("date_register", kwargs={"day": occurrence.day.isoformat()})
            if page.is_series
            else page.url + page.reverse_subpage("register")
        )
        if occurrence.meeting_notes_id:
            context["notes_url"] = access.followable_url(occurrence.meeting_notes, request)
    if page.is_series:
        context["upcoming_dates"] = list(page.occurrences.upcoming()[:UPCOMING_DATES_SHOWN])
    if request.user.is_authenticated:
        # Personal from here on: this reader's registration, and the joining link if they hold a place.
        mark_private(request)
        context["my_registration"] = registration_of(request.user, occurrence)
        if occurrence is not None and page.capacity is not None:
            context["places_left"] = occurrence.places_left(page.capacity)
    return page.render(request, context_overrides=context)


def register(page, request, day=None):
    # The page's own serve asks the policy before any route; asked again here, for the door that takes
    # places (a group's event: its members and staff only, even by a POST made by hand).
    if not access.may_view_page(request.user, page):
        raise PermissionDenied
    occurrence = occurrence_for(page, day)
    mark_private(request)
    reason = closed_reason(page, occurrence)
    context = {"occurrence": occurrence, "closed_reason": reason}
    date_url = occurrence.path_on(page) if occurrence else page.url
    context["date_url"] = date_url
    if request.user.is_authenticated:
        context["my_registration"] = registration_of(request.user, occurrence)
        if request.method == "POST" and not reason:
            registration = places.register_member(occurrence, request.user, page.capacity)
            messages.success(request, registered_message(registration))
            response = redirect(date_url)
            add_never_cache_headers(response)
            return response
    elif request.method == "POST" and not reason:
        form = PublicRegistrationForm(request.POST)
        if not ratelimit.hit(f"events:ip:{ratelimit.client_ip(request)}", CLIENT_LIMIT, CLIENT_WINDOW):
            form.is_valid()
            form.add_error(None, _("We have received many registrations from your network. Try again later."))
            return _render_register(page, request, context | {"form": form}, status=429)
        if form.is_valid():
            places.register_public(occurrence, form.cleaned_data["name"], form.cleaned_data["email"])
            # The same answer whoever the address belongs to: the form tells no one who registered.
            return _render_register(page, request, context | {"sent_to": form.cleaned_data["email"]})
        return _render_register(page, request, context | {"form": form}, status=400)
    else:
        context["form"] = PublicRegistrationForm()
    status = 409 if request.method == "POST" and reason else 200
    if page.capacity is not None and occurrence is not None:
        context["places_left"] = occurrence.places_left(page.capacity)
    return _render_register(page, request, context, status=status)


def _render_register(page, request, context, status=200):
    response = page.render(request, context_overrides=context, template="events/register.html")
    response.status_code = status
    add_never_cache_headers(response)
    return response


def registered_message(registration):
    if registration.is_registered:
        return _("You're registered. We've emailed you the details and a calendar file.")
    return _("The event is full: you're on the waiting list. We'll email you if a place opens up.")


def event_ics(page, request, day=None):
    occurrences = page.occurrences
    if day is not None:
        occurrences = [occurrence_for(page, day)]
    content = calendar_file([(occurrence, page) for occurrence in occurrences], name=page.title)
    return calendar_response(content, f"{page.slug}.ics")


def public_feed(index, request):
    """This language's public events, for calendar programs to subscribe to."""
    pages = EventPage.objects.child_of(index).cards()
    return calendar_response(_feed_content(pages, index.title), "events.ics")


def _feed_content(pages, name):
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    occurrences = Occurrence.objects.of_pages(pages).filter(starts_at__gte=since).select_related("event")
    keys = {occurrence.event.translation_key for occurrence in occurrences}
    return calendar_file(with_pages(occurrences, pages.filter(translation_key__in=keys)), name=name)


# ---------------------------------------------------------------------------------------------------
# The emailed links: confirm an address, cancel a registration
# ---------------------------------------------------------------------------------------------------


def _linked_registration(token):
    registration = Registration.from_token(token)
    if registration is None:
        return None, None
    return registration, registration.occurrence.event.specific


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_registration(request, token):
    """GET shows a button (mail scanners follow links; only a person presses it); POST confirms."""
    registration, event = _linked_registration(token)
    if registration is None:
        return render(request, "events/bad_link.html", status=400)
    if not registration.may_still_see_event():
        return render(request, "events/bad_link.html", status=400)
    if request.method == "POST":
        registration = places.confirm(registration, event.capacity)
        return render(
            request,
            "events/link_done.html",
            {"registration": registration, "message": registered_message(registration)},
        )
    return render(request, "events/link_confirm.html", {"registration": registration, "action": "confirm"})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def cancel_registration(request, token):
    registration, event = _linked_registration(token)
    if registration is None:
        return render(request, "events/bad_link.html", status=400)
    if request.method == "POST":
        places.cancel(registration, event.capacity)
        registration.refresh_from_db()
        return render(
            request,
            "events/link_done.html",
            {"registration": registration, "message": _("Your registration is cancelled.")},
        )
    return render(request, "events/link_confirm.html", {"registration": registration, "action": "cancel"})


# ---------------------------------------------------------------------------------------------------
# A member's own: registrations and the private calendar address
# ---------------------------------------------------------------------------------------------------


def my_events(index, request):
    mark_private(request)
    mine = Registration.objects.filter(user=request.user).select_related("occurrence__event")
    if request.method == "POST":
        registration = mine.filter(pk=request.POST.get("registration")).first()
        if registration is not None and registration.is_active:
            places.cancel(registration, registration.occurrence.event.specific.capacity)
            messages.success(request, _("Your registration is cancelled."))
        return redirect(index.my_events_url)
    upcoming = list(mine.active().filter(occurrence__in=Occurrence.objects.upcoming()))
    upcoming.sort(key=lambda registration: registration.occurrence.starts_at)
    pages = pages_by_key([registration.occurrence.event for registration in upcoming], index.locale)
    rows = [
        (
            registration,
            pages.get(registration.occurrence.event.translation_key, registration.occurrence.event),
        )
        for registration in upcoming
    ]
    return index.render(request, context_overrides={"rows": rows}, template="events/my_events.html")


def calendar_feed(index, request):
    mark_private(request)
    token = CalendarFeedToken.for_user(request.user)
    if request.method == "POST":
        token.regenerate()
        messages.success(request, _("You have a new calendar address. The old one no longer works."))
        return redirect(index.calendar_feed_url)
    return index.render(
        request,
        context_overrides={"feed_address": site_url(token.path)},
        template="events/calendar_feed.html",
    )


@never_cache
def private_feed(request, token):
    """A member's calendar: the member-only events they may see now, and the public ones, in the
    address's language. An unknown or regenerated token, or a member no longer in good standing, gets
    404: the address says nothing."""
    mark_private(request)
    feed = CalendarFeedToken.objects.select_related("user").filter(token=token).first()
    if feed is None or not access.signed_in_and_in_good_standing(feed.user):
        raise Http404
    locale = Locale.get_active()
    member_pages = access.visible_pages(MemberEventPage.objects.filter(locale=locale), feed.user)
    public_pages = EventPage.objects.filter(locale=locale).cards()
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    pairs = []
    for pages in (member_pages, public_pages):
        occurrences = Occurrence.objects.of_pages(pages).filter(starts_at__gte=since).select_related("event")
        pairs += with_pages(occurrences, pages)
    pairs.sort(key=lambda pair: pair[0].starts_at)
    return calendar_response(calendar_file(pairs, name=_("My events")), "my-events.ics")
