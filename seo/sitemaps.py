"""One sitemap per language, each address with its hreflang alternates.

Wagtail's own sitemap lists the descendants of the Site's root page, which is the English home page:
the Spanish tree (a sibling, in its own locale) never appeared. Here each language's home page is the
root of that language's sitemap, and only public pages are listed: live, not expired, behind no view
restriction (the extranet's restriction keeps all of it out) and not refusing a sitemap entry
(member-only page types return none, as a second lock).

A language's sitemap is split into pages of `limit` addresses (sitemap-en.xml, sitemap-en.xml?p=2, ...),
each listed in the sitemap index. A page costs the same few queries whatever its length: the pages come
from one query, as instances of their own types with only the generic fields loaded (all an address,
a date and `get_sitemap_urls` read), and their translations from one more. The views are kept by the page
cache like any public page (seo/views.py).
"""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, Site

from . import metadata


class LanguageSitemap(Sitemap):
    # Addresses per sitemap page; search engines take up to 50,000, smaller pages are quicker to build.
    limit = 10_000

    def __init__(self, request, language_code):
        self.request = request
        self.language_code = language_code

    def home(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        locale = Locale.objects.filter(language_code=self.language_code).first()
        if locale is None:
            return None
        return site.root_page.get_translation_or_none(locale)

    def items(self):
        home = self.home()
        if home is None:
            return Page.objects.none()
        pages = home.get_descendants(inclusive=True).filter(locale_id=home.locale_id)
        # specific(defer=True): each page as its own type (for `get_sitemap_urls`) from the one query,
        # rather than one more query per page type for fields a sitemap never reads.
        return metadata.visible_to_the_public(pages).order_by("path").specific(defer=True)

    def _listed(self, item):
        """Whether the page wants a sitemap entry. Wagtail's own `get_sitemap_urls` always gives one (and
        works out the page's full address to do it), so it is only asked of types that answer otherwise
        (member-only pages give none)."""
        if type(item).get_sitemap_urls is Page.get_sitemap_urls:
            return True
        return bool(item.get_sitemap_urls(self.request))

    def _urls(self, page, protocol, domain):
        listed = self.paginator.page(page).object_list
        pages = [item for item in listed if self._listed(item)]
        translations = metadata.translations_by_key([item.translation_key for item in pages])
        urls = []
        for item in pages:
            location = metadata.absolute_url(self.request, item.get_url(self.request))
            alternates = metadata.alternates_for(self.request, translations.get(item.translation_key, {}))
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    # Django's template reads these too: a missing key is a failed lookup, an exception
                    # caught for each address (seconds for 10,000 of them).
                    "changefreq": None,
                    "priority": None,
                    "alternates": [{"lang_code": code, "location": url} for code, url in alternates],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
