from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The full-page cache for anonymous visitors and its invalidation (see docs/performance.md)."""

    name = "pagecache"

    def ready(self):
        from . import signals

        signals.connect()
