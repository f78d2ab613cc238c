from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage, live_public


class PolicyAgendaPage(BasePage):
    """The alliance's shared agenda: equity principles, each with the actions members commit to, and
    the priority areas they apply to."""

    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul", "ol"])
    priority_areas = StreamField(
        [
            (
                "area",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Title"), max_length=120)),
                        ("description", blocks.TextBlock(label=_("Description"), required=False)),
                    ],
                    icon="folder-open-inverse",
                    label=_("Priority area"),
                ),
            )
        ],
        verbose_name=_("priority areas"),
        blank=True,
    )
    agenda_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("downloadable agenda"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_news = ParentalManyToManyField("news.NewsPage", verbose_name=_("related news"), blank=True)
    related_initiatives = ParentalManyToManyField(
        "initiatives.InitiativePage", verbose_name=_("related initiatives"), blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        InlinePanel("principles", heading=_("Equity principles"), label=_("Principle"), min_num=1),
        FieldPanel("priority_areas"),
        FieldPanel("agenda_document"),
        FieldPanel("related_news"),
        FieldPanel("related_initiatives"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("priority_areas"),
        index.RelatedFields(
            "principles",
            [index.SearchField("title"), index.SearchField("summary"), index.SearchField("actions")],
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("policy agenda page")
        verbose_name_plural = _("policy agenda pages")

    def public_related_news(self):
        return live_public(self.related_news).select_related("listing_image").order_by("-date")

    def public_related_initiatives(self):
        return live_public(self.related_initiatives).select_related("listing_image")


class EquityPrinciple(Orderable):
    page = ParentalKey(PolicyAgendaPage, on_delete=models.CASCADE, related_name="principles")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    actions = StreamField(
        [("action", blocks.CharBlock(label=_("Action"), max_length=400, icon="arrow-right"))],
        verbose_name=_("actions"),
        blank=True,
        help_text=_("The concrete steps the alliance will push for under this principle."),
    )

    panels = [FieldPanel("title"), FieldPanel("summary"), FieldPanel("actions")]

    class Meta(Orderable.Meta):
        verbose_name = _("equity principle")
        verbose_name_plural = _("equity principles")
