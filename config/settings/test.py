"""Test settings: fast hashing, in-memory mail, plain HTTP. DATABASE_URL and REDIS_URL still apply,
so CI can run the same suite against PostgreSQL and Redis."""

from .base import *  # noqa: F403
from .base import env, env_path

SECRET_KEY = "test-only-insecure-key"  # noqa: S105  (tests only)
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = env_path("MEDIA_ROOT", default=BASE_DIR / ".test-media")

# Tests running against a shared Redis must not see each other's (or a dev server's) keys.
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "alliance-test"
    CACHES["renditions"]["KEY_PREFIX"] = "alliance-test-renditions"
DOCUMENTS_ROOT = MEDIA_ROOT / "private-documents"
STORAGES["documents"]["OPTIONS"]["location"] = DOCUMENTS_ROOT

# The page cache is off unless a test turns it on (tests/pagecache), so one test's cached page never
# answers another's request. PAGE_CACHE_SECONDS in the environment turns it on for the app processes
# that the multi-process tests start.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
# One process with a memory cache, or several sharing Redis: cached content is safe either way.
CONTENT_CACHE_ENABLED = True
