from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from core.models import BasePage, first_public_child_of_each


class HomePage(BasePage):
    """The front door: who the alliance is, what it is working on now, and the latest news."""

    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_intro = models.TextField(_("hero introduction"), max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty if the image is only decoration."),
    )
    hero_cta_label = models.CharField(_("call to action label"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    initiatives_heading = models.CharField(
        _("initiatives heading"), max_length=120, default="Our initiatives"
    )
    news_heading = models.CharField(_("news heading"), max_length=120, default="Latest news")

    agenda_heading = models.CharField(_("policy agenda heading"), max_length=120, blank=True)
    agenda_teaser = RichTextField(_("policy agenda teaser"), blank=True, features=["bold", "italic", "link"])
    agenda_page = models.ForeignKey(
        "policy.PolicyAgendaPage",
        verbose_name=_("policy agenda page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("initiatives_heading"),
                InlinePanel("featured_initiatives", max_num=3, label=_("Featured initiative")),
            ],
            heading=_("Featured initiatives"),
        ),
        FieldPanel("news_heading"),
        MultiFieldPanel(
            [FieldPanel("agenda_heading"), FieldPanel("agenda_teaser"), FieldPanel("agenda_page")],
            heading=_("Policy agenda teaser"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: each section's type says it lives here (parent_page_types = ["home.HomePage"]),
    # so a new section is added in its own app, with no change here.
    # One home page; its Spanish version is a translation, which does not count against this.
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description or self.hero_intro

    def structured_data(self, *, url, image_url, language, organization):
        """The front door speaks for the organization itself."""
        return organization

    def get_context(self, request, *args, **kwargs):
        from initiatives.models import InitiativePage
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        chosen_ids = [item.initiative_id for item in self.featured_initiatives.all()]
        context["featured_initiatives"] = InitiativePage.objects.cards().in_order(chosen_ids)
        context["latest_news"] = NewsPage.objects.cards(locale=self.locale_id).newest_first()[:3]
        context["section_urls"] = self.section_urls(request)
        return context

    def section_urls(self, request):
        """The addresses of the initiatives and news indexes below this home page (None where there is
        none), for the "all initiatives" and "all news" links, found in one query. Kept as a fragment:
        otherwise that query runs on every view of the home page."""
        from serving.api import cached_for_page

        def compute():
            from initiatives.models import InitiativeIndexPage
            from news.models import NewsIndexPage

            indexes = first_public_child_of_each(self, [InitiativeIndexPage, NewsIndexPage])
            return {
                name: index.get_url(request) if (index := indexes[model]) else None
                for name, model in {"initiatives": InitiativeIndexPage, "news": NewsIndexPage}.items()
            }

        return cached_for_page(request, self, "home-section-urls", compute, self.pk)


class FeaturedInitiative(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_initiatives")
    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("initiative")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured initiative")
        verbose_name_plural = _("featured initiatives")
