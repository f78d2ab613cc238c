"""The dates an event happens on. A one-off event has one; a monthly series has one per month, made
when the page is published and a year ahead (kept ahead by the scheduler). Staff may move or cancel a
single date in the admin; publishing the series again leaves such a date as staff set it.

Each date is one calendar entry: its UID is fixed when the date is made (so it stays the same across
edits), and its SEQUENCE goes up whenever what a calendar shows of it changes (`fingerprint`).
"""

import hashlib

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mail.links import site_url
from serving.api import shown_on_public_pages


class OccurrenceQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Not over yet: a date in progress still counts as upcoming."""
        now = now or timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now))

    def of_pages(self, pages):
        """The dates of these event pages (in any language: a date belongs to the event's source page,
        which shares the translation key)."""
        return self.filter(event__translation_key__in=pages.values("translation_key"))

    def with_counts(self):
        from .registrations import Registration

        status = Registration.Status
        return self.annotate(
            registered_count=Count("registrations", filter=Q(registrations__status=status.REGISTERED)),
            waiting_count=Count("registrations", filter=Q(registrations__status=status.WAITING)),
            cancelled_count=Count("registrations", filter=Q(registrations__status=status.CANCELLED)),
            attended_count=Count("registrations", filter=Q(registrations__attended=True)),
        )


@shown_on_public_pages  # the listings, the home page and the feeds show the dates
class Occurrence(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )
    # The date the series' rule gives (a one-off event: its own date). With the event, it names the date
    # in addresses (/<event>/2027-01-05/) and when the series is published again.
    day = models.DateField(_("date in the series"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_("Everyone registered or waiting is emailed when you cancel the date or change its time."),
    )
    moved = models.BooleanField(
        _("moved by staff"),
        default=False,
        help_text=_("Set when staff change the time: publishing the series again leaves this date as it is."),
    )
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("Shown with the date, e.g. why it moved.")
    )
    meeting_notes = models.ForeignKey(
        "meetings.MeetingNotesPage",
        verbose_name=_("meeting notes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_occurrences",
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event date")
        verbose_name_plural = _("event dates")
        constraints = [models.UniqueConstraint(fields=["event", "day"], name="one_occurrence_per_event_day")]

    def __str__(self):
        when = timezone.localtime(self.starts_at).strftime("%Y-%m-%d %H:%M")
        return f"{self.event.title} ({when})"

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self):
        return (self.ends_at or self.starts_at) < timezone.now()

    @property
    def uid(self):
        """The calendar entry's identity: fixed when the date is made."""
        return f"event-date-{self.pk}@{site_url().split('://', 1)[-1].rstrip('/')}"

    def path_on(self, page):
        """This date's own address below `page` (the event in the reader's language)."""
        if not page.specific.is_series:
            return page.url
        return page.url + page.specific.reverse_subpage("date_detail", kwargs={"day": self.day.isoformat()})

    def fingerprint_of(self, page):
        """What a calendar shows of this date: when it changes, the entry's SEQUENCE goes up."""
        shown = "|".join(
            str(value)
            for value in (
                self.starts_at.timestamp(),
                self.ends_at.timestamp() if self.ends_at else "",
                self.status,
                page.title,
                page.venue,
                page.address,
                page.summary,
            )
        )
        return hashlib.sha256(shown.encode()).hexdigest()

    def stamp(self, page):
        """Bump SEQUENCE if what calendars show changed since the last stamp. Saves nothing."""
        fingerprint = self.fingerprint_of(page)
        if self.fingerprint and fingerprint != self.fingerprint:
            self.sequence += 1
        self.fingerprint = fingerprint

    @property
    def registrants_link(self):
        """For the admin's listing: this date's registrants."""
        from django.urls import reverse
        from django.utils.html import format_html
        from django.utils.translation import gettext

        url = reverse("event_registrations:index") + f"?occurrence={self.pk}"
        message_url = reverse("event_dates:message", args=[self.pk])
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            url,
            gettext("Registrants"),
            message_url,
            gettext("Message them"),
        )

    def places_left(self, capacity):
        if capacity is None:
            return None
        from .registrations import Registration

        taken = self.registrations.filter(status=Registration.Status.REGISTERED).count()
        return max(0, capacity - taken)
