"""Who gets which notification email, when; and the links in it.

`plan_notification_emails(now)` (run by `manage.py send_notifications`, every minute by the scheduler)
stores one `NotificationEmail` per member and period that has something in it, and queues it:

- the weekly digest: the week before the current one (Monday 00:00 to Monday 00:00, site time), made on
  the first run of the week;
- immediate news: what was published since the member's last immediate email (at most a day back).
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from mail.links import site_url
from members.access import has_extranet_access
from members.groups import EXTRANET_AUDIENCE

from .kinds import notification_kinds
from .models import Frequency, NotificationEmail, frequencies_of

IMMEDIATE_LOOKBACK = datetime.timedelta(days=1)
UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def language_of(user):
    profile = getattr(user, "member_profile", None)
    return (profile.language if profile is not None else "") or settings.LANGUAGE_CODE


def sections_for(user, frequency, since, until):
    """[(kind, items)] for the kinds `user` gets at `frequency`, each with what is new in [since, until)
    that the member may see now, in their language. Empty when nothing is."""
    if not has_extranet_access(user):
        return []
    kinds = notification_kinds()
    chosen = frequencies_of(user, kinds)
    locale = Locale.objects.filter(language_code=language_of(user)).first() or Locale.get_default()
    sections = []
    for key, kind in kinds.items():
        if chosen[key] != frequency:
            continue
        items = list(kind.items(user, since, until, locale))
        if items:
            sections.append((kind, items))
    return sections


def unsubscribe_token(user, keys):
    return signing.dumps({"u": user.pk, "k": keys}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user, [kind keys]) or None for a link that is not ours."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None:
        return None
    return user, [key for key in str(data.get("k", "")).split(",") if key]


def unsubscribe_url(user, keys, language):
    with translation.override(language):
        return site_url(reverse("notifications:unsubscribe", args=[unsubscribe_token(user, keys)]))


def week_bounds(now):
    """The week before the one `now` is in: (its Monday 00:00, this Monday 00:00) in site time, and the
    ISO name of that week."""
    local = timezone.localtime(now)
    this_monday = (local - datetime.timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    previous_monday = this_monday - datetime.timedelta(days=7)
    year, week, _day = previous_monday.isocalendar()
    return previous_monday, this_monday, f"{year}-W{week:02d}"


def recipients():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=EXTRANET_AUDIENCE)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _store_and_queue(user, cadence, period, since, until):
    """Store the period's email once (a second run finds it), and queue it."""
    try:
        with transaction.atomic():
            email = NotificationEmail.objects.create(
                user=user, cadence=cadence, period=period, since=since, until=until
            )
            email.queue_email()
    except IntegrityError:
        return None
    return email


def plan_notification_emails(now=None):
    """Store and queue the emails owed now; returns how many were made."""
    now = now or timezone.now()
    made = 0
    week_start, week_end, week_name = week_bounds(now)
    minute = now.replace(second=0, microsecond=0)
    for user in recipients():
        if not has_extranet_access(user):
            continue
        already = NotificationEmail.objects.filter(
            user=user, cadence=NotificationEmail.Cadence.WEEKLY, period=week_name
        )
        if not already.exists() and sections_for(user, Frequency.WEEKLY, week_start, week_end):
            made += bool(
                _store_and_queue(user, NotificationEmail.Cadence.WEEKLY, week_name, week_start, week_end)
            )
        last = (
            NotificationEmail.objects.filter(user=user, cadence=NotificationEmail.Cadence.IMMEDIATE)
            .order_by("-until")
            .values_list("until", flat=True)
            .first()
        )
        since = max(last or minute - IMMEDIATE_LOOKBACK, minute - IMMEDIATE_LOOKBACK)
        if since < minute and sections_for(user, Frequency.IMMEDIATELY, since, minute):
            made += bool(
                _store_and_queue(user, NotificationEmail.Cadence.IMMEDIATE, minute.isoformat(), since, minute)
            )
    return made
