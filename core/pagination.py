"""One pagination helper for every listing, so a bad `?page=` never becomes an error."""

from collections.abc import Sequence
from functools import cache

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from serving.api import cached


class ListedPages(Sequence):
    """One page of a listing: the ids of its items, in order, kept; the items themselves loaded only if
    asked for (in one query), as `card_list` renders the kept cards from the ids alone. The listing's
    queryset is built only then too."""

    def __init__(self, ids, listing):
        self.ids = ids
        self._listing = listing  # a function building the listing's queryset

    @cached_property
    def queryset(self):
        return self._listing()

    @property
    def model(self):
        return self.queryset.model

    @cached_property
    def _loaded(self):
        by_pk = self.queryset.filter(pk__in=self.ids).in_bulk()
        return [by_pk[pk] for pk in self.ids if pk in by_pk]

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        return self._loaded[index]


def paginate(request, items, per_page, listing_key=None, count=None):
    """Return the requested page of `items`.

    Anything that is not a page number (missing, text, zero, negative) gives the first page; a number
    past the end gives the last page. Listings therefore never answer a bad `?page=` with an error.

    `count`: the number of items, when the caller has it (kept its own way).

    With `listing_key` (a tuple naming the listing, e.g. the index page and tag), `items` is a queryset
    or a function building one, and the number of items and the ids of each page (`ListedPages`) are
    kept as fragments: counting 100,000 articles is the slowest query of a news page, and finding one
    tag's newest twelve among them the next; both change only with a publish (a new content
    generation) or an expiry (which the fragments never outlive). Given a function, while both are kept
    the queryset is not even built: with the access policy's filters and the card images' prefetch,
    building it cost up to a seventh of a kept listing page.
    """
    if listing_key is not None:
        listing = items if callable(items) else lambda: items
        return _kept_listing_page(request, listing, per_page, listing_key)
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.page(_page_number(request, paginator))


def _kept_listing_page(request, listing, per_page, listing_key):
    listing = cache(listing)  # built once at most, whichever of the count, ids or items asks first

    def kept(name, compute, *parts):
        return cached(request, name, compute, *listing_key, *parts, until_next_expiry=True, lists_pages=True)

    # Paged over a stand-in of the right length: the page's items are its kept ids, below.
    paginator = Paginator(range(kept("listing-count", lambda: listing().count())), per_page)
    page = paginator.page(_page_number(request, paginator))
    first = (page.number - 1) * per_page
    ids = kept(
        "listing-page",
        lambda: list(listing()[first : first + per_page].values_list("pk", flat=True)),
        page.number,
    )
    page.object_list = ListedPages(ids, listing)
    return page


def _page_number(request, paginator):
    try:
        number = int(request.GET.get("page", "1"))
    except (TypeError, ValueError):
        number = 1
    return max(1, min(number, paginator.num_pages))
