"""The reader's locale and a page's translation in it, without a query per question.

Every `Locale.get_active()` (`page.localized`, listings in the reader's language) reads the locale
again in Wagtail. Here the locales are kept in the shared cache under the structure generation (adding
or removing one replaces it) and read once per request.
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .fragments import kept_with_structure


def _locales_by_language():
    """Every enabled locale by its language code, kept as a fragment (adding or removing a locale
    replaces the structure generation)."""
    return kept_with_structure("locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()})


def _locale_for(language_code):
    """What `Locale.objects.get_for_language(language_code)` gives, from the kept locales; None when
    there is no such locale (Wagtail raises there)."""
    try:
        return _locales_by_language().get(get_supported_content_language_variant(language_code))
    except LookupError:
        return None


def default_locale():
    """`Locale.get_default()`, without a query."""
    return _locale_for(settings.LANGUAGE_CODE) or Locale.get_default()


def active_locale():
    """`Locale.get_active()`, without a query: the active language's locale, else the default one."""
    return _locale_for(translation.get_language()) or default_locale()


def localized(page):
    """`page.localized` (the page's live translation in the reader's language, else the page), with no
    query when the page is already in the reader's language, which is almost always."""
    if active_locale().pk == page.locale_id:
        return page
    return Page.localized.fget(page)  # Wagtail's own answer (core's BasePage.localized comes here)
