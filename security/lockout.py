"""How django-axes recognises one account, and what a locked-out person is told.

Members and staff sign in through allauth by email (allauth passes `email` to authenticate()); a
username is still accepted as a key for anything that authenticates by username. Both are counted as
one lowercased key, so failures for one address are counted together whatever their case.

A lockout holds one (account, network) pair (AXES_LOCKOUT_PARAMETERS): docs/security.md explains why.
"""

from datetime import timedelta

from core.ratelimit import client_ip


def username(request, credentials):
    credentials = credentials or {}
    value = credentials.get("username") or credentials.get("email")
    if not value and request is not None:
        value = request.POST.get("username") or request.POST.get("login")
    return (value or "").strip().lower()[:255] or None


def ip_address(request):
    """The client address, as the site's other rate limits see it (REMOTE_ADDR only; see
    core.ratelimit), or None when there is none (a request built in code, a Unix socket): axes stores
    it in an IP address column, which PostgreSQL checks, so core.ratelimit's "unknown" will not do."""
    address = client_ip(request)
    return None if address == "unknown" else address


def lifts_at(request, credentials=None):
    """When the lock on this request's (account, network) pair ends: its latest failure plus the
    cool-off. A refused attempt during a lockout counts as a failure too (axes'
    AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), which is why this is read back rather than
    assumed. Rounded up to the minute, since it is shown without seconds."""
    from axes.handlers.proxy import AxesProxyHandler
    from axes.helpers import get_cool_off
    from django.db.models import Max
    from django.utils import timezone

    handler = AxesProxyHandler.get_implementation()
    latest = None
    if hasattr(handler, "get_user_attempts"):  # the database handler, which the site uses
        for attempts in handler.get_user_attempts(request, credentials):
            time = attempts.aggregate(latest=Max("attempt_time"))["latest"]
            if time and (latest is None or time > latest):
                latest = time
    ends = (latest or timezone.now()) + get_cool_off(request)
    if ends.second or ends.microsecond:
        ends = ends.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return ends


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in form while a pair is locked: the site's own, in the
    visitor's language, with status 429 so scripts and monitors can tell it from a wrong password.
    It names what is locked (this account from this network) and the time it lifts, in the site's
    time zone, so nobody at another desk or network concludes the account itself is blocked."""
    from django.shortcuts import render

    return render(request, "security/lockout.html", {"lifts_at": lifts_at(request, credentials)}, status=429)
