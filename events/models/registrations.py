"""Who registered for which date, and every email they are owed.

A member registers with one click (their account's name and address); anyone else with a name and an
address, which they confirm from an emailed link before taking a place. A place is taken with the date's
row locked (events.registration), so two people can never take the last place together; once the places
are gone, people join the waiting list, and the first of them is moved up when someone cancels.

Each email a registration is owed is a row of its own (EventEmail, an EmailDelivery): stored first and
sent by the mail queue, retried if the mail server fails. A reminder is one row per registration and kind
(a database constraint), so it is sent once, however often the scheduler runs, and a registration
cancelled in the meantime is never sent one.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import access
from mail.links import site_url
from mail.models import EmailDelivery, EmailDeliveryQuerySet
from mail.text import render_subject

from .occurrences import Occurrence

TOKEN_SALT = "events.registration"  # noqa: S105  a signing salt, not a secret


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING])


class Registration(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Email not confirmed yet")
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("date"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    attended = models.BooleanField(_("attended"), default=False)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    # When the place (or the waiting-list spot) was taken: the waiting list moves up in this order.
    placed_at = models.DateTimeField(_("placed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["placed_at", "created_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # One registration per address and date: registering again reuses it.
            models.UniqueConstraint(fields=["occurrence", "email"], name="one_registration_per_email"),
        ]
        indexes = [models.Index(fields=["occurrence", "status", "placed_at"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_registered(self):
        return self.status == self.Status.REGISTERED

    @property
    def is_active(self):
        return self.status in (self.Status.REGISTERED, self.Status.WAITING)

    @property
    def token(self):
        """The signed key of the links in this registration's mail (confirm, cancel)."""
        return signing.dumps(self.pk, salt=TOKEN_SALT)

    @classmethod
    def from_token(cls, token):
        try:
            pk = signing.loads(token, salt=TOKEN_SALT)
        except signing.BadSignature:
            return None
        return cls.objects.select_related("occurrence__event").filter(pk=pk).first()

    def may_still_see_event(self):
        """May this registrant see the event now, by the access policy? A member: the event as the policy
        answers for their account (a group's event only while they are in the group and in good
        standing); someone without an account: only while the event is public. Asked when each email
        is sent, so no one is mailed about an event they can no longer see."""
        page = self.occurrence.event
        if self.user_id is not None:
            return access.may_view_page(self.user, page)
        return access.public_may_view(page)

    def link(self, name):
        with translation.override(self.language):
            return site_url(reverse(f"events:{name}", args=[self.token]))


class RegistrantMessage(models.Model):
    """What staff wrote to everyone registered (and waiting) for a date."""

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("date"), on_delete=models.CASCADE, related_name="messages"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=5000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message to registrants")
        verbose_name_plural = _("messages to registrants")

    def __str__(self):
        return self.subject


class EventEmail(EmailDelivery):
    class Kind(models.TextChoices):
        CONFIRM_ADDRESS = "confirm", _("Confirm your address")
        REGISTERED = "registered", _("You're registered")
        WAITING = "waiting", _("You're on the waiting list")
        PROMOTED = "promoted", _("A place opened up")
        REMINDER_DAY = "reminder_day", _("Reminder, the day before")
        REMINDER_HOUR = "reminder_hour", _("Reminder, an hour before")
        MESSAGE = "message", _("Message from staff")
        CHANGED = "changed", _("The date changed")
        CANCELLED = "cancelled", _("The date is cancelled")

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    message = models.ForeignKey(RegistrantMessage, null=True, blank=True, on_delete=models.CASCADE)
    # For a change notice: the date's SEQUENCE once changed, so each change is told once.
    about_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("event email")
        verbose_name_plural = _("event emails")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind"],
                condition=~Q(kind__in=["message", "changed", "cancelled"]),
                name="one_event_email_of_each_kind",
            ),
            models.UniqueConstraint(
                fields=["registration", "kind", "about_sequence"],
                condition=Q(kind__in=["changed", "cancelled"]),
                name="one_notice_per_change",
            ),
            models.UniqueConstraint(fields=["registration", "message"], name="one_copy_of_each_message"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.registration}"

    def email_still_wanted(self):
        registration = self.registration
        occurrence = registration.occurrence
        Kind, Status = self.Kind, Registration.Status
        if not registration.may_still_see_event():
            return False  # they left the group, or lapsed: nothing more about the event
        if self.kind == Kind.CONFIRM_ADDRESS:
            return registration.status == Status.UNCONFIRMED and not occurrence.is_past
        if self.kind == Kind.CANCELLED:
            return occurrence.is_cancelled and registration.is_active
        if occurrence.is_cancelled and self.kind != Kind.MESSAGE:
            return False
        if self.kind == Kind.CHANGED:
            # Only the newest time is worth telling, and only before the date.
            newer = registration.emails.filter(kind=Kind.CHANGED, about_sequence__gt=self.about_sequence)
            return registration.is_active and occurrence.starts_at > timezone.now() and not newer.exists()
        if self.kind in (Kind.REMINDER_DAY, Kind.REMINDER_HOUR):
            return registration.is_registered and occurrence.starts_at > timezone.now()
        if self.kind == Kind.WAITING:
            return registration.status == Status.WAITING
        if self.kind in (Kind.REGISTERED, Kind.PROMOTED):
            return registration.is_registered
        return registration.is_active

    def build_email(self):
        from ..calendar import calendar_file
        from ..localized import event_in_language

        registration = self.registration
        occurrence = registration.occurrence
        with translation.override(registration.language):
            page = event_in_language(occurrence.event, registration.language)
            registered = registration.is_registered
            context = {
                "registration": registration,
                "occurrence": occurrence,
                "event": page,
                "event_url": site_url(occurrence.path_on(page)),
                # Only a registered person is ever sent the joining link.
                "joining_url": page.joining_url if registered and not occurrence.is_cancelled else "",
                "confirm_url": registration.link("confirm"),
                "cancel_url": registration.link("cancel"),
                "message": self.message,
                "kind": self.kind,
            }
            subject = render_subject(f"events/emails/{self.kind}_subject.txt", context)
            body = render_to_string(f"events/emails/{self.kind}.txt", context)
            email = EmailMessage(subject=subject, body=body, to=[registration.email])
            if registered and self.kind != self.Kind.CONFIRM_ADDRESS:
                ics = calendar_file([(occurrence, page)], with_joining_links=True)
                email.attach("event.ics", ics, "text/calendar")
        return email
