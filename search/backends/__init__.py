"""Wagtail's database search backend, with PostgreSQL's text search configuration chosen per language.

How the stock backend picks it: `modelsearch.backends.database` (what `wagtail.search.backends.database`
re-exports) uses `PostgresSearchBackend` on PostgreSQL, which reads one `SEARCH_CONFIG` for the whole
site (`None` means the server's `default_text_search_config`) and uses it both to build every index
entry's tsvector and to parse every query. With English and Spanish pages in one index, any single
choice is wrong for one language: `english` stems "educativas" badly and keeps Spanish stop words,
`spanish` does the reverse, and `simple` stems neither.

Here each object is indexed with the configuration of its own locale (`SEARCH_CONFIGS`, by language
code), and a query is parsed with the configuration of the active language when it searches a
translatable model (the site search always filters to the reader's locale, so the two agree). Models
without a locale (images, documents) use the default language's configuration for both. On SQLite with
FTS5, each query word is searched by its stem as a prefix (`search/backends/sqlite.py`), in
place of the whole-word match that found "educadores" but not "educador". On other databases this
changes nothing: the stock backend for that database is returned.
"""

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_backend
from wagtail.models import TranslatableMixin


def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    stock = database_backend(params)
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteSearchBackend, StemmingSQLiteSearchBackend

        # Only where the stock factory chose FTS5 (without it, it falls back to a plain LIKE search).
        if isinstance(stock, SQLiteSearchBackend):
            return StemmingSQLiteSearchBackend(params)
    return stock


def config_for_language(params, language_code):
    configs = params.get("SEARCH_CONFIGS", {})
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0]
    return configs.get(code) or configs.get(settings.LANGUAGE_CODE) or params.get("SEARCH_CONFIG")


def config_for_object(params, obj):
    if isinstance(obj, TranslatableMixin) and obj.locale_id is not None:
        return config_for_language(params, obj.locale.language_code)
    return config_for_language(params, settings.LANGUAGE_CODE)


def config_for_query(params, model):
    if issubclass(model, TranslatableMixin):
        return config_for_language(params, translation.get_language())
    return config_for_language(params, settings.LANGUAGE_CODE)


def newest_matching_pages(pages, words, limit):
    """The ids of the `limit` newest (last created) of `pages` that match `words`, newest first: the
    site search ranks these, not every match (search/views.py). The PostgreSQL backend asks it in a
    way its planner answers well at any size; other backends search and sort as the stock one does."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "newest_matching_pages"):
        return backend.newest_matching_pages(pages, words, limit)
    return [
        page.pk for page in pages.order_by("-id").only("id").search(words, order_by_relevance=False)[:limit]
    ]


def pages_among(pages, ids):
    """`pages` narrowed to those of `ids` (a list of up to a few thousand), in the backend's cheapest
    way: one array on PostgreSQL, `IN (…)` elsewhere."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "pages_among"):
        return backend.pages_among(pages, ids)
    return pages.filter(pk__in=ids)
