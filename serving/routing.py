"""Wagtail's routing in one query per request rather than two per level of the address.

Wagtail's `Page.route` fetches one child and then its specific row per tree level. Here the first level
loads every page the rest of the address can lead to, by `url_path`, in one query; public pages, as
routing loads them, are kept in the shared cache under the content generation. core's BasePage.route
comes here. The answers are Wagtail's: tests/serving/test_differential.py compares them with Wagtail's
own routing for every page of the demo site.
"""

import pickle

from wagtail.models import Page

from . import fragments
from .memo import current_request, request_memo
from .restrictions import may_be_restricted

NOT_FOUND = object()


def child_for_routing(parent, slug, path_components):
    """The child of `parent` with this slug, for `Page.route`. The first call of a request loads every
    page the rest of the address can lead to (all the levels below `parent`, by `url_path`) in one query;
    the levels below ask again and find their child in what was loaded. Returns NOT_FOUND when there is
    no such child, and None when the address was not loaded (the caller then asks as Wagtail does)."""
    memo = request_memo()
    wanted = f"{parent.url_path}{slug}/"
    if memo is None:
        return None
    loaded = memo.setdefault("route_pages", {})
    if wanted not in loaded:
        candidates = []
        prefix = parent.url_path
        for component in path_components:
            prefix = f"{prefix}{component}/"
            candidates.append(prefix)
        loaded.update(_kept_for_routing(candidates))
        # The database only when the page asked for is not kept. What lies below it is asked for only
        # if routing goes on: a routable page (news/tag/<slug>/) answers the rest of the address itself.
        if wanted not in loaded:
            remaining = [candidate for candidate in candidates if candidate not in loaded]
            found = dict.fromkeys(remaining, NOT_FOUND)
            for page in Page.objects.filter(path__startswith=parent.path, url_path__in=remaining):
                if found[page.url_path] is not NOT_FOUND:
                    # Two pages with one address (Wagtail allows it only in odd data): Wagtail decides.
                    found[page.url_path] = None
                else:
                    found[page.url_path] = page
            loaded.update(found)
    child = loaded[wanted]
    if child is NOT_FOUND or child is None:
        return child
    return child if child.depth == parent.depth + 1 else NOT_FOUND


def ancestors_and_self(page):
    """The page's ancestors below the tree's root, and the page itself, root first: what
    `page.get_ancestors(inclusive=True).filter(depth__gt=1)` gives, taken from the pages routing
    loaded one above the other (`_cached_parent_obj`) when they reach the top, else in one query."""
    chain, node = [], page
    while node is not None:
        chain.append(node)
        if node.depth <= 2:
            return chain[::-1]
        node = getattr(node, "_cached_parent_obj", None)
    return list(page.get_ancestors(inclusive=True).filter(depth__gt=1))


def specific_for_serving(page):
    """`page.specific`, with the related rows its template always shows joined into the same query (the
    page type's `serving_select_related`). A public page is then kept for routing (see below)."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific  # already specific (kept for routing), or of a type no longer installed
    related = getattr(model, "serving_select_related", ())
    specific = model.objects.select_related(*related).get(pk=page.pk) if related else page.specific
    _keep_for_routing(specific)
    if hasattr(page, "_cached_parent_obj"):  # set by routing; treebeard's get_parent() reads it
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


# Public pages, as routing loads them (specific, with their `serving_select_related`), are kept in the
# shared cache by address under the content generation: a publish, unpublish, move or delete replaces
# it. Only the live row is kept, which changes only with a publish (a draft is saved to revisions).
# Kept pickled, so each request gets its own copy to set attributes on. Never a page that a view
# restriction may cover, nor an alias: those are loaded from the database on every request.
ROUTING_FRAGMENT = "route-page"


def _kept_for_routing(url_paths):
    kept = fragments.peek_many(current_request.get(), ROUTING_FRAGMENT, [(path,) for path in url_paths])
    return {parts[0]: pickle.loads(data) for parts, data in kept.items()}  # noqa: S301  (our own cache)


def _keep_for_routing(page):
    if may_be_restricted(page):
        return
    parent = page.__dict__.pop("_cached_parent_obj", None)  # the parent is kept under its own address
    try:
        data = pickle.dumps(page)
    except (pickle.PicklingError, TypeError, AttributeError):  # something unpicklable set on the page
        return
    finally:
        if parent is not None:
            page._cached_parent_obj = parent
    fragments.keep(current_request.get(), ROUTING_FRAGMENT, (page.url_path,), data)
