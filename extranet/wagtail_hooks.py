"""Admin and serving hooks of the extranet: who may see member-only pages and documents, and which
copies and moves the admin refuses."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from core import serving
from members.access import has_extranet_access

from . import privacy
from .middleware import mark_private
from .models import ExtranetIndexPage
from .rich_text import PrivacyAwarePageLinkHandler
from .views import members_only_response


@hooks.register("before_serve_page", order=-100)
def members_only_pages(page, request, serve_args, serve_kwargs):
    """Runs before Wagtail's own restriction check, so a signed-in non-member gets the branded 403
    rather than another sign-in form, and an anonymous visitor the member sign-in."""
    # Every extranet index carries a view restriction (extranet.privacy), so a page with none at or
    # above it is outside the extranet: the public pages are answered without a query.
    if serving.may_be_restricted(page) and privacy.is_in_extranet(page):
        mark_private(request)
        if not has_extranet_access(request.user):
            return members_only_response(request)
    return None


@hooks.register("before_serve_document", order=-100)
def members_only_documents(document, request):
    if privacy.is_members_collection(document.collection):
        mark_private(request)
        if not has_extranet_access(request.user):
            return members_only_response(request)
    return None


def _refuse(request, page, message):
    messages.error(request, message)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_copy_page")
def refuse_copying_extranet_content_out(request, page):
    """Copies and aliases of extranet content stay inside the extranet. (A copied extranet home is
    restricted like every extranet home, so it may go under another home page.)"""
    if request.method != "POST" or isinstance(page.specific, ExtranetIndexPage):
        return None
    if not privacy.is_in_extranet(page):
        return None
    destination = Page.objects.filter(pk=request.POST.get("new_parent_page")).first()
    if destination is not None and not privacy.is_in_extranet(destination):
        return _refuse(request, page, _("Extranet pages can only be copied or aliased inside the extranet."))
    return None


@hooks.register("before_move_page")
def refuse_moving_extranet_content_out(request, page, destination):
    if privacy.is_in_extranet(page.get_parent()) and not privacy.is_in_extranet(destination):
        return _refuse(request, page, _("Extranet pages can only be moved inside the extranet."))
    return None


# After Wagtail's own registration of the "page" link type, which this one replaces.
@hooks.register("register_rich_text_features", order=100)
def privacy_aware_page_links(features):
    features.register_link_type(PrivacyAwarePageLinkHandler)
