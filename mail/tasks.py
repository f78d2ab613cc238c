"""Outbound mail as django-tasks tasks on the "email" backend (django-tasks-db: a queue in the database,
worked by `manage.py db_worker --backend email`).

A failed attempt is recorded on the record (attempts, error) and the task raises, so the queue keeps it
as failed with its traceback. While attempts remain and the backend can run tasks later, the next attempt
is queued with a growing delay; after that, `manage.py retry_mail` queues it again. A failure that no
retry can mend (the server refused the address for good, a header that can never be valid), or
MAIL_MAX_ATTEMPTS failures, gives up: the record is marked failed, the error logged, and staff see it on
the admin dashboard.

The task is idempotent on its own: it claims the record before sending (email_sending_since), so two
runs on one record, one after the other or at the same time, send one mail.
"""

import logging
import smtplib
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from .backends import transport
from .models import EmailDelivery

logger = logging.getLogger(__name__)

EMAIL_BACKEND = "email"

# How long one run may hold a record. A run that died while sending (the worker killed) leaves its
# claim; after this the record may be tried again. Far above the mail server's time-out (EMAIL_TIMEOUT).
SENDING_LEASE = timedelta(minutes=10)


def retry_delay(attempts):
    """2, 4, 8, 16 ... minutes after the first, second, third ... failure."""
    return timedelta(minutes=2**attempts)


def is_permanent(error):
    """Would sending the same message again fail the same way, whatever the mail server's state?"""
    if isinstance(error, ValueError):
        # A header Python's email package will never accept (a line break in it, say).
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        # 5xx refuses this message for good; but not a failed sign-in to the server, which staff fix in
        # the settings (and then every mail would have given up).
        return error.smtp_code >= 500 and not isinstance(error, smtplib.SMTPAuthenticationError)
    return False


def _model(label):
    model = apps.get_model(label)
    if not issubclass(model, EmailDelivery):
        raise ValueError(f"{label} does not send email")
    return model


def enqueue_email(model, pk, run_after=None):
    """Queue a sending attempt for the record and remember the task, so a sweep does not double it."""
    send_stored_email_task = send_stored_email
    if run_after is not None:
        send_stored_email_task = send_stored_email.using(run_after=run_after)
    result = send_stored_email_task.enqueue(model._meta.label, pk)
    if not result.is_finished:
        model.objects.filter(pk=pk).update(email_task_id=str(result.id))
    return result


def has_pending_task(obj):
    """Is an attempt for this record already waiting in the queue (or running)?"""
    backend = send_stored_email.get_backend()
    if not obj.email_task_id or not backend.supports_get_result:
        return False
    try:
        result = backend.get_result(obj.email_task_id)
    except TaskResultDoesNotExist:
        return False
    return result.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING)


def claim(model, pk):
    """Take the record for this run: True for exactly one of several runs at once, and for none once it
    is sent or given up on."""
    now = timezone.now()
    free = Q(email_sending_since__isnull=True) | Q(email_sending_since__lt=now - SENDING_LEASE)
    return bool(
        model.objects.filter(pk=pk, email_sent_at__isnull=True, email_failed_at__isnull=True)
        .filter(free)
        .update(email_sending_since=now)
    )


def record_failure(model, obj, error):
    """Count the failed attempt; give up for good when no retry can help. The attempts so far, or None
    once it has given up."""
    attempts = obj.email_attempts + 1
    now = timezone.now()
    give_up = is_permanent(error) or attempts >= settings.MAIL_MAX_ATTEMPTS
    model.objects.filter(pk=obj.pk).update(
        email_attempts=F("email_attempts") + 1,
        email_attempted_at=now,
        email_error=f"{type(error).__name__}: {error}"[:2000],
        email_sending_since=None,
        email_failed_at=now if give_up else None,
    )
    if give_up:
        label = model._meta.label
        logger.error("%s %s: gave up sending its email after %s attempts: %s", label, obj.pk, attempts, error)
        return None
    return attempts


class NoRecipients(Exception):
    def __str__(self):
        return "No recipients"


@task(backend=EMAIL_BACKEND)
def send_stored_email(model_label, pk):
    model = _model(model_label)
    if not claim(model, pk):
        return "not needed"
    obj = model.objects.get(pk=pk)
    if not obj.email_still_wanted():
        model.objects.filter(pk=pk).update(email_sending_since=None)
        return "not needed"
    try:
        message = obj.build_email()
        if message is None:
            raise NoRecipients
        message.connection = transport()
        message.send()
    except Exception as error:
        attempts = record_failure(model, obj, error)
        backend = send_stored_email.get_backend()
        if attempts is not None and backend.supports_defer and attempts < settings.MAIL_AUTO_ATTEMPTS:
            enqueue_email(model, pk, run_after=timezone.now() + retry_delay(attempts))
        raise
    now = timezone.now()
    model.objects.filter(pk=pk).update(
        email_sent_at=now,
        email_attempted_at=now,
        email_attempts=F("email_attempts") + 1,
        email_error="",
        email_sending_since=None,
        **obj.email_sent_updates(),
    )
    return "sent"
