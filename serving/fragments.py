"""Cached pieces of pages (menus, language switcher) that are the same for everyone who sees a page.

They cost most of a page's queries, and every response built by Django benefits, signed-in members and
the extranet included, even with the full-page cache off. Keys hold the site-wide generation and the
scopes the piece depends on (serving.dependencies), so any change to published content shows at once,
as with the page cache.
"""

import hashlib
import threading
import time
from collections import OrderedDict

from django.core.cache import cache
from django.utils import translation

from . import dependencies, expiry, generation
from .memo import remembered_for_request

SECONDS = 600


class ProcessCopies:
    """Fragments read from the shared cache, kept in this process as well (least recently used first
    out). A fragment's key holds the content generation, and a change replaces the generation rather
    than what is under a key, so a copy here can never be out of date, only expired (each copy keeps the
    shared entry's deadline). That saves a Redis round trip for each of the dozen fragments of a page;
    the one left is reading the generation, once per request. Copies are shared by the requests of this
    process, so values are read, never changed (plain data, as `cached` asks)."""

    def __init__(self, max_entries):
        self.max_entries = max_entries
        self._entries = OrderedDict()
        self._lock = threading.Lock()  # gunicorn may run threads (GUNICORN_THREADS)

    def get_many(self, keys):
        now = time.time()
        found = {}
        with self._lock:
            for key in keys:
                entry = self._entries.get(key)
                if entry is None:
                    continue
                value, deadline = entry
                if deadline <= now:
                    del self._entries[key]
                    continue
                self._entries.move_to_end(key)
                found[key] = value
        return found

    def set_many(self, entries):
        """`entries`: {key: (value, deadline)}, the deadline in seconds since the epoch."""
        with self._lock:
            for key, entry in entries.items():
                self._entries[key] = entry
                self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


# A listing page shows up to a few dozen cards; a few thousand fragments are a few megabytes.
process_copies = ProcessCopies(max_entries=5000)


def _read(keys):
    """The values under `keys` that this process or the shared cache has, copying the shared ones here.
    The shared cache holds each value with its deadline, so a copy here expires when the shared entry
    does, whichever process wrote it."""
    found = process_copies.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        shared = {key: entry for key, entry in cache.get_many(missing).items() if entry[1] > time.time()}
        process_copies.set_many(shared)
        found.update({key: value for key, (value, _deadline) in shared.items()})
    return found


def _write(values, seconds=SECONDS):
    deadline = time.time() + seconds
    entries = {key: (value, deadline) for key, value in values.items()}
    cache.set_many(entries, timeout=seconds)
    process_copies.set_many(entries)


def _scoped(request, current, scopes):
    """The part of a key that the scopes give (their current values), noting them for the response; None
    when the request may have loaded content older than a scope says (nothing is kept then)."""
    if not scopes:
        return current
    values = generation.scopes(sorted(set(scopes)))
    if values is None:
        return None
    dependencies.note(request, values)
    return current + ":" + hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()[:16]


def cached(request, name, compute, *parts, until_next_expiry=False, until=None, lists_pages=False, scopes=()):
    """`compute()`, kept for the current generation, language and host (and `parts`). The value must be
    plain data (no querysets) that holds nothing about the reader. `until_next_expiry`: kept no longer
    than the next scheduled expiry of a live page (for what counts or lists pages). `until`: a function
    giving the moment the value changes by itself, with time and no save (an aware datetime, or None),
    which it is kept no longer than: asked only when the value is computed, like the next expiry.
    `lists_pages`: the value lists pages (a count, a listing), so any publish replaces it. `scopes`:
    what else it depends on (serving.dependencies); without either, only a site-wide change replaces
    it."""
    current = generation.current()
    if current is None:  # the cache is down
        return compute()
    if lists_pages:
        scopes = [*scopes, dependencies.LISTINGS]
    current = _scoped(request, current, scopes)
    if current is None:  # a publish during this request: what it loaded may be older
        return compute()

    def seconds():
        at_most = expiry.seconds_to_keep(SECONDS) if until_next_expiry else SECONDS
        return expiry.seconds_until(until(), at_most) if until is not None else at_most

    return _read_or_compute(_key(request, name, current, parts), compute, seconds)


