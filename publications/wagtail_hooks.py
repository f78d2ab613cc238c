"""Admin for publications: the embargo check on publishing and the read-only access log."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from members.access import is_staff_member

from .embargo import embargo_error, embargoed_files, publish_would_break_embargo
from .models import AccessLog, DraftAttachment, PublicationPage


@hooks.register("access_document_rule")
def files_under_embargo(user, document):
    """The access policy's rule for this app's files: an embargoed draft's attachments reach everyone
    but staff only through the stamped, logged download (publications.views), never whole at Wagtail's
    document address; a publication's own file is staff's until its embargo lifts, and from then as
    public as its collection."""
    if is_staff_member(user):
        return None
    if DraftAttachment.objects.filter(document=document).exists():
        return False
    return not embargoed_files().filter(pk=document.pk).exists()


@hooks.register("before_publish_page")
def refuse_publishing_under_embargo(request, page):
    """A second check behind the editor form: publishing a page a draft embargoes is refused."""
    if not isinstance(page.specific, PublicationPage):
        return None
    lifts_at = publish_would_break_embargo(page.specific)
    if lifts_at is None:
        return None
    messages.error(request, embargo_error(lifts_at))
    return redirect("wagtailadmin_pages:edit", page.pk)


class ReadOnlyForStaff(ModelPermissionPolicy):
    """Staff and moderators read the log; nobody adds, changes or deletes an entry."""

    def user_has_permission(self, user, action):
        return action == "view" and is_staff_member(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccessLog, ReadOnlyForStaff(AccessLog))


class AccessLogViewSet(ModelViewSet):
    model = AccessLog
    icon = "list-ul"
    menu_label = _("Embargo access log")
    add_to_admin_menu = True
    menu_order = 450
    list_display = ["at", "person", "organization", "action", "draft_title", "document_title", "stamped"]
    list_filter = ["action", "draft", "at"]
    list_export = [
        "at",
        "person",
        "organization",
        "action",
        "draft_title",
        "document_title",
        "stamped",
    ]
    export_filename = "embargo-access-log"
    search_fields = ["person", "organization", "draft_title", "document_title"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_urlpatterns(self):
        # Read-only: the listing (with its CSV export) and the inspect view, nothing that edits.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<str:pk>/", self.inspect_view, name="inspect"),
        ]


@hooks.register("register_admin_viewset")
def register_access_log():
    return AccessLogViewSet("embargo_access_log")
