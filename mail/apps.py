from django.apps import AppConfig


class MailConfig(AppConfig):
    """The outbox every app's mail goes through: a record is stored first and its email sent later by
    the "email" task queue, retried with a growing delay until it goes (mail.models.EmailDelivery)."""

    name = "mail"
