"""What a cached page or fragment depends on, by scope (serving.generation), and what a response noted.

A page type says which other pages it shows with `shows_pages_of` (model labels: an article shows its
related initiatives). Such a page depends on itself (`page:<id>`, which a publish of any of its
translations replaces too) and on those types (`type:<label>`). A page type that says nothing, and
anything that is not a page (search, sitemaps), depends on `listings`, which every publish replaces:
as before, any publish shows there at once. Cards depend on their own page only.

A response notes the scopes of what it rendered (the page served, its fragments and cards); the page
cache keeps their values with the page and serves it only while they are still current.
"""

from . import generation
from .memo import current_request

LISTINGS = generation.LISTINGS

# Where a response's scopes are noted: the request's own namespace, not the memo (which a save within
# the request drops).
_NOTED = "serving_scopes"
_PAGE_NOTED = "serving_page_noted"


def page_scope(page_id):
    return f"page:{page_id}"


def type_scope(label):
    return f"type:{label.lower()}"


def shows_only_declared_pages(model):
    """Does the page type say which pages it shows (then a publish elsewhere may leave it cached)?"""
    return getattr(model, "shows_pages_of", None) is not None


def scopes_of_page(page):
    """The scopes a page's own rendering depends on (the site-wide generation aside)."""
    if page is None or page.alias_of_id is not None or not shows_only_declared_pages(type(page)):
        return [LISTINGS]
    return [page_scope(page.pk), *(type_scope(label) for label in page.shows_pages_of)]


def note(request, names):
    """The response to `request` shows what these scopes cover."""
    if request is not None:
        noted = request.__dict__.setdefault(_NOTED, set())
        noted.update(names)


def shows_page(page):
    """The response being rendered shows (or hides) a link to `page`, by its state: a body's link or
    call to action, which the access policy renders only while the page is live and public. A publish
    or unpublish of that page then replaces the kept response (its scope is read when it is kept, and a
    publish in between is seen: serving.generation.scopes)."""
    if page is not None and page.pk is not None:
        note(current_request.get(), [page_scope(page.pk)])


def note_page_served(request, page):
    """The page Wagtail serves for `request`: its scopes replace the default (`listings`)."""
    if request is not None:
        note(request, scopes_of_page(page))
        request.__dict__[_PAGE_NOTED] = True


def noted(request):
    """The scopes the response depends on: what it noted, and `listings` when no page was served (a
    view that is not a page, or a page whose hook did not run, may list anything)."""
    names = set(request.__dict__.get(_NOTED, ()))
    if not request.__dict__.get(_PAGE_NOTED):
        names.add(LISTINGS)
    return sorted(names)
