"""Staff's side of events: the dates with their numbers (registered, waiting, cancelled, attended), each
date's registrants (CSV export, attendance), a message to everyone registered; the next dates on the
admin dashboard; and the events' parts of the extranet home and the site search."""

from django import forms
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from core.dashboard import WorkItem
from core.exports import SafeExportIndexView
from core.notifications import NotificationKind, pages_published_between
from extranet.dashboard import DASHBOARD_ITEMS, Panel
from members.account import AccountSection
from members.admin_views import ReadableInspectView, RecordActionView
from serving import api as serving

from .admin_forms import OccurrenceForm
from .forms import MessageRegistrantsForm
from .localized import with_pages
from .messages import message_registrants
from .models import EventPage, MemberEventIndexPage, MemberEventPage, Occurrence, Registration
from .models.pages import member_events_below


class CountColumn(Column):
    """One of the numbers the listing's query annotates (OccurrenceQuerySet.with_counts)."""


class MessageRegistrantsView(RecordActionView):
    model = Occurrence
    icon_name = "mail"
    action_label = _("Message registrants")
    explanation = _(
        "Everyone registered or on the waiting list for this date gets this message by email, in the "
        "words you write here. The joining link is not added: registered people already have it."
    )
    success_message = _("Your message to the registrants of “%(object)s” is on its way.")
    form_class = MessageRegistrantsForm

    def perform(self, form):
        message_registrants(self.object, self.request.user, **form.cleaned_data)


