"""One pagination helper for every listing, so a bad `?page=` never becomes an error."""

from django.core.paginator import Paginator

from serving.api import cached


def paginate(request, items, per_page, count_key=None, count=None):
    """Return the requested page of `items`.

    Anything that is not a page number (missing, text, zero, negative) gives the first page; a number
    past the end gives the last page. Listings therefore never answer a bad `?page=` with an error.

    `count_key` (a tuple naming the listing, e.g. the index page and tag) keeps the number of items as
    a fragment: counting 10,000 articles is the slowest query of a news page, and the number changes
    only with a publish (a new content generation) or an expiry (which the fragment never outlives).
    `count`: the number of items, when the caller has it (kept its own way).
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    elif count_key is not None:
        paginator.count = cached(
            request, "listing-count", items.count, *count_key, until_next_expiry=True, lists_pages=True
        )
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = max(1, min(number, paginator.num_pages))
    return paginator.page(number)
