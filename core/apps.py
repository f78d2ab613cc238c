from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared base: the abstract base page, the access policy, the body blocks, site settings,
    navigation. It imports no feature app (docs/architecture.md)."""

    name = "core"
