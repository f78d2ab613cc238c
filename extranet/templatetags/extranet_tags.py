from django import template

from extranet.privacy import extranet_index_for_request
from members.access import has_extranet_access
from serving.api import cached

register = template.Library()


@register.inclusion_tag("extranet/members_link.html", takes_context=True)
def members_link(context):
    """The header's way into the extranet: "Members area" for people allowed in, "Member sign-in" for
    anonymous visitors. The extranet's address is shown only to people allowed in."""
    request = context.get("request")
    user = getattr(request, "user", None)
    extranet_url = None
    if user is not None and has_extranet_access(user):

        def find_extranet_url():
            index = extranet_index_for_request(request)
            return index.get_url(request) if index else None

        # The same address for every member (per language and host): kept with the site's content.
        extranet_url = cached(request, "extranet-url", find_extranet_url)
    return {"request": request, "user": user, "extranet_url": extranet_url}
