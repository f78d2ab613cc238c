from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
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
# prefix), under the content generation, so a publish shows in them at once.
@same_in_every_language
def sitemap_index(request):
    return sitemap_views.index(request, _sitemaps(request), sitemap_url_name="sitemap_language")


@same_in_every_language
def sitemap_language(request, section):
    if section not in dict(settings.LANGUAGES):
        raise Http404
    return sitemap_views.sitemap(request, _sitemaps(request), section=section)
