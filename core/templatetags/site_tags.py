"""The site's own words in the reader's language (see core.models.SiteText)."""

from django import template

from core.models import SiteText
from serving.api import cached, remembered_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def site_text(context):
    """Worked out once per request: base.html asks for it in the head, the header and the footer."""
    request = context.get("request")
    if request is None:
        return SiteText.for_request(None)
    # Kept in the cache too, for the content generation (a SiteText edit starts a new one), like the
    # menus.
    return remembered_for_request(
        "site-text", lambda: cached(request, "site_text", lambda: SiteText.for_request(request))
    )
