"""The working groups' rules in the access policy (core.access), their panel on the extranet home, and
the admin's list of memberships."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from core.exports import SafeExportIndexView
from core.notifications import NotificationKind, pages_published_between
from extranet.dashboard import Panel
from members.access import has_extranet_access
from members.account import AccountSection
from serving import api as serving

from . import access as group_access
from .forms import MembershipAdminForm
from .models import WorkingGroupContentPage, WorkingGroupIndexPage, WorkingGroupMembership, WorkingGroupPage

# ---------------------------------------------------------------------------------------------------
# The groups' rules in the access policy
# ---------------------------------------------------------------------------------------------------


@hooks.register("access_page_rule")
def group_pages_to_the_group(user, page):
    """Below a group home only the group's members and staff. An alias answers as its source; a group
    page found outside any group (moved by code) is staff's only."""
    pages = [page]
    if page.alias_of_id:
        pages.append(Page.objects.filter(pk=page.alias_of_id).first())
    for candidate in filter(None, pages):
        key = group_access.group_key_above(candidate)
        if key is None:
            if candidate.specific_class is WorkingGroupContentPage:
                return group_access.sees_every_group(user)
            continue
        if not group_access.may_see_group_pages(user, key):
            return False
    return None


@hooks.register("access_hidden_sections")
def other_groups_pages(user):
    return group_access.hidden_group_sections(user)


@hooks.register("access_document_rule")
def group_documents_to_the_group(user, document):
    """A group's collection (and those inside it): the group's members and staff only."""
    key = group_access.collection_group_key(document.collection)
    if key is None:
        return None
    return group_access.may_see_group_pages(user, key)


# ---------------------------------------------------------------------------------------------------
# The extranet home: the member's groups
# ---------------------------------------------------------------------------------------------------


@hooks.register("register_extranet_dashboard_panel", order=40)
def my_groups_panel(home, request, now):
    keys = group_access.group_keys_of(request.user)
    groups = (
        WorkingGroupPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(locale_id=home.locale_id, translation_key__in=keys)
        .order_by("title")
    )
    index = WorkingGroupIndexPage.objects.child_of(home).visible_to(request.user).first()
    if not keys and index is None:
        return None
    return Panel("workinggroups/dashboard/my_groups.html", groups=groups, index=index)


# ---------------------------------------------------------------------------------------------------
# The admin: memberships
# ---------------------------------------------------------------------------------------------------


class MembershipViewSet(ModelViewSet):
    model = WorkingGroupMembership
    icon = "group"
    menu_label = _("Working group members")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["user", "group_name", "joined_at", "added_by"]
    list_export = ["user", "group_name", "joined_at"]
    index_view_class = SafeExportIndexView  # names people typed cannot become a formula
    form_fields = ["group_key", "user"]

    # The group is chosen by name: the form offers the groups in the site's main language.
    def get_form_class(self, for_update=False):
        return MembershipAdminForm

    search_fields = ["user__email", "user__first_name", "user__last_name"]


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("working_group_memberships")


# ---------------------------------------------------------------------------------------------------
# "My account" and "download my data" (members.account)
# ---------------------------------------------------------------------------------------------------


@hooks.register("register_account_section", order=20)
def my_groups_section(request):
    if not has_extranet_access(request.user):
        return None
    locale = serving.active_locale()
    keys = group_access.group_keys_of(request.user)
    groups = (
        WorkingGroupPage.objects.visible_to(request.user)
        .filter(locale=locale, translation_key__in=keys)
        .order_by("title")
    )
    index = WorkingGroupIndexPage.objects.visible_to(request.user).filter(locale=locale).first()
    return AccountSection(
        "groups", _("Your working groups"), "workinggroups/account_section.html", groups=groups, index=index
    )


@hooks.register("register_personal_data", order=20)
def memberships_data(user):
    memberships = WorkingGroupMembership.objects.filter(user=user).order_by("joined_at")
    return "working_groups", [
        {"group": membership.group_name, "joined_at": membership.joined_at} for membership in memberships
    ]


# -- Member notifications (core.notifications): the notifications app mails these as each member chooses


@hooks.register("register_notification_kind")
def group_activity_kind():
    def items(user, since, until, locale):
        return pages_published_between(WorkingGroupContentPage.objects.all(), user, since, until, locale)

    return NotificationKind("group_activity", _("Activity in your working groups"), items, order=40)
