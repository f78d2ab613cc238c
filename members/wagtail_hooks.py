"""The admin's "Membership" menu: applications, invitations, organizations and member profiles; and
the "Allies list" menu: the translatable public words about allies (snippets, for wagtail-localize).

Staff and Moderators get the model permissions in a data migration (members/migrations/0002_groups.py);
the Members group has none, and no admin access at all.
"""

import django_filters
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.dashboard import WorkItem

from . import access, admin_views
from .account import AttachedFile
from .models import (
    AccountDeletionRequest,
    FocusAreaLabel,
    Invitation,
    MemberProfile,
    MembershipApplication,
    Organization,
    OrganizationProfile,
)


class MemberActionsMixin:
    """Extra actions on a record (see admin_views): their URLs, and buttons for them in the listing's
    "more" menu and, in plain sight, in the inspect page's header (staff reading an application should
    not have to find "Approve" behind a "…" menu), shown only where the action applies.

    `actions` maps a URL name to (view class, the record's property that says whether it applies)."""

    actions = {}

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for name, (view_class, _applies) in self.actions.items():
            view = self.construct_view(view_class, inspect_url_name=self.get_url_name("inspect"))
            patterns.append(path(f"{name}/<int:pk>/", view, name=name))
        return patterns

    def action_buttons(self, instance, user, button_class):
        if not self.permission_policy.user_has_permission(user, "change"):
            return []
        return [
            button_class(
                view_class.action_label,
                url=reverse(self.get_url_name(name), args=[instance.pk]),
                icon_name=view_class.icon_name,
                priority=5,
            )
            for name, (view_class, applies) in self.actions.items()
            if getattr(instance, applies)
        ]

    @property
    def index_view_class(self):
        viewset = self

        class ActionsIndexView(IndexView):
            def get_edit_url(self, instance):
                # The record's title opens its details (where the actions are), not the edit form.
                return None

            def get_list_more_buttons(self, instance):
                buttons = super().get_list_more_buttons(instance)
                return [*viewset.action_buttons(instance, self.request.user, MenuItem), *buttons]

        return ActionsIndexView

    @property
    def inspect_view_class(self):
        viewset = self

        class ActionsInspectView(admin_views.ReadableInspectView):
            @cached_property
            def header_buttons(self):
                buttons = super().header_buttons
                return [*viewset.action_buttons(self.object, self.request.user, HeaderButton), *buttons]

        return ActionsInspectView


class UntilColumn(Column):
    """A time that may be ahead: its date, and how long is left while it is. (Wagtail's DateColumn
    counts back from now only, so a link valid for 14 more days read "Just now".)"""

    cell_template_name = "members/admin/until_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["value"]
        context["left"] = timeuntil(value) if value and value > timezone.now() else ""
        return context


