"""Outbound mail as django-tasks tasks on the "email" backend (django-tasks-db: a queue in the database,
worked by `manage.py db_worker --backend email`).

A failed attempt is recorded on the record (attempts, error) and the task raises, so the queue keeps it
as failed with its traceback. While attempts remain and the backend can run tasks later, the next attempt
is queued with a growing delay; after that, `manage.py retry_mail` queues it again.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from .models import EmailDelivery

logger = logging.getLogger(__name__)

EMAIL_BACKEND = "email"


def retry_delay(attempts):
    """2, 4, 8, 16 ... minutes after the first, second, third ... failure."""
    return timedelta(minutes=2**attempts)


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


@task(backend=EMAIL_BACKEND)
def send_stored_email(model_label, pk):
    model = _model(model_label)
    obj = model.objects.filter(pk=pk).first()
    if obj is None or obj.email_sent_at is not None or not obj.email_still_wanted():
        return "not needed"
    message = obj.build_email()
    if message is None:
        model.objects.filter(pk=pk).update(email_error="No recipients")
        logger.warning("%s %s: no one to send the email to", model_label, pk)
        return "no recipients"
    try:
        message.send()
    except Exception as error:
        attempts = obj.email_attempts + 1
        model.objects.filter(pk=pk).update(
            email_attempts=F("email_attempts") + 1,
            email_attempted_at=timezone.now(),
            email_error=f"{type(error).__name__}: {error}"[:2000],
        )
        backend = send_stored_email.get_backend()
        if backend.supports_defer and attempts < settings.MAIL_AUTO_ATTEMPTS:
            enqueue_email(model, pk, run_after=timezone.now() + retry_delay(attempts))
        raise
    now = timezone.now()
    model.objects.filter(pk=pk).update(
        email_sent_at=now, email_attempted_at=now, email_attempts=F("email_attempts") + 1, email_error=""
    )
    return "sent"
