"""Cached pieces of pages (menus, language switcher) that are the same for everyone who sees a page.

They cost most of a page's queries, and every response built by Django benefits, signed-in members and
the extranet included, even with the full-page cache off. Keys hold the site-wide generation, so any
change to published content shows at once, as with the page cache.
"""

import hashlib

from django.core.cache import cache
from django.utils import translation

SECONDS = 600


def cached(request, name, compute, *parts):
    """`compute()`, kept for the current generation, language and host (and `parts`). The value must be
    plain data (no querysets) that holds nothing about the reader."""
    from . import generation

    current = generation.current()
    if current is None:  # the cache is down
        return compute()
    key = _key(request, name, current, parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=SECONDS)
    return value


def cached_many(request, name, compute, parts_list):
    """`[compute(parts) for parts in parts_list]`, each value kept as `cached` keeps one, read from the
    cache in one round trip for the lot (a listing's cards)."""
    from . import generation

    current = generation.current()
    if current is None:
        return [compute(parts) for parts in parts_list]
    keys = [_key(request, name, current, parts) for parts in parts_list]
    found = cache.get_many(keys)
    missing = {key: compute(parts) for key, parts in zip(keys, parts_list, strict=True) if key not in found}
    if missing:
        cache.set_many(missing, timeout=SECONDS)
    return [found.get(key, missing.get(key)) for key in keys]


def _key(request, name, current, parts):
    host = request.get_host() if request is not None else ""
    where = "|".join([translation.get_language() or "", host, *map(str, parts)])
    return f"pagecache:fragment:{name}:{current}:{hashlib.sha256(where.encode()).hexdigest()}"
