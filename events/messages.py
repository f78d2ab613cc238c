"""Staff's message to everyone registered (or waiting) for a date: stored, then one queued email each."""

from django.db import transaction

from .models import EventEmail, RegistrantMessage


@transaction.atomic
def message_registrants(occurrence, sender, *, subject, body):
    message = RegistrantMessage.objects.create(
        occurrence=occurrence, subject=subject, body=body, sent_by=sender
    )
    for registration in occurrence.registrations.active():
        EventEmail.objects.create(
            registration=registration, kind=EventEmail.Kind.MESSAGE, message=message
        ).queue_email()
    return message
