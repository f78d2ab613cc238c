import re

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.backends import config_for_language
from search.stemming import light_stem

register = template.Library()


@register.filter
def highlight(text, query):
    """`text`, escaped, with every word that starts with the stem of a word of the query wrapped in
    <mark>, so a summary shows why the result matched: "policies" marks "policy" too, as the search
    found it (`search.stemming`). Case does not matter; accents do."""
    text = text or ""
    config = config_for_language(settings.WAGTAILSEARCH_BACKENDS["default"], translation.get_language())
    words = {light_stem(word, config) for word in re.findall(r"\w+", query or "") if len(word) > 1}
    words = sorted(words, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile(r"\b((?:" + "|".join(re.escape(word) for word in words) + r")\w*)", re.IGNORECASE)
    # split() with a group puts the matches at the odd positions; each piece is escaped on its own.
    pieces = pattern.split(text)
    marked = "".join(f"<mark>{escape(p)}</mark>" if i % 2 else escape(p) for i, p in enumerate(pieces))
    return mark_safe(marked)  # noqa: S308  every piece escaped above
