"""Taking, confirming and giving up places. Every change of a date's places happens with the date's row
locked (`select_for_update`), so concurrent requests queue up on it: the count of registered people is
read and changed by one request at a time, and a date is never over-booked. The mail each change owes is
stored in the same transaction and sent by the queue after the commit."""

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from core import access
from serving import api as serving
from workinggroups.access import group_key_above

from .models import EventEmail, Occurrence, Registration

Status = Registration.Status


def _locked(occurrence):
    return Occurrence.objects.select_for_update().get(pk=occurrence.pk)


def _place(registration, occurrence, capacity):
    """Give `registration` a place, or a spot on the waiting list (the date's row is locked)."""
    taken = occurrence.registrations.filter(status=Status.REGISTERED).count()
    has_room = capacity is None or taken < capacity
    registration.status = Status.REGISTERED if has_room else Status.WAITING
    registration.placed_at = timezone.now()
    registration.cancelled_at = None
    registration.save()
    owe(registration, EventEmail.Kind.REGISTERED if has_room else EventEmail.Kind.WAITING)


def owe(registration, kind):
    """Store the email of `kind` this registration is owed (sent again if it was sent before: a
    re-registration), and queue it."""
    email, _created = EventEmail.objects.get_or_create(registration=registration, kind=kind)
    email.queue_email()
    return email


def register_member(occurrence, user, capacity):
    """One click: the member's account gives the name and address. Returns the registration (an active
    one is left as it is)."""
    with transaction.atomic():
        occurrence = _locked(occurrence)
        registration = _existing(occurrence, user.email)
        if registration is None:
            registration = _create(
                occurrence, user=user, name=user.get_full_name() or user.email, email=user.email
            )
        elif registration.is_active:
            return registration
        registration.user = user
        _place(registration, occurrence, capacity)
        return registration


def register_public(occurrence, name, email):
    """Someone without an account: stored unconfirmed, with a link to confirm the address. An active
    registration for the address is left as it is (the form answers the same either way)."""
    with transaction.atomic():
        occurrence = _locked(occurrence)
        registration = _existing(occurrence, email)
        if registration is None:
            registration = _create(occurrence, name=name, email=email)
        elif registration.is_active:
            return registration
        registration.name = name
        registration.status = Status.UNCONFIRMED
        registration.save()
        owe(registration, EventEmail.Kind.CONFIRM_ADDRESS)
        return registration


def confirm(registration, capacity):
    """The emailed link was followed: take a place (or a waiting-list spot). Idempotent."""
    with transaction.atomic():
        occurrence = _locked(registration.occurrence)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.UNCONFIRMED:
            _place(registration, occurrence, capacity)
        return registration


def cancel(registration, capacity):
    """Give up a place; the first on the waiting list, if any, takes it and is told."""
    with transaction.atomic():
        occurrence = _locked(registration.occurrence)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return None
        was_registered = registration.is_registered
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_registered:
            return promote_waiting(occurrence, capacity)
        return None


def promote_waiting(occurrence, capacity):
    """Move people up from the waiting list while there is room (the date's row is locked)."""
    promoted = None
    taken = occurrence.registrations.filter(status=Status.REGISTERED).count()
    while capacity is None or taken < capacity:
        waiting = occurrence.registrations.filter(status=Status.WAITING).order_by("placed_at", "pk").first()
        if waiting is None:
            break
        waiting.status = Status.REGISTERED
        waiting.save(update_fields=["status"])
        owe(waiting, EventEmail.Kind.PROMOTED)
        promoted = waiting
        taken += 1
    return promoted


def _existing(occurrence, email):
    return occurrence.registrations.filter(email__iexact=email).first()


def _create(occurrence, **fields):
    try:
        with transaction.atomic():
            return Registration.objects.create(
                occurrence=occurrence,
                status=Status.UNCONFIRMED,
                language=translation.get_language() or "en",
                **fields,
            )
    except IntegrityError:
        # The same address at the same moment: the date's lock makes this rare; use the other row.
        return occurrence.registrations.get(email=fields["email"])


def cancel_places_no_longer_seen(user):
    """Cancel `user`'s places (and waiting-list spots) on the coming dates of working groups' events the
    access policy no longer lets them see: they left the group, were taken out of it, or their ally
    lapsed. Each cancellation moves the waiting list up as usual. Returns the registrations cancelled."""
    serving.forget_for_request()  # the reader's groups and standing, as they are now
    registrations = (
        Registration.objects.active()
        .filter(user_id=user.pk, occurrence__in=Occurrence.objects.upcoming())
        .select_related("occurrence__event")
    )
    cancelled = []
    for registration in registrations:
        event = registration.occurrence.event
        if group_key_above(event) is None or access.may_view_page(user, event):
            continue
        cancel(registration, event.specific.capacity)
        cancelled.append(registration)
    return cancelled
