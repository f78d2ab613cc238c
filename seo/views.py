from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import http_date
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from serving.api import same_in_every_language

from .sitemaps import LanguageSitemap


def _sitemaps(request):
    return {code: LanguageSitemap(request, code) for code, _name in settings.LANGUAGES}


@require_GET
@cache_control(max_age=60 * 60, public=True)
@same_in_every_language
def robots_txt(request):
    """Crawl everything public only where the deployment says it is production (SEO_ALLOW_INDEXING);
    staging and local copies are closed to crawlers so they never compete with the real site."""
    return TemplateResponse(
        request,
        "seo/robots.txt",
        {
            "allow_indexing": settings.SEO_ALLOW_INDEXING,
            "language_codes": [code for code, _name in settings.LANGUAGES],
            "sitemap_url": request.build_absolute_uri(reverse("sitemap_index")),
        },
        content_type="text/plain; charset=utf-8",
    )


# Kept by the page cache like a public page (same_in_every_language: these addresses have no language
# prefix), under the content generation, so a publish shows in them at once. The XML is written here
# rather than by Django's sitemap templates: for thousands of addresses the template was most of the
# time. Search engines read it; they are told not to list the sitemap itself (X-Robots-Tag, as Django's
# sitemap views say).
@same_in_every_language
def sitemap_index(request):
    lines = []
    for code, sitemap in _sitemaps(request).items():
        location = request.build_absolute_uri(reverse("sitemap_language", kwargs={"section": code}))
        for number in range(1, sitemap.num_pages() + 1):
            address = location if number == 1 else f"{location}?p={number}"
            lines.append(f"<sitemap><loc>{escape(address)}</loc></sitemap>")
    body = (
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(lines)
        + "</sitemapindex>"
    )
    return _xml(body)


@same_in_every_language
def sitemap_language(request, section):
    if section not in dict(settings.LANGUAGES):
        raise Http404
    try:
        number = int(request.GET.get("p", "1"))
    except ValueError:
        raise Http404 from None
    entries = _sitemaps(request)[section].entries(number)
    if entries is None:
        raise Http404
    lines = []
    for entry in entries:
        parts = [f"<url><loc>{escape(entry.location)}</loc>"]
        if entry.lastmod:
            parts.append(f"<lastmod>{timezone.localtime(entry.lastmod).date().isoformat()}</lastmod>")
        parts += [
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(location)}"/>'
            for code, location in entry.alternates
        ]
        parts.append("</url>")
        lines.append("".join(parts))
    body = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        + "\n".join(lines)
        + "</urlset>"
    )
    lastmods = [entry.lastmod for entry in entries if entry.lastmod]
    return _xml(body, last_modified=max(lastmods) if lastmods else None)


def _xml(body, last_modified=None):
    response = HttpResponse('<?xml version="1.0" encoding="UTF-8"?>\n' + body, content_type="application/xml")
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if last_modified is not None:
        response.headers["Last-Modified"] = http_date(last_modified.timestamp())
    return response
