"""Working groups: a group home in the extranet per group, the group's own pages below it, and who
belongs to it.

A group is a page (`WorkingGroupPage`), so staff write its name and purpose in both languages with the
translation workflow every page has. Its members are kept once for all its translations, by the page's
translation key (`WorkingGroupMembership.group_key`). The group home is seen by the whole extranet
audience (members browse the groups and join an open one); the pages below it (notes, drafts,
documents) by the group's members and staff only: the rule is the access policy's
(workinggroups/wagtail_hooks.py), so every door that asks the policy keeps them to the group.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage
from extranet.blocks import ExtranetBodyBlock
from extranet.models import MembersOnlyPageMixin


class WorkingGroupIndexPage(MembersOnlyPageMixin, BasePage):
    """The list of working groups (e.g. /en/members/working-groups/): every member may browse it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = Page.promote_panels

    parent_page_types = ["extranet.ExtranetIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("working group index")
        verbose_name_plural = _("working group indexes")

    def get_context(self, request, *args, **kwargs):
        from . import access as group_access

        context = super().get_context(request, *args, **kwargs)
        groups = list(WorkingGroupPage.objects.child_of(self).visible_to(request.user).order_by("title"))
        mine = group_access.group_keys_of(request.user)
        for group in groups:
            group.is_mine = group.translation_key in mine
        context["my_groups"] = [group for group in groups if group.is_mine]
        context["other_groups"] = [group for group in groups if not group.is_mine]
        return context


class Joining(models.TextChoices):
    OPEN = "open", _("Open: any member may join")
    INVITATION = "invitation", _("By invitation: the lead adds members")


# MembersOnlyPageMixin comes before RoutablePageMixin in the bases: its access check runs before any
# route is resolved.
class WorkingGroupPage(MembersOnlyPageMixin, RoutablePageMixin, BasePage):
    """One working group's home: what it is for, who leads it, and (for its members) its pages."""

    purpose = RichTextField(_("purpose"), features=["bold", "italic", "link", "ul"])
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member who leads the group; they can add members."),
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True, help_text=_("Empty: no end set."))
    joining = models.CharField(_("joining"), max_length=20, choices=Joining.choices, default=Joining.OPEN)
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("documents collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("lead"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("joining"),
            ],
            heading=_("Group"),
        ),
    ]
    promote_panels = Page.promote_panels
    search_fields = [*BasePage.search_fields, index.SearchField("purpose")]
    # The same group in every language: who leads it, when and how one joins.
    override_translatable_fields = [
        SynchronizedField("lead", overridable=False),
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
        SynchronizedField("joining", overridable=False),
    ]

    parent_page_types = ["workinggroups.WorkingGroupIndexPage"]

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    @property
    def has_ended(self):
        return self.ends_on is not None and self.ends_on < timezone.localdate()

    @property
    def is_open(self):
        return self.joining == Joining.OPEN and not self.has_ended

    def memberships(self):
        return WorkingGroupMembership.objects.filter(group_key=self.translation_key)

    def is_lead(self, user):
        return user.is_authenticated and self.lead_id == user.pk

    def get_context(self, request, *args, **kwargs):
        from . import access as group_access
        from .panels import group_panels

        context = super().get_context(request, *args, **kwargs)
        context["is_member"] = self.translation_key in group_access.group_keys_of(request.user)
        context["is_lead"] = self.is_lead(request.user)
        # The policy hides these from everyone outside the group: a non-member gets an empty list.
        context["group_pages"] = (
            WorkingGroupContentPage.objects.child_of(self).visible_to(request.user).order_by("title")
        )
        # Other apps' pages placed in the group (its events, its meeting notes): empty for non-members too.
        context["group_panels"] = group_panels(self, request)
        context["group_members"] = (
            self.memberships()
            .select_related("user__member_profile__organization")
            .order_by("user__first_name", "user__last_name")
            if context["is_member"] or group_access.sees_every_group(request.user)
            else []
        )
        return context

    # The membership views live in views.py, to keep this module about data. In the reader's language
    # (/es/.../unirme/); the English routes keep working in both.
    @path("", name="home")
    def home(self, request):
        from .views import group_home

        return group_home(self, request)

    @path(_("join/"), name="join")
    @path("join/", name="join_untranslated")
    def join(self, request):
        from .views import join_group

        return join_group(self, request)

    @path(_("leave/"), name="leave")
    @path("leave/", name="leave_untranslated")
    def leave(self, request):
        from .views import leave_group

        return leave_group(self, request)

    @path(_("add-member/"), name="add_member")
    @path("add-member/", name="add_member_untranslated")
    def add_member(self, request):
        from .views import add_member

        return add_member(self, request)


class GroupPageKind(models.TextChoices):
    NOTES = "notes", _("Notes")
    DRAFT = "draft", _("Draft")
    DOCUMENTS = "documents", _("Documents")


class WorkingGroupContentPage(MembersOnlyPageMixin, BasePage):
    """A page of the group's own (notes, a draft, documents): its members and staff only. Documents it
    links move into the group's collection (workinggroups/signals.py)."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=GroupPageKind.choices, default=GroupPageKind.NOTES
    )
    summary = models.TextField(_("summary"), blank=True, max_length=400)
    body = StreamField(ExtranetBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("kind"), FieldPanel("summary"), FieldPanel("body")]
    promote_panels = Page.promote_panels
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("kind", overridable=False)]

    parent_page_types = ["workinggroups.WorkingGroupPage", "workinggroups.WorkingGroupContentPage"]

    class Meta:
        verbose_name = _("working group page")
        verbose_name_plural = _("working group pages")

    def group(self):
        from .access import group_home_above

        return group_home_above(self)


class WorkingGroupMembership(models.Model):
    """One person in one working group (all its translations: the group's translation key)."""

    group_key = models.UUIDField(_("group"), db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="working_group_memberships",
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the member joined by themselves."),
    )

    class Meta:
        verbose_name = _("working group membership")
        verbose_name_plural = _("working group memberships")
        constraints = [models.UniqueConstraint(fields=["group_key", "user"], name="one_membership_per_group")]

    def __str__(self):
        return f"{self.user}: {self.group_name}"

    @property
    def group(self):
        """The group's page in the active language, else in any language."""
        pages = WorkingGroupPage.objects.filter(translation_key=self.group_key)
        return pages.filter(locale=Locale.get_active()).first() or pages.first()

    @property
    def group_name(self):
        group = self.group
        return group.title if group else "?"
