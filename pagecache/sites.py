"""Which Wagtail Site answers a request, kept in the shared cache rather than asked of the database on
every request (Wagtail keeps it only for the length of one request, `request._wagtail_site`).

The key holds the content generation, which saving or deleting a Site, or moving a page, replaces
(pagecache.signals), so a change of hostname or root page applies at once in every app process."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from . import generation


class CachedSiteMiddleware:
    """Sets `request._wagtail_site`, where `Site.find_for_request` looks first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        current = generation.current()
        if current is not None and not hasattr(request, "_wagtail_site"):
            # The same inputs as Wagtail's own lookup (Site._find_for_request).
            hostname = split_domain_port(request._get_raw_host())[0]
            port = request.get_port()
            key = f"pagecache:site:{current}:{hostname}:{port}"
            site = cache.get(key)
            if site is None:
                site = Site._find_for_request(request)
                if site is not None:
                    # Kept with its root page, as its own page type: Wagtail's routing starts from
                    # `site.root_page.localized.specific`, three queries on every request otherwise.
                    site.root_page = site.root_page.specific
                    cache.set(key, site, timeout=60 * 60)
            request._wagtail_site = site
        return self.get_response(request)
