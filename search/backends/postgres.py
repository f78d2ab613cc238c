"""The PostgreSQL half of search.backends (imported only on PostgreSQL: it needs psycopg's types)."""

import copy
import re
from collections import defaultdict

from django.contrib.postgres.fields import ArrayField
from django.db.models import Exists, F, FilteredRelation, Func, IntegerField, OuterRef, Q, Value
from django.db.models.functions import Cast
from django.db.models.lookups import Exact, Lookup
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page

from . import config_for_object, config_for_query

# How the stock compiler splits a plain query into the words it ANDs (PostgresSearchQueryCompiler).
TERM_SEPARATORS = re.compile(r"[\s\-]+")


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration: the stock indexer reads
        the configuration from the backend, so each group is indexed through a copy of the backend
        that carries its own."""
        groups = defaultdict(list)
        for obj in objs:
            groups[config_for_object(self.backend.params, obj)].append(obj)
        for config, group in groups.items():
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            super(LanguagePostgresIndex, index).add_items(model, group)


class IsAmong(Lookup):
    """`value IN (SELECT unnest(array))`: one parameter however many values the array holds (a thousand
    ids as `IN (%s, …)` cost 20 ms of Python a query: Django's lookup and psycopg's parsing of each
    placeholder), and, unlike `= ANY(array)`, planned as a probe of the primary key for each value
    (PostgreSQL had read every page to test them against the array)."""

    lookup_name = "is_among"

    def as_sql(self, compiler, connection):
        value, value_params = self.process_lhs(compiler, connection)
        array, array_params = self.process_rhs(compiler, connection)
        return f"{value} IN (SELECT unnest({array}))", (*value_params, *array_params)


def has_no_lexemes(tsquery):
    """True for a query left empty by the configuration (stop words only, such as "the")."""
    return Exact(Func(tsquery, function="numnode", output_field=IntegerField()), 0)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_query(backend.params, self.queryset.model)

    def is_plain_page_search(self):
        query = self.query
        return (
            isinstance(query, PlainText)
            and query.operator == "and"
            and self.fields is None
            and issubclass(self.queryset.model, Page)
        )

    def words_found(self, config, entry=""):
        """The condition that each word of the query is in the title's vector or the body's (of the
        index entry at `entry`, a relation path ending in "__", or of the entries queried).

        The stock compiler matches the whole query against `title || body`: the same pages (a word is
        in the pair exactly when it is in one of them), but the joined vector has neither an index nor
        statistics, while each column has both. With them, PostgreSQL knows that a word found in every
        article matches every article (and can walk the entries newest first and stop at a limit); it had
        taken such a word for a rare one. A word the configuration drops (a stop word) is found
        everywhere, as it is absent from the joined query; a query of stop words alone finds nothing,
        as before."""
        condition = ~Q(has_no_lexemes(self.build_tsquery(self.query, config=config)))
        for term in filter(None, TERM_SEPARATORS.split(self.query.query_string)):
            word = self.build_tsquery(PlainText(term), config=config)
            condition &= Q(**{f"{entry}title": word}) | Q(**{f"{entry}body": word}) | Q(has_no_lexemes(word))
        return condition

    def search(self, config, start, stop, score_field=None, backend=None):
        """Plain words searched in pages: the stock compiler's results and ranking, with the words
        matched column by column (`words_found`) and each page's index entry joined by the page's own
        content type (pages are indexed under their specific type): one index probe a page, beside the
        stock condition that lists every page type (one probe per type). The `+ 0` keeps that probe
        one way, from the page to its entry: used the other way, PostgreSQL took the page type's
        index for a selective one and read every article for each entry it ranked (20 s for a word
        found in 100,000 articles)."""
        if not self.is_plain_page_search() or self.build_tsquery(self.query, config=config) is None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        queryset = self.queryset.annotate(
            own_index_entry=FilteredRelation(
                "index_entries", condition=Q(index_entries__content_type=F("content_type") + 0)
            )
        ).filter(self.words_found(config, entry="own_index_entry__"))
        vectors = [
            (F("own_index_entry__title"), F("own_index_entry__title_norm")),
            (F("own_index_entry__body"), 1.0),
        ]
        rank = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageQueryCompiler
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.params = params

    def newest_matching_pages(self, pages, words, limit):
        """The ids of the `limit` newest of `pages` in which every one of `words` is found, newest
        first: newest by their index entries, which are made when a page is first saved (re-indexing
        updates an entry in place), so in the order the pages were created.

        Asked from the index's side: the page types' entries with the words, newest first, each kept
        if its page is one of `pages`, found by primary key (`object_id` holds the page's id as text;
        the cast meets only page types' entries, as their filter applies where the entries are read).
        For a common word PostgreSQL walks the entries from the newest and stops at `limit` (3 ms where
        all 100,000 articles match); for a rarer one it reads the words' GIN indexes first, then finds
        each match's page (14 to 17 ms for 2,000 matches, under 1 for none). Asked from the pages'
        side, the rarer word had cost a hash of every page (30 to 40 ms): a page's id is not indexed as
        text."""
        compiler = self.query_compiler_class(pages, PlainText(words, operator="and"))
        config = compiler.get_config(self)
        page = pages.filter(
            pk=Cast(OuterRef("object_id"), IntegerField()), content_type=OuterRef("content_type")
        )
        entries = (
            IndexEntry.objects.filter(content_type__in=get_descendants_content_types_pks(pages.model))
            .filter(compiler.words_found(config))
            .filter(Exists(page))
        )
        return [int(pk) for pk in entries.order_by("-pk").values_list("object_id", flat=True)[:limit]]

    def pages_among(self, pages, ids):
        """`pages` narrowed to `ids`, sent as one array (`IsAmong`)."""
        return pages.filter(IsAmong(F("pk"), Value(list(ids), output_field=ArrayField(IntegerField()))))
