"""The site's own mailing list: subscribers, the consent trail behind every change, and the delivery of
news articles (one row per subscriber and article).

Mail is stored first and sent later by the "email" task queue, with the delivery state, retries and
back-off of mail.models.EmailDelivery (see mail/tasks.py).
"""

import secrets
import uuid

from django.conf import settings
from django.core import signing
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.tokens import new_nonce  # also named here for subscriptions/migrations/0001_initial.py
from mail.models import EmailDelivery, EmailDeliveryQuerySet

from . import consent

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"


class Lists(models.TextChoices):
    NEWS = "news", _("News")
    INVITATIONS = "invitations", _("Invitations to events")


class SubscriberQuerySet(EmailDeliveryQuerySet):
    def active(self):
        return self.filter(status=Subscriber.Status.ACTIVE)

    def on_list(self, name):
        return self.filter(**{name: True})

    def from_manage_token(self, token):
        try:
            key = signing.Signer(salt=MANAGE_SALT).unsign(token)
            return self.filter(key=uuid.UUID(key)).first()
        except (signing.BadSignature, ValueError):
            return None

    def from_confirm_token(self, token, max_age):
        """(subscriber, problem): problem is "expired" or "invalid" when the link cannot be used."""
        try:
            value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=max_age)
        except signing.SignatureExpired:
            return None, "expired"
        except signing.BadSignature:
            return None, "invalid"
        key, _sep, nonce = value.partition(":")
        try:
            subscriber = self.filter(key=uuid.UUID(key)).first()
        except ValueError:
            return None, "invalid"
        if subscriber is None or not secrets.compare_digest(subscriber.nonce, nonce):
            return None, "invalid"
        return subscriber, None


