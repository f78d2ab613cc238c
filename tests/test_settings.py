"""The settings are safe by default: production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_check(settings, **env):
    clean = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=settings)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check("config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_a_secret_key():
    result = run_check("config.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr


def test_base_settings_are_safe_for_production():
    from config.settings import base

    assert base.DEBUG is False
    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.SECRET_KEY == "" or "SECRET_KEY" in os.environ
    assert base.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
