"""The site's own words in the reader's language (see core.models.SiteText)."""

from django import template

from core import access
from core.models import SiteSettings, SiteText
from serving.api import cached, cached_with_structure, remembered_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def site_text(context):
    """Worked out once per request: base.html asks for it in the head, the header and the footer."""
    request = context.get("request")
    if request is None:
        return SiteText.for_request(None)
    # Kept in the cache too, with the structure (no publish changes it; a SiteText edit replaces it).
    return remembered_for_request(
        "site-text",
        lambda: cached_with_structure(request, "site_text", lambda: SiteText.for_request(request)),
    )


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The privacy notice (site settings) in the reader's language, or in any language the public may
    read; "" when there is none. Kept in the cache for the content generation, like the menus: the
    footer asks for it on every page."""
    request = context.get("request")
    if request is None:
        return ""
    return remembered_for_request(
        "privacy-notice-url",
        lambda: cached(request, "privacy_notice_url", lambda: _privacy_notice_url(request)),
    )


def _privacy_notice_url(request):
    page = SiteSettings.for_request(request).privacy_page
    if page is None:
        return ""
    for version in (page.localized, page, *page.get_translations()):
        if access.public_may_view(version):
            return version.get_url(request) or ""
    return ""
