"""The PostgreSQL half of search.backends (imported only on PostgreSQL: it needs psycopg's types)."""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from . import config_for_object, config_for_query


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


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_query(backend.params, self.queryset.model)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageQueryCompiler
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.params = params
