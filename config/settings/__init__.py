"""Settings modules: base (safe for production), dev, test and production.

DJANGO_SETTINGS_MODULE picks one; manage.py defaults to dev, wsgi/asgi to production.
"""
