"""Which view restrictions cover a page, answered from what is kept rather than by loading ancestors.

Wagtail's `page.get_view_restrictions()` loads the page's ancestors and then their restrictions, and each
restriction's groups when it is checked: queries on every request. Here the restricted sections (the
paths of the pages that carry a restriction) and the restrictions themselves are read once per request
and kept in the shared cache under the structure generation, which any change to them replaces
(serving.invalidation). The answers are Wagtail's: tests/serving/test_differential.py compares them
with Wagtail's own for every page and every role.
"""

import pickle

from modelcluster.queryset import FakeQuerySet
from wagtail.models import Page, PageViewRestriction

from . import dependencies, fragments
from .fragments import kept_with_structure


def access_relations():
    """The many-to-many tables that decide who may see what, which send no post_save when they change:
    a view restriction's groups (pages and collections), and the groups and users granted the admin
    (core.admin_access). What is kept of them (the restrictions, the admin grants) is kept under the
    structure generation: serving.invalidation replaces it, and serving.apps forgets this request's copy."""
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
    # the structure generation (serving.invalidation), and with it this answer.
    return kept_with_structure("restricted-sections", compute)


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
    ancestors), found from the kept restricted sections instead of loading the ancestors, with each
    restriction's groups loaded alongside (`accept_request` asks). When every restriction is kept (none
    holds a password), a queryset-like list of them (modelcluster's FakeQuerySet, which Wagtail uses
    for unsaved relations): iterating, ordering, `exists()` need no query. Else a queryset.
    Not for an alias itself, whose source's ancestors matter too: Wagtail's own check does that."""
    restricted = restricted_section_paths()
    holders = [restricted[path] for path in ancestor_paths(page.path) if path in restricted]
    kept = _kept_restrictions()
    if all(holder in kept for holder in holders):
        items = [item for holder in holders for item in pickle.loads(kept[holder])]  # noqa: S301
        return FakeQuerySet(PageViewRestriction, items)
    return PageViewRestriction.objects.filter(page_id__in=holders).prefetch_related("groups")


def _kept_restrictions():
    """{page id: its view restrictions, with their groups, pickled} for every page that carries one,
    kept like the restricted sections (a restriction saved or deleted, or its groups changed, replaces
    the structure generation). Except a page with a password restriction: a password stays in the
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

    return kept_with_structure("view-restrictions", compute)


def cached_for_page(request, page, name, compute, *parts, until_next_expiry=False, until=None):
    """`cached(...)` for a piece of `page` (its head, its parts): except that nothing of a page a view
    restriction may cover is kept, but computed on each request, so nothing private goes into the
    shared cache (routing keeps only public pages too). Kept under the scopes the page depends on
    (serving.dependencies); `page` None (a view that is not a page): under `listings`. `until_next_expiry`
    and `until` as for `cached` (a listing of the page's children)."""
    if page is not None and may_be_restricted(page):
        return compute()
    return fragments.cached(
        request,
        name,
        compute,
        *parts,
        until_next_expiry=until_next_expiry,
        until=until,
        scopes=dependencies.scopes_of_page(page),
    )
