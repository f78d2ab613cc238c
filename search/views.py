import hashlib
import unicodedata

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from core import access
from core.pagination import paginate
from search.backends import newest_matching_pages, pages_among
from serving import api as serving
from serving.api import cached, mark_private

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Results are ranked among this many matches at most, the newest: ranking every match of a word found in
# 100,000 articles took 300 ms, ranking the newest thousand takes 7 ms (docs/performance.md). A query
# with more matches says so and asks for another word.
MATCHES_RANKED = 1_000

OTHER_PAGES = ("pages", _("Pages"))


def result_types():
    """The type filter: {its value in the address: (its label, the page types it keeps)}, one entry for
    each app that registers one with the `register_search_filter` hook (news, initiatives,
    publications), in the hooks' order. "Pages" is everything else (About, the policy agenda, index
    pages, extranet pages for members)."""
    return {
        value: (label, models)
        for value, label, models in (hook() for hook in hooks.get_hooks("register_search_filter"))
    }


def clean_query(raw):
    """The query as it is shown back to the visitor: control characters (NUL among them, which
    PostgreSQL and SQLite refuse) become spaces, and it is cut to a sane length. The search backend
    gets only its words (`search_words`)."""
    printable = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


# Punctuation that joins two parts of one word ("don't", "e-mail", "3.5", "name@example.org"): kept
# there, as PostgreSQL's parser reads such words whole; anywhere else it is a space like the rest.
WORD_JOINERS = frozenset(".-'\u2019@")


def is_word_character(char):
    """A letter, digit or mark (accents, vowel signs) of any script."""
    return unicodedata.category(char)[0] in "LNM"


def search_words(query):
    """The visitor's query as plain words for the search backend: letters, digits and marks of any
    script, anything else (quotes, brackets, `*`, `:`, `^`, `-x`, symbols, emoji) a space. Neither
    SQLite's FTS5 nor PostgreSQL's tsquery ever sees an operator of its own (the SQLite backend wraps
    each word in double quotes without escaping one inside it, so a stray `"` was a syntax error);
    operator words (AND, OR, NOT, NEAR) are searched as the words they are. Empty when nothing is
    left to search."""
    query = unicodedata.normalize("NFKC", query)
    kept = []
    for index, char in enumerate(query):
        joins_a_word = (
            char in WORD_JOINERS
            and 0 < index < len(query) - 1
            and is_word_character(query[index - 1])
            and is_word_character(query[index + 1])
        )
        kept.append(char if is_word_character(char) or joins_a_word else " ")
    return " ".join("".join(kept).split())


def searchable_pages(request):
    """Live, unexpired pages in the reader's language that the access policy lets the reader see: public
    pages for everyone, the extranet too for its audience, pages restricted further only for those they
    admit. (depth > 1 leaves out the tree's root node.) The conditions the search backend cannot filter
    on by itself are applied in a subquery of page ids."""
    pages = Page.objects.live().filter(locale=serving.active_locale(), depth__gt=1)
    return pages.filter(pk__in=access.visible_pages(pages, request.user).values("pk"))


def of_type(pages, result_type, types):
    """Narrow `pages` to one entry of the type filter; an unknown value leaves them all."""
    if result_type in types:
        return pages.type(*types[result_type][1])
    if result_type == OTHER_PAGES[0]:
        return pages.not_type(*(model for _label, models in types.values() for model in models))
    return pages


def search(request):
    """Site search, relevance ranked, optionally narrowed to one type. Members' results may include
    extranet pages (labelled), so their result pages are never stored by shared caches. Where more
    than MATCHES_RANKED pages match, the newest of them are ranked and the reader is told."""
    raw_query = request.GET.get("query", "")
    query = clean_query(raw_query)
    result_type = request.GET.get("type", "")
    types = result_types()
    if result_type not in types and result_type != OTHER_PAGES[0]:
        result_type = ""
    results = None
    more_matches = False
    # Results of a reader who sees more than the public (members, staff) are counted apart and never
    # kept (see the template).
    hidden = access.hidden_sections(request.user)
    results_are_public = hidden == access.hidden_sections(access.ANONYMOUS)
    words = search_words(query)
    if words:
        pages = of_type(searchable_pages(request), result_type, types)
        # The matches ranked are kept per query, type and audience (the sections hidden from the reader):
        # finding them is the search's costliest query, and paging through them asks it once.
        audience = "public"
        if not results_are_public:
            audience = hashlib.sha256(repr(sorted(hidden)).encode()).hexdigest()
        matches = cached(
            request,
            "search-matches",
            lambda: newest_matching_pages(pages, words, MATCHES_RANKED + 1),
            words,
            result_type,
            audience,
            until_next_expiry=True,
            lists_pages=True,
        )
        more_matches = len(matches) > MATCHES_RANKED
        ranked = pages_among(pages, matches[:MATCHES_RANKED]).specific().search(words)
        results = paginate(request, ranked, RESULTS_PER_PAGE, count=len(matches[:MATCHES_RANKED]))
    if request.user.is_authenticated:
        mark_private(request)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "more_matches": more_matches,
            "query_was_shortened": len(" ".join(raw_query.split())) > MAX_QUERY_LENGTH,
            "result_type": result_type,
            "result_types": [(value, label) for value, (label, _models) in types.items()] + [OTHER_PAGES],
            "results_are_public": results_are_public,
        },
    )
