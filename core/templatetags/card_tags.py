"""Cards in listings, each kept in the fragment cache once rendered.

A card (a page's title, date, summary and `picture` of its listing image) is the same for every reader
of a language and host, and rendering it is most of a listing's cost: the picture tag alone works out
six renditions. Keys hold the content generation (pagecache.fragments), so a publish, or an edit to an
image, shows at once. Only public pages are listed as cards (`CardQuerySet.cards()`).
"""

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from pagecache.fragments import cached_many

register = template.Library()


@register.simple_tag(takes_context=True)
def card_list(context, items, template_name):
    """A list item for each of `items`, holding what `{% include template_name %}` renders for it (the
    card templates take only `item`); the cards are read from the cache in one round trip."""
    request = context.get("request")
    by_pk = {item.pk: item for item in items}

    def render(parts):
        _, pk = parts
        return render_to_string(template_name, {"item": by_pk[pk]}, request=request)

    cards = cached_many(request, "card", render, [(template_name, pk) for pk in by_pk])
    # Each card is our own template's output, escaped where it was rendered.
    return format_html_join("", "<li>{}</li>", ((mark_safe(card),) for card in cards))  # noqa: S308
