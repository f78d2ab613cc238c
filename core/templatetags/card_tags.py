"""Cards in listings, each kept in the fragment cache once rendered.

A card (a page's title, date, summary and `picture` of its listing image) is the same for every reader
of a language and host, and rendering it is most of a listing's cost: the picture tag alone works out
six renditions. Keys hold the content generation (pagecache.fragments), so a publish, or an edit to an
image, shows at once. Only public pages are listed as cards (`CardQuerySet.cards()`).
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from pagecache.fragments import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, item, template_name):
    """What `{% include template_name %}` renders for `item` (the card templates take only `item`)."""
    request = context.get("request")

    def render():
        return render_to_string(template_name, {"item": item}, request=request)

    return mark_safe(cached(request, "card", render, template_name, item.pk))  # noqa: S308 (our template's output)
