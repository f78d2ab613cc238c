"""Feeds of pages with authors (news, publications): each entry's byline names its authors in the feed's
language, loaded for every entry at once."""

from core.feeds import ListingFeed

from .models import Person


class AuthoredListingFeed(ListingFeed):
    """A listing feed whose items have `authors` (people), like `author_people` on their pages."""

    def with_what_items_show(self, items):
        return super().with_what_items_show(items).prefetch_related(Person.prefetch_authors())

    def bylines_of(self, items):
        by_page = Person.authors_by_page(items)
        return {pk: [person.name for person in people] for pk, people in by_page.items()}
