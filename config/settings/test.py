"""Test settings: fast hashing, in-memory mail, plain HTTP. DATABASE_URL and REDIS_URL still apply,
so CI can run the same suite against PostgreSQL and Redis."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import env, env_path

# pytest-xdist runs the suite in worker processes side by side (gw0, gw1, ...; `pytest -n 2`). Each
# worker keeps its own Redis database and media folder: tests empty the cache (FLUSHDB) and look at
# stored files. pytest-django gives each worker its own test database. Without xdist: no suffix.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
XDIST_WORKER_NUMBER = int(XDIST_WORKER.removeprefix("gw")) if XDIST_WORKER.startswith("gw") else 0


def redis_url_for_worker(url, worker_number):
    """REDIS_URL with its database number (0 if it names none) moved up by the worker's number."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + worker_number
    return urlunsplit(parts._replace(path=f"/{database}"))


# The demo content loader: tests load the demo (tests/test_demo_content.py, the browser tests) and build
# large sites with demo.bulk. It has no models, templates or static files, so its place changes nothing.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_CONTENT_ALLOWED = True

SECRET_KEY = "test-only-insecure-key"  # noqa: S105  (tests only)
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail is queued as in production; the queue's worker (tests' `run_mail_queue`) sends to mail.outbox.
MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = env_path("MEDIA_ROOT", default=BASE_DIR / ".test-media")
if XDIST_WORKER:
    MEDIA_ROOT = MEDIA_ROOT / XDIST_WORKER

# Tests running against a shared Redis must not see each other's (or a dev server's) keys.
if REDIS_URL and XDIST_WORKER:
    REDIS_URL = redis_url_for_worker(REDIS_URL, XDIST_WORKER_NUMBER)
    for alias in ("default", "renditions", "guards"):
        CACHES[alias]["LOCATION"] = REDIS_URL
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "alliance-test"
    CACHES["renditions"]["KEY_PREFIX"] = "alliance-test-renditions"
    CACHES["guards"]["KEY_PREFIX"] = "alliance-test-guards"
DOCUMENTS_ROOT = MEDIA_ROOT / "private-documents"
STORAGES["documents"]["OPTIONS"]["location"] = DOCUMENTS_ROOT

# The page cache is off unless a test turns it on (tests/serving), so one test's cached page never
# answers another's request. PAGE_CACHE_SECONDS in the environment turns it on for the app processes
# that the multi-process tests start.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
# One process with a memory cache, or several sharing Redis: the generations live with the cache either
# way. The database's generations (several processes sharing no cache) are tested by turning this off
# (tests/serving/test_structure_generation.py, test_multiple_processes.py, performance/).
CONTENT_CACHE_ENABLED = True
CONTENT_CACHE_SHARED = env.bool("CONTENT_CACHE_SHARED", default=True)
