"""Local development: DEBUG on, plain HTTP, mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Local work runs on plain HTTP.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

# Mail goes through the same database queue as in production: `make run` starts the queue's worker
# (`manage.py db_worker --backend email`) beside the web server, and it prints each message here.
MAIL_TRANSPORT = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")

# The dev server serves static files from the app folders without a collectstatic step.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True

# The demo content loader (`manage.py load_demo_content`, run by `make run`, and by `make serve` and the
# benchmarks with these settings before they serve with the production ones). It has no models,
# templates or static files, so its place in the list changes nothing.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_CONTENT_ALLOWED = True
