"""Each member's choice per kind of news, and the emails that carry the news.

A `NotificationEmail` is one email to one member for one period: the week of a digest (`2026-W49`), or
the minute of an immediate send. The unique constraint makes each period's email once, whatever runs
`send_notifications` twice; the mail queue retries it while the mail server is down. What it lists is
worked out when it is sent, from what the member may see then (core.access), so nothing is mailed that
they could not open at that moment; an email left with nothing to list is not sent.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mail.models import EmailDelivery, EmailDeliveryQuerySet


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    WEEKLY = "weekly", _("In the weekly digest")
    NEVER = "never", _("Never")


# What a member who has chosen nothing gets: the weekly digest, which they can change or leave.
DEFAULT_FREQUENCY = Frequency.WEEKLY


class NotificationPreference(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=50)
    frequency = models.CharField(_("how often"), max_length=20, choices=Frequency.choices)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")]

    def __str__(self):
        return f"{self.user}: {self.kind} {self.frequency}"


def frequencies_of(user, kinds):
    """{kind key: frequency} for every kind, the default where the member chose nothing."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "frequency"))
    return {key: chosen.get(key, DEFAULT_FREQUENCY) for key in kinds}


def set_frequency(user, kind, frequency):
    NotificationPreference.objects.update_or_create(user=user, kind=kind, defaults={"frequency": frequency})


class NotificationEmail(EmailDelivery):
    class Cadence(models.TextChoices):
        IMMEDIATE = "immediate", _("Immediate")
        WEEKLY = "weekly", _("Weekly digest")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="notification_emails",
    )
    cadence = models.CharField(_("cadence"), max_length=20, choices=Cadence.choices)
    period = models.CharField(_("period"), max_length=40)
    since = models.DateTimeField(_("news since"))
    until = models.DateTimeField(_("news until"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification email")
        verbose_name_plural = _("notification emails")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cadence", "period"], name="one_notification_email_per_period"
            )
        ]

    def __str__(self):
        return f"{self.user} {self.cadence} {self.period}"

    def wanted_frequency(self):
        return Frequency.IMMEDIATELY if self.cadence == self.Cadence.IMMEDIATE else Frequency.WEEKLY

    def sections(self):
        """[(kind, items)] of the kinds this member gets at this cadence, as the member may see them now."""
        from .sending import sections_for

        return sections_for(self.user, self.wanted_frequency(), self.since, self.until)

    def email_still_wanted(self):
        return self.user.is_active and bool(self.user.email) and bool(self.sections())

    def build_email(self):
        from .sending import language_of, unsubscribe_url

        sections = self.sections()
        if not sections:
            return None
        language = language_of(self.user)
        with translation.override(language):
            rows = [(kind, items, unsubscribe_url(self.user, kind.key, language)) for kind, items in sections]
            context = {"user": self.user, "sections": rows, "email": self, "language": language}
            subject = render_to_string("emails/notifications/subject.txt", context).strip()
            text = render_to_string("emails/notifications/notification.txt", context)
            html = render_to_string("emails/notifications/notification.html", context)
        # RFC 8058: the one-click header leaves the kinds this email carries (the body has a link per kind).
        keys = ",".join(kind.key for kind, _items in sections)
        message = EmailMultiAlternatives(
            subject=subject,
            body=text,
            to=[self.user.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url(self.user, keys, language)}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(html, "text/html")
        return message
