"""The health check that load balancers and uptime monitors poll (`/healthz`)."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: the database does not answer")
        return False


def _cache_ok():
    # A round trip, not a ping: with django-redis's IGNORE_EXCEPTIONS a dead Redis makes every call
    # "succeed" quietly, so only reading back what we wrote tells whether the cache works.
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: the cache does not answer")
        return False
    return ok


@never_cache
def healthz(request):
    """200 while this process can serve pages; 503 when it cannot reach the database.

    A cache outage is reported ("degraded") but still answers 200: the site serves without the cache
    (slower), and since every app server shares the one Redis, failing the check would take them all
    out of the load balancer at once and turn a slow site into no site.
    """
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    if not checks["database"]:
        status, code = "error", 503
    elif not checks["cache"]:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse(
        {"status": status, **{name: "ok" if ok else "error" for name, ok in checks.items()}}, status=code
    )
