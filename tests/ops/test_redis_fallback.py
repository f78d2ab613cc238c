"""With Redis gone the site keeps serving, uncached: django-redis with IGNORE_EXCEPTIONS, pointed at a
closed port (nothing listens there, so every cache call fails at once)."""

import runpy

import pytest
from django.core.cache import caches

from core import ratelimit
from tests.conftest import BASE_SETTINGS, base_settings


def test_base_settings_use_django_redis_ignoring_errors_and_a_renditions_cache(monkeypatch):
    built = base_settings(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/0")
    for alias in ("default", "renditions"):
        assert built["CACHES"][alias]["BACKEND"] == "django_redis.cache.RedisCache"
        assert built["CACHES"][alias]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert built["CACHES"]["default"]["KEY_PREFIX"] != built["CACHES"]["renditions"]["KEY_PREFIX"]


def test_without_redis_a_memory_cache_and_a_renditions_cache(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    built = runpy.run_path(str(BASE_SETTINGS))
    assert set(built["CACHES"]) == {"default", "renditions", "guards"}


@pytest.mark.django_db
def test_pages_still_served_when_redis_is_gone(client, redis_gone, home_page):
    assert caches["default"].get("anything") is None  # no exception: the error is ignored
    for _ in range(2):
        response = client.get(home_page.url)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "bypass"


@pytest.mark.django_db
def test_health_check_reports_the_cache_as_degraded(client, redis_gone):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}


def test_base_settings_keep_the_guards_in_a_failover_cache(monkeypatch):
    built = base_settings(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/0")
    assert built["CACHES"]["guards"]["BACKEND"] == "core.guard_cache.FailoverCache"
    assert len({built["CACHES"][alias]["KEY_PREFIX"] for alias in built["CACHES"]}) == 3


def test_rate_limits_still_limit_when_redis_is_gone(redis_gone):
    """Counted in this process while Redis is away (core/guard_cache.py): neither a refusal for
    everyone nor no limit at all."""
    hits = [ratelimit.hit("join:1.2.3.4", limit=1, window_seconds=60) for _ in range(3)]
    assert hits == [True, False, False]
