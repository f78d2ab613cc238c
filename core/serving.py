"""Serving a page in few queries: facts that every page of a request needs, looked up once per request.

Wagtail answers each of these with a query of its own every time it is asked: routing fetches one
child and then its specific row per tree level, the view-restriction check loads the page's ancestors
and then their restrictions, and every `Locale.get_active()` (`page.localized`, listings in the
reader's language) reads the locale again. Here each is answered once per request and kept on the
request, never across requests, so an edit applies from the next request on.

Some answers (the restricted sections, the locales) are also kept in the shared cache under the
content generation, which any change to them replaces (pagecache.signals).

Within a request, anything that changes the answers (a page saved, moved or deleted, a view
restriction or locale added or removed: the admin does these in the request that shows the result) drops
what was kept (`forget`, connected in core.apps), so the rest of that request asks the database again.
"""

import pickle

from wagtail.models import Locale, Page, PageViewRestriction

from core.links import current_request

_MEMO_ATTRIBUTE = "_core_serving_memo"


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


def kept_site_wide(name, compute):
    """`compute()`, read once per request and kept in the shared cache under the content generation
    (pagecache.fragments). For facts about the whole tree, the same in every language and on every
    host, which any change to them replaces the generation of (pagecache.signals)."""
    from pagecache.fragments import cached

    return remembered_for_request(name, lambda: cached(None, name, compute, "site-wide"))


# ---------------------------------------------------------------------------------------------------
# Privacy
# ---------------------------------------------------------------------------------------------------


def access_relations():
    """The many-to-many tables that decide who may see what, which send no post_save when they change:
    a view restriction's groups (pages and collections), and the groups and users granted the admin
    (core.admin_access). What is kept of them (the restrictions, the admin grants) is kept under the
    content generation: pagecache.signals replaces it, and core.apps forgets this request's copy."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import CollectionViewRestriction

    return (
        PageViewRestriction.groups.through,
        CollectionViewRestriction.groups.through,
        Group.permissions.through,
        get_user_model().user_permissions.through,
    )


def restricted_section_paths():
    """Tree paths of the pages that carry a view restriction, and of the aliases of such pages (an alias
    has its source's restriction, as Wagtail's `get_view_restrictions` rules). Everything at or below
    one of these paths is restricted; everything else is public. Each path maps to the page whose
    restrictions apply there: the page itself, or an alias's source."""

    def compute():
        # An alias's own restrictions never apply (Wagtail checks its source's), so only pages that are
        # not aliases count with theirs: no path appears twice.
        restricted = (
            PageViewRestriction.objects.filter(page__alias_of__isnull=True)
            .order_by()
            .values_list("page__path", "page_id")
        )
        aliases = (
            Page.objects.filter(alias_of__view_restrictions__isnull=False)
            .order_by()
            .values_list("path", "alias_of_id")
        )
        return dict(restricted.union(aliases))

    # Also kept as a fragment: a restriction added or removed, a page moved or an alias made replaces
    # the content generation (pagecache.signals), and with it this answer.
    return kept_site_wide("restricted-sections", compute)


def ancestor_paths(path, inclusive=True):
    """The tree paths of the page at `path` and of each of its ancestors, root first."""
    steplen = Page.steplen
    end = len(path) if inclusive else len(path) - steplen
    return [path[:length] for length in range(steplen, end + 1, steplen)]


def may_be_restricted(page):
    """False when neither `page` nor any ancestor carries a view restriction (then Wagtail's check has
    nothing to check). An alias always says True: its restrictions are its source's."""
    if page.alias_of_id is not None or not page.path:
        return True
    restricted = restricted_section_paths()
    return any(path in restricted for path in ancestor_paths(page.path))


def restrictions_over(page):
    """What Wagtail's `page.get_view_restrictions()` gives, for any page (a plain Page row too): nothing
    without a query for the public pages, which are almost all of them; the kept restrictions for a page
    in a restricted section; Wagtail's own answer for an alias (its source's ancestors matter)."""
    if not may_be_restricted(page):
        return PageViewRestriction.objects.none()
    if page.alias_of_id is None and page.path:
        return view_restrictions(page)
    return Page.get_view_restrictions(page)


