import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _

from .two_factor import has_authenticator, two_factor_required


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


class UnreadableFormMiddleware:
    """A POST whose body Django cannot read (multipart without a boundary, a form in a character set
    other than UTF-8) answers the site's 400 page here, before anything else asks for its fields.

    Left to itself, Django raises while reading request.POST, and then again in each error handler it
    tries (the 404 and 400 handlers check the CSRF token, which reads request.POST once more), so such a
    request to an unknown address, a document or the sitemap ended as a 500. CsrfViewMiddleware reads
    the fields of nearly every POST anyway, so reading them here first costs nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018  (parsed now, and kept for everything after)
            except (MultiPartParserError, BadRequest):
                return HttpResponseBadRequest(loader.get_template("400.html").render())
        return self.get_response(request)


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


class AdminTwoFactorMiddleware:
    """Sends an admin user who must have two-factor (security.two_factor) but has no authenticator to
    allauth's page for setting one up, from every admin address, whatever way they signed in: an old
    session, or one made before the rule applied to them, must not carry them past it. Only the
    admin's sign-out (and its sign-in, which just redirects) stay open; allauth's own pages are outside
    the admin, and static files are answered before this runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.SECURITY_ADMIN_PATH_PREFIX) and self.must_set_up(request):
            messages.warning(
                request,
                _(
                    "Your account must use two-factor authentication before it can use the admin. "
                    "Set up an authenticator app here, then go back to the admin."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def must_set_up(request):
        if request.path_info in (reverse("wagtailadmin_logout"), reverse("admin_login")):
            return False
        user = getattr(request, "user", None)
        return user is not None and two_factor_required(user) and not has_authenticator(user)
