"""What the extranet home shows each member beside the recent pages: a panel from each app that has
something for members (drafts under embargo, upcoming meetings, open speaker opportunities and the
member's own answers). An app adds its panel with the `register_extranet_dashboard_panel` hook, in its
own wagtail_hooks.py: a function `(home, request, now)` that gives a `Panel` or None (nothing to show).
Hooks run in their `order`, then in INSTALLED_APPS order. Each panel asks the access policy for what
the member may see (`visible_to(request.user)`), in a few queries whatever the number of items.
"""

from django.utils import timezone
from wagtail import hooks

# How many items a panel lists at most.
DASHBOARD_ITEMS = 5


class Panel:
    """A piece of the extranet home: the template that shows it, and what it shows (as attributes,
    which the template reads as `panel.<name>`)."""

    def __init__(self, template, **shown):
        self.template = template
        for name, value in shown.items():
            setattr(self, name, value)


def dashboard_panels(home, request):
    """The panels every installed app gives this member on this extranet home, in order."""
    now = timezone.now()
    panels = (
        panel_for(home, request, now) for panel_for in hooks.get_hooks("register_extranet_dashboard_panel")
    )
    return [panel for panel in panels if panel is not None]
