"""One sitemap per language, each address with its hreflang alternates.

Wagtail's own sitemap lists the descendants of the Site's root page, which is the English home page:
the Spanish tree (a sibling, in its own locale) never appeared. Here each language's home page is the
root of that language's sitemap, and only public pages are listed: live, not expired, behind no view
restriction (the extranet's restriction keeps all of it out) and not refusing a sitemap entry
(member-only page types return none, as a second lock).

A language's sitemap is split into pages of `limit` addresses (sitemap-en.xml, sitemap-en.xml?p=2, ...),
each listed in the sitemap index. Building a page costs the same whatever the size of the site:
- where each page starts is kept as a fragment (one query after a publish), so a page is a range of the
  tree's paths read through its index, not an OFFSET that walks every earlier page;
- its pages and their translations come from two queries of plain values (no model instances: making
  tens of thousands of page objects was most of a page's time);
- addresses are written from each language's prefix and the page's path, as Wagtail's `get_url` would
  (tests compare the two for every page), and the XML is written directly.
The views are kept by the page cache like any public page (seo/views.py).
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site

from serving.api import cached

from . import metadata

# What Django's reverse() leaves unquoted in a path (django.urls.resolvers), so addresses match Wagtail's.
PATH_SAFE = "!$&'()*+,;=/~:@"


@dataclass
class Entry:
    location: str
    lastmod: object
    alternates: list  # [(hreflang, absolute url)]


class LanguageSitemap:
    # Addresses per sitemap page. Search engines take up to 50,000; a page of 1,000 (the size Yoast's
    # WordPress sitemaps use) is built in a few milliseconds whatever the size of the site, so a crawler
    # reading them all after a publish does not hold a worker for a second each.
    limit = 1_000

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
        return metadata.visible_to_the_public(pages)

    def page_starts(self):
        """The path of the first page of each sitemap page, in tree order: kept until the next publish or
        expiry. Never empty: an empty sitemap still has its first (empty) page."""

        def compute():
            # Every `limit`-th path, counted by the database (a window over the tree's order).
            numbered = self.items().annotate(number=Window(RowNumber(), order_by=F("path").asc()))
            first_of_a_page = numbered.annotate(place=(F("number") - 1) % self.limit).filter(place=0)
            return list(first_of_a_page.order_by("path").values_list("path", flat=True))

        starts = cached(
            self.request,
            "sitemap-starts",
            compute,
            self.language_code,
            self.limit,
            until_next_expiry=True,
            lists_pages=True,
        )
        return starts or [""]

    def num_pages(self):
        return len(self.page_starts())

    def entries(self, number):
        """The sitemap entries of page `number` (1-based); None past the last page."""
        starts = self.page_starts()
        if not 1 <= number <= len(starts):
            return None
        rows = self.items().filter(path__gte=starts[number - 1])
        if number < len(starts):
            rows = rows.filter(path__lt=starts[number])
        rows = list(
            rows.order_by("path").values_list(
                "pk",
                "url_path",
                "translation_key",
                "content_type_id",
                "last_published_at",
                "latest_revision_created_at",
            )
        )
        refused = self._refusing_an_entry(rows)
        rows = [row for row in rows if row[0] not in refused]
        translations = self._translations([row[2] for row in rows])
        address = Addresses(self.request)
        entries = []
        for pk, url_path, key, _type, published, revised in rows:
            location = address(pk, url_path, self.language_code)
            versions = translations.get(key, {})
            alternates = []
            if len(versions) > 1:  # only then are there alternates to address
                alternates = metadata.hreflang_links(
                    {code: address(other_pk, path, code) for code, (other_pk, path) in versions.items()}
                )
            entries.append(Entry(location, published or revised, alternates))
        return entries

    def _refusing_an_entry(self, rows):
        """Ids of the pages whose type answers `get_sitemap_urls` with nothing (member-only types).
        Wagtail's own always gives one, so only types that override it are loaded and asked."""
        overriding = {
            type_id
            for type_id in {row[3] for row in rows}
            if (model := ContentType.objects.get_for_id(type_id).model_class()) is not None
            and model.get_sitemap_urls is not Page.get_sitemap_urls
        }
        if not overriding:
            return set()
        ids = [row[0] for row in rows if row[3] in overriding]
        return {
            page.pk
            for page in Page.objects.filter(pk__in=ids).specific()
            if not page.get_sitemap_urls(self.request)
        }

    @staticmethod
    def _translations(keys):
        """{translation_key: {language_code: (pk, url_path)}} of the public translations, in one query."""
        found = {}
        rows = (
            metadata.visible_to_the_public(Page.objects.filter(translation_key__in=keys))
            .order_by()
            .values_list("translation_key", "locale__language_code", "pk", "url_path")
        )
        for key, code, pk, url_path in rows:
            found.setdefault(key, {})[code] = (pk, url_path)
        return found


class Addresses:
    """A page's absolute address from its path and language, as `metadata.absolute_url(request,
    page.get_url(request))` gives it, without a page object or a reverse() per page: the request's
    Site's root in each language gives a prefix once. A page outside those roots (another Site's) is
    loaded and asked the usual way."""

    def __init__(self, request):
        self.request = request
        self.base = request.build_absolute_uri("/")[:-1]
        site = Site.find_for_request(request)
        self.roots = {}
        for root in Site.get_site_root_paths():
            if site is None or root.site_id != site.pk or root.language_code in self.roots:
                continue
            try:
                with translation.override(root.language_code):
                    prefix = reverse("wagtail_serve", args=("",))
            except NoReverseMatch:
                continue
            self.roots[root.language_code] = (root.root_path, prefix)

    def __call__(self, pk, url_path, language_code):
        root = self.roots.get(language_code)
        if root is not None and url_path.startswith(root[0]):
            return self.base + root[1] + quote(url_path[len(root[0]) :], safe=PATH_SAFE)
        return metadata.absolute_url(self.request, Page.objects.get(pk=pk).get_url(self.request))
