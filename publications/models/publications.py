"""Public reports and briefs, listed newest first."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.feeds import FEED_TYPES, feed_links
from core.models import BasePage, CardQuerySet, live_public
from core.pagination import paginate
from people.feeds import AuthoredListingFeed
from seo import structured_data

from ..forms import PublicationPageForm


class PublicationQuerySet(CardQuerySet):
    def newest_first(self):
        return self.order_by("-publication_date", "-pk")


class PublicationTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.PublicationPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("publication tag")
        verbose_name_plural = _("publication tags")


class CopiesFollowTheEmbargo:
    """Copies and aliases in code (the admin has its own hook) are refused while an embargo holds over
    what they would copy. A copy that keeps the translation key is a translation: the embargo, which
    finds its publication by that key, binds it like its source, so it goes ahead."""

    def copy(self, recursive=False, *args, **kwargs):
        from ..embargo import refuse_copy_under_embargo

        if kwargs.get("reset_translation_key", True):
            refuse_copy_under_embargo(self, recursive=recursive)
        return super().copy(recursive, *args, **kwargs)

    def create_alias(self, **kwargs):
        from ..embargo import refuse_copy_under_embargo

        if kwargs.get("reset_translation_key", True):
            refuse_copy_under_embargo(self, recursive=kwargs.get("recursive", False))
        return super().create_alias(**kwargs)


class PublicationIndexPage(CopiesFollowTheEmbargo, RoutablePageMixin, BasePage):
    """All public reports and briefs, newest first; their RSS and Atom feeds at feed/rss/, feed/atom/."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = _("publication index page")
        verbose_name_plural = _("publication index pages")

    def publications(self):
        return (
            PublicationPage.objects.child_of(self)
            .cards()
            .newest_first()
            .select_related("file")
            .prefetch_related("tags")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publications_page"] = paginate(request, self.publications, self.per_page, (self.pk,))
        return context

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request, kind):
        if kind not in FEED_TYPES:
            raise Http404
        return PublicationFeed(self, kind=kind)(request)

    def feed_items(self):
        return self.publications()

    # The page head of every page announces this index's feeds (seo_tags.seo_head).
    announces_feeds_site_wide = True

    def feed_links(self, request, tag=None):
        return feed_links(request, self)


class PublicationPage(CopiesFollowTheEmbargo, BasePage):
    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        BRIEF = "brief", _("Brief")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REPORT)
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    authors = ParentalManyToManyField("people.Person", verbose_name=_("authors"), blank=True)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    file = models.ForeignKey(
        "documents.SiteDocument",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The report or brief itself, usually a PDF."),
    )
    tags = ClusterTaggableManager(through=PublicationTag, blank=True, verbose_name=_("tags"))
    related_agenda = ParentalManyToManyField(
        "policy.PolicyAgendaPage", verbose_name=_("related policy agenda"), blank=True
    )
    related_initiatives = ParentalManyToManyField(
        "initiatives.InitiativePage", verbose_name=_("related initiatives"), blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("publication_date"), FieldPanel("authors"), FieldPanel("tags")],
            heading=_("About"),
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("related_agenda"), FieldPanel("related_initiatives")], heading=_("Related work")
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    base_form_class = PublicationPageForm
    objects = PageManager.from_queryset(PublicationQuerySet)()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    def structured_data(self, *, url, image_url, language, organization):
        data = structured_data.writing(
            "Report",
            self,
            self.publication_date,
            url=url,
            image_url=image_url,
            language=language,
            organization=organization,
        )
        data["genre"] = self.get_kind_display()
        return data

    def clean(self):
        """The embargo rule, at the model: a publication that an embargoed draft will become is neither
        scheduled before the embargo lifts nor made live while it holds (this also runs inside Wagtail's
        publish action, which saves the page with validation)."""
        super().clean()
        from ..embargo import embargo_error, embargo_lifts_at

        lifts_at = embargo_lifts_at(self)
        if lifts_at is None:
            return
        if self.go_live_at and self.go_live_at < lifts_at:
            raise ValidationError({"go_live_at": embargo_error(lifts_at)})
        if self.live and (self.go_live_at is None or self.go_live_at < lifts_at):
            raise ValidationError({"go_live_at": embargo_error(lifts_at)})

    @cached_property
    def author_people(self):
        """The authors in the reader's language (kept: the page and its structured data both show them)."""
        from people.models import Person

        return Person.localized_list(self.authors.all().select_related("photo"))

    def public_related_initiatives(self):
        return live_public(self.related_initiatives).select_related("listing_image")

    def public_related_agenda(self):
        return live_public(self.related_agenda)


class PublicationFeed(AuthoredListingFeed):
    date_field = "publication_date"
