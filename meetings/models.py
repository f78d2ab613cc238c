"""Meeting notes for members: an index below the extranet home and one page per meeting.

Both page types are member-only (extranet.models.MembersOnlyPageMixin): they can only live inside the
extranet, check access in `serve`, and documents they attach move to the members-only collection
(extranet.privacy.documents_referenced_by follows the attachments' ParentalKey).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, CardQuerySet
from core.pagination import paginate
from extranet.models import MembersOnlyPageMixin

from .forms import FilterableCheckboxSelectMultiple, MeetingNotesPageForm

PAST_PER_PAGE = 12


class MeetingKind(models.TextChoices):
    MONTHLY = "monthly", _("Monthly member meeting")
    WORKING_GROUP = "working_group", _("Working group")
    CONVENING = "convening", _("Convening")


class MeetingFilterForm(forms.Form):
    """The index's filters. Anything that is not a known year or kind is an error shown to the reader,
    never a 500."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    kind = forms.ChoiceField(label=_("Kind of meeting"), required=False)

    def __init__(self, data, *, years):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years")), *[(year, year) for year in years]]
        self.fields["year"].error_messages["invalid_choice"] = _(
            "There are no meetings in that year. Choose a year from the list."
        )
        self.fields["kind"].choices = [("", _("All kinds")), *MeetingKind.choices]
        self.fields["kind"].error_messages["invalid_choice"] = _(
            "That is not a kind of meeting. Choose one from the list."
        )


class MeetingIndexPage(MembersOnlyPageMixin, BasePage):
    """The meetings of the alliance, upcoming first, then the notes of past ones."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = Page.promote_panels

    parent_page_types = ["extranet.ExtranetIndexPage"]
    subpage_types = ["meetings.MeetingNotesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("meeting index")
        verbose_name_plural = _("meeting indexes")

    def meetings(self, user):
        return MeetingNotesPage.objects.child_of(self).visible_to(user)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = self.meetings(request.user)
        years = [moment.year for moment in meetings.datetimes("starts_at", "year", order="DESC")]
        form = MeetingFilterForm(request.GET or None, years=years)
        filtered = form.is_bound
        if filtered and not form.is_valid():
            meetings = meetings.none()
        elif filtered:
            if year := form.cleaned_data.get("year"):
                # Calendar years in the site's time zone.
                meetings = meetings.filter(starts_at__year=year)
            if kind := form.cleaned_data.get("kind"):
                meetings = meetings.filter(kind=kind)
        now = timezone.now()
        context.update(
            filter_form=form,
            is_filtered=filtered and any(request.GET.get(name) for name in ("year", "kind")),
            upcoming_meetings=meetings.upcoming(now).order_by("starts_at"),
            past_meetings=paginate(request, meetings.past(now).order_by("-starts_at"), PAST_PER_PAGE),
        )
        return context


class MeetingQuerySet(CardQuerySet):
    def upcoming(self, now=None):
        """Not over yet: a meeting in progress still counts as upcoming."""
        now = now or timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now))


class MeetingNotesPage(MembersOnlyPageMixin, BasePage):
    """One meeting: when and where, its agenda, and afterwards its notes, decisions and action items."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.MONTHLY
    )
    starts_at = models.DateTimeField(_("starts"), help_text=_("In the site's time zone."))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("An address or room."))
    video_link = models.URLField(_("video call link"), blank=True)
    agenda = RichTextField(_("agenda"), blank=True, features=RICH_TEXT_FEATURES)
    notes = RichTextField(_("notes"), blank=True, features=RICH_TEXT_FEATURES)
    decisions = RichTextField(_("decisions"), blank=True, features=RICH_TEXT_FEATURES)
    recording_link = models.URLField(_("recording link"), blank=True)
    attendees = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendees"),
        blank=True,
        related_name="+",
        limit_choices_to={"is_active": True},
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("place"),
                FieldPanel("video_link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldPanel("notes"),
        FieldPanel("decisions"),
        InlinePanel("action_items", heading=_("Action items"), label=_("Action item")),
        FieldPanel("attendees", widget=FilterableCheckboxSelectMultiple),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
        FieldPanel("recording_link"),
    ]
    promote_panels = Page.promote_panels
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("agenda"),
        index.SearchField("notes"),
        index.SearchField("decisions"),
        index.FilterField("starts_at"),
    ]

    objects = PageManager.from_queryset(MeetingQuerySet)()
    base_form_class = MeetingNotesPageForm  # attendees: members in good standing, by name

    # The alliance's meetings, or a working group's own (below its home: the group's audience, by the
    # working groups' rule of the access policy).
    parent_page_types = ["meetings.MeetingIndexPage", "workinggroups.WorkingGroupPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The meeting must end after it starts.")})

    @property
    def is_upcoming(self):
        return (self.ends_at or self.starts_at) >= timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["action_items"] = self.action_items.select_related("owner")
        context["attachments"] = self.attachments.select_related("document")
        context["attendee_list"] = sorted(
            self.attendees.all(), key=lambda user: (user.get_full_name() or user.email).lower()
        )
        return context


class MeetingActionItem(Orderable):
    page = ParentalKey(MeetingNotesPage, on_delete=models.CASCADE, related_name="action_items")
    what = models.CharField(_("what"), max_length=255)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_active": True},
    )
    owner_name = models.CharField(
        _("owner (name)"), max_length=200, blank=True, help_text=_("If the owner has no account.")
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)

    panels = [
        FieldPanel("what"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("owner_name")]),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("done")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("action item")
        verbose_name_plural = _("action items")

    def __str__(self):
        return self.what

    @property
    def owner_display(self):
        if self.owner_id:
            return self.owner.get_full_name() or self.owner.email
        return self.owner_name


class MeetingAttachment(Orderable):
    page = ParentalKey(MeetingNotesPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("The document's own title if empty.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @property
    def display_title(self):
        return self.title or self.document.title
