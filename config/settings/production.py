"""Production: base.py is already safe; this only turns on what needs HTTPS in front of it."""

from .base import *  # noqa: F403
from .base import env

# Refuse to start without a real secret key (ImproperlyConfigured names the missing variable).
SECRET_KEY = env.str("SECRET_KEY")

# One year, subdomains included (base sets SECURE_HSTS_INCLUDE_SUBDOMAINS).
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
