from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock, QuoteBlock
from core.models import BasePage
from seo import structured_data


class InitiativeStatus(models.TextChoices):
    # A context of their own, so they translate as an initiative's status ("En curso"), apart from
    # Wagtail's and Django's own "Active".
    UPCOMING = "upcoming", pgettext_lazy("initiative status", "Upcoming")
    ACTIVE = "active", pgettext_lazy("initiative status", "Active")
    COMPLETED = "completed", pgettext_lazy("initiative status", "Completed")


class InitiativeIndexPage(BasePage):
    """Every initiative, grouped by status: what is running now first, then what is coming, then what
    has finished."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative index page")
        verbose_name_plural = _("initiative index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        initiatives = InitiativePage.objects.child_of(self).cards().order_by("start_date", "title")
        # Ids and statuses only: the cards are kept (card_tags), so the pages are loaded only for
        # cards that are not.
        by_status = {status: [] for status in InitiativeStatus}
        for pk, status in initiatives.values_list("pk", "status"):
            by_status[InitiativeStatus(status)].append(pk)
        order = [InitiativeStatus.ACTIVE, InitiativeStatus.UPCOMING, InitiativeStatus.COMPLETED]
        context["initiative_groups"] = [(status, by_status[status]) for status in order if by_status[status]]
        # Every group's cards are loaded together when they are not kept (card_list's `load_with`).
        context["initiative_ids"] = [pk for _status, pks in context["initiative_groups"] for pk in pks]
        return context


class InitiativePage(BasePage):
    status = models.CharField(
        _("status"), max_length=20, choices=InitiativeStatus.choices, default=InitiativeStatus.UPCOMING
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=500)
    goals = StreamField(
        [("goal", blocks.CharBlock(label=_("Goal"), max_length=300, icon="tick"))],
        verbose_name=_("goals"),
        blank=True,
        help_text=_("What participants will be able to do by the end."),
    )
    quotes = StreamField([("quote", QuoteBlock())], verbose_name=_("quotes"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("When"),
        ),
        FieldPanel("summary"),
        FieldPanel("goals"),
        InlinePanel("sessions", heading=_("Learning sessions"), label=_("Session")),
        InlinePanel(
            "facilitators", heading=_("Facilitators"), label=pgettext_lazy("admin panel", "Facilitator")
        ),
        FieldPanel("quotes"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("body"),
        index.RelatedFields("sessions", [index.SearchField("title"), index.SearchField("description")]),
        index.FilterField("status"),
    ]

    parent_page_types = ["initiatives.InitiativeIndexPage"]
    subpage_types = []
    # The pages an initiative shows besides itself (the news about it): publishing another initiative
    # leaves it cached (serving.dependencies).
    shows_pages_of = ("news.NewsPage",)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def structured_data(self, *, url, image_url, language, organization):
        # schema.org's Project: "an enterprise planned to achieve a particular aim", run by the alliance.
        data = structured_data.common("Project", self, url, image_url, language)
        data.update(
            {
                "parentOrganization": structured_data.publisher(organization),
                "foundingDate": self.start_date.isoformat(),
            }
        )
        if self.end_date:
            data["dissolutionDate"] = self.end_date.isoformat()
        return data

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    def schedule(self, today=None):
        """[(session, state)] in order, state "past", "next" (the first still to come) or "upcoming"."""
        today = today or timezone.localdate()
        rows, next_found = [], False
        for session in self.sessions.all():
            state = session.state(today)
            if state == "upcoming" and not next_found:
                state, next_found = "next", True
            rows.append((session, state))
        return rows

    def facilitator_people(self):
        """The facilitators, in the editor's order, in the reader's language."""
        from people.models import Person

        return Person.localized_list(
            f.person for f in self.facilitators.all().select_related("person__photo")
        )

    def related_news(self):
        from news.models import NewsPage

        return (
            NewsPage.objects.cards(locale=self.locale_id).filter(related_initiatives=self).newest_first()[:3]
        )


class LearningSession(Orderable):
    """One session of an initiative's schedule; numbered by its position."""

    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"), null=True, blank=True)
    starts_at = models.TimeField(_("starts at"), null=True, blank=True)
    ends_at = models.TimeField(_("ends at"), null=True, blank=True)
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Where it happens: an address, or “Online”."),
    )
    description = models.TextField(_("description"), blank=True, max_length=1000)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")
        ),
        FieldPanel("place"),
        FieldPanel("description"),
    ]

    def state(self, today):
        """ "past" once its day has gone, else "upcoming" (no date: "upcoming")."""
        return "past" if self.date and self.date < today else "upcoming"

    class Meta(Orderable.Meta):
        verbose_name = _("learning session")
        verbose_name_plural = _("learning sessions")


class Facilitator(Orderable):
    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="facilitators")
    person = models.ForeignKey(
        "people.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("facilitator")
        verbose_name_plural = _("facilitators")
