"""Absolute addresses, language alternates and sharing images for a page.

Addresses are built from the request (the host the reader asked for, which ALLOWED_HOSTS vouches for)
rather than from the Site record, so canonical links, hreflang, sitemaps and feeds all agree with each
other on every deployment.
"""

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

from core import access

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"


def absolute_url(request, url):
    return request.build_absolute_uri(url) if url else None


def visible_to_the_public(pages):
    """What search engines may list: the access policy's pages for the anonymous reader (live, not
    expired, behind no view restriction)."""
    return access.visible_pages(pages, access.ANONYMOUS)


def language_order(code):
    codes = [language for language, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


def translations_by_key(keys):
    """{translation_key: {language_code: page}} of every public translation of these pages, in one query."""
    found = {}
    pages = visible_to_the_public(Page.objects.filter(translation_key__in=keys)).select_related("locale")
    for page in pages:
        found.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return found


def alternates_for(request, translations):
    """[(hreflang, absolute url)] for the public translations of one page ({language code: page})."""
    return hreflang_links(
        {code: absolute_url(request, page.get_url(request)) for code, page in translations.items()}
    )


def hreflang_links(urls):
    """[(hreflang, url)] for one page's language versions ({language code: absolute url}), in the
    languages' order, the default language's as x-default too. Empty when there is only one language
    version: nothing to choose between. For the page head and the sitemaps alike."""
    if len(urls) < 2:
        return []
    links = sorted(urls.items(), key=lambda item: language_order(item[0]))
    if settings.LANGUAGE_CODE in urls:
        links.append(("x-default", urls[settings.LANGUAGE_CODE]))
    return links


def view_alternates(request):
    """The same address in each language, for views that Wagtail does not serve (the join form)."""
    path = request.path
    alternates = [(code, absolute_url(request, translate_url(path, code))) for code, _ in settings.LANGUAGES]
    alternates.append(("x-default", absolute_url(request, translate_url(path, settings.LANGUAGE_CODE))))
    return alternates


def share_image(page, site_settings=None):
    """The image a link preview shows: the page's listing image, the home page's hero, else the site's
    default sharing image."""
    for name in ("listing_image", "hero_image"):
        image = getattr(page, name, None) if page is not None else None
        if image is not None:
            return image
    return getattr(site_settings, "share_image", None)


def share_rendition(image):
    """A 1200 by 630 JPEG: the size OpenGraph and Twitter's large card expect, in a format every
    reader takes."""
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE_SPEC)
    except OSError:  # a missing source file (SourceImageIOError) must not break the page
        return None
