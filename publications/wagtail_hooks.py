"""Admin for publications: the embargo check on publishing and the read-only access log."""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.dashboard import WorkItem
from core.exports import SafeExportIndexView
from core.notifications import NotificationKind, pages_published_between
from extranet.dashboard import DASHBOARD_ITEMS, Panel
from members.access import is_staff_member

from .embargo import (
    approval_refusal,
    approval_would_break_embargo,
    copy_refusal,
    embargo_error,
    embargoed_files,
    embargoed_publication_in,
    latest_revision_would_break_embargo,
    not_published_message,
    publish_would_break_embargo,
)
from .models import AccessLog, DraftAttachment, EmbargoedDraftPage, PublicationPage


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


@hooks.register("before_bulk_action")
def leave_embargoed_publications_out_of_bulk_publishing(request, action_type, objects, action):
    """Bulk publishing calls no `before_publish_page` hook, and a publication the embargo refuses would
    fail the whole batch with an error. Those are taken out of the batch instead, each named in a
    message, and the other pages are published."""
    if action_type != "publish" or not issubclass(action.model, Page):
        return None
    if action.cleaned_form.cleaned_data.get("include_descendants"):
        # The descendants are found and published inside the action, out of this hook's reach: if one
        # is embargoed, nothing is published.
        for page in objects:
            for publication in PublicationPage.objects.descendant_of(page).not_live().specific():
                lifts_at = latest_revision_would_break_embargo(publication)
                if lifts_at is not None:
                    messages.error(request, not_published_message(publication, lifts_at))
                    messages.error(
                        request, _("Nothing was published. Publish the pages without their subpages.")
                    )
                    return redirect(action.next_url)
    kept = []
    for page in objects:
        lifts_at = None
        if issubclass(page.specific_class or Page, PublicationPage):
            lifts_at = latest_revision_would_break_embargo(page.specific)
        if lifts_at is None:
            kept.append(page)
        else:
            messages.error(request, not_published_message(page, lifts_at))
    if not kept:
        return redirect(action.next_url)
    # The action publishes the very list this hook is given.
    objects[:] = kept
    return None


@hooks.register("before_copy_page")
def refuse_copying_under_embargo(request, page):
    """The copy view serves copies and aliases alike. Its form is refused at once for a publication
    under embargo; a page above one is refused only when its subpages would be copied with it."""
    recursive = request.method == "POST" and forms.BooleanField().to_python(request.POST.get("copy_subpages"))
    publication, lifts_at = embargoed_publication_in(page, recursive=recursive)
    if publication is None:
        return None
    messages.error(request, copy_refusal(publication, lifts_at))
    return redirect("wagtailadmin_explore", page.get_parent().pk)


class PublicationWorkflowActionView(WorkflowActionView):
    """The approve buttons outside the editor (dashboard, listings) post here. A final approval that
    would publish the page before the lift is refused before the task changes, with a message where
    the moderator lands; the task stays in progress."""

    def dispatch(self, request, *args, **kwargs):
        if self.action_name != "approve" or not self.object.workflow_in_progress:
            return super().dispatch(request, *args, **kwargs)
        self.check_action()
        lifts_at = approval_would_break_embargo(self.object.specific)
        if lifts_at is None:
            return super().dispatch(request, *args, **kwargs)
        messages.error(request, approval_refusal(lifts_at))
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The modal follows a "success" step to its redirect, where the message shows.
            return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
        return redirect(self.redirect_url)


class PublicationPageViewSet(PageViewSet):
    model = PublicationPage
    workflow_action_view_class = PublicationWorkflowActionView
    # Only the views of the publication pages themselves change; exploring the index is left as it is.
    parent_models = []


@hooks.register("register_admin_viewset")
def register_publication_pages():
    return PublicationPageViewSet("publication_pages")


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
    index_view_class = SafeExportIndexView  # member and organization names cannot become formulas
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


@hooks.register("register_extranet_dashboard_panel", order=10)
def embargoed_drafts_panel(home, request, now):
    """Live drafts below this extranet home whose embargo has not lifted, soonest lift first, each with
    `time_to_lift` (a timedelta); no panel when there are none."""
    drafts = list(
        EmbargoedDraftPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(locale_id=home.locale_id, embargo_lifts_at__gt=now)
        .order_by("embargo_lifts_at")[:DASHBOARD_ITEMS]
    )
    if not drafts:
        return None
    for draft in drafts:
        draft.time_to_lift = draft.embargo_lifts_at - now
    return Panel("publications/dashboard/embargoed_drafts.html", drafts=drafts)


@hooks.register("register_search_filter", order=30)
def search_filter():
    """A choice of the site search's type filter (search/views.py)."""
    return "publications", _("Publications"), [PublicationPage]


@hooks.register("register_staff_work_item")
def embargoes_lifting_soon_item(request):
    """Embargoed drafts whose public version may go live within a week (core.dashboard): the one
    soonest to lift is linked, for checking its public version is ready."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return None
    now = timezone.now()
    soon = EmbargoedDraftPage.objects.live().filter(
        embargo_lifts_at__gt=now, embargo_lifts_at__lte=now + timedelta(days=7)
    )
    first = soon.order_by("embargo_lifts_at").first()
    url = reverse("wagtailadmin_pages:edit", args=[first.pk]) if first else ""
    return WorkItem(_("Embargoes lifting in the next 7 days"), soon.count(), url, order=40)


# -- Member notifications (core.notifications): the notifications app mails these as each member chooses


@hooks.register("register_notification_kind")
def embargoed_drafts_kind():
    def items(user, since, until, locale):
        return pages_published_between(EmbargoedDraftPage.objects.all(), user, since, until, locale)

    return NotificationKind("embargoed_drafts", _("New embargoed drafts"), items, order=10)
