"""Members' template tags: a member's photo, for the reader the policy admits."""

from django import template

from members.access import may_view_member_photo

register = template.Library()


@register.simple_tag(takes_context=True)
def member_photo_url(context, user):
    """The address of `user`'s photo if the page's reader may see it (members.access), else ""."""
    request = context.get("request")
    profile = getattr(user, "member_profile", None)
    if request is None or profile is None or not may_view_member_photo(request.user, profile):
        return ""
    return profile.photo_url
