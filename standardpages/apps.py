from django.apps import AppConfig


class StandardpagesConfig(AppConfig):
    name = "standardpages"
