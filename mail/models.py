"""Store first, send later: the email a record owes someone (an invitation, a notice, a news article).

The record is saved before any mail is attempted; the sending happens in a django-tasks task on the
"email" backend (a database queue), after the transaction commits. A failed attempt is recorded on the
record and retried: the task schedules the next attempt itself, with a growing delay, and
`manage.py retry_mail` sweeps up anything still unsent (run every minute by `run_scheduler`).
"""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmailDeliveryQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(email_queued_at__isnull=False, email_sent_at__isnull=True)


class EmailDelivery(models.Model):
    """Delivery state of the one email a record sends. Subclasses say what to send (`build_email`)
    and whether it is still wanted (`email_still_wanted`)."""

    email_queued_at = models.DateTimeField(_("email queued"), null=True, blank=True, editable=False)
    email_sent_at = models.DateTimeField(_("email sent"), null=True, blank=True, editable=False)
    email_attempts = models.PositiveIntegerField(_("sending attempts"), default=0, editable=False)
    email_attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True, editable=False)
    email_error = models.TextField(_("last sending error"), blank=True, editable=False)
    # The queued task that will (re)try the sending, so a sweep does not queue a second one.
    email_task_id = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def build_email(self):
        """The django.core.mail.EmailMessage to send, or None if there is no one to send it to."""
        raise NotImplementedError

    def email_still_wanted(self):
        return True

    @property
    def email_status(self):
        if self.email_sent_at:
            return _("sent")
        if self.email_error:
            return _("failed, will retry")
        if self.email_queued_at:
            return _("queued")
        return _("not sent")

    def queue_email(self):
        """Mark the email as owed and send it once the current transaction commits."""
        from .tasks import enqueue_email  # the tasks module imports this one

        self.email_queued_at = timezone.now()
        self.email_sent_at = None
        self.email_attempts = 0
        self.email_error = ""
        self.save(update_fields=["email_queued_at", "email_sent_at", "email_attempts", "email_error"])
        model, pk = type(self), self.pk
        transaction.on_commit(lambda: enqueue_email(model, pk))
