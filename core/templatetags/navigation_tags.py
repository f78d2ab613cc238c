"""Site navigation: main and footer menus, breadcrumbs and the language switcher.

Each tag works from the request, so it also works on pages Wagtail does not serve (search, 404).
What several tags need (the home page in the reader's language, the menu pages) is worked out once per
request and kept on it, so a page costs a handful of queries however many menus it shows. The menus,
the home page's address and the language switcher are also kept in the cache as plain data
(serving.fragments: keyed by the site's content generation, so a publish shows at once), which takes
them off most requests' query count altogether.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_noop
from wagtail.models import Page, Site

from core import access
from core.models import public_q
from serving import api as serving
from serving.api import cached, cached_for_page

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def site_home(request):
    """The site's home page in the active language (the default language's one if there is no live
    translation), or None when no site matches the request. Worked out once per request."""
    if request is None:
        return None

    def find():
        site = Site.find_for_request(request)
        return serving.localized(site.root_page) if site else None

    return serving.remembered_for_request("site-home", find)


def _menu_pages(request):
    """The home page's live, public children that editors have put in the menus, as plain data."""

    def compute():
        home = site_home(request)
        pages = home.get_children().live().filter(public_q()).in_menu() if home is not None else []
        return [
            {"pk": p.pk, "title": p.title, "url": p.get_url(request), "url_path": p.url_path} for p in pages
        ]

    return serving.remembered_for_request("menu-pages", lambda: cached(request, "menu", compute))


def _menu_items(context):
    request = context.get("request")
    if request is None:
        return []
    current = _current_page(context)
    items = []
    for page in _menu_pages(request):
        aria_current = None
        if current is not None:
            if current.pk == page["pk"]:
                aria_current = "page"
            elif current.url_path.startswith(page["url_path"]):
                aria_current = "true"
        items.append({"title": page["title"], "url": page["url"], "aria_current": aria_current})
    return items


@register.simple_tag(takes_context=True)
def home_url(context):
    """The address of the home page in the reader's language."""
    request = context.get("request")

    def compute():
        home = site_home(request)
        if home is None:
            return f"/{translation.get_language() or settings.LANGUAGE_CODE}/"
        return home.get_url(request)

    return cached(request, "home_url", compute)


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    return {"items": _menu_items(context)}


@register.simple_tag(takes_context=True)
def menu_items(context):
    """The main menu's links as data, for pages that list the site's sections in their own way."""
    return _menu_items(context)


@register.inclusion_tag("navigation/footer_menu.html", takes_context=True)
def footer_menu(context):
    return {"items": _menu_items(context)}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_label=None):
    """The trail from the home page down to the current page. With `current_label`, the page itself
    becomes a link and the label (a tag, say) is the last step."""
    request = context.get("request")
    page = _current_page(context)
    if page is None:
        return {"crumbs": []}
    return {
        "crumbs": cached_for_page(
            request, page, "crumbs", lambda: _crumbs(request, page, current_label), page.pk, current_label
        )
    }


def _crumbs(request, page, current_label):
    home = site_home(request)
    if home is None or page.depth <= home.depth:
        return []
    # The ancestors as routing loaded them (serving), those in the site that are live.
    ancestors = [p for p in serving.ancestors_and_self(page)[:-1] if p.depth >= home.depth and p.live]
    crumbs = [{"title": p.title, "url": p.get_url(request)} for p in ancestors]
    if crumbs:
        crumbs[0]["title"] = translation.gettext("Home")
    if current_label:
        crumbs.append({"title": page.title, "url": page.get_url(request)})
        crumbs.append({"title": current_label, "url": None})
    else:
        crumbs.append({"title": page.title, "url": None})
    return crumbs


def _translation_targets(request, page):
    """{language code: (page to link to, is it the page's own translation?)} for a page Wagtail serves.

    The page's live translation if it has one; otherwise the nearest ancestor that has one (the section's
    index, say), and failing that the home page: never a 404. Worked out once per request, in one query
    for the translations of the page and all its ancestors.
    """
    return serving.remembered_for_request(
        "translation-targets", lambda: _find_translation_targets(request, page)
    )