def _read_or_compute(key, compute, seconds):
    """The value kept under `key`, else `compute()`'s, kept for `seconds()` (asked only then: the next
    expiry is a query)."""
    found = _read([key])
    if key in found:
        return found[key]
    value = compute()
    _write({key: value}, seconds())
    return value


def peek_many(request, name, parts_list):
    """{parts: value} for those of `parts_list` kept under `name` (see `keep`); nothing is computed.
    Kept under `listings` too: what is kept here is the pages themselves, which any publish may change."""
    current = generation.current()
    current = current and _scoped(None, current, [dependencies.LISTINGS])
    if current is None:
        return {}
    keys = {_key(request, name, current, parts): parts for parts in parts_list}
    return {keys[key]: value for key, value in _read(list(keys)).items()}


def keep(request, name, parts, value):
    """Keep `value` under `name` and `parts` for `peek_many`, as `cached` would have."""
    current = generation.current()
    current = current and _scoped(None, current, [dependencies.LISTINGS])
    if current is not None:
        _write({_key(request, name, current, parts): value})


def cached_many(request, name, compute, parts_list, scopes_each=None):
    """`[compute(parts) for parts in parts_list]`, each value kept as `cached` keeps one, read from the
    cache in one round trip for the lot (a listing's cards). `scopes_each`: for each of `parts_list`,
    the scopes its value depends on (a card: its page's)."""
    current = generation.current()
    if current is None:
        return [compute(parts) for parts in parts_list]
    if scopes_each is None:
        scopes_each = [()] * len(parts_list)
    values = generation.scopes(sorted({name for names in scopes_each for name in names}))
    if values is None:
        return [compute(parts) for parts in parts_list]
    dependencies.note(request, values)
    keys = [
        _key(request, name, current, [*parts, *(values[scope] for scope in sorted(set(names)))])
        for parts, names in zip(parts_list, scopes_each, strict=True)
    ]
    found = _read(keys)
    missing = {key: compute(parts) for key, parts in zip(keys, parts_list, strict=True) if key not in found}
    if missing:
        _write(missing)
    return [found.get(key, missing.get(key)) for key in keys]


def _key(request, name, current, parts):
    host = request.get_host() if request is not None else ""
    where = "|".join([translation.get_language() or "", host, *map(str, parts)])
    return f"serving:fragment:{name}:{current}:{hashlib.sha256(where.encode()).hexdigest()}"


def kept_site_wide(name, compute):
    """`compute()`, read once per request and kept in the shared cache under the content generation.
    For facts about the whole tree, the same in every language and on every host, which any change to
    them replaces the generation of (serving.invalidation)."""
    return remembered_for_request(name, lambda: cached(None, name, compute, "site-wide"))


STRUCTURE_SECONDS = 60 * 60


def cached_with_structure(request, name, compute, *parts):
    """`compute()`, kept for the current structure generation (serving.generation), language and host
    (and `parts`): for what is the same on every page and no publish changes (the Sites, the locales,
    the restricted sections, the site's own words), which creating, moving or deleting a page, or
    changing a Site, a locale, a restriction, an admin grant or the site's settings and words,
    replaces. So the first view after a publish does not pay for it. Plain data, as for `cached`."""
    current = generation.structure()
    if current is None:  # the cache is down
        return compute()
    return _read_or_compute(
        _key(request, name, f"structure.{current}", parts), compute, lambda: STRUCTURE_SECONDS
    )


def kept_with_structure(name, compute):
    """`cached_with_structure` for facts about the whole tree, the same in every language and on every
    host, read once per request."""
    return remembered_for_request(name, lambda: cached_with_structure(None, name, compute, "site-wide"))