class OccurrenceViewSet(ModelViewSet):
    model = Occurrence
    icon = "date"
    menu_label = _("Event dates")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "__str__",
        StatusTagColumn("get_status_display", label=_("Status"), primary=lambda o: not o.is_cancelled),
        CountColumn("registered_count", label=_("Registered")),
        CountColumn("waiting_count", label=_("Waiting")),
        CountColumn("cancelled_count", label=_("Cancelled")),
        CountColumn("attended_count", label=_("Attended")),
        Column("registrants_link", label=_("Registrants"), accessor="registrants_link"),
    ]
    list_filter = ["status"]
    search_fields = ["event__title"]
    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("status"),
        FieldPanel("note"),
        FieldPanel("meeting_notes"),
    ]
    form_fields = ["starts_at", "ends_at", "status", "note", "meeting_notes"]
    copy_view_enabled = False
    url_namespace = "event_dates"
    url_prefix = "events/dates"

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(self.model, form=OccurrenceForm, fields=self.form_fields)

    def get_queryset(self, request):
        return Occurrence.objects.select_related("event").with_counts().order_by("-starts_at")

    def get_urlpatterns(self):
        view = self.construct_view(MessageRegistrantsView, index_url_name=self.get_url_name("index"))
        return [*super().get_urlpatterns(), path("message/<int:pk>/", view, name="message")]


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Event registrations")
    menu_order = 251
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("occurrence", label=_("Date")),
        StatusTagColumn("get_status_display", label=_("Status"), primary=lambda r: r.is_registered),
        Column("attended", label=_("Attended")),
        DateColumn("created_at", label=_("Signed up")),
    ]
    list_filter = ["occurrence", "status", "attended"]
    search_fields = ["name", "email"]
    list_export = ["occurrence", "name", "email", "status", "attended", "language", "created_at"]
    export_headings = {
        "occurrence": _("Date"),
        "name": _("Name"),
        "email": _("Email"),
        "status": _("Status"),
        "attended": _("Attended"),
        "language": _("Language"),
        "created_at": _("Signed up"),
    }
    export_filename = "event-registrations"
    index_view_class = SafeExportIndexView  # what people typed cannot become a formula
    # Staff mark attendance; who registered is shown, places change only through registering and
    # cancelling (so the waiting list moves up).
    panels = [
        FieldPanel("occurrence", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("status", read_only=True),
        FieldPanel("attended"),
    ]
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    copy_view_enabled = False
    url_namespace = "event_registrations"
    url_prefix = "events/registrations"

    def get_queryset(self, request):
        return Registration.objects.select_related("occurrence__event")


@hooks.register("register_admin_viewset")
def register_occurrence_viewset():
    return OccurrenceViewSet("event_dates")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("event_registrations")


@hooks.register("register_staff_work_item")
def next_events_item(request):
    """The people registered for the dates of the coming week, with a link to those dates."""
    if not request.user.has_perm("events.view_registration"):
        return None
    now = timezone.now()
    count = Registration.objects.filter(
        status=Registration.Status.REGISTERED,
        occurrence__status=Occurrence.Status.SCHEDULED,
        occurrence__starts_at__gte=now,
        occurrence__starts_at__lt=now + timezone.timedelta(days=7),
    ).count()
    return WorkItem(_("Registered for events this week"), count, reverse("event_dates:index"), order=40)


@hooks.register("register_extranet_dashboard_panel", order=15)
def upcoming_events_panel(home, request, now):
    """The next member events below this extranet home that the member may see, and whether they are
    registered; with links to their registrations and calendar address."""
    index = MemberEventIndexPage.objects.child_of(home).visible_to(request.user).first()
    if index is None:
        return None
    rows = upcoming_rows(member_events_below(home, request.user), request.user, now)
    return Panel("events/dashboard/upcoming_events.html", rows=rows, index=index)


def upcoming_rows(pages, user, now):
    """[(date, page, registered?)] of the next dates of these event pages (already the ones `user` may
    see), with whether `user` holds a place on each: two queries whatever the number of events."""
    occurrences = list(
        Occurrence.objects.of_pages(pages).upcoming(now).select_related("event")[:DASHBOARD_ITEMS]
    )
    keys = {occurrence.event.translation_key for occurrence in occurrences}
    mine = set(
        Registration.objects.active()
        .filter(user=user, occurrence__in=occurrences)
        .values_list("occurrence_id", flat=True)
    )
    return [
        (occurrence, page, occurrence.pk in mine)
        for occurrence, page in with_pages(occurrences, pages.filter(translation_key__in=keys))
    ]


@hooks.register("register_working_group_panel", order=10)
def group_events_panel(group, request, now):
    """A working group's home: the group's coming events (those placed below it), for whoever the policy
    lets see them (its members and staff); nothing for anyone else, nor when none is planned."""
    pages = MemberEventPage.objects.descendant_of(group).visible_to(request.user)
    rows = upcoming_rows(pages, request.user, now)
    return Panel("events/group_events.html", rows=rows) if rows else None


@hooks.register("register_search_filter", order=40)
def search_filter():
    """A choice of the site search's type filter (search/views.py)."""
    return "events", _("Events"), [EventPage, MemberEventPage]


# ---------------------------------------------------------------------------------------------------
# "My account", "download my data" (members.account) and members' notifications (core.notifications)
# ---------------------------------------------------------------------------------------------------


@hooks.register("register_account_section", order=25)
def events_section(request):
    """Where a member finds their registrations and their private calendar address; nothing for
    someone the member events are not for (the access policy decides, through `visible_to`)."""
    index = (
        MemberEventIndexPage.objects.visible_to(request.user).filter(locale=serving.active_locale()).first()
    )
    if index is None:
        return None
    return AccountSection(
        "events",
        _("Your events and calendar"),
        "events/account_section.html",
        my_events_url=index.my_events_url,
        calendar_feed_url=index.calendar_feed_url,
    )


@hooks.register("register_personal_data", order=50)
def registrations_data(user):
    registrations = (
        Registration.objects.filter(user=user).select_related("occurrence__event").order_by("created_at")
    )
    return "event_registrations", [
        {
            "event": registration.occurrence.event.title,
            "starts_at": registration.occurrence.starts_at,
            "name": registration.name,
            "email": registration.email,
            "status": registration.status,
            "attended": registration.attended,
            "language": registration.language,
            "created_at": registration.created_at,
            "cancelled_at": registration.cancelled_at,
        }
        for registration in registrations
    ]


@hooks.register("register_notification_kind")
def events_kind():
    def items(user, since, until, locale):
        member_events = pages_published_between(MemberEventPage.objects.all(), user, since, until, locale)
        public_events = pages_published_between(EventPage.objects.all(), user, since, until, locale)
        return [*member_events, *public_events]

    return NotificationKind("events", _("New events and circle-ups"), items, order=50)
