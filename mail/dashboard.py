"""What staff see of mail that could not be sent: a panel on the admin dashboard listing each email the
queue gave up on (mail.tasks), with its error and a way to try them again once the cause is mended."""

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component

from .models import delivery_models

SHOWN = 20


def can_see(user, model):
    """Staff see the failed mail of the records they may see in the admin; mail without a record of its
    own (allauth's, Wagtail's: OutgoingEmail) only superusers."""
    opts = model._meta
    return user.is_superuser or any(
        user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}") for action in ("view", "change")
    )


def failed_mail(user):
    """[(model, record)] of the emails given up on that `user` may see, newest first."""
    rows = []
    for model in delivery_models():
        if can_see(user, model):
            failed = model.objects.failed().order_by("-email_failed_at")[:SHOWN]
            rows.extend((model, record) for record in failed)
    rows.sort(key=lambda row: row[1].email_failed_at, reverse=True)
    return rows


class FailedMailPanel(Component):
    name = "failed_mail"
    template_name = "mail/admin/failed_mail_panel.html"
    order = 50  # first: something needs doing

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        finder = AdminURLFinder(parent_context["request"].user)
        return {
            "rows": [
                {
                    "kind": model._meta.verbose_name,
                    "record": record,
                    "url": finder.get_edit_url(record),
                }
                for model, record in self.rows[:SHOWN]
            ],
            "total": len(self.rows),
        }
