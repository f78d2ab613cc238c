"""One pagination helper for every listing, so a bad `?page=` never becomes an error."""

from collections.abc import Sequence

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from serving.api import cached


class ListedPages(Sequence):
    """One page of a listing: the ids of its items, in order, kept; the items themselves loaded only if
    asked for (in one query), as `card_list` renders the kept cards from the ids alone."""

    def __init__(self, ids, items):
        self.ids = ids
        self.model = items.model
        self._items = items

    @cached_property
    def _loaded(self):
        by_pk = self._items.filter(pk__in=self.ids).in_bulk()
        return [by_pk[pk] for pk in self.ids if pk in by_pk]

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        return self._loaded[index]


def paginate(request, items, per_page, listing_key=None, count=None):
    """Return the requested page of `items`.

    Anything that is not a page number (missing, text, zero, negative) gives the first page; a number
    past the end gives the last page. Listings therefore never answer a bad `?page=` with an error.

    `listing_key` (a tuple naming the listing, e.g. the index page and tag) keeps the number of items,
    and the ids of each page of a queryset's items (`ListedPages`), as fragments:
    counting 10,000 articles is the slowest query of a news page, and finding one tag's newest twelve
    among 100,000 the next; both change only with a publish (a new content generation) or an expiry
    (which the fragments never outlive).
    `count`: the number of items, when the caller has it (kept its own way).
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    elif listing_key is not None:
        paginator.count = cached(
            request, "listing-count", items.count, *listing_key, until_next_expiry=True, lists_pages=True
        )
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = max(1, min(number, paginator.num_pages))
    page = paginator.page(number)
    if listing_key is not None and isinstance(items, QuerySet):
        ids = cached(
            request,
            "listing-page",
            lambda: list(page.object_list.values_list("pk", flat=True)),
            *listing_key,
            number,
            until_next_expiry=True,
            lists_pages=True,
        )
        page.object_list = ListedPages(ids, items)
    return page
