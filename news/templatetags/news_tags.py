from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from pagecache.fragments import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def news_tag_filter(context):
    """The news index's topic filter: a hundred links, the same for every reader, so rendered once per
    index, language and current tag and kept as a fragment (rendering it cost a news page a fifth of
    its time)."""
    request, page, tag = context.get("request"), context["page"], context.get("tag")

    def render():
        values = {"page": page, "tag": tag, "tags": context.get("tag_links")}
        return render_to_string("news/tag_filter.html", values, request=request)

    return mark_safe(cached(request, "news-tag-filter", render, page.pk, tag.pk if tag else ""))  # noqa: S308
