"""After a publish, the pages that show the change rendered once, so no visitor pays for the edit.

The changed page, its live public ancestors (its index, the home page) are requested as an anonymous
visitor would request them: through the whole middleware stack, in this process, with no cookie, so the
page cache keeps them exactly as it would have on a visitor's request, and keeps nothing it would not
(a private page's response is never kept; those pages are not asked for in the first place). At most
MAX_PAGES requests. A task on the default backend (run at once, after the commit; on a queue if the
backend is one), so a failure never touches the publish.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import translation
from django_tasks import task
from wagtail.models import Page

from .memo import current_request
from .restrictions import may_be_restricted

logger = logging.getLogger(__name__)

MAX_PAGES = 6


def addresses_to_warm(page):
    """The full addresses of the page (if live) and its live public ancestors below the tree's root,
    the page first, then its index, then up to the home page; then, if the page type names them
    (`also_listed_at`: an article's tag archives), the other addresses that list it."""
    pages = [page, *page.get_ancestors().filter(depth__gt=1).live().specific().order_by("-depth")]
    addresses = []
    for candidate in pages:
        if not candidate.live or may_be_restricted(candidate):
            continue
        address = candidate.get_full_url()
        if address and address not in addresses:
            addresses.append(address)
    if page.live and addresses and hasattr(page, "also_listed_at") and not may_be_restricted(page):
        addresses += [address for address in page.also_listed_at() if address not in addresses]
    return addresses[:MAX_PAGES]


def warm_after_commit(page_id):
    """Warm what shows this page once the change is committed (never, if it is rolled back). Many
    pages published in one transaction (an import) each warm their own: their shared index and home
    page are rendered for the first and are page-cache hits for the rest, with no query."""
    transaction.on_commit(lambda: _warm_page(page_id))


def _warm_page(page_id):
    # Without a shared cache the task's process would warm only its own memory, not the web servers'.
    if settings.PAGE_CACHE_SECONDS <= 0 or not (
        settings.CONTENT_CACHE_ENABLED and settings.CONTENT_CACHE_SHARED
    ):
        return
    try:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            warm_pages.enqueue(addresses_to_warm(page.specific))
    except Exception:  # warming only saves visitors time: it must never fail an editor's publish
        logger.exception("Could not warm the pages showing page %s", page_id)


@task()
def warm_pages(addresses):
    """Request each address once, anonymously, so the page cache keeps it. Returns {address: status}."""
    results = {}
    token = current_request.set(None)  # the editor's request is not this one's
    try:
        with translation.override(translation.get_language()):  # LocaleMiddleware activates its own
            for address in addresses[:MAX_PAGES]:
                results[address] = _warm(address)
    finally:
        current_request.reset(token)
    return results


def _warm(address):
    client = Client(raise_request_exception=False)  # a new visitor each time: no cookie carried over
    parts = urlsplit(address)
    secure = parts.scheme == "https"
    extra = {"HTTP_HOST": parts.netloc}
    if secure and getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        header, value = settings.SECURE_PROXY_SSL_HEADER
        extra[header] = value
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    try:
        response = client.get(path, secure=secure, **extra)
    except Exception:
        logger.exception("Could not warm %s", address)
        return None
    return response.status_code
