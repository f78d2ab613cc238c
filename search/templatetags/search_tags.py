import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, query):
    """`text`, escaped, with every word that starts with a word of the query wrapped in <mark>, so a
    summary shows why the result matched. Case does not matter; accents do (the backend's stemming is
    not reproduced here, so "policies" is not marked for "policy")."""
    text = text or ""
    words = sorted({word for word in re.findall(r"\w+", query or "") if len(word) > 1}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")", re.IGNORECASE)
    # split() with a group puts the matches at the odd positions; each piece is escaped on its own.
    pieces = pattern.split(text)
    marked = "".join(f"<mark>{escape(p)}</mark>" if i % 2 else escape(p) for i, p in enumerate(pieces))
    return mark_safe(marked)  # noqa: S308  every piece escaped above
