"""Which Wagtail Site answers a request, kept in the shared cache rather than asked of the database on
every request (Wagtail keeps it only for the length of one request, in `request._wagtail_site`, the
attribute `Site.find_for_request` documents as its cache, and the only place Wagtail looks).

The Site is kept under the structure generation, which saving or deleting a Site, or moving a page or
changing a slug, replaces (serving.invalidation), so a change of hostname or root page applies at once in
every app process, and a publish leaves it kept. Its root page, as its own page type, is content (the home
page's text): it is kept under the site-wide generation, which publishing the home page replaces.
tests/serving/test_differential.py checks the answer is Wagtail's."""

import pickle

from django.http.request import split_domain_port
from wagtail.models import Site

from .fragments import kept_site_wide, kept_with_structure


def find_site(request):
    """Give Wagtail the request's Site from the shared cache, with its root page as its own page type:
    Wagtail's routing starts from `site.root_page.localized.specific`, three queries on every request
    otherwise. Without a shared cache, Wagtail finds it itself (the kept answers then compute each time)."""
    if hasattr(request, "_wagtail_site"):
        return
    # The same inputs as Wagtail's own lookup (Site._find_for_request).
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    # Kept pickled, and unpickled for each request: Wagtail and the templates may set attributes on the
    # Site and the page they serve, which must not reach another request of this process.
    kept = kept_with_structure(
        f"site:{hostname}:{port}", lambda: pickle.dumps(Site.find_for_request(request))
    )
    site = pickle.loads(kept)  # noqa: S301  (our own cache)
    if site is not None:
        root = kept_site_wide(f"site-root:{site.root_page_id}", lambda: pickle.dumps(site.root_page.specific))
        site.root_page = pickle.loads(root)  # noqa: S301
    request._wagtail_site = site  # where Site.find_for_request looks first
