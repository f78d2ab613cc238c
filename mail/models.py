"""Store first, send later: the email a record owes someone (an invitation, a notice, a news article).

The record is saved before any mail is attempted; the sending happens in a django-tasks task on the
"email" backend (a database queue), after the transaction commits. A failed attempt is recorded on the
record and retried: the task schedules the next attempt itself, with a growing delay, and
`manage.py retry_mail` sweeps up anything still unsent (run every minute by `run_scheduler`).

A mail that cannot be sent (refused for good by the mail server, a header that can never be valid, or
still failing after MAIL_MAX_ATTEMPTS) is marked failed, logged as an error and listed on the admin
dashboard; it is not retried in silence.

Every other mail (allauth's sign-in mail, Wagtail's notifications, Django's error reports) goes through
the same queue as an `OutgoingEmail`: the site's EMAIL_BACKEND is mail.backends.QueuedEmailBackend.
"""

import base64

from django.apps import apps
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def delivery_models():
    """Every model that owes an email through the queue, whichever app defines it."""
    return [model for model in apps.get_models() if issubclass(model, EmailDelivery)]


class EmailDeliveryQuerySet(models.QuerySet):
    def unsent(self):
        """Owed and still to be tried: queued, not sent, not given up on."""
        return self.filter(
            email_queued_at__isnull=False, email_sent_at__isnull=True, email_failed_at__isnull=True
        )

    def failed(self):
        return self.filter(email_failed_at__isnull=False, email_sent_at__isnull=True)


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
    # Set while one run of the sending task holds the record, so a second run at the same time (a
    # retry and a sweep, two workers) does not send it again (mail.tasks.send_stored_email).
    email_sending_since = models.DateTimeField(null=True, blank=True, editable=False)
    email_failed_at = models.DateTimeField(_("email given up"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def build_email(self):
        """The django.core.mail.EmailMessage to send, or None if there is no one to send it to."""
        raise NotImplementedError

    def email_still_wanted(self):
        return True

    def email_sent_updates(self):
        """Fields to change once the email is sent, besides the delivery state (e.g. forget a body that
        held a sign-in link)."""
        return {}

    @property
    def email_status(self):
        if self.email_sent_at:
            return _("sent")
        if self.email_failed_at:
            return _("could not be sent")
        if self.email_error:
            return _("failed, will retry")
        if self.email_queued_at:
            return _("queued")
        return _("not sent")

    # The label on the admin's record pages (Wagtail reads a property's label from its getter).
    email_status.fget.short_description = _("email status")

    def queue_email(self):
        """Mark the email as owed and send it once the current transaction commits."""
        from .tasks import enqueue_email  # the tasks module imports this one

        self.email_queued_at = timezone.now()
        self.email_sent_at = None
        self.email_attempts = 0
        self.email_error = ""
        self.email_failed_at = None
        fields = ["email_queued_at", "email_sent_at", "email_attempts", "email_error", "email_failed_at"]
        self.save(update_fields=fields)
        model, pk = type(self), self.pk
        transaction.on_commit(lambda: enqueue_email(model, pk))


class OutgoingEmail(EmailDelivery):
    """A message rendered by someone else (allauth, Wagtail, Django), stored by QueuedEmailBackend and
    sent by the queue like every other email of the site."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.JSONField(default=list, blank=True)
    from_email = models.CharField(_("from"), max_length=320)
    subject = models.TextField(_("subject"))
    # The bodies are forgotten once sent: allauth's mail carries sign-in and password links.
    body = models.TextField(blank=True)
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    # [filename, base64 content, mimetype] for each attached file.
    attachments = models.JSONField(default=list, blank=True)

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("account or system email")
        verbose_name_plural = _("account and system emails")

    def __str__(self):
        return self.subject

    @classmethod
    def store(cls, message):
        """Store a django.core.mail message (and queue it once the transaction commits)."""
        alternatives = getattr(message, "alternatives", [])
        html = next((content for content, mimetype in alternatives if mimetype == "text/html"), "")
        body = message.body
        if getattr(message, "content_subtype", "plain") == "html":
            body, html = "", message.body
        outgoing = cls.objects.create(
            to=list(message.to),
            cc=list(message.cc),
            bcc=list(message.bcc),
            reply_to=list(message.reply_to),
            from_email=message.from_email,
            subject=message.subject,
            body=body,
            html_body=html,
            headers={str(name): str(value) for name, value in (message.extra_headers or {}).items()},
            attachments=[_stored_attachment(attachment) for attachment in message.attachments],
        )
        outgoing.queue_email()
        return outgoing

    def build_email(self):
        from django.core.mail import EmailMultiAlternatives

        if not (self.to or self.cc or self.bcc):
            return None
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.body,
            from_email=self.from_email,
            to=self.to,
            cc=self.cc,
            bcc=self.bcc,
            reply_to=self.reply_to,
            headers=self.headers,
        )
        for filename, content, mimetype in self.attachments:
            message.attach(filename, base64.b64decode(content), mimetype)
        if self.html_body:
            if self.body:
                message.attach_alternative(self.html_body, "text/html")
            else:
                message.body, message.content_subtype = self.html_body, "html"
        return message

    def email_sent_updates(self):
        return {"body": "", "html_body": "", "attachments": []}


def _stored_attachment(attachment):
    filename, content, mimetype = attachment  # an EmailAttachment or a (filename, content, mimetype)
    if isinstance(content, str):
        content = content.encode()
    elif not isinstance(content, bytes):  # an email.message.Message (a forwarded mail)
        content = content.as_bytes()
    return [filename, base64.b64encode(content).decode("ascii"), mimetype]