def chain_translations(request, page):
    """(the translation keys of `page` and its ancestors, the page first; {(translation key, language
    code): page} of their live translations, each marked `visible_to_reader` for the public by the
    access policy). For the home page when `page` is None. One query per request: the language switcher
    and the page head's alternates (seo) both ask."""

    def find():
        site = Site.find_for_request(request) if request is not None else None
        chain = []
        if page is not None:
            chain = serving.ancestors_and_self(page)[::-1]  # the page first
        elif site is not None:
            chain = [site.root_page]
        keys = [p.translation_key for p in chain]
        candidates = access.live_marked_visible(
            Page.objects.filter(translation_key__in=keys), access.ANONYMOUS
        )
        return keys, {
            (p.translation_key, p.locale.language_code): p for p in candidates.select_related("locale")
        }

    return serving.remembered_for_request(("chain-translations", getattr(page, "pk", None)), find)


def public_translations(request, page):
    """{language code: page} of the translations of `page` that the public may see (the head's
    alternates), from `chain_translations`."""
    _keys, found = chain_translations(request, page)
    return {
        code: version
        for (key, code), version in found.items()
        if key == page.translation_key and version.visible_to_reader
    }


def _find_translation_targets(request, page):
    keys, by_key_and_language = chain_translations(request, page)
    targets = {}
    for code, _name in settings.LANGUAGES:
        for position, key in enumerate(keys):
            target = by_key_and_language.get((key, code))
            if target is not None:
                targets[code] = (target, position == 0 and page is not None)
                break
    return targets


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    """A link per language: to the current page's live translation, or else to its section's (or the
    home page) in that language. Pages Wagtail does not serve (search) keep their address in the other
    language."""
    request = context.get("request")
    page = _current_page(context)
    where = f"page-{page.pk}" if page is not None else (request.get_full_path() if request else "")
    return {
        "languages": cached_for_page(request, page, "languages", lambda: _languages(request, page), where)
    }


def _languages(request, page):
    current_language = translation.get_language()

    non_page_view = (
        page is None
        and request is not None
        and request.resolver_match is not None
        and request.resolver_match.url_name != "wagtail_serve"
    )
    targets = {} if non_page_view else _translation_targets(request, page)

    languages = []
    for code, name in settings.LANGUAGES:
        url = None
        translated = True
        if non_page_view:
            url = translate_url(request.get_full_path(), code)
        elif code in targets:
            target, translated = targets[code]
            url = target.get_url(request)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url or f"/{code}/",
                "is_current": code == current_language,
                "translated": translated,
            }
        )
    return languages


def _in_language(code, message, **values):
    """`message` translated into `code`, and the language it actually came out in: until the
    catalogue has the string it stays in the default language, and its `lang` attribute must say so."""
    with translation.override(code):
        translated = translation.gettext(message)
    language = code if translated != message or code == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE
    return translated % values, language


@register.inclusion_tag("navigation/translation_notice.html", takes_context=True)
def translation_notice(context):
    """On a page without a translation: a note, in each other language, that it is not translated,
    with a link to the nearest page that is (the section's index)."""
    request = context.get("request")
    page = _current_page(context)
    if request is None or page is None:
        return {"notices": []}
    notices = cached_for_page(request, page, "translation_notice", lambda: _notices(request, page), page.pk)
    return {"notices": notices}


def _notices(request, page):
    current_language = translation.get_language()
    notices = []
    for code, name in settings.LANGUAGES:
        if code == current_language:
            continue
        target, translated = _translation_targets(request, page).get(code, (None, False))
        if translated:
            continue
        text, text_language = _in_language(
            code, gettext_noop("This page is not available in %(language)s yet."), language=name
        )
        link_text, link_language = (None, None)
        if target is not None:
            link_text, link_language = _in_language(code, gettext_noop("Go to %(title)s"), title=target.title)
        notices.append(
            {
                "text": text,
                "lang": text_language,
                "url": target.get_url(request) if target is not None else None,
                "link_text": link_text,
                "link_lang": link_language,
                "hreflang": code,
            }
        )
    return notices


@register.simple_tag
def page_range(page_obj):
    """Page numbers for a paginator page, with `…` standing in for long runs."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1))


@register.simple_tag(takes_context=True)
def followable_url(context, page):
    """A chooser link's address, only when the reader may follow it (the access policy)."""
    return access.followable_url(page, context.get("request"))
