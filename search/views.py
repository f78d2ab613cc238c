from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from core.models import public_q
from core.pagination import paginate
from extranet.middleware import mark_private
from extranet.models import ExtranetIndexPage
from members.access import has_extranet_access

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """The query as the search backend can take it: control characters (NUL among them, which
    PostgreSQL and SQLite refuse) become spaces, and it is cut to a sane length."""
    printable = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def searchable_pages(request):
    """Live pages in the reader's language that the reader may see: public pages for everyone, and the
    extranet too for people allowed in. (depth > 1 leaves out the tree's root node.)"""
    pages = Page.objects.live().filter(locale=Locale.get_active(), depth__gt=1)
    visible = Q(pk__in=pages.filter(public_q()).values("pk"))
    if has_extranet_access(request.user):
        for extranet in ExtranetIndexPage.objects.live().filter(locale=Locale.get_active()):
            visible |= Q(path__startswith=extranet.path)
    return pages.filter(visible)


def search(request):
    """Site search, relevance ranked. Members' results may include extranet pages (labelled), so their
    result pages are never stored by shared caches."""
    query = clean_query(request.GET.get("query", ""))
    results = None
    if query:
        results = paginate(request, searchable_pages(request).specific().search(query), RESULTS_PER_PAGE)
    if request.user.is_authenticated:
        mark_private(request)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": results},
    )
