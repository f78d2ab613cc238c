from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Response headers every page carries, and who counts as "the same person" for sign-in lockout."""

    name = "security"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)

        point_allauth_guards_at_the_guards_cache()


def point_allauth_guards_at_the_guards_cache():
    """allauth keeps its sign-in rate limits and its used two-factor codes in Django's default cache,
    with no setting to choose another. The default cache treats a Redis outage as a miss, which these
    two turn into refusals: every sign-in and password reset answered 429 and every two-factor code was
    "already used" while Redis was away. They use the "guards" cache instead, which falls back to
    counting in each process (core/guard_cache.py). tests/security/test_redis_outage.py signs in with
    Redis gone, so an allauth upgrade that moves these names fails there, not in production."""
    from allauth.core.internal import ratelimit
    from allauth.mfa.totp.internal import auth as totp
    from django.core.cache import caches
    from django.utils.connection import ConnectionProxy

    guards = ConnectionProxy(caches, "guards")
    for module in (ratelimit, totp):
        if not hasattr(module, "cache"):
            raise RuntimeError(f"{module.__name__} no longer has `cache`: see security.apps")
        module.cache = guards
