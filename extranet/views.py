from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers


def members_only_response(request):
    """What someone outside the extranet's audience gets for any member-only address: the sign-in page
    (and back here after it) when anonymous; otherwise a "members only" page that names nothing about
    what was asked for. Neither may be cached."""
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path())
    else:
        response = TemplateResponse(request, "extranet/members_only.html", status=403)
    add_never_cache_headers(response)
    return response


def extranet_home(request):
    """A stable address for "the members' area" in the reader's language (where members land after
    signing in): redirects to the extranet home page of the current site and language."""
    from django.shortcuts import redirect

    from .models import ExtranetIndexPage
    from .privacy import extranet_index_for_request

    index = extranet_index_for_request(request)
    if index is None:
        index = ExtranetIndexPage.objects.live().first()
    return redirect(index.get_url(request) if index else "/")