class OrganizationViewSet(ModelViewSet):
    model = Organization
    icon = "group"
    menu_order = 300
    list_display = [
        "name",
        "region",
        StatusTagColumn("get_status_display", label=_("Membership"), primary=lambda o: o.is_active),
        BooleanColumn("listed_publicly", label=_("Listed publicly")),
    ]
    list_filter = ["status", "listed_publicly"]
    search_fields = ["name", "region"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = admin_views.ReadableInspectView
    url_namespace = "organizations"
    url_prefix = "members/organizations"


class MemberProfileViewSet(ModelViewSet):
    model = MemberProfile
    icon = "user"
    list_display = [
        "__str__",
        Column("email", label=_("Email"), accessor="user.email"),
        Column("organization", label=_("Organization")),
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["is_active", "organization", "is_organization_contact", "spokesperson"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "title"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = admin_views.ReadableInspectView
    url_namespace = "member_profiles"
    url_prefix = "members/profiles"

    def get_queryset(self, request):
        return MemberProfile.objects.select_related("user", "organization")


class InvitationFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=Invitation.State.choices, method="filter_state", empty_label=_("All")
    )

    def filter_state(self, queryset, name, value):
        return queryset.in_state(value)

    class Meta:
        model = Invitation
        fields = ["organization"]


class InvitationViewSet(MemberActionsMixin, ModelViewSet):
    model = Invitation
    icon = "mail"
    add_view_class = admin_views.CreateInvitationView
    panels = [
        FieldPanel("email"),
        FieldPanel("first_name"),
        FieldPanel("last_name"),
        FieldPanel("organization"),
        FieldPanel("language"),
    ]
    list_display = [
        "__str__",
        Column("organization", label=_("Organization")),
        StatusTagColumn("get_state_display", label=_("State"), primary=lambda i: i.is_pending),
        Column("email_status", label=_("Email")),
        UntilColumn("expires_at", label=_("Expires")),
    ]
    filterset_class = InvitationFilterSet
    search_fields = ["email", "first_name", "last_name", "organization__name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "first_name",
        "last_name",
        "organization",
        "language",
        "state",
        "email_status",
        "email_attempts",
        "email_error",
        "invited_by",
        "application",
        "created_at",
        "expires_at",
        "accepted_at",
        "accepted_user",
        "revoked_at",
    ]
    copy_view_enabled = False
    actions = {
        "resend": (admin_views.ResendInvitationView, "can_resend"),
        "revoke": (admin_views.RevokeInvitationView, "is_pending"),
    }
    url_namespace = "invitations"
    url_prefix = "members/invitations"

    def get_queryset(self, request):
        return Invitation.objects.select_related("organization")


class ApplicationViewSet(MemberActionsMixin, ModelViewSet):
    model = MembershipApplication
    icon = "form"
    list_display = [
        "__str__",
        Column("get_kind_display", label=_("Applying")),
        Column("region", label=_("Region")),
        StatusTagColumn("get_status_display", label=_("Status"), primary=lambda a: a.is_new),
        DateColumn("created_at", label=_("Received")),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["contact_name", "email", "organization_name", "region"]
    # Staff may correct a typo (in the email address, say) before approving.
    panels = [
        FieldPanel("kind"),
        FieldPanel("organization_name"),
        FieldPanel("organization_website"),
        FieldPanel("contact_name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("region"),
        FieldPanel("why_join"),
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "kind",
        "organization_name",
        "organization_website",
        "contact_name",
        "email",
        "phone",
        "region",
        "why_join",
        "consent",
        "language",
        "status",
        "created_at",
        "reviewed_by",
        "reviewed_at",
        "review_note",
        "organization",
        "email_status",
    ]
    copy_view_enabled = False
    actions = {
        "approve": (admin_views.ApproveApplicationView, "is_new"),
        "decline": (admin_views.DeclineApplicationView, "is_new"),
    }
    url_namespace = "membership_applications"
    url_prefix = "members/applications"


class DeletionRequestViewSet(MemberActionsMixin, ModelViewSet):
    """Members' requests (from "My account") to delete their account: staff confirm each one."""

    model = AccountDeletionRequest
    icon = "bin"
    menu_label = _("Account deletion requests")
    list_display = ["email", "requested_at", "completed_at", "completed_by"]
    list_filter = ["completed_at"]
    search_fields = ["email"]
    form_fields = ["email", "reason"]
    add_view_enabled = False
    edit_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["email", "reason", "requested_at", "completed_at", "completed_by"]
    actions = {"confirm": (admin_views.ConfirmDeletionView, "is_open")}
    url_namespace = "account_deletion_requests"
    url_prefix = "members/deletion-requests"


class MembershipViewSetGroup(ModelViewSetGroup):
    menu_label = _("Membership")
    menu_icon = "group"
    menu_order = 250
    items = [
        ApplicationViewSet,
        InvitationViewSet,
        OrganizationViewSet,
        MemberProfileViewSet,
        DeletionRequestViewSet,
    ]


@hooks.register("register_admin_viewset")
def register_membership_viewsets():
    return MembershipViewSetGroup()


class OrganizationProfileViewSet(SnippetViewSet):
    model = OrganizationProfile
    icon = "doc-full"
    menu_label = _("Public profiles")
    list_display = ["organization", "locale", "region"]
    search_fields = ["organization__name", "description", "region"]

    def get_queryset(self, request):
        return OrganizationProfile.objects.select_related("organization", "locale")


class FocusAreaLabelViewSet(SnippetViewSet):
    model = FocusAreaLabel
    icon = "tag"
    menu_label = _("Focus area labels")
    list_display = ["label", "focus_area", "locale"]
    search_fields = ["label"]

    def get_queryset(self, request):
        return FocusAreaLabel.objects.select_related("focus_area", "locale")


class AlliesListViewSetGroup(SnippetViewSetGroup):
    """Snippets, not membership records, so that wagtail-localize translates them (its "Translate"
    actions are for snippets); kept in their own menu beside Membership."""

    menu_label = _("Allies list")
    menu_icon = "group"
    menu_order = 260
    items = [OrganizationProfileViewSet, FocusAreaLabelViewSet]


register_snippet(AlliesListViewSetGroup)


# The access policy (core.access) asks every signed-in account's standing before any restriction admits
# it: a member whose membership lapsed or was ended is outside every audience.
hooks.register("access_account_standing", access.account_standing)


# -- The dashboard's "Needs your attention" (core.dashboard) -----------------------------------------


@hooks.register("register_staff_work_item")
def new_applications_item(request):
    if not request.user.has_perm("members.view_membershipapplication"):
        return None
    count = MembershipApplication.objects.filter(status=MembershipApplication.Status.NEW).count()
    # The link opens the list filtered to what the count counts (the reviewed ones wait below otherwise).
    url = reverse("membership_applications:index") + f"?status={MembershipApplication.Status.NEW}"
    return WorkItem(_("New membership applications"), count, url, order=10)


@hooks.register("register_staff_work_item")
def deletion_requests_item(request):
    if not request.user.has_perm("members.view_accountdeletionrequest"):
        return None
    count = AccountDeletionRequest.objects.filter(completed_at=None).count()
    return WorkItem(
        _("Requests to delete an account"), count, reverse("account_deletion_requests:index"), order=30
    )


@hooks.register("register_staff_work_item")
def pending_invitations_item(request):
    if not request.user.has_perm("members.view_invitation"):
        return None
    count = Invitation.objects.pending().count()
    url = reverse("invitations:index") + f"?state={Invitation.State.PENDING}"
    return WorkItem(_("Invitations waiting for an answer"), count, url, order=20)


# -- "My account" and "download my data" (members.account) -------------------------------------------


def _photo_file(profile):
    if not profile.photo:
        return None
    try:
        with profile.photo.open("rb") as handle:
            return AttachedFile("photo.jpg", handle.read(), "image/jpeg")
    except FileNotFoundError:
        return None


@hooks.register("register_personal_data", order=0)
def account_data(user):
    """The account and, for a member, the profile and ally. Applications and invitations sent to the
    address are the person's records too."""
    account = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }
    rows = {"account": [account]}
    profile = MemberProfile.objects.select_related("organization").filter(user=user).first()
    if profile is not None:
        account |= {
            "organization": profile.organization.name if profile.organization else "",
            "title": profile.title,
            "phone": profile.phone,
            "languages": profile.languages,
            "language": profile.language,
            "expertise": ", ".join(profile.expertise.names()),
            "spokesperson": profile.spokesperson,
            "organization_contact": profile.is_organization_contact,
            "active_member": profile.is_active,
            "photo": _photo_file(profile),
        }
    return "account", rows["account"]


@hooks.register("register_personal_data", order=1)
def applications_data(user):
    if not user.email:
        return None
    return "membership_applications", MembershipApplication.objects.filter(email__iexact=user.email).values(
        "created_at",
        "kind",
        "organization_name",
        "contact_name",
        "email",
        "phone",
        "region",
        "why_join",
        "status",
    )


@hooks.register("register_personal_data", order=2)
def deletion_requests_data(user):
    return "deletion_requests", AccountDeletionRequest.objects.filter(user=user).values(
        "requested_at", "reason", "completed_at"
    )
