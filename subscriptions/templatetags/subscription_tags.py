from django import template
from django.utils import translation

from subscriptions.forms import SignupForm

register = template.Library()


def signup_form(request, id_prefix):
    """An empty signup form that notes the page it is on; the same for every visitor, so the page
    around it can be cached."""
    initial = {"language": translation.get_language(), "page": request.path if request else ""}
    return SignupForm(initial=initial, auto_id=f"{id_prefix}-%s")


@register.inclusion_tag("subscriptions/footer_signup.html", takes_context=True)
def footer_signup(context):
    return {"form": signup_form(context.get("request"), "footer-signup")}


@register.inclusion_tag("subscriptions/signup_form.html", takes_context=True)
def block_signup_form(context):
    """The form in a page's body; each one on a page gets ids of its own."""
    request = context.get("request")
    number = getattr(request, "_signup_blocks", 0) + 1
    if request is not None:
        request._signup_blocks = number
    return {"form": signup_form(request, f"signup-{number}")}
