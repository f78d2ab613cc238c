from django.http import Http404
from django.utils.cache import add_never_cache_headers

from core.links import current_request
from members.access import has_extranet_access

from .privacy import is_extranet_address
from .views import members_only_response


class ExtranetPrivacyMiddleware:
    """Makes the current request visible to rich-text rendering, and marks every response that carried
    member-only content (`request.is_private_response`, set by the extranet's views and hooks) as
    `private, no-store`, so no shared cache or CDN can replay it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            response = self.get_response(request)
        finally:
            current_request.reset(token)
        if getattr(request, "is_private_response", False):
            add_never_cache_headers(response)
        return response

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


def mark_private(request):
    request.is_private_response = True
