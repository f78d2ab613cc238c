from django.http import Http404

from members.access import has_extranet_access
from serving.api import mark_private

from .privacy import is_extranet_address
from .views import members_only_response


class ExtranetPrivacyMiddleware:
    """Unknown addresses under an extranet home answer outsiders as member-only pages do (below). The
    responses that carried member-only content are marked private by the views and hooks that served
    them (serving's `mark_private`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        """An address below an extranet home that leads nowhere (no such page, a draft, a page not yet
        or no longer live) answers an outsider exactly as an existing member-only page would: the sign-in,
        or the branded 403. Otherwise a 404 there and a 302 or 403 for a real page would confirm guessed
        addresses of confidential pages. The extranet's own audience gets the 404."""
        if not isinstance(exception, Http404):
            return None
        if not is_extranet_address(request) or has_extranet_access(request.user):
            return None
        mark_private(request)
        return members_only_response(request)
