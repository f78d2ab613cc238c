"""Applications to join the alliance, sent through the public "Join the alliance" form."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from mail.links import site_url
from mail.models import EmailDelivery, EmailDeliveryQuerySet
from mail.text import render_subject
from members.groups import STAFF

from .invitations import Invitation
from .organizations import Organization


def staff_recipients():
    """Who hears about a new application: MEMBERS_APPLICATION_RECIPIENTS, or else the Staff group."""
    if settings.MEMBERS_APPLICATION_RECIPIENTS:
        return list(settings.MEMBERS_APPLICATION_RECIPIENTS)
    users = get_user_model().objects.filter(groups__name=STAFF, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


class MembershipApplication(EmailDelivery):
    """Stored the moment the form is valid; staff are notified by email afterwards (see EmailDelivery)."""

    class Kind(models.TextChoices):
        ORGANIZATION = "organization", _("As an organization")
        INDIVIDUAL = "individual", _("As an individual")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    kind = models.CharField(_("applying"), max_length=20, choices=Kind.choices)
    organization_name = models.CharField(_("organization name"), max_length=200, blank=True)
    organization_website = models.URLField(_("organization website"), blank=True)
    # Named for staff, who read them in the admin; the applicant's form asks "Your name" (forms.JoinForm).
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    region = models.CharField(_("region"), max_length=120)
    why_join = models.TextField(_("why they want to join"), max_length=3000)
    consent = models.BooleanField(_("consent to store these details"), default=False)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, editable=False
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    review_note = models.TextField(_("review note"), blank=True, editable=False)
    organization = models.ForeignKey(
        "members.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        editable=False,
    )

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        constraints = [
            # One open application per address and organization: the form sent twice (a double click,
            # a request sent again, a script) makes one application and one notice to staff. Once staff
            # have answered, the same person may apply again.
            models.UniqueConstraint(
                Lower("email"),
                Lower("organization_name"),
                condition=models.Q(status="new"),
                name="one_open_application_per_person_and_organization",
            )
        ]

    def __str__(self):
        if self.kind == self.Kind.ORGANIZATION and self.organization_name:
            return f"{self.organization_name} ({self.contact_name})"
        return self.contact_name

    @property
    def is_new(self):
        return self.status == self.Status.NEW

    # -- Notifying staff ----------------------------------------------------------------------------

    def build_email(self):
        recipients = staff_recipients()
        if not recipients:
            return None
        context = {
            "application": self,
            "admin_url": site_url(reverse("membership_applications:inspect", args=[self.pk])),
        }
        # Staff read the admin in the site's main language.
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_subject("emails/application_received_subject.txt", context)
            body = render_to_string("emails/application_received.txt", context)
        return EmailMessage(subject=subject, body=body, to=recipients, reply_to=[self.email])

    # -- Review ---------------------------------------------------------------------------------------

    @transaction.atomic
    def approve(self, user):
        """Create (or reuse) the organization, invite the contact person and send the invitation."""
        organization = None
        if self.kind == self.Kind.ORGANIZATION:
            organization = Organization.objects.filter(name__iexact=self.organization_name).first()
            if organization is None:
                organization = Organization.objects.create(
                    name=self.organization_name, website=self.organization_website, region=self.region
                )
        first_name, _space, last_name = self.contact_name.partition(" ")
        invitation = Invitation.objects.create(
            email=self.email,
            first_name=first_name,
            last_name=last_name,
            organization=organization,
            language=self.language,
            application=self,
            invited_by=user,
        )
        invitation.send()
        self.organization = organization
        self._mark_reviewed(self.Status.APPROVED, user)
        return invitation

    @transaction.atomic
    def decline(self, user, note=""):
        """Decline, and tell the applicant kindly in their language (ApplicationDeclinedNotice)."""
        self.review_note = note
        self._mark_reviewed(self.Status.DECLINED, user)
        notice = ApplicationDeclinedNotice.objects.create(application=self)
        notice.queue_email()

    def _mark_reviewed(self, status, user):
        self.status = status
        self.reviewed_by = user
        self.reviewed_at = timezone.now()
        self.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note", "organization"])


class ApplicationDeclinedNotice(EmailDelivery):
    """The email that tells an applicant their application was declined: stored with the decision and
    sent by the queue, in the language they applied in. Staff's own note is never part of it."""

    application = models.OneToOneField(
        MembershipApplication,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="declined_notice",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("email to a declined applicant")
        verbose_name_plural = _("emails to declined applicants")

    def __str__(self):
        return str(self.application)

    def email_still_wanted(self):
        # A decision reversed before the mail went out is not announced.
        return self.application.status == MembershipApplication.Status.DECLINED

    def build_email(self):
        context = {"application": self.application}
        with translation.override(self.application.language):
            subject = render_subject("emails/application_declined_subject.txt", context)
            body = render_to_string("emails/application_declined.txt", context)
        return EmailMessage(subject=subject, body=body, to=[self.application.email])
