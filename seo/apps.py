from django.apps import AppConfig


class SeoConfig(AppConfig):
    """robots.txt, per-language sitemaps, and the metadata in every page head."""

    name = "seo"
