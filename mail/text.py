"""Email subjects rendered from templates, as the plain text a header is.

A subject template is a Django template, and Django escapes what it prints for HTML: "Tom & Jerry"
arrived as "Tom &amp; Jerry". A subject is not HTML, so it is rendered without escaping; and a header is
one line, so any run of whitespace in it (a line break typed in a name included, which would otherwise
make Django refuse the message as a header injection) becomes one space.
"""

from django.template import Context
from django.template.loader import get_template


def render_subject(template_name, context):
    """The subject from `template_name` with `context`: unescaped, on one line, trimmed."""
    template = get_template(template_name).template  # the Django template, which takes a Context
    text = template.render(Context(context, autoescape=False))
    return " ".join(text.split())
