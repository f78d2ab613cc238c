"""Admin and serving hooks of the extranet: the extranet's rules in the access policy (core.access), the
policy asked for every page and document served, and which copies and moves the admin refuses."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from core import access
from members.access import has_extranet_access
from serving import api as serving
from serving.api import mark_private

from . import privacy
from .models import ExtranetIndexPage
from .rich_text import PrivacyAwarePageLinkHandler
from .views import members_only_response, refused_page_response

# ---------------------------------------------------------------------------------------------------
# The extranet's rules in the access policy
# ---------------------------------------------------------------------------------------------------


@hooks.register("access_page_rule")
def extranet_audience(user, page):
    """Below an extranet home only the extranet's audience, even if its restriction row were missing."""
    if privacy.is_in_extranet(page):
        return has_extranet_access(user)
    return None


@hooks.register("access_hidden_sections")
def extranet_sections(user):
    return () if has_extranet_access(user) else privacy.extranet_index_paths()


@hooks.register("access_document_rule")
def members_only_collection(user, document):
    """The members-only collection and those inside it, even if its restriction row were missing."""
    if privacy.is_members_collection(document.collection):
        return has_extranet_access(user)
    return None


# ---------------------------------------------------------------------------------------------------
# Every page and document served asks the policy
# ---------------------------------------------------------------------------------------------------


@hooks.register("before_serve_page", order=-100)
def serve_by_access_policy(page, request, serve_args, serve_kwargs):
    """Runs before Wagtail's own restriction check: the policy decides (a lapsed member is refused what
    Wagtail's group check alone would let through), a signed-in outsider gets the branded 403 rather
    than another sign-in form, and a member asking for an extranet page restricted further gets the
    answer an unknown address gets."""
    if serving.may_be_restricted(page) and privacy.is_in_extranet(page):
        mark_private(request)
    if access.may_view_page(request.user, page):
        return None
    return refused_page_response(request, page)


@hooks.register("before_serve_document", order=-100)
def serve_document_by_access_policy(document, request):
    allowed = access.may_view_document(request.user, document)
    # Whatever not everyone may fetch is never kept by a shared cache (the anonymous reader's answer is
    # the one just given when the reader is anonymous).
    if not (allowed if not request.user.is_authenticated else access.document_is_public(document)):
        mark_private(request)
    return None if allowed else members_only_response(request)


# ---------------------------------------------------------------------------------------------------
# Copies and moves in the admin
# ---------------------------------------------------------------------------------------------------


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