def restrictions_held_by(holder_id):
    """The view restrictions of the page `holder_id` (a value of `restricted_section_paths()`), with
    their groups: from the kept restrictions when they are kept, else from the database."""
    kept = _kept_restrictions()
    if holder_id in kept:
        return pickle.loads(kept[holder_id])  # noqa: S301  (our own cache)
    return list(PageViewRestriction.objects.filter(page_id=holder_id).prefetch_related("groups"))


def view_restrictions(page):
    """What Wagtail's `page.get_view_restrictions()` gives (the restrictions of the page and its
    ancestors, an alias's being its source's), found from the kept restricted sections instead of
    loading the ancestors, with each restriction's groups loaded alongside (`accept_request` asks):
    from the kept restrictions, with no query, unless one of them holds a password.
    Not for an alias itself, whose source's ancestors matter too: Wagtail's own check does that."""
    restricted = restricted_section_paths()
    holders = [restricted[path] for path in ancestor_paths(page.path) if path in restricted]
    restrictions = PageViewRestriction.objects.filter(page_id__in=holders).prefetch_related("groups")
    kept = _kept_restrictions()
    if all(holder in kept for holder in holders):
        # The queryset as the database would fill it, so that whatever Wagtail does with it works: its
        # check iterates over it, with no query; anything that refines it (the admin orders it) asks
        # the database, as a new queryset always does.
        restrictions._result_cache = [item for holder in holders for item in pickle.loads(kept[holder])]  # noqa: S301
        restrictions._prefetch_done = True
    return restrictions


def _kept_restrictions():
    """{page id: its view restrictions, with their groups, pickled} for every page that carries one,
    kept like the restricted sections (a restriction saved or deleted, or its groups changed, replaces
    the content generation). Except a page with a password restriction: a password stays in the
    database, never in the cache, so such a page's restrictions are always loaded from there."""

    def compute():
        kept, with_password = {}, set()
        for restriction in PageViewRestriction.objects.prefetch_related("groups").order_by("pk"):
            if restriction.restriction_type == PageViewRestriction.PASSWORD:
                with_password.add(restriction.page_id)
            else:
                kept.setdefault(restriction.page_id, []).append(restriction)
        return {
            page_id: pickle.dumps(items) for page_id, items in kept.items() if page_id not in with_password
        }

    return kept_site_wide("view-restrictions", compute)


# ---------------------------------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------------------------------


def _locales_by_language():
    """Every enabled locale by its language code, kept as a fragment (adding or removing a locale
    replaces the content generation)."""
    return kept_site_wide("locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()})


def _locale_for(language_code):
    """What `Locale.objects.get_for_language(language_code)` gives, from the kept locales; None when
    there is no such locale (Wagtail raises there)."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return _locales_by_language().get(get_supported_content_language_variant(language_code))
    except LookupError:
        return None


def default_locale():
    """`Locale.get_default()`, without a query."""
    from django.conf import settings

    return _locale_for(settings.LANGUAGE_CODE) or Locale.get_default()


def active_locale():
    """`Locale.get_active()`, without a query: the active language's locale, else the default one."""
    from django.utils import translation

    return _locale_for(translation.get_language()) or default_locale()


def localized(page):
    """`page.localized` (the page's live translation in the reader's language, else the page), with no
    query when the page is already in the reader's language, which is almost always."""
    if active_locale().pk == page.locale_id:
        return page
    return Page.localized.fget(page)  # Wagtail's own answer (BasePage.localized comes here)


# ---------------------------------------------------------------------------------------------------
# Routing
# ---------------------------------------------------------------------------------------------------

NOT_FOUND = object()


def child_for_routing(parent, slug, path_components):
    """The child of `parent` with this slug, for `Page.route`. The first call of a request loads every
    page the rest of the address can lead to (all the levels below `parent`, by `url_path`) in one query;
    the levels below ask again and find their child in what was loaded. Returns NOT_FOUND when there is
    no such child, and None when the address was not loaded (the caller then asks as Wagtail does)."""
    memo = _memo()
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
    from pagecache import fragments

    kept = fragments.peek_many(current_request.get(), ROUTING_FRAGMENT, [(path,) for path in url_paths])
    return {parts[0]: pickle.loads(data) for parts, data in kept.items()}  # noqa: S301  (our own cache)


def _keep_for_routing(page):
    from pagecache import fragments

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
