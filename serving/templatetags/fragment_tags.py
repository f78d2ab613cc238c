"""`{% fragment "name" part ... %}…{% endfragment %}`: a piece of a template rendered once and kept
(serving.fragments: under the content generation, per language and host, and per `part`).

Django's `{% cache %}` tag would keep it too, but only for a fixed time: this one is replaced by any
publish like every other fragment. Only for what is the same for every reader of the page (no user,
no session, no CSRF token, no link that depends on who may follow it): the parts must name everything
else it depends on, usually the page. A page that a view restriction may cover keeps nothing (it
is rendered each time; routing, too, keeps only public pages): nothing private goes into the cache.
"""

from django import template
from django.utils.safestring import mark_safe

from serving.api import cached_for_page

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        name = self.name.resolve(context)
        parts = [part.resolve(context) for part in self.parts]
        html = cached_for_page(
            context.get("request"),
            context.get("page"),
            f"html:{name}",
            lambda: self.nodelist.render(context),
            *parts,
        )
        return mark_safe(html)  # noqa: S308  (what the template rendered, escaped as it was)


@register.tag("fragment")
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a name, and then what the piece depends on.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
