"""The site's own words in the reader's language (see core.models.SiteText)."""

from django import template

from core.models import SiteText

register = template.Library()


@register.simple_tag(takes_context=True)
def site_text(context):
    """Worked out once per request: base.html asks for it in the head, the header and the footer."""
    request = context.get("request")
    if request is None:
        return SiteText.for_request(None)
    if not hasattr(request, "_site_text"):
        request._site_text = SiteText.for_request(request)
    return request._site_text
