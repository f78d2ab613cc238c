"""Production settings pass Django's deployment checklist and refuse what would weaken them."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def manage(*args, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by tests/browser/conftest.py for Playwright, never in deployment.
    ignored = {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in ignored}
    clean.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="alliance.example.org",
    )
    clean.update(env)
    command = [sys.executable, "manage.py", *args]  # the arguments are this module's own
    return subprocess.run(command, cwd=BASE_DIR, env=clean, capture_output=True, text=True, check=False)  # noqa: S603


def test_check_deploy_reports_nothing():
    result = manage("check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_debug():
    result = manage("check", DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "hsts": settings.SECURE_HSTS_SECONDS,
    "subdomains": settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "cookies": [
        [getattr(settings, f"{name}_COOKIE_{flag}") for flag in ("SECURE", "HTTPONLY", "SAMESITE")]
        for name in ("SESSION", "CSRF", "LANGUAGE")
    ],
    "hasher": settings.PASSWORD_HASHERS[0],
    "session_age": settings.SESSION_COOKIE_AGE,
    "idle_refresh": [
        settings.SESSION_REFRESH_SECONDS,
        "security.middleware.SessionIdleExpiryMiddleware" in settings.MIDDLEWARE,
    ],
    "debug": settings.DEBUG,
}))
"""


def test_production_turns_on_hsts_secure_cookies_and_argon2():
    result = manage("shell", "--no-imports", "-c", PRINT_SETTINGS)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["hsts"] == 365 * 24 * 3600
    assert values["subdomains"] is True
    assert values["ssl_redirect"] is True
    assert values["debug"] is False
    for secure, httponly, samesite in values["cookies"]:
        assert secure and httponly and samesite in {"Lax", "Strict"}
    assert values["hasher"] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    refresh_seconds, refreshed = values["idle_refresh"]
    assert refreshed and 0 < refresh_seconds <= 300
    assert 0 < values["session_age"] <= 8 * 3600
