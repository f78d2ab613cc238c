"""RSS 2.0 and Atom feeds of a listing page, built on Django's syndication framework.

A feed is served by a route of its index page (news: `feed/rss/`, `feed/atom/` and the same below each
tag; publications: `feed/rss/`, `feed/atom/`), so Wagtail's own checks run first: a private index
never answers with a feed. Items come from the index's public listing (`CardQuerySet.cards()`: live, not
expired, no view restriction), the same list the index page shows, so the extranet, drafts and
expired pages never reach a feed. Addresses are made absolute from the request's host.

What every item shows (its tags, its authors) is loaded for all the items at once, so a feed costs the
same few queries for one item as for thirty (tests/performance/test_feed_and_sitemap_queries.py).
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from core.models import SiteText

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
MIME_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
FEED_LENGTH = 30


class ListingFeed(Feed):
    """The newest items of one index page (optionally narrowed, e.g. to a tag). Subclasses say how to
    get the items and where each item's date lives."""

    date_field = "date"

    def __init__(self, index, *, kind="rss", items=None, title=None):
        super().__init__()
        self.index = index
        self.feed_type = FEED_TYPES[kind]
        self.language = index.locale.language_code
        self._items = items
        self._title = title

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.site_text = SiteText.for_request(request)
        return self.index

    def title(self, index):
        return f"{self._title or index.title} | {self.site_text.organization_name}"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.meta_description or self.site_text.tagline or index.title

    def author_name(self, index):
        return self.site_text.organization_name

    def items(self, index):
        items = self._items if self._items is not None else index.feed_items()
        items = list(self.with_what_items_show(items)[:FEED_LENGTH])
        self.bylines = self.bylines_of(items)
        return items

    def with_what_items_show(self, items):
        """The items' queryset with what each entry shows prefetched for the lot: their tags here,
        more in subclasses. Otherwise each entry asks the database again. The listing's card images
        (`cards()` prefetches their renditions) are dropped: an entry shows none."""
        return items.prefetch_related(None).prefetch_related("tags")

    def bylines_of(self, items):
        """{item pk: [author name]}, worked out for every item at once; no authors by default (the
        organization is then each entry's author)."""
        return {}

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # A date, shown as midnight in the site's time zone (Django makes naive datetimes local).
        return datetime.combine(getattr(item, self.date_field), time.min)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        names = self.bylines.get(item.pk)
        return ", ".join(names) if names else self.site_text.organization_name

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


def feed_links(request, index, route_prefix="", title=None):
    """<link rel="alternate"> data for autodiscovery: the RSS and Atom versions of one feed."""
    base = index.get_url(request) + route_prefix
    name = title or index.title
    return [
        {
            "type": MIME_TYPES["rss"],
            "title": gettext("%(name)s (RSS)") % {"name": name},
            "url": request.build_absolute_uri(f"{base}feed/rss/"),
        },
        {
            "type": MIME_TYPES["atom"],
            "title": gettext("%(name)s (Atom)") % {"name": name},
            "url": request.build_absolute_uri(f"{base}feed/atom/"),
        },
    ]
