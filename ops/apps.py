from django.apps import AppConfig


class OpsConfig(AppConfig):
    """What the machines around the site need from it: the health check the load balancer polls."""

    name = "ops"
