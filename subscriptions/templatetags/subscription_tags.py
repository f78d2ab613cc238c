import itertools

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from serving.api import cached, remembered_for_request
from subscriptions.forms import SignupForm

register = template.Library()

# Stands for the page's address in the footer's cached HTML (see footer_signup).
PAGE_PLACEHOLDER = "__signup-form-page__"


def signup_form(page, id_prefix):
    """An empty signup form that notes the page it is on; the same for every visitor, so the page
    around it can be cached."""
    initial = {"language": translation.get_language(), "page": page}
    return SignupForm(initial=initial, auto_id=f"{id_prefix}-%s")


@register.simple_tag(takes_context=True)
def footer_signup(context):
    """The footer's signup panel. It is the same on every page but for the page it notes, and its
    widgets take several milliseconds to render, so it is rendered once per language and kept as a
    fragment with a placeholder for the page's address, which goes in escaped, as the widget would."""
    request = context.get("request")

    def render():
        form = signup_form(PAGE_PLACEHOLDER, "footer-signup")
        # The request only for the privacy notice's address (the same for every reader of a language).
        return render_to_string("subscriptions/footer_signup.html", {"form": form, "request": request})

    html = cached(request, "footer-signup", render)
    return mark_safe(html.replace(PAGE_PLACEHOLDER, escape(request.path if request else "")))  # noqa: S308


@register.inclusion_tag("subscriptions/signup_form.html", takes_context=True)
def block_signup_form(context):
    """The form in a page's body; each one on a page gets ids of its own."""
    request = context.get("request")
    number = next(remembered_for_request("signup-block-numbers", lambda: itertools.count(1)))
    return {"form": signup_form(request.path if request else "", f"signup-{number}"), "request": request}
