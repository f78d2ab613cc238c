"""The page head's metadata for search engines and link previews: `{% meta_description %}` and
`{% seo_head %}` (robots, canonical, hreflang, feed autodiscovery, OpenGraph, Twitter, JSON-LD).

Both work from the request, so they also work on views Wagtail does not serve (search, the join form).
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, get_page_models

from core.models import SiteSettings, first_public_child_of_each
from core.templatetags.navigation_tags import home_url, public_translations, site_home
from core.templatetags.site_tags import site_text as get_site_text
from seo import metadata, structured_data
from serving.api import cached, cached_for_page

register = template.Library()

# OpenGraph wants language_TERRITORY; the alliance's readers are in the United States.
OG_LOCALES = {"en": "en_US", "es": "es_US"}


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _is_page_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "wagtail_serve"


def _description(context, page):
    """The view's own description, else the page's (its summary when the editor wrote none), else the
    site's tagline, else the page's or the site's name: every page has one."""
    if context.get("seo_description"):
        return context["seo_description"]
    if page is not None and getattr(page, "meta_description", ""):
        return page.meta_description
    site_text = get_site_text(context)
    return site_text.tagline or (page.title if page is not None else site_text.organization_name)


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's meta description (its summary when the editor wrote none), else the site's tagline."""
    description = _description(context, _page(context))
    if not description:
        return ""
    return format_html('<meta name="description" content="{}">', " ".join(description.split()))


def _canonical(request, page):
    """The address itself, without query strings, except a listing's page number: each page of a
    paginated listing is its own document."""
    url = request.path
    number = request.GET.get("page", "")
    if page is not None and number.isdigit() and int(number) > 1:
        url = f"{url}?page={int(number)}"
    return metadata.absolute_url(request, url)


def _feed_links(context, request, page):
    """Feeds to announce: on every page, those of the indexes below the home page of the reader's
    language whose type says so (`announces_feeds_site_wide`: news, publications), and on a tag archive
    the tag's own feed too."""

    def site_feeds():
        home = site_home(request)
        if home is None:
            return []
        models = [model for model in get_page_models() if getattr(model, "announces_feeds_site_wide", False)]
        # Every such index in one query: a feed link needs only the title and the address.
        indexes = first_public_child_of_each(home, models)
        return [link for model in models if indexes[model] for link in indexes[model].feed_links(request)]

    # The same on every page of a language and host: kept in the cache for the content generation.
    links = list(cached(request, "feed_links", site_feeds))
    if context.get("tag") is not None and hasattr(page, "feed_links"):
        links.extend(page.feed_links(request, tag=context["tag"]))
    return links


@register.inclusion_tag("seo/head.html", takes_context=True)
def seo_head(context, noindex=False):
    """Pages Wagtail serves get everything; other views (the join form, sign-in, search) get robots,
    canonical, alternates and feeds; error pages only robots and feeds."""
    request = context.get("request")
    if request is None:
        return {}
    page = _page(context)
    page_view = page is not None and _is_page_view(request)
    other_view = page is None and request.resolver_match is not None and not _is_page_view(request)
    members_only = getattr(page, "is_members_only", False)
    language = translation.get_language() or settings.LANGUAGE_CODE
    seo = {
        "noindex": noindex or members_only or not settings.SEO_ALLOW_INDEXING,
        "canonical": _canonical(request, page) if (page_view or other_view) else None,
        "feeds": [] if members_only else _feed_links(context, request, page),
        "alternates": [],
        "json_ld": [],
    }
    if other_view:
        seo["alternates"] = metadata.view_alternates(request)
    if not page_view or members_only:
        return {"seo": seo}

    # A tag archive or a later page of a listing has no counterpart in the other language.
    if request.path == page.get_url(request) and "page" not in request.GET:
        seo["alternates"] = cached_for_page(
            request,
            page,
            "alternates",
            lambda: metadata.alternates_for(request, public_translations(request, page)),
            page.pk,
        )

    site_text = get_site_text(context)
    site_settings = SiteSettings.for_request(request)

    def share_image():
        rendition = metadata.share_rendition(metadata.share_image(page, site_settings))
        if rendition is None:
            return None
        return {
            "url": metadata.absolute_url(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.image.default_alt_text,
        }

    # Plain data kept for the content generation (an image edit starts a new one): no image or
    # rendition lookup on most requests.
    image = cached_for_page(request, page, "share_image", share_image, page.pk)
    image_url = image["url"] if image else None
    seo["og"] = {
        "type": getattr(page, "og_type", "website"),
        "title": context.get("seo_title") or page.seo_title or page.title,
        "description": " ".join(_description(context, page).split()),
        "url": seo["canonical"],
        "site_name": site_text.organization_name,
        "locale": OG_LOCALES.get(language, language),
        "locale_alternates": [
            OG_LOCALES.get(code, code)
            for code, _url in seo["alternates"]
            if code not in {language, "x-default"}
        ],
        "image": image_url,
        "image_width": image["width"] if image else None,
        "image_height": image["height"] if image else None,
        "image_alt": image["alt"] if image else "",
        "published": getattr(page, "og_published", None),
    }

    # The navigation's home address: the same value, and kept in the cache with the menus.
    organization = structured_data.organization(request, site_text, site_settings, home_url(context))

    def entity_script():
        page_data = getattr(page, "structured_data", None)
        if page_data is None:  # a page type not built on BasePage
            return None
        entity = page_data(
            url=seo["canonical"], image_url=image_url, language=language, organization=organization
        )
        return structured_data.as_script(entity) if entity is not None else None

    # The page's JSON-LD (an article's authors, a report's file) is the same for every reader.
    script = cached_for_page(request, page, "json_ld", entity_script, page.pk, seo["canonical"])
    if script is not None:
        seo["json_ld"].append(script)
    return {"seo": seo}
