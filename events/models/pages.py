"""The event page types: public events below a public events index, member-only events (circle-ups)
below an events index inside the extranet. Both kinds share their fields and routes (EventPageBase).

An event happens on one or more dates (occurrences.Occurrence): a one-off event on one, a monthly
series on each of its dates, made by themselves when the page is published. Registrations, reminders
and calendar entries belong to a date, and to the event whatever the reader's language: the dates hang
off the event's source page (the version in the default language, or the page itself when it was
written in another language first).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from core import access
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from extranet.models import MembersOnlyPageMixin

DATE_PATTERN = r"^(?P<day>\d{4}-\d{2}-\d{2})/"


class EventKind(models.TextChoices):
    CIRCLE_UP = "circle_up", _("Circle-up")
    CONVENING = "convening", _("Convening")
    WEBINAR = "webinar", _("Webinar")
    PANEL = "panel", _("Panel")


class Repeats(models.TextChoices):
    ONCE = "once", _("Does not repeat")
    MONTHLY = "monthly", _("Monthly, on the same weekday of the same week (e.g. the first Tuesday)")


class EventPageBase(RoutablePageMixin, BasePage):
    """What every event says and does. The joining link of an online event is never shown or sent to
    anyone but registered people: no template shows it to others, and no search field, feed, JSON-LD
    entity or calendar file for the public carries it."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.CONVENING)
    region = models.CharField(
        _("region"), max_length=100, blank=True, help_text=_("Where it is for, e.g. North or Statewide.")
    )
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    starts_at = models.DateTimeField(_("starts"), help_text=_("In the site's time zone."))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    repeats = models.CharField(_("repeats"), max_length=10, choices=Repeats.choices, default=Repeats.ONCE)
    repeat_until = models.DateField(
        _("repeat until"), null=True, blank=True, help_text=_("Empty: the series goes on (a year ahead).")
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.TextField(_("address"), max_length=500, blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    joining_url = models.URLField(
        _("online joining link"),
        blank=True,
        help_text=_("Shown and emailed only to registered people; never on the public page."),
    )
    access_notes = models.TextField(
        _("accessibility and interpretation"),
        max_length=1000,
        blank=True,
        help_text=_("E.g. step-free entrance; Spanish interpretation available."),
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Per date. Empty: no limit.")
    )
    registration_open = models.BooleanField(_("registration open"), default=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("repeats"), FieldPanel("repeat_until")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("map_url"), FieldPanel("joining_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("capacity"), FieldPanel("registration_open")], heading=_("Registration")),
        FieldPanel("access_notes"),
        FieldPanel("organiser"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("starts_at"),
    ]
    serving_select_related = ("listing_image", "image")
    subpage_types = []
    # The layout the event's templates extend (public, or the extranet's).
    event_layout = "events/layouts/public.html"

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The event must end after it starts.")})
        if self.repeat_until and self.repeats == Repeats.ONCE:
            raise ValidationError({"repeat_until": _("Only a repeating event has an end to its series.")})
        if self.repeat_until and self.starts_at and self.repeat_until < timezone.localdate(self.starts_at):
            raise ValidationError({"repeat_until": _("The series must end on or after its first date.")})

    @property
    def is_series(self):
        return self.repeats != Repeats.ONCE

    @property
    def is_online(self):
        return bool(self.joining_url)

    @property
    def is_in_person(self):
        return bool(self.venue or self.address)

    @property
    def card_summary(self):
        return self.listing_summary or self.summary or self.search_description

    def source_event(self):
        """The page whose dates, registrations and calendar entries every language version shares: the
        version in the default language, or this page when it was written in its own language first."""
        if self.locale_id == Locale.get_default().pk:
            return self
        source = (
            type(self)
            .objects.filter(translation_key=self.translation_key, locale=Locale.get_default())
            .exclude(pk=self.pk)
            .first()
        )
        return source or self

    @cached_property
    def occurrences(self):
        from .occurrences import Occurrence

        return Occurrence.objects.filter(event__translation_key=self.translation_key)

    # The pages' views live in views.py, to keep this module about data.
    @path("", name="detail")
    def detail(self, request):
        from ..views import event_page

        return event_page(self, request)

    # In the reader's language (/es/.../inscribirse/); the English route keeps working in both.
    @path(_("register/"), name="register")
    @path("register/", name="register_untranslated")
    def register(self, request):
        from ..views import register

        return register(self, request)

    @path("ics/", name="ics")
    def ics(self, request):
        from ..views import event_ics

        return event_ics(self, request)

    @re_path(DATE_PATTERN + "$", name="date_detail")
    def date_detail(self, request, day):
        from ..views import event_page

        return event_page(self, request, day=day)

    @re_path(format_lazy("{}{}$", DATE_PATTERN, _("register/")), name="date_register")
    @re_path(DATE_PATTERN + "register/$", name="date_register_untranslated")
    def date_register(self, request, day):
        from ..views import register

        return register(self, request, day=day)

    @re_path(DATE_PATTERN + r"ics/$", name="date_ics")
    def date_ics(self, request, day):
        from ..views import event_ics

        return event_ics(self, request, day=day)

    def structured_data(self, *, url, image_url, language, organization):
        from ..structured_data import event_entity

        return event_entity(self, url=url, image_url=image_url, language=language, organization=organization)


class EventIndexPage(RoutablePageMixin, BasePage):
    """The public events: what is coming, then what has been, filtered by kind and region; and the
    public calendar feed of this language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    shows_pages_of = ("events.EventPage",)

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    has_public_feed = True
    event_layout = "events/layouts/public.html"
    # Every reader sees the same events here (the public's): the listing is kept (events.views).
    listing_same_for_every_reader = True

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("ics_feed")

    def event_pages(self, request):
        """The public events of this index, as everyone may see them."""
        return EventPage.objects.child_of(self).cards()

    @path("", name="listing")
    def listing(self, request):
        from ..views import event_listing

        return event_listing(self, request)

    @path("feed/ics/", name="ics_feed")
    def ics_feed(self, request):
        from ..views import public_feed

        return public_feed(self, request)


class EventPage(EventPageBase):
    """A public event: a convening, a webinar, a panel."""

    parent_page_types = ["events.EventIndexPage"]
    shows_pages_of = ()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


class MemberEventIndexPage(MembersOnlyPageMixin, RoutablePageMixin, BasePage):
    """The members' events (circle-ups and more), each member's registrations, and their private
    calendar address."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = Page.promote_panels
    parent_page_types = ["extranet.ExtranetIndexPage"]
    subpage_types = ["events.MemberEventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member events index")
        verbose_name_plural = _("member events indexes")

    has_public_feed = False
    event_layout = "events/layouts/members.html"
    # Each member sees the events the access policy lets them see: nothing of the listing is kept.
    listing_same_for_every_reader = False

    def event_pages(self, request):
        """The member events of this extranet (this index's and the working groups' own), as the policy
        lets the reader see them: a group's events only for its members and staff."""
        return member_events_below(self.get_parent(), request.user)

    @path("", name="listing")
    def listing(self, request):
        from ..views import event_listing

        return event_listing(self, request)

    # In the reader's language (/es/.../mis-eventos/); the English route keeps working in both.
    @path(_("my-events/"), name="my_events")
    @path("my-events/", name="my_events_untranslated")
    def my_events(self, request):
        from ..views import my_events

        return my_events(self, request)

    @path(_("calendar-feed/"), name="calendar_feed")
    @path("calendar-feed/", name="calendar_feed_untranslated")
    def calendar_feed(self, request):
        from ..views import calendar_feed

        return calendar_feed(self, request)

    @property
    def my_events_url(self):
        return self.url + self.reverse_subpage("my_events")

    @property
    def calendar_feed_url(self):
        return self.url + self.reverse_subpage("calendar_feed")


def member_events_below(home, user):
    """The member events below an extranet home that `user` may see: the events index's and every
    working group's (the access policy keeps a group's to its members and staff)."""
    return MemberEventPage.objects.descendant_of(home).visible_to(user)


class MemberEventPage(MembersOnlyPageMixin, EventPageBase):
    """A member-only event: the monthly circle-up, a members' strategy session."""

    promote_panels = Page.promote_panels
    # The alliance's events, or a working group's own (below its home: the group's audience, by the
    # working groups' rule of the access policy).
    parent_page_types = ["events.MemberEventIndexPage", "workinggroups.WorkingGroupPage"]
    event_layout = "events/layouts/members.html"

    class Meta:
        verbose_name = _("member event")
        verbose_name_plural = _("member events")

    def structured_data(self, *, url, image_url, language, organization):
        return None  # member-only pages carry no JSON-LD

    @cached_property
    def my_events_url(self):
        """Where the member reading sees and cancels their registrations: the member events index of
        this event's language (a working group's event lives below the group's home, not the index),
        when the access policy lets them see it."""
        parent = self.get_parent().specific
        indexes = MemberEventIndexPage.objects.filter(locale_id=self.locale_id)
        if isinstance(parent, MemberEventIndexPage):
            indexes = indexes.filter(pk=parent.pk)
        index = indexes.visible_to(access.reader()).first()
        return index.my_events_url if index else ""
