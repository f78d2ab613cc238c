import time

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with a more lenient policy for the Wagtail admin only.

    Wagtail 8's admin still writes inline scripts (date pickers, inline panels, choosers) and inline
    styles, so under the site's policy it would break. Its pages are only for signed-in staff and are
    never cached; SECURITY_ADMIN_CSP lists what it gets instead. A view that sets its own policy with
    django-csp's decorators keeps it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        is_admin = request.path_info.startswith(settings.SECURITY_ADMIN_PATH_PREFIX)
        if is_admin and not report_only and parts.config is None and parts.replace is None:
            parts.replace = settings.SECURITY_ADMIN_CSP
        return parts


class PermissionsPolicyMiddleware:
    """Sends `Permissions-Policy` (Django has no setting for it): the site uses no camera, microphone,
    location or payment features, so no page, and nothing embedded in one, may ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = settings.SECURITY_PERMISSIONS_POLICY
        self.header = ", ".join(f"{feature}=({' '.join(allow)})" for feature, allow in policy.items())

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class SessionIdleExpiryMiddleware:
    """Ends a session SESSION_COOKIE_AGE after its last request (the idle limit) without saving it on
    every request: SESSION_SAVE_EVERY_REQUEST costs three queries (a transaction and an UPDATE) on
    every page a member opens. A session in use is saved, which pushes its expiry on, at most once
    every SESSION_REFRESH_SECONDS, so the limit holds to within that many seconds. Sits right after
    SessionMiddleware, whose response phase then does the saving."""

    REFRESHED_AT = "_idle_refreshed_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.is_empty():  # no session: nothing to keep alive, nothing loaded
            return response
        now = int(time.time())
        refreshed_at = session.get(self.REFRESHED_AT, 0)
        if session.modified or now - refreshed_at >= settings.SESSION_REFRESH_SECONDS:
            session[self.REFRESHED_AT] = now  # marks the session modified, so it is saved
        return response
