from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import serving
from core.models import public_q
from core.pagination import paginate
from extranet.middleware import mark_private
from extranet.models import ExtranetIndexPage
from initiatives.models import InitiativePage
from members.access import has_extranet_access
from news.models import NewsPage
from publications.models import PublicationPage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10

# The type filter: its value in the address, its label, and the page types it keeps. "Pages" is
# everything else (About, the policy agenda, index pages, extranet pages for members).
RESULT_TYPES = {
    "news": (_("News"), [NewsPage]),
    "initiatives": (_("Initiatives"), [InitiativePage]),
    "publications": (_("Publications"), [PublicationPage]),
}
OTHER_PAGES = ("pages", _("Pages"))


def clean_query(raw):
    """The query as the search backend can take it: control characters (NUL among them, which
    PostgreSQL and SQLite refuse) become spaces, and it is cut to a sane length."""
    printable = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def searchable_pages(request):
    """Live, unexpired pages in the reader's language that the reader may see: public pages for
    everyone, and the extranet too for people allowed in. (depth > 1 leaves out the tree's root node;
    an expired page is left out before `publish_scheduled` has unpublished it.) The conditions the
    search backend cannot filter on by itself are applied in subqueries of page ids."""
    locale = serving.active_locale()
    pages = Page.objects.live().filter(locale=locale, depth__gt=1)
    unexpired = pages.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    visible = Q(pk__in=unexpired.filter(public_q()).values("pk"))
    if has_extranet_access(request.user):
        for extranet in ExtranetIndexPage.objects.live().filter(locale=locale):
            visible |= Q(pk__in=unexpired.filter(path__startswith=extranet.path).values("pk"))
    return pages.filter(visible)


def of_type(pages, result_type):
    """Narrow `pages` to one entry of the type filter; an unknown value leaves them all."""
    if result_type in RESULT_TYPES:
        return pages.type(*RESULT_TYPES[result_type][1])
    if result_type == OTHER_PAGES[0]:
        return pages.not_type(*(model for _label, models in RESULT_TYPES.values() for model in models))
    return pages


def search(request):
    """Site search, relevance ranked, optionally narrowed to one type. Members' results may include
    extranet pages (labelled), so their result pages are never stored by shared caches."""
    raw_query = request.GET.get("query", "")
    query = clean_query(raw_query)
    result_type = request.GET.get("type", "")
    if result_type not in RESULT_TYPES and result_type != OTHER_PAGES[0]:
        result_type = ""
    results = None
    # Members' results include the extranet: they are counted apart and never kept (see the template).
    results_are_public = not has_extranet_access(request.user)
    if query:
        pages = of_type(searchable_pages(request), result_type)
        # The number of results is kept per query, type and audience: counting every match is as slow
        # as finding the page of results.
        audience = "public" if results_are_public else "members"
        count_key = ("search", query, result_type, audience)
        results = paginate(request, pages.specific().search(query), RESULTS_PER_PAGE, count_key)
    if request.user.is_authenticated:
        mark_private(request)
    types = [(value, label) for value, (label, _models) in RESULT_TYPES.items()] + [OTHER_PAGES]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "query_was_shortened": len(" ".join(raw_query.split())) > MAX_QUERY_LENGTH,
            "result_type": result_type,
            "result_types": types,
            "results_are_public": results_are_public,
        },
    )
