from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks: the abstract base page, the body blocks, site settings, navigation."""

    name = "core"
