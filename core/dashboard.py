""" "Needs your attention" on the admin dashboard: what the comms team acts on day to day (new
applications, invitations waiting for an answer, speaker answers to review, embargoes about to lift).

Each item comes from the app that owns the records, with the `register_staff_work_item` hook: a
function of the request that returns a `WorkItem`, or None when the user may not see those records.
The panel lists them in `order`, with their counts; it is left out when no app has anything."""

from dataclasses import dataclass

from wagtail import hooks
from wagtail.admin.ui.components import Component


@dataclass
class WorkItem:
    label: str
    count: int
    url: str = ""
    order: int = 100


def work_items(request):
    items = [
        item for hook in hooks.get_hooks("register_staff_work_item") if (item := hook(request)) is not None
    ]
    return sorted(items, key=lambda item: item.order)


class StaffWorkPanel(Component):
    name = "staff_work"
    template_name = "core/admin/staff_work_panel.html"
    order = 40  # first on the dashboard

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {"items": self.items}
