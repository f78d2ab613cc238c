"""What a group's home shows its members beside the group's own pages: a panel from each app that can
place pages in a group (the group's upcoming events, its recent meeting notes). An app adds its panel
with the `register_working_group_panel` hook, in its own wagtail_hooks.py: a function
`(group, request, now)` that gives an `extranet.dashboard.Panel` or None (nothing to show). Each panel
lists the pages below the group that the access policy lets the reader see (`visible_to`): nothing for
someone outside the group, so this app need not know the other apps' page types.
"""

from django.utils import timezone
from wagtail import hooks


def group_panels(group, request):
    now = timezone.now()
    panels = (panel_for(group, request, now) for panel_for in hooks.get_hooks("register_working_group_panel"))
    return [panel for panel in panels if panel is not None]
