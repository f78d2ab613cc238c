"""An event's dates belong to its source page; readers see the page in their language. These find the
reader's version of many events in one query."""

from wagtail.models import Locale


def pages_by_key(source_pages, locale):
    """{translation key: the live page in `locale`} for these events (missing ones: not listed)."""
    keys = {page.translation_key for page in source_pages}
    if not keys:
        return {}
    from wagtail.models import Page

    pages = Page.objects.filter(translation_key__in=keys, locale=locale).live().specific()
    return {page.translation_key: page for page in pages}


def event_in_language(source, language_code):
    """The event's live version in `language_code`, else the source page itself."""
    source = source.specific
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None or locale.pk == source.locale_id:
        return source
    return pages_by_key([source], locale).get(source.translation_key, source)


def with_pages(occurrences, pages):
    """Pair each date with its event's page among `pages` (the reader's listing, in their language):
    [(occurrence, page)], leaving out dates whose event is not among them."""
    by_key = {page.translation_key: page for page in pages}
    pairs = []
    for occurrence in occurrences:
        page = by_key.get(occurrence.event.translation_key)
        if page is not None:
            pairs.append((occurrence, page))
    return pairs
