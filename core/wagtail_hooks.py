from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard import StaffWorkPanel, work_items
from .models import SiteText


class SiteTextViewSet(SnippetViewSet):
    """Under Settings, beside the site settings it translates."""

    model = SiteText
    icon = "globe"
    menu_label = _("Site text")
    add_to_settings_menu = True
    list_display = ["organization_name", "locale"]


register_snippet(SiteTextViewSet)


@hooks.register("construct_homepage_panels")
def add_staff_work_panel(request, panels):
    items = work_items(request)
    if items:
        panels.append(StaffWorkPanel(items))
