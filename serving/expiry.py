"""How long cached content may be kept: never past the next scheduled expiry of a live page, nor past
the moment a response says it changes by itself.

The site hides a page from the moment its `expire_at` passes, before `publish_scheduled` has run and
unpublished it (no signal, so no new generation), so anything cached that shows the page (the page
itself, listings, their counts) must be gone by then. Likewise a listing of dates (the events index)
changes when a date passes from upcoming to past, with no save at all: its fragments say so
(`cached(..., until=...)`) and the response notes the moment (`note_changes_at`) for the page cache."""

from django.utils import timezone


def seconds_to_keep(at_most):
    """`at_most` seconds, cut short by the next expiry of a live page (at least one second)."""
    return seconds_until(next_expiry(), at_most)


def next_expiry():
    """When the next live page expires (None: no expiry is scheduled). Kept in the shared cache until a
    publish (only a publish sets a live page's `expire_at`) or that moment itself, and read once per
    request: PostgreSQL finds it by reading every page (12 ms at 100,000 articles), and it was asked
    for each fragment kept and each page stored in the page cache."""
    from .fragments import cached
    from .memo import remembered_for_request

    found = {}

    def from_the_pages():
        from wagtail.models import Page

        found["moment"] = (
            Page.objects.filter(live=True, expire_at__gt=timezone.now())
            .order_by("expire_at")
            .values_list("expire_at", flat=True)
            .first()
        )
        return found["moment"]

    def kept():
        return cached(
            None, "next-expiry", from_the_pages, "site-wide", lists_pages=True, until=lambda: found["moment"]
        )

    return remembered_for_request("next-expiry", kept)


def seconds_until(moment, at_most, now=None):
    """`at_most` seconds, cut short by `moment` (an aware datetime, or None: no limit), at least one."""
    if moment is None:
        return at_most
    now = now or timezone.now()
    return min(at_most, max(1, int((moment - now).total_seconds())))


_CHANGES_AT = "serving_changes_at"


def note_changes_at(request, moment):
    """The response to `request` shows what changes by itself at `moment` (an aware datetime; None:
    nothing does): the page cache keeps it no longer."""
    if request is None or moment is None:
        return
    noted = request.__dict__.get(_CHANGES_AT)
    request.__dict__[_CHANGES_AT] = moment if noted is None else min(noted, moment)


def changes_at(request):
    """The earliest moment noted for the response to `request`, or None."""
    return request.__dict__.get(_CHANGES_AT)
