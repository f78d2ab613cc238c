"""The request being answered, and what is worked out once for it.

Rendering code that has no request of its own (rich text, block values, the access policy's reader)
finds it in `current_request`, which the serving middleware sets for every request. Facts every page of
a request needs (the restricted sections, the locales, the routing's pages) are kept in the request's
memo, never across requests, so an edit applies from the next request on.

Within a request, anything that changes those answers (a page saved, moved or deleted, a view
restriction or locale added or removed: the admin does these in the request that shows the result)
drops what was kept (`forget`, connected in serving.apps), so the rest of that request asks the
database again.
"""

from contextvars import ContextVar

from wagtail.models import Locale, Page, PageViewRestriction

current_request = ContextVar("current_request", default=None)

# The memo lives in the request's own namespace, under a name no other code uses.
_MEMO_ATTRIBUTE = "serving_memo"


def _memo():
    """This request's memo (a dict), or None outside a request (management commands, tasks, feeds
    built without a request): there every question goes to the database."""
    request = current_request.get()
    if request is None:
        return None
    memo = getattr(request, _MEMO_ATTRIBUTE, None)
    if memo is None:
        memo = {}
        setattr(request, _MEMO_ATTRIBUTE, memo)
    return memo


def remembered_for_request(key, compute):
    """`compute()`, once per request under `key` (each call outside a request computes again)."""
    memo = _memo()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def replace_for_request(key, value):
    """What `remembered_for_request(key, ...)` gives for the rest of this request."""
    memo = _memo()
    if memo is not None:
        memo[key] = value


def request_memo():
    """This request's memo itself, for a lookup that fills it piece by piece (routing); None outside a
    request."""
    return _memo()


def forget(**kwargs):
    """Signal receiver: the tree or its restrictions changed; what this request kept is out of date."""
    request = current_request.get()
    if request is not None and hasattr(request, _MEMO_ATTRIBUTE):
        delattr(request, _MEMO_ATTRIBUTE)


def forget_if_tree_or_privacy(sender, instance=None, **kwargs):
    """Signal receiver for any saved or deleted row: forget when it is a page, a view restriction or a
    locale."""
    if isinstance(instance, Page | PageViewRestriction | Locale):
        forget()
