"""A URLconf for tests/security/test_odd_urls.py: the site's own, plus a view that fails."""

from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("SECRET_KEY and a stack trace must never reach the visitor")


urlpatterns = [path("broken/", broken), *site_urlpatterns]
