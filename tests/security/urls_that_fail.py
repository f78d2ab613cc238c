"""A URLconf for tests/security/test_odd_urls.py: the site's own, plus a view that fails."""

from django.db import OperationalError
from django.urls import path

from config.urls import handler500  # noqa: F401  (Django looks for it in the root URLconf)
from config.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("SECRET_KEY and a stack trace must never reach the visitor")


def database_down(request):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


urlpatterns = [path("broken/", broken), path("database-down/", database_down), *site_urlpatterns]
