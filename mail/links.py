"""Addresses in outgoing mail. A mail is read away from the site, so every link in it is absolute, and
all of them start with the one address the site is reached at: WAGTAILADMIN_BASE_URL (Wagtail's own
setting for its notification mail; `make run` sets it to the address it serves on). Mail sent in a
request (allauth's) takes the request's own address instead, which is the same site."""

from django.conf import settings


def site_url(path=""):
    """The absolute address of `path` (root-relative, e.g. "/en/news/") on the site."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def page_url(page):
    """A page's absolute address on the site, in its own language (whatever the Site record says)."""
    parts = page.get_url_parts()
    return site_url(parts[2]) if parts else None
