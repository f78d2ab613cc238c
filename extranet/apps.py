from django.apps import AppConfig


class ExtranetConfig(AppConfig):
    """The members' extranet: its page types and the privacy rules that keep them members-only."""

    name = "extranet"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