class Subscriber(EmailDelivery):
    """One address on the list. The email it owes (EmailDelivery) is the confirmation request."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        ACTIVE = "active", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"), unique=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    news = models.BooleanField(_("news"), default=False)
    invitations = models.BooleanField(_("invitations"), default=False)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    consent_version = models.CharField(_("consent wording"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # The key behind the preference and unsubscribe links (stable), and the nonce behind the current
    # confirmation link (renewed at every signup, so older confirmation links stop working).
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def is_subscribed(self):
        return self.status != self.Status.UNSUBSCRIBED

    @property
    def lists(self):
        return [value for value in Lists.values if getattr(self, value)]

    def get_lists_display(self):
        return ", ".join(str(label) for value, label in Lists.choices if getattr(self, value))

    # -- Links -----------------------------------------------------------------------------------------

    def confirm_token(self):
        return signing.TimestampSigner(salt=CONFIRM_SALT).sign(f"{self.key}:{self.nonce}")

    def manage_token(self):
        return signing.Signer(salt=MANAGE_SALT).sign(str(self.key))

    # -- Changes, each with its consent record -----------------------------------------------------------

    def record(self, action, *, page="", user=None, version=None):
        return ConsentRecord.objects.create(
            subscriber=self,
            action=action,
            news=self.news,
            invitations=self.invitations,
            language=self.language,
            status=self.status,
            wording_version=version or self.consent_version,
            page=page[:255],
            staff_user=user,
        )

    @transaction.atomic
    def sign_up(self, *, lists, language, name, version, page):
        """Ask for (another) confirmation. An active subscriber's lists change only once confirmed, so
        the request is remembered as a pending change on the consent trail; the address stays active."""
        if self.pk is None or self.status != self.Status.ACTIVE:
            self.status = self.Status.PENDING
            for value in Lists.values:
                setattr(self, value, value in lists)
            self.language = language
            self.name = name or self.name
            self.consent_version = version
        self.nonce = new_nonce()
        self.save()
        self.record(ConsentRecord.Action.SIGNUP, page=page, version=version)
        self.queue_email()

    @transaction.atomic
    def confirm(self, page=""):
        if self.status == self.Status.ACTIVE:
            return False
        self.status = self.Status.ACTIVE
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.nonce = new_nonce()  # the link works once
        self.save()
        self.record(ConsentRecord.Action.CONFIRM, page=page)
        return True

    @transaction.atomic
    def change_preferences(self, *, lists, language, page=""):
        for value in Lists.values:
            setattr(self, value, value in lists)
        self.language = language
        self.save()
        self.record(ConsentRecord.Action.PREFERENCES, page=page)

    @transaction.atomic
    def unsubscribe(self, *, action=None, user=None, page=""):
        if self.status == self.Status.UNSUBSCRIBED:
            return False
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.nonce = new_nonce()  # a confirmation link still in the inbox must not resubscribe
        self.save()
        self.record(action or ConsentRecord.Action.UNSUBSCRIBE, user=user, page=page)
        # Mail queued but not yet sent is no longer wanted (see email_still_wanted).
        return True

    # -- The confirmation email (EmailDelivery) ----------------------------------------------------------

    def email_still_wanted(self):
        return self.status != self.Status.UNSUBSCRIBED

    def build_email(self):
        from .emails import confirmation_email

        return confirmation_email(self)

    def export_data(self):
        """Everything kept about this person, for a subject access request."""
        fields = ["email", "name", "news", "invitations", "language", "status", "consent_version"]
        data = {name: getattr(self, name) for name in fields}
        for name in ["created_at", "confirmed_at", "unsubscribed_at"]:
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        data["consent_records"] = [
            {
                "at": r.created_at.isoformat(),
                "action": r.action,
                "lists": [v for v in Lists.values if getattr(r, v)],
                "language": r.language,
                "status": r.status,
                "wording_version": r.wording_version,
                "wording": str(consent.wording(r.wording_version)),
                "page": r.page,
                "by_staff": bool(r.staff_user_id),
            }
            for r in self.consent_records.order_by("created_at", "pk")
        ]
        data["emails_received"] = [
            {"article": d.mailing.title, "sent_at": d.email_sent_at.isoformat() if d.email_sent_at else None}
            for d in self.deliveries.select_related("mailing").order_by("pk")
        ]
        return data


class ConsentRecord(models.Model):
    """One change to a subscription, with the state it left behind. Deleted with the subscriber when
    someone asks to be erased."""

    class Action(models.TextChoices):
        SIGNUP = "signup", _("Signed up")
        CONFIRM = "confirm", _("Confirmed")
        PREFERENCES = "preferences", _("Changed preferences")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribed")
        ONE_CLICK = "one_click", _("Unsubscribed from the mail program")
        STAFF = "staff", _("Staff action")

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="consent_records"
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    action = models.CharField(_("how"), max_length=20, choices=Action.choices)
    news = models.BooleanField(_("news"))
    invitations = models.BooleanField(_("invitations"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Subscriber.Status.choices)
    wording_version = models.CharField(_("consent wording"), max_length=20, blank=True)
    page = models.CharField(_("page"), max_length=255, blank=True)
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"


class Mailing(models.Model):
    """One news article sent to the News list (on first publication, or when staff ask)."""

    class Trigger(models.TextChoices):
        PUBLISHED = "published", _("On publication")
        STAFF = "staff", _("Sent by staff")

    article = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("article"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The article in every language; a subscriber receives an article once, whatever the language.
    article_key = models.UUIDField(_("article"), db_index=True)
    title = models.CharField(_("title"), max_length=255)
    trigger = models.CharField(_("trigger"), max_length=20, choices=Trigger.choices)
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("news mailing")
        verbose_name_plural = _("news mailings")

    def __str__(self):
        return self.title


class NewsDelivery(EmailDelivery):
    """One article to one subscriber. The unique constraint is what makes every retry, sweep or second
    press of "send" safe: a subscriber can only ever have one delivery of an article."""

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    article_key = models.UUIDField()

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("news delivery")
        verbose_name_plural = _("news deliveries")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "article_key"], name="one_delivery_per_article")
        ]

    def __str__(self):
        return f"{self.mailing} → {self.subscriber}"

    def email_still_wanted(self):
        """The subscriber still wants news, and the article is still one the public may read (it may
        have been unpublished or put behind a restriction since it was queued)."""
        from .emails import article_for

        subscriber = self.subscriber
        return subscriber.is_active and subscriber.news and article_for(self) is not None

    def build_email(self):
        from .emails import article_email

        return article_email(self)
