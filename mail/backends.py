"""The site's EMAIL_BACKEND: every message anyone sends (allauth's sign-in mail, Wagtail's moderation
notices, Django's error reports) is stored as an OutgoingEmail and sent by the mail queue, so no request
waits on the mail server and a mail-server outage loses nothing. The queue's worker hands each message
to settings.MAIL_TRANSPORT, the backend that really sends (SMTP; the console in development)."""

from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from .models import OutgoingEmail  # backends are imported before the apps are ready

        stored = 0
        for message in email_messages:
            try:
                OutgoingEmail.store(message)
            except Exception:
                # Django's error reports to ADMINS ask to fail silently (the database may be what failed).
                if not self.fail_silently:
                    raise
            else:
                stored += 1
        return stored


def transport():
    """A connection to the backend that really sends (settings.MAIL_TRANSPORT)."""
    from django.conf import settings

    return get_connection(settings.MAIL_TRANSPORT)
