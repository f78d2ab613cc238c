from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from core import access
from members.access import has_extranet_access

from .privacy import is_in_extranet


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


def refused_page_response(request, page=None):
    """What someone gets for a page the access policy refuses them. Below an extranet home the answer
    is the same whether the address exists or not, per role, so guessed addresses confirm nothing:
    outsiders get `members_only_response` (as for an unknown address there, ExtranetPrivacyMiddleware),
    and the extranet's own audience a plain "not found" for a page restricted further or not available.
    Elsewhere a page behind a restriction asks for sign-in or says "members only", and one that is not
    available (expired) is not found. `page` None: an address below an extranet home that leads nowhere
    (e.g. an attachment that does not exist)."""
    if page is None or is_in_extranet(page):
        if has_extranet_access(request.user):
            raise Http404
        return members_only_response(request)
    if not access.is_available_now(page):
        raise Http404
    return members_only_response(request)


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
