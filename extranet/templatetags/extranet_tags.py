from django import template
from wagtail.models import Site

from core import serving
from members.access import has_extranet_access
from pagecache.fragments import cached

register = template.Library()


@register.inclusion_tag("extranet/members_link.html", takes_context=True)
def members_link(context):
    """The header's way into the extranet: "Members area" for people allowed in, "Member sign-in" for
    anonymous visitors. The extranet's address is shown only to people allowed in."""
    from extranet.models import ExtranetIndexPage

    request = context.get("request")
    user = getattr(request, "user", None)
    extranet_url = None
    if user is not None and has_extranet_access(user):

        def find_extranet_url():
            site = Site.find_for_request(request)
            home = site.root_page.localized if site else None
            index = (
                ExtranetIndexPage.objects.child_of(home).live().filter(locale=serving.active_locale()).first()
                if home
                else None
            )
            return index.get_url(request) if index else None

        # The same address for every member (per language and host): kept with the site's content.
        extranet_url = cached(request, "extranet-url", find_extranet_url)
    return {"request": request, "user": user, "extranet_url": extranet_url}
