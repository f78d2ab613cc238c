"""What the news app adds to the rest of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import NewsPage


@hooks.register("register_search_filter", order=10)
def search_filter():
    """A choice of the site search's type filter (search/views.py)."""
    return "news", _("News"), [NewsPage]
