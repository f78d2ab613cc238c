"""A full-page cache for anonymous visitors, shared by every app process through the default cache.

Why our own middleware: wagtail-cache, the usual package, supports Wagtail up to 7.0, not Wagtail 8.
Why not Django's cache middleware: it keys on the Vary headers but knows nothing of the extranet's
`mark_private`, and its invalidation is by timeout only.

What is cached is decided twice, conservatively:

- The request: GET, no Authorization header, and no session or messages cookie. A visitor who has
  signed in, or who has a flash message waiting, always reaches Django. Requests for the admin,
  documents and embargoed attachments never come here at all.
- The response: 200, not streamed, no cookie set (a page that used a CSRF token sets one, so pages
  with ordinary forms are left out by themselves), nothing marked private (`mark_private`,
  `Cache-Control: private / no-store / no-cache`), no signed-in user, an empty and unmodified
  session, and no Vary other than Cookie and Accept-Encoding (the language is in the path), or
  Accept-Language too for a view marked `same_in_every_language` (sitemaps, robots.txt).

Keys hold the site-wide generation (serving.generation), and each entry the values of the scopes it
showed (serving.dependencies: the page itself, the page types it lists, or `listings`); it is served
only while the generation and those scopes are current, so a publish makes the pages that show the
page stale at once, in every process, and leaves the others. A response that saw a publish while it
was rendered is not kept. An entry never outlives the next `expire_at`
of a live page, as the site hides expired pages before `publish_scheduled` has run.

If the cache is unreachable (django-redis ignores the error), the generation reads as None and the
page is served straight from Django: slower, never wrong.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from . import dependencies, expiry, generation
from .memo import current_request
from .sites import find_site

NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/embargoed/", "/healthz")
ALLOWED_VARY = {"cookie", "accept-encoding"}
HEADER = "X-Page-Cache"


def _cache_key(request, current_generation):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"serving:page:{current_generation}:{digest}"


def request_is_cacheable(request):
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    # Wagtail's preview request (marked before the middleware runs): an editor's unpublished content.
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return False
    if request.path.startswith(NEVER_CACHED_PREFIXES):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if is_marked_private(request) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or not session.is_empty()):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if getattr(request, "is_same_in_every_language", False):
        return vary <= ALLOWED_VARY | {"accept-language"}
    return vary <= ALLOWED_VARY


def _timeout(request=None):
    """Seconds to keep a page: PAGE_CACHE_SECONDS, cut short by the next expiry of a live page and by
    the moment the response said it changes by itself (serving.expiry.note_changes_at)."""
    seconds = expiry.seconds_to_keep(settings.PAGE_CACHE_SECONDS)
    return expiry.seconds_until(expiry.changes_at(request), seconds) if request is not None else seconds


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_SECONDS <= 0 or not request_is_cacheable(request):
            return self._uncached(request)
        # The request is current from here (RequestMiddleware sets it again inside): the generation and
        # the scopes are read into its memo now, before anything is loaded, and checked against it when
        # the response is kept (serving.generation.scopes).
        token = current_request.set(request)
        try:
            return self._cached(request)
        finally:
            current_request.reset(token)

    def _cached(self, request):
        current_generation = generation.current()
        if current_generation is None:  # the cache is down
            return self._uncached(request)

        key = _cache_key(request, current_generation)
        entry = cache.get(key)
        if entry is not None and len(entry) == 4 and generation.scopes(sorted(entry[3])) == entry[3]:
            status, headers, content, _scopes = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response

        response = self.get_response(request)
        scopes = None
        if response_is_cacheable(request, response):
            # What the response showed, by scope, as the request read them before loading anything.
            scopes = generation.scopes(dependencies.noted(request))
        if scopes is not None:
            if cdn_seconds := settings.PAGE_CACHE_CDN_SECONDS:
                cdn_seconds = expiry.seconds_until(expiry.changes_at(request), cdn_seconds)
                patch_cache_control(response, public=True, max_age=0, s_maxage=cdn_seconds)
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            timeout = _timeout(request)
            cache.set(key, (response.status_code, headers, response.content, scopes), timeout=timeout)
            response[HEADER] = "miss"
        else:
            self._mark_uncacheable(request, response)
        return response

    def _uncached(self, request):
        response = self.get_response(request)
        self._mark_uncacheable(request, response)
        return response

    def _mark_uncacheable(self, request, response):
        """A page that was not shared here must not be shared by a CDN or proxy either: a signed-in
        visitor's copy of a public page (their menu, their sign-out link) gets `private` if nothing
        else said how to cache it."""
        response[HEADER] = "bypass"
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if (signed_in or settings.SESSION_COOKIE_NAME in request.COOKIES) and "Cache-Control" not in response:
            patch_cache_control(response, private=True)


def mark_private(request):
    """This response carries what only its reader may see (member-only content, a member's search
    results): no shared cache, CDN or proxy may keep it. RequestMiddleware makes it `private, no-store`."""
    request.is_private_response = True


def same_in_every_language(view):
    """For a view outside the language prefix whose answer does not depend on the reader's language
    (the sitemaps, robots.txt). Django's LocaleMiddleware adds `Vary: Accept-Language` to every response
    outside the prefix, and that kept these out of the page cache. The view is answered, and its
    response rendered, in the default language whatever the browser asked for, so one copy is right for
    every reader and the page cache may keep it (under the content generation, like a page). The Vary
    header stays for other caches: it is true, if more careful than needed."""

    @wraps(view)
    def answer_in_the_default_language(request, *args, **kwargs):
        request.is_same_in_every_language = True
        with translation.override(settings.LANGUAGE_CODE):
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        return response

    return answer_in_the_default_language


def is_marked_private(request):
    return getattr(request, "is_private_response", False)


class RequestMiddleware:
    """What every request needs before a page is served, set once: the request itself for code that has
    none of its own (rich text, block values, the access policy's reader), and the Wagtail Site that
    answers it, from the shared cache (one query fewer on every page). After the response: anything
    marked private leaves as `private, no-store`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            find_site(request)
            response = self.get_response(request)
        finally:
            current_request.reset(token)
        if is_marked_private(request):
            add_never_cache_headers(response)
        return response
