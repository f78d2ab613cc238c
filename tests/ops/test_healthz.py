"""/healthz: what the load balancer polls. Database down: 503; cache down: still 200, "degraded"."""

import pytest
from django.db import OperationalError

from ops import views

pytestmark = pytest.mark.django_db


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_outside_the_language_prefixes_and_never_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert client.get("/en/healthz/").status_code == 404
    for _ in range(2):
        response = client.get("/healthz")
        assert response["X-Page-Cache"] == "bypass"
        assert "no-store" in response["Cache-Control"]


def test_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/en/").status_code == 301


class BrokenConnection:
    def cursor(self):
        raise OperationalError("connection refused")


def test_database_down_is_an_error(client, monkeypatch):
    monkeypatch.setattr(views, "connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
