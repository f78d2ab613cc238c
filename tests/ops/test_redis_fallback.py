"""With Redis gone the site keeps serving, uncached: django-redis with IGNORE_EXCEPTIONS, pointed at a
closed port (nothing listens there, so every cache call fails at once)."""

import runpy
import socket
from pathlib import Path

import pytest
from django.core.cache import caches

from core import ratelimit

BASE_SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings" / "base.py"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed when the socket is, and nothing else takes it that fast


def base_settings(monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


@pytest.fixture
def redis_gone(settings, monkeypatch):
    """The CACHES that base.py builds for REDIS_URL, with Redis nowhere to be found."""
    built = base_settings(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    settings.CACHES = built["CACHES"]
    settings.PAGE_CACHE_SECONDS = 600
    yield
    for alias in ("default", "renditions"):
        caches[alias].close()


def test_base_settings_use_django_redis_ignoring_errors_and_a_renditions_cache(monkeypatch):
    built = base_settings(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/0")
    for alias in ("default", "renditions"):
        assert built["CACHES"][alias]["BACKEND"] == "django_redis.cache.RedisCache"
        assert built["CACHES"][alias]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert built["CACHES"]["default"]["KEY_PREFIX"] != built["CACHES"]["renditions"]["KEY_PREFIX"]


def test_without_redis_a_memory_cache_and_a_renditions_cache(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    built = runpy.run_path(str(BASE_SETTINGS))
    assert set(built["CACHES"]) == {"default", "renditions"}


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


def test_rate_limits_let_people_through_when_redis_is_gone(redis_gone):
    assert all(ratelimit.hit("join:1.2.3.4", limit=1, window_seconds=60) for _ in range(3))
