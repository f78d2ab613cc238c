"""Which Wagtail Site answers a request, kept in the shared cache rather than asked of the database on
every request (Wagtail keeps it only for the length of one request, in `request._wagtail_site`, the
attribute `Site.find_for_request` documents as its cache, and the only place Wagtail looks).

The key holds the content generation, which saving or deleting a Site, or moving a page, replaces
(serving.invalidation), so a change of hostname or root page applies at once in every app process.
tests/serving/test_differential.py checks the answer is Wagtail's."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from . import generation


def find_site(request):
    """Give Wagtail the request's Site from the shared cache, with its root page as its own page type:
    Wagtail's routing starts from `site.root_page.localized.specific`, three queries on every request
    otherwise. Without a shared cache, Wagtail finds it itself."""
    current = generation.current()
    if current is None or hasattr(request, "_wagtail_site"):
        return
    # The same inputs as Wagtail's own lookup (Site._find_for_request).
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"serving:site:{current}:{hostname}:{port}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
            cache.set(key, site, timeout=60 * 60)
    request._wagtail_site = site  # where Site.find_for_request looks first
