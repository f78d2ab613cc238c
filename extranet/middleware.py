from django.utils.cache import add_never_cache_headers

from core.links import current_request


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


def mark_private(request):
    request.is_private_response = True
