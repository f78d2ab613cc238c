"""A small fixed-window rate limit in the guards cache (Redis in production), for public forms.

    if not ratelimit.hit(f"join:{ratelimit.client_ip(request)}", limit=5, window_seconds=3600):
        ...  # too many

With the per-process memory cache (no REDIS_URL), or while Redis is away (core/guard_cache.py), each
process counts on its own: a looser limit, never a false refusal, never no limit.
"""

import time

from django.core.cache import caches


def client_ip(request):
    """The address the request came from. Behind a proxy, the proxy must pass the client's address as
    REMOTE_ADDR (e.g. with gunicorn's --forwarded-allow-ips and a proxy-protocol setup); headers such
    as X-Forwarded-For are not trusted here, as anyone can send them."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(key, limit, window_seconds):
    """Count one use of `key`; True while the uses in the current window stay within `limit`."""
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    guards = caches["guards"]
    # add() is a no-op when the key exists, so concurrent first hits do not reset each other's count.
    guards.add(cache_key, 0, timeout=window_seconds)
    try:
        count = guards.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        guards.set(cache_key, 1, timeout=window_seconds)
        count = 1
    return count <= limit
