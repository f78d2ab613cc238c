"""How django-axes recognises one account across the two sign-in doors.

The Wagtail admin signs in by username (`username`), members sign in through allauth by email (allauth
passes `email` to authenticate()). Both are counted as one lowercased key, so failures for one address
lock that address whichever form they came through.
"""

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


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in form while an account is locked: the site's own, in the
    visitor's language, with status 429 so scripts and monitors can tell it from a wrong password."""
    from django.conf import settings
    from django.shortcuts import render

    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return render(request, "security/lockout.html", {"minutes": minutes}, status=429)
