"""How long cached content may be kept: never past the next scheduled expiry of a live page.

The site hides a page from the moment its `expire_at` passes, before `publish_scheduled` has run and
unpublished it (no signal, so no new generation), so anything cached that shows the page (the page
itself, listings, their counts) must be gone by then."""

from django.utils import timezone


def seconds_to_keep(at_most):
    """`at_most` seconds, cut short by the next expiry of a live page (at least one second)."""
    from wagtail.models import Page

    now = timezone.now()
    next_expiry = (
        Page.objects.filter(live=True, expire_at__gt=now)
        .order_by("expire_at")
        .values_list("expire_at", flat=True)
        .first()
    )
    if next_expiry is None:
        return at_most
    return min(at_most, max(1, int((next_expiry - now).total_seconds())))
