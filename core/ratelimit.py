"""A small fixed-window rate limit in the shared cache (Redis in production), for public forms.

    if not ratelimit.hit(f"join:{ratelimit.client_ip(request)}", limit=5, window_seconds=3600):
        ...  # too many

With the per-process memory cache (no REDIS_URL) each process counts on its own: a looser limit, never
a false refusal.
"""

import time

from django.core.cache import cache


def client_ip(request):
    """The address the request came from. Behind a proxy, the proxy must pass the client's address as
    REMOTE_ADDR (e.g. with gunicorn's --forwarded-allow-ips and a proxy-protocol setup); headers such
    as X-Forwarded-For are not trusted here, as anyone can send them."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(key, limit, window_seconds):
    """Count one use of `key`; True while the uses in the current window stay within `limit`."""
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    # add() is a no-op when the key exists, so concurrent first hits do not reset each other's count.
    cache.add(cache_key, 0, timeout=window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=window_seconds)
        count = 1
    if count is None:
        # The cache is down (django-redis ignores the error and returns None): let the request through
        # rather than refuse everyone while Redis is away.
        return True
    return count <= limit
