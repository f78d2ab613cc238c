"""The SQLite half of search.backends: word stems for SQLite's FTS5 index.

The stock SQLite backend (modelsearch's FTS5 table, `unicode61` tokenizer) matches whole words only, so
"educador" never finds "educadores" and "policy" never finds "policies", where PostgreSQL's `english`
and `spanish` configurations find both. The FTS5 table belongs to modelsearch's migrations, so rather
than replace its tokenizer, each query word is cut to a light stem for the reader's language and
searched as a prefix: "educadores" and "educador" both become `educador*`, "policies" and "policy"
`polic*`. A prefix finds longer words too ("educ" would find "education"), so stems are kept to
plural and gender endings, and words shorter than `MIN_PREFIX` are searched whole.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from search.stemming import MIN_PREFIX, light_stem

from . import config_for_query


class StemmingQueryCompiler(SQLiteSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_query(backend.params, self.queryset.model)

    def build_search_query_content(self, query, config=None):
        """Plain words become prefix searches of their stems, all of them required (the site search
        sends only plain words); anything else is searched as the stock backend does."""
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = None
        for term in query.query_string.split():
            stem = light_stem(term, config)
            lexeme = Lexeme(stem, prefix=True) if len(stem) >= MIN_PREFIX else Lexeme(term)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator.upper() == "AND":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return None if lexemes is None else SearchQueryExpression(lexemes, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.params = params
