"""The content generations: the site-wide one, part of every cache key, and the narrower scopes.

The site-wide generation is replaced when something that spans the site changes (menus, site settings,
privacy, a page moved or deleted, snippets marked `@shown_on_public_pages`). The scopes are replaced
when one page is published or unpublished and nothing site-wide changed (serving.invalidation decides):
`page:<id>` (the page and its translations), `type:<app.model>` (for the pages that show pages of that
type), and `listings` (every page that lists pages: indexes, the home page, tag pages, feeds, sitemaps,
search, and any page whose type does not say what it shows). A cached page or fragment holds the
values of the scopes it depends on (serving.dependencies), so it is replaced only when one of them is.

Why generations rather than purging the affected pages: a page shows up in many
places (its index, the home page, tag pages, feeds, search results, the menus of every page when it is
in the menu, translations' language switchers), and working out every one of them is where page caches
go wrong. Replacing the generation makes every cached page unreachable at once; the old entries expire
by themselves. The scopes narrow that for the commonest change (an article published), and anything
serving.invalidation is not sure of still replaces the site-wide generation.

The structure generation is the third, and the slowest to change: it keys what a publish never changes
(the Sites, the locales, which sections are restricted and by what, where the extranet and the working
groups are, who may use the admin, the site settings and the site's own words). Creating, moving or
deleting a page, changing a slug, a Site, a locale, a view restriction, an admin grant, the settings or
those words replaces it (and the site-wide generation with it, except for a new draft, which the public
cannot see); publishing does not. So the first view of a page after a publish does not ask the database
for all of that again.

Where the generations live: Redis when the app processes share it, else the database (`DatabaseStore`),
each process then keeping its pages and fragments in its own memory under them.
"""

import functools
import hashlib
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache as shared_cache

from .memo import current_request, remembered_for_request, request_memo


class DatabaseStore:
    """The generations in the database (serving.models.Generation), with the few calls of Django's cache
    API that this module makes: for app processes that share no cache (no REDIS_URL), each keeping
    what it renders in its own memory. One query reads all of a request's values."""

    def get_many(self, keys):
        from .models import Generation

        return dict(Generation.objects.filter(key__in=keys).values_list("key", "value"))

    def get(self, key):
        return self.get_many([key]).get(key)

    def add(self, key, value, timeout=None):
        """Keep another process's value if it got there first, as the cache's add() does."""
        from .models import Generation

        Generation.objects.bulk_create([Generation(key=key, value=value)], ignore_conflicts=True)

    def set(self, key, value, timeout=None):
        self.set_many({key: value})

    def set_many(self, values, timeout=None):
        from .models import Generation

        Generation.objects.bulk_create(
            [Generation(key=key, value=value) for key, value in values.items()],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=["value"],
        )


database_store = DatabaseStore()


def _store():
    """Where the generations live: the shared cache (Redis) when the app processes share one
    (CONTENT_CACHE_SHARED), else the database."""
    return shared_cache if settings.CONTENT_CACHE_SHARED else database_store


GENERATION_KEY = "serving:generation"
STRUCTURE_KEY = "serving:structure"
SCOPE_KEY = "serving:scope:"
LISTINGS = "listings"
# The request's snapshot of the scopes it has read, and whether a publish was seen while it ran.
_SCOPES_MEMO = "serving:scopes"
_STALE = "serving:stale"


def current():
    """The current generation, or None when nothing may be cached: the cache cannot be reached, cached
    content is turned off (CONTENT_CACHE_ENABLED), or the request is a preview. Read once per request
    (a page asks for every fragment it shows), and replaced there by `bump`."""
    if not settings.CONTENT_CACHE_ENABLED or is_preview():
        return None
    return remembered_for_request(GENERATION_KEY, _read)[0]


def structure():
    """The current structure generation (see above), read with the site-wide one; None when nothing may
    be cached."""
    if not settings.CONTENT_CACHE_ENABLED or is_preview():
        return None
    return remembered_for_request(GENERATION_KEY, _read)[2]


def is_preview():
    """Is the request being answered a preview (Wagtail's preview request, marked `is_preview` or, while
    its middleware runs, `is_dummy`)? A preview shows unpublished content to its editor: it must never
    read what the public is served from the shared cache, nor write into it. With no generation,
    nothing is read or kept (fragments, routing, the page cache)."""
    request = current_request.get()
    return bool(getattr(request, "is_preview", False) or getattr(request, "is_dummy", False))


# Where the project's own code and templates are (what a release changes), besides the static files.
NOT_CODE = {"node_modules", "media", "staticfiles", "documents", "bench", "tests", "docs"}


