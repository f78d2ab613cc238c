"""The cache behind the site's guards: rate limits and one-time marks that sign-in relies on.

Everything else the site keeps in Redis (pages, fragments, renditions) treats an outage as a miss
(django-redis's IGNORE_EXCEPTIONS): slower, never wrong. A guard cannot. allauth's rate limiter takes a
lock with cache.add() and refuses everyone (429) when it gets none; allauth's two-factor code check marks
each code as used with cache.add() and refuses every code when the mark fails; and the site's own form
limits, seeing no count, stopped limiting at all.

`FailoverCache` sends each call to Redis while Redis answers. When it does not, the call (and every call
for the next `RETRY_AFTER` seconds, so a dead Redis costs one time-out, not one per call) goes to a
memory cache in this process instead. Each process then counts on its own: the limits are looser by the
number of processes while Redis is away, but they still limit, and nobody is refused because a counter
could not be read. /healthz keeps reporting the outage ("degraded").

    CACHES["guards"] = {
        "BACKEND": "core.guard_cache.FailoverCache",
        "LOCATION": "redis://...",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "RETRY_AFTER": 5},
    }
"""

import contextlib
import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.module_loading import import_string
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What "Redis is not there" looks like; anything else (a ValueError from incr() on a missing key, say)
# is the caller's business and is raised as usual.
UNREACHABLE = (ConnectionInterrupted, RedisError, OSError)

SHARED_PARAMS = ("TIMEOUT", "KEY_PREFIX", "VERSION", "KEY_FUNCTION")


class FailoverCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS") or {})
        primary_backend = options.pop("PRIMARY_BACKEND", "django_redis.cache.RedisCache")
        self.retry_after = options.pop("RETRY_AFTER", 5)
        shared = {name: params[name] for name in SHARED_PARAMS if name in params}
        # The primary must raise on an outage (not return None quietly) for the failover to notice.
        self.primary = import_string(primary_backend)(
            location, {**shared, "OPTIONS": {**options, "IGNORE_EXCEPTIONS": False}}
        )
        # LocMemCache instances of one name share their storage: one count per process, whichever
        # thread asks (Django gives each thread its own cache objects).
        self.fallback = LocMemCache(f"guards-fallback:{location}", shared)
        self._primary_down_until = 0.0

    def _call(self, method, *args, **kwargs):
        if time.monotonic() >= self._primary_down_until:
            try:
                return getattr(self.primary, method)(*args, **kwargs)
            except UNREACHABLE as error:
                logger.warning("Guard cache: Redis unreachable (%s); counting in this process", error)
                self._primary_down_until = time.monotonic() + self.retry_after
        return getattr(self.fallback, method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout=timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def clear(self):
        # Both: a test (or an operator) clearing the guards means every count, wherever it is kept, and
        # only the guards' keys (a Redis cache's clear() would empty the whole database, pages included).
        self.fallback.clear()
        with contextlib.suppress(UNREACHABLE):
            if hasattr(self.primary, "delete_pattern"):
                self.primary.delete_pattern("*")
            else:
                self.primary.clear()

    def close(self, **kwargs):
        self.primary.close(**kwargs)
