"""Production: base.py is already safe; this only turns on what needs HTTPS in front of it."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, env

# Refuse to start without a real secret key (ImproperlyConfigured names the missing variable).
SECRET_KEY = env.str("SECRET_KEY")

# One year, subdomains included (base sets SECURE_HSTS_INCLUDE_SUBDOMAINS).
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)

# DEBUG shows settings and stack traces to anyone who finds an error: production refuses to start with
# it, even if someone sets DEBUG in the environment expecting it to work.
if DEBUG or env.bool("DEBUG", default=False):
    raise ImproperlyConfigured("DEBUG must be off in production (config.settings.production).")

# Persistent database connections (reused for a minute; base.py turns on health checks, so a
# connection the database dropped is replaced instead of failing a request).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