@functools.cache
def release():
    """What this app server runs: RELEASE_ID from the environment (a deploy may set it, e.g. to the git
    commit), else a digest of the project's code and templates and of the static files' manifest
    (collectstatic rewrites it whenever CSS or JS changes), taken once per process. It is part of
    every cached page and fragment, so servers of two releases never answer with what the other
    rendered or stored (other templates, other data shapes, hashed asset names this server's static
    files may not have), during a rolling release or after one."""
    if release_id := os.environ.get("RELEASE_ID"):
        return release_id
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    folders = [
        p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name not in NOT_CODE
    ]
    for path in sorted(
        f for folder in folders for pattern in ("*.py", "*.html") for f in folder.rglob(pattern)
    ):
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]


def forget_release(sender=None, **kwargs):
    """Signal receiver (the development server's `file_changed`): a file of the project changed, so
    the release is worked out again on the next request."""
    release.cache_clear()


def _read():
    """(the site-wide generation, the `listings` scope, the structure generation), read together at the
    start of the request: routing and the request's Site come after, so what the request loads is at
    least as new as all three."""
    listings_key = SCOPE_KEY + LISTINGS
    keys = (GENERATION_KEY, listings_key, STRUCTURE_KEY)
    found = _store().get_many(keys)
    if any(key not in found for key in keys):
        # First use, or a key was evicted: start one. add() keeps a concurrent process's choice.
        for key in keys:
            if key not in found:
                _store().add(key, uuid.uuid4().hex, timeout=None)
        found = _store().get_many(keys)
    if any(found.get(key) is None for key in keys):
        return None, None, None
    # The listings scope is noted as read now: every narrow publish replaces it too (see `bump_scopes`).
    _scopes_memo()[LISTINGS] = found[listings_key]
    return f"{release()}.{found[GENERATION_KEY]}", found[listings_key], f"{release()}.{found[STRUCTURE_KEY]}"


def bump(structure=False):
    """Make every cached page stale, in every app process that shares the cache; with `structure`, what
    is kept about the tree's structure too."""
    # A fresh random value rather than incr(): it works whether or not the key exists, and a value
    # can never come back after an eviction and revive old entries.
    keys = [GENERATION_KEY, STRUCTURE_KEY] if structure else [GENERATION_KEY]
    _store().set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)
    _forget_snapshot()


def bump_structure():
    """Make what is kept about the tree's structure stale, leaving the pages cached: a draft page was
    created (an alias, a translation, a section), which no public page shows until it is published."""
    _store().set(STRUCTURE_KEY, uuid.uuid4().hex, timeout=None)
    _forget_snapshot()


def _forget_snapshot():
    """This request (an editor's, which goes on to show the result) reads the generations again."""
    memo = request_memo()
    if memo is not None:
        memo.pop(_SCOPES_MEMO, None)
        memo.pop(GENERATION_KEY, None)


def _scopes_memo():
    memo = request_memo()
    if memo is None:
        return {}  # outside a request: nothing kept, each call reads afresh
    return memo.setdefault(_SCOPES_MEMO, {})


def scopes(names):
    """{name: value} of these scopes, each read once per request, or None when what the request has
    loaded may be older than they say: a publish replaced a scope since the request started (it
    replaces `listings` first, so seeing any newer scope means seeing a newer `listings`). None also
    when nothing may be cached (see `current`). A caller given None keeps nothing."""
    if current() is None:
        return None
    if request_memo() is None:  # outside a request: no snapshot to compare with, as they are now
        values = _read_scopes(names)
        return None if None in values.values() else values
    known = _scopes_memo()
    missing = [name for name in names if name not in known]
    if missing:
        found = _read_scopes([LISTINGS, *missing])  # in one read: see bump_scopes for the order
        if found[LISTINGS] != known.get(LISTINGS):
            known[_STALE] = True
        known.update({name: found[name] for name in missing})
    if known.get(_STALE) or any(known.get(name) is None for name in names):
        return None
    return {name: known[name] for name in names}


def _read_scopes(names):
    """{name: value} from the shared cache, starting the scopes not there yet (first use, evicted) with
    a new random value: never one an old entry could hold."""
    keys = {name: SCOPE_KEY + name for name in names}
    found = _store().get_many(list(keys.values()))
    for key in keys.values():
        if key not in found:
            _store().add(key, uuid.uuid4().hex, timeout=None)
            found[key] = _store().get(key)
    return {name: found.get(key) for name, key in keys.items()}


def bump_scopes(names):
    """Replace these scopes (and `listings`, always and first) in every app process that shares the cache."""
    _store().set(SCOPE_KEY + LISTINGS, uuid.uuid4().hex, timeout=None)
    others = {SCOPE_KEY + name: uuid.uuid4().hex for name in names if name != LISTINGS}
    if others:
        _store().set_many(others, timeout=None)
    _forget_snapshot()
