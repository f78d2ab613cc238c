"""Staff review members' answers to speaker opportunities: filter by opportunity and status, change the
status, export CSV. Answers come only from members, so staff get no "add" permission
(opportunities/migrations/0002_permissions.py)."""

from types import SimpleNamespace

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from core.dashboard import WorkItem
from core.exports import SafeExportIndexView
from core.notifications import NotificationKind, pages_published_between
from extranet.dashboard import DASHBOARD_ITEMS, Panel
from members.admin_views import ReadableInspectView

from .models import (
    SpeakerOpportunityIndexPage,
    SpeakerOpportunityPage,
    SpeakerResponse,
    SpeakerStatusNotice,
    localized_opportunities,
)


class ShownPanel(FieldPanel):
    """A read-only line for a property of the record (who answered), not a model field: FieldPanel's
    read-only mode reads the value with getattr, but looks up the model field for its help text."""

    def __init__(self, field_name, heading, **kwargs):
        super().__init__(field_name, heading=heading, read_only=True, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.pop("read_only", None)
        return kwargs

    @property
    def db_field(self):
        return SimpleNamespace(verbose_name=self.heading, help_text="")

    def format_value_for_display(self, value):
        return value or "—"


class SpeakerResponseEditView(EditView):
    """Staff change an answer's status here; the member is told of a shortlisting or a decision by an
    email stored with the change (SpeakerStatusNotice)."""

    def save_instance(self):
        previous_status = SpeakerResponse.objects.values_list("status", flat=True).get(pk=self.object.pk)
        instance = super().save_instance()
        SpeakerStatusNotice.for_change(instance, previous_status)
        return instance


class SpeakerResponseViewSet(ModelViewSet):
    model = SpeakerResponse
    icon = "mail"
    menu_label = _("Speaker responses")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("opportunity", label=_("Opportunity")),
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            primary=lambda r: r.status == SpeakerResponse.Status.RECEIVED,
        ),
        Column("email_status", label=_("Staff email")),
        DateColumn("updated_at", label=_("Updated")),
    ]
    list_filter = ["opportunity", "status"]
    search_fields = ["member__first_name", "member__last_name", "member__email", "note", "availability"]
    list_export = [
        "opportunity",
        "member_name",
        "member_email",
        "status",
        "availability",
        "note",
        "language",
        "created_at",
        "updated_at",
    ]
    export_headings = {
        "opportunity": _("Opportunity"),
        "member_name": _("Member"),
        "member_email": _("Email"),
        "status": _("Status"),
        "availability": _("Availability"),
        "note": _("Note"),
        "language": _("Language"),
        "created_at": _("Received"),
        "updated_at": _("Updated"),
    }
    export_filename = "speaker-responses"
    index_view_class = SafeExportIndexView  # what members wrote cannot become a formula
    # Staff change the status; who answered, and what they wrote, are shown read-only.
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("opportunity", read_only=True),
                ShownPanel("member_name", _("Name")),
                ShownPanel("member_organization", _("Organization")),
                ShownPanel("member_email", _("Email")),
                ShownPanel("member_languages", _("Languages")),
            ],
            heading=_("Who answered"),
        ),
        FieldPanel(
            "status",
            help_text=_(
                "The member is emailed, in the language they answered in, when you shortlist, choose or "
                "do not choose them."
            ),
        ),
        FieldPanel("availability", read_only=True),
        FieldPanel("note", read_only=True),
    ]
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView  # local times, yes and no in words
    inspect_view_fields = [
        "opportunity",
        "member",
        "status",
        "availability",
        "note",
        "language",
        "created_at",
        "updated_at",
        "email_status",
        "email_attempts",
        "email_error",
    ]
    copy_view_enabled = False
    edit_view_class = SpeakerResponseEditView
    url_namespace = "speaker_responses"
    url_prefix = "opportunities/responses"

    def get_queryset(self, request):
        return SpeakerResponse.objects.select_related("opportunity", "member__member_profile__organization")


@hooks.register("register_admin_viewset")
def register_speaker_response_viewset():
    return SpeakerResponseViewSet("speaker_responses")


@hooks.register("register_extranet_dashboard_panel", order=30)
def opportunities_panel(home, request, now):
    """Open speaker opportunities below this extranet home, nearest deadline first, each with the
    member's answer if any; and the member's latest answers, each beside the opportunity in the home's
    language."""
    opportunities = list(
        SpeakerOpportunityPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(locale_id=home.locale_id)
        .open(now)
        .order_by("response_deadline")[:DASHBOARD_ITEMS]
    )
    answers = SpeakerResponse.objects.by_translation_key(request.user)
    for opportunity in opportunities:
        opportunity.my_answer = answers.get(opportunity.translation_key)
    latest = sorted(answers.values(), key=lambda answer: answer.updated_at, reverse=True)[:DASHBOARD_ITEMS]
    localized = localized_opportunities([answer.opportunity for answer in latest])
    index = SpeakerOpportunityIndexPage.objects.child_of(home).visible_to(request.user).first()
    return Panel(
        "opportunities/dashboard/opportunities.html",
        open_opportunities=opportunities,
        my_answers=[
            (answer, localized.get(answer.opportunity.translation_key, answer.opportunity))
            for answer in latest
        ],
        my_responses_url=index.my_responses_url if index else None,
    )


@hooks.register("register_staff_work_item")
def answers_to_review_item(request):
    """Answers no one has shortlisted, chosen or declined yet (core.dashboard)."""
    if not request.user.has_perm("opportunities.view_speakerresponse"):
        return None
    count = SpeakerResponse.objects.filter(status=SpeakerResponse.Status.RECEIVED).count()
    url = reverse("speaker_responses:index") + f"?status={SpeakerResponse.Status.RECEIVED}"
    return WorkItem(_("Speaker answers to review"), count, url, order=30)


# -- Member notifications (core.notifications): the notifications app mails these as each member chooses


@hooks.register("register_notification_kind")
def speaker_opportunities_kind():
    def items(user, since, until, locale):
        return pages_published_between(SpeakerOpportunityPage.objects.all(), user, since, until, locale)

    return NotificationKind("speaker_opportunities", _("New speaker opportunities"), items, order=30)


# -- "Download my data" (members.account)


@hooks.register("register_personal_data", order=40)
def speaker_answers_data(user):
    answers = SpeakerResponse.objects.filter(member=user).select_related("opportunity").order_by("created_at")
    return "speaker_answers", [
        {
            "opportunity": answer.opportunity.title,
            "availability": answer.availability,
            "note": answer.note,
            "status": answer.status,
            "language": answer.language,
            "created_at": answer.created_at,
            "updated_at": answer.updated_at,
        }
        for answer in answers
    ]
