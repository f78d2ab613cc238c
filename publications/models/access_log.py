"""Who read an embargoed draft or downloaded its attachments, and when."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessLog(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("Viewed the draft")
        DOWNLOAD = "download", _("Downloaded a file")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Copied at the time, so the record stays true if the account or organization changes later.
    person = models.CharField(_("person"), max_length=255)
    organization = models.CharField(_("organization"), max_length=255, blank=True)
    draft = models.ForeignKey(
        "publications.EmbargoedDraftPage",
        verbose_name=_("embargoed draft"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    draft_title = models.CharField(_("draft"), max_length=255)
    document = models.ForeignKey(
        "documents.SiteDocument",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_title = models.CharField(_("file"), max_length=255, blank=True)
    stamped = models.BooleanField(_("stamped"), default=False)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")

    def __str__(self):
        return f"{self.person} · {self.get_action_display()} · {self.draft_title}"

    @classmethod
    def record(cls, request, draft, action, document=None, stamped=False):
        from ..stamping import recipient_of

        person, organization = recipient_of(request.user)
        return cls.objects.create(
            action=action,
            user=request.user if request.user.is_authenticated else None,
            person=person,
            organization=organization,
            draft=draft,
            draft_title=draft.title[:255],
            document=document,
            document_title=(document.title if document else "")[:255],
            stamped=stamped,
        )
