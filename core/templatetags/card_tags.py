"""Cards in listings, each kept in the fragment cache once rendered.

A card (a page's title, date, summary and `picture` of its listing image) is the same for every reader
of a language and host, and rendering it is most of a listing's cost: the picture tag alone works out
six renditions. Keys hold the content generation and the card's page's scope (serving.fragments), so
a publish of that page, or an edit to an image, shows at once. Only public pages are listed as cards
(`CardQuerySet.cards()`).
"""

from django import template
from django.apps import apps
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from core.pagination import ListedPages
from serving.api import cached_many, page_scope, remembered_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def card_list(context, items, template_name, model=None, load_with=()):
    """A list item for each of `items`, holding what `{% include template_name %}` renders for it (the
    card templates take only `item`); the cards are read from the cache in one round trip. With
    `model` (an "app.Model" label), `items` are the ids of pages of that type, in order; `load_with`,
    the ids of the other pages of that type the response lists in other groups (initiatives by status):
    the first card not kept loads them all, in one query for the whole response."""
    request = context.get("request")
    pks, load = _ids_and_loader(items, apps.get_model(model) if model else None)
    # The pages loaded for this response's cards of `model`, shared by its lists.
    loaded = remembered_for_request(("card-pages", model), dict) if model else {}

    def render(parts):
        _, pk = parts
        if pk not in loaded:  # the first card not kept: load the listing's pages, in one query
            loaded.update(
                load([wanted for wanted in dict.fromkeys([*pks, *load_with]) if wanted not in loaded])
            )
        return render_to_string(template_name, {"item": loaded[pk]}, request=request)

    # Each card depends on its own page only: publishing one article leaves the others' cards kept.
    parts = [(template_name, pk) for pk in pks]
    cards = cached_many(request, "card", render, parts, scopes_each=[[page_scope(pk)] for pk in pks])
    # Each card is our own template's output, escaped where it was rendered.
    return format_html_join("", "<li>{}</li>", ((mark_safe(card),) for card in cards))  # noqa: S308


def _ids_and_loader(items, model=None):
    """The ids of `items` in order, and a function loading the pages behind some of them by id. A
    listing not yet read from the database (a queryset, or a paginator's page of one) is asked for
    its ids alone: the cards of the pages are usually kept, and then no page is loaded at all. With
    `model`, `items` are such ids already."""
    queryset = getattr(items, "object_list", items)
    if model is None and isinstance(queryset, ListedPages):  # a listing's page kept as ids
        # Its model is asked for only if a card must be rendered: that builds the listing's queryset.
        return list(queryset.ids), lambda wanted: _cards_by_id(queryset.model, wanted)
    if model is None and isinstance(queryset, QuerySet) and queryset._result_cache is None:
        model, items = queryset.model, queryset.values_list("pk", flat=True)
    if model is not None:
        return list(items), lambda wanted: _cards_by_id(model, wanted)
    by_pk = {item.pk: item for item in items}
    return list(by_pk), lambda wanted: by_pk


def _cards_by_id(model, ids):
    return model.objects.filter(pk__in=ids).with_card_images().in_bulk()
