"""The site-wide generation: part of every page-cache key, replaced whenever published content changes.

Why one counter for the whole site rather than purging the affected pages: a page shows up in many
places (its index, the home page, tag pages, feeds, search results, the menus of every page when it is
in the menu, translations' language switchers), and working out every one of them is where page caches
go wrong. Replacing the generation makes every cached page unreachable at once; the old entries expire
by themselves. The cost is that one publish empties the whole cache, which for a site that publishes a
few times a day means a few cold page views per publish: cheap, and always correct.
"""

import functools
import hashlib
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .memo import current_request, remembered_for_request, replace_for_request

GENERATION_KEY = "serving:generation"


def current():
    """The current generation, or None when nothing may be cached: the cache cannot be reached, or it
    is not shared by every app process (CONTENT_CACHE_ENABLED, see settings). Read once per request
    (a page asks for every fragment it shows), and replaced there by `bump`."""
    if not settings.CONTENT_CACHE_ENABLED or is_preview():
        return None
    return remembered_for_request(GENERATION_KEY, _read)


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


def _read():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or the key was evicted: start one. add() keeps a concurrent process's choice.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return None if generation is None else f"{release()}.{generation}"


def bump():
    """Make every cached page stale, in every app process that shares the cache."""
    # A fresh random value rather than incr(): it works whether or not the key exists, and a value
    # can never come back after an eviction and revive old entries.
    new = uuid.uuid4().hex
    cache.set(GENERATION_KEY, new, timeout=None)
    replace_for_request(GENERATION_KEY, f"{release()}.{new}")
