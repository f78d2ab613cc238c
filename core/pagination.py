"""One pagination helper for every listing, so a bad `?page=` never becomes an error."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """Return the requested page of `items`.

    Anything that is not a page number (missing, text, zero, negative) gives the first page; a number
    past the end gives the last page. Listings therefore never answer a bad `?page=` with an error.
    """
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = max(1, min(number, paginator.num_pages))
    return paginator.page(number)
