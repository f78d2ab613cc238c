from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Response headers every page carries, and who counts as "the same person" for sign-in lockout."""

    name = "security"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
