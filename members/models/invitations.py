"""Invitations: the only way in. Staff invite a person; the emailed link lets them set a password once.

The link carries a signed (id, nonce) pair. The nonce is random and stored on the invitation; sending the
invitation again draws a new one, so only the latest link works, and an accepted, revoked or expired
invitation accepts no link at all. Signing with SECRET_KEY means the database alone cannot forge a link.
"""

from datetime import timedelta

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from core.tokens import new_nonce  # also named here for members/migrations/0001_initial.py
from mail.links import site_url
from mail.models import EmailDelivery, EmailDeliveryQuerySet
from mail.text import render_subject
from members.groups import MEMBERS

from .profiles import MemberProfile

TOKEN_SALT = "members.invitation"  # noqa: S105 (a signing salt, not a secret)


def default_expiry():
    return timezone.now() + timedelta(days=settings.MEMBERS_INVITATION_EXPIRY_DAYS)


class InvitationQuerySet(EmailDeliveryQuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())

    def in_state(self, state):
        """Invitations in one of the states of Invitation.State (computed, not stored)."""
        if state == Invitation.State.PENDING:
            return self.pending()
        if state == Invitation.State.ACCEPTED:
            return self.filter(accepted_at__isnull=False)
        if state == Invitation.State.REVOKED:
            return self.filter(accepted_at__isnull=True, revoked_at__isnull=False)
        if state == Invitation.State.EXPIRED:
            return self.filter(
                accepted_at__isnull=True, revoked_at__isnull=True, expires_at__lte=timezone.now()
            )
        return self.none()

    def from_token(self, token):
        """The invitation a link's token names, whatever its state, or None if the token is not one of
        ours or has been replaced by a newer link."""
        try:
            pk, nonce = signing.loads(token, salt=TOKEN_SALT)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        invitation = self.filter(pk=pk).select_related("organization").first()
        if invitation is None or not constant_time_compare(invitation.nonce, str(nonce)):
            return None
        return invitation


class Invitation(EmailDelivery):
    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    email = models.EmailField(_("email"))
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    organization = models.ForeignKey(
        "members.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="invitations",
        help_text=_("Leave empty to invite an individual member."),
    )
    language = models.CharField(
        _("language of the email"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    application = models.ForeignKey(
        "members.MembershipApplication",
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
        editable=False,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=default_expiry, editable=False)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    accepted_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    nonce = models.CharField(max_length=64, default=new_nonce, editable=False)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.full_name} <{self.email}>"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def clean(self):
        """An invitation to an ally that is not active would lead to the extranet's 403 page: a lapsed
        ally's members are outside its audience (docs/privacy.md). Staff reactivate the ally first."""
        super().clean()
        if self.organization_has_lapsed and not self.accepted_at and not self.revoked_at:
            raise ValidationError({"organization": self.lapsed_organization_message()})

    def lapsed_organization_message(self):
        return _(
            "%(organization)s has lapsed, so its members cannot enter the extranet. Make it "
            "active again first, or invite the person as an individual member."
        ) % {"organization": self.organization.name}

    @property
    def organization_has_lapsed(self):
        return self.organization_id is not None and not self.organization.is_active

    @property
    def state(self):
        if self.accepted_at:
            return self.State.ACCEPTED
        if self.revoked_at:
            return self.State.REVOKED
        if self.expires_at <= timezone.now():
            return self.State.EXPIRED
        return self.State.PENDING

    def get_state_display(self):
        return self.state.label

    @property
    def is_pending(self):
        return self.state == self.State.PENDING

    @property
    def can_resend(self):
        return self.state in (self.State.PENDING, self.State.EXPIRED)

    @property
    def token(self):
        return signing.dumps([self.pk, self.nonce], salt=TOKEN_SALT)

    def get_accept_url(self):
        with translation.override(self.language):
            return site_url(reverse("members:accept_invitation", args=[self.token]))

    def send(self):
        """Queue the invitation email (store first, send after commit)."""
        self.queue_email()

    def resend(self):
        """A new link, valid for the full period again; the previous link stops working."""
        self.nonce = new_nonce()
        self.expires_at = default_expiry()
        self.save(update_fields=["nonce", "expires_at"])
        self.queue_email()

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])

    def accept(self, *, first_name, last_name, password):
        """Make the invited person a member: their account (new, or an old one reactivated), the
        Members group, a profile at the invitation's organization, and their email address marked
        verified (the link reached them). Call inside transaction.atomic() on an invitation loaded with
        select_for_update(), so that a link can be used once only."""
        users = get_user_model().objects
        user = users.filter(email__iexact=self.email).order_by("pk").first()
        if user is None:
            user = users.model(email=self.email)
            user.username = get_adapter().generate_unique_username([first_name, last_name, self.email])
        user.first_name, user.last_name = first_name, last_name
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])

        profile = MemberProfile.objects.filter(user=user).first() or MemberProfile(user=user)
        profile.organization = self.organization
        profile.is_active = True
        profile.save()

        address = EmailAddress.objects.filter(user=user, email__iexact=self.email).first()
        address = address or EmailAddress(user=user, email=self.email)
        address.verified = True
        address.save()
        address.set_as_primary()

        self.accepted_at = timezone.now()
        self.accepted_user = user
        self.save(update_fields=["accepted_at", "accepted_user"])
        return user

    def email_still_wanted(self):
        return self.is_pending

    def build_email(self):
        context = {"invitation": self, "accept_url": self.get_accept_url()}
        with translation.override(self.language):
            subject = render_subject("emails/invitation_subject.txt", context)
            body = render_to_string("emails/invitation.txt", context)
        return EmailMessage(subject=subject, body=body, to=[self.email])
