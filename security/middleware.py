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
