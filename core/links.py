"""Links to pages that respect privacy: a link to a page behind a view restriction (the extranet) is a
link only for people who may follow it. Rendering code that has no request (rich text, block values)
finds the current one here; extranet.middleware sets it for every request."""

from contextvars import ContextVar

current_request = ContextVar("current_request", default=None)


def can_follow(page, request=None):
    """Would `request` (default: the one being answered) pass every view restriction on `page` and its
    ancestors? Outside a request (feeds, emails) nobody passes a restriction."""
    restrictions = page.get_view_restrictions()
    if not restrictions:
        return True
    request = request or current_request.get()
    if request is None:
        return False
    return all(restriction.accept_request(request) for restriction in restrictions)


def followable_url(page, request=None):
    """The page's address in the reader's language, or None when it is not live or not theirs to see."""
    from core import serving  # serving reads the current request from here

    page = serving.localized(page)
    if not page.live or not can_follow(page, request):
        return None
    return page.get_url(request or current_request.get())
