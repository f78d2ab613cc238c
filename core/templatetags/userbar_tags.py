"""Wagtail's user bar, without its permission queries for readers who cannot use the admin."""

from django import template
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from core.admin_access import may_use_admin

register = template.Library()


@register.simple_tag(takes_context=True)
def userbar(context, position="bottom-right"):
    """`{% wagtailuserbar %}`, answered with nothing at once when the reader has no admin access."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not may_use_admin(user):
        return ""
    return wagtailuserbar(context, position)
