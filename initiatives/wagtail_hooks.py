"""What the initiatives app adds to the rest of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import InitiativePage


@hooks.register("register_search_filter", order=20)
def search_filter():
    """A choice of the site search's type filter (search/views.py)."""
    return "initiatives", _("Initiatives"), [InitiativePage]
