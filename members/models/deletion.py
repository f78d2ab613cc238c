from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccountDeletionRequest(models.Model):
    """A person's request, from "My account", that their account be deleted. Staff confirm it in the
    admin (a membership may have obligations to settle first); confirming deletes the account and what
    hangs from it. Consent records of the news list are kept by address, as the law requires: they are
    not the account's, and stay."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deletion_requests",
    )
    # Kept after the account is gone: the record of what was asked and done.
    email = models.EmailField(_("email"))
    reason = models.TextField(_("reason (optional)"), blank=True, max_length=2000)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    completed_at = models.DateTimeField(_("account deleted"), null=True, blank=True, editable=False)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("account deletion request")
        verbose_name_plural = _("account deletion requests")
        constraints = [
            # One open request per account: asking twice is asking once.
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(completed_at__isnull=True),
                name="one_open_deletion_request",
            )
        ]

    def __str__(self):
        return self.email

    @property
    def is_open(self):
        return self.completed_at is None

    def confirm(self, staff_user):
        """Delete the account (its profile, memberships, preferences go with it) and keep this record."""
        user = self.user
        self.user = None
        self.completed_at = timezone.now()
        self.completed_by = staff_user
        self.save()
        if user is not None:
            user.delete()
