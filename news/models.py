from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
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
from people.forms import PeopleInThePageLanguageForm
from seo import structured_data
from serving.api import cached_for_page


class NewsQuerySet(CardQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)


class NewsTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """All news, newest first, and the same list narrowed to one tag at tag/<slug>/."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        return NewsPage.objects.child_of(self).cards().newest_first()

    @path("")
    def all_news(self, request):
        return self.render(
            request,
            context_overrides={"news_page": paginate(request, self.news, self.per_page, (self.pk,))},
        )

    # `str`, not `slug`: tag slugs keep their accents ("estudiantes-multilingües"), which `slug` refuses.
    @path("tag/<str:tag_slug>/", name="tag")
    def news_by_tag(self, request, tag_slug):
        # The tags this index lists are kept (tag_links): a tag none of its public articles has, or no
        # tag at all, is not found, as its empty archive would be.
        known = {item["slug"]: item for item in self.tag_links(request)}
        if tag_slug not in known:
            raise Http404
        tag = Tag(pk=known[tag_slug]["pk"], name=known[tag_slug]["name"], slug=tag_slug)
        news_page = paginate(request, lambda: self.news().tagged(tag), self.per_page, (self.pk, tag.pk))
        if not news_page.paginator.count:  # the count the paginator makes anyway: no extra query
            raise Http404
        return self.render(request, context_overrides={"news_page": news_page, "tag": tag})

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request, kind):
        if kind not in FEED_TYPES:
            raise Http404
        return NewsFeed(self, kind=kind)(request)

    @path("tag/<str:tag_slug>/feed/<str:kind>/", name="tag_feed")
    def tag_feed(self, request, tag_slug, kind):
        if kind not in FEED_TYPES:
            raise Http404
        tag, news = self._tagged_news(tag_slug)
        return NewsFeed(self, kind=kind, items=news, title=self.tag_title(tag))(request)

    def _tagged_news(self, tag_slug):
        """The tag and this index's public articles carrying it; 404 when there are none, so a tag
        that is only on drafts or private articles does not show it exists."""
        tag = get_object_or_404(Tag, slug=tag_slug)
        news = self.news().tagged(tag)
        if not news.exists():
            raise Http404
        return tag, news

    def tag_title(self, tag):
        # The same words as the tag archive's heading, so one translation serves both.
        return gettext("News tagged “%(tag)s”") % {"tag": tag.name}

    def feed_items(self):
        return self.news()

    # The page head of every page announces this index's feeds (seo_tags.seo_head).
    announces_feeds_site_wide = True

    def feed_links(self, request, tag=None):
        """Autodiscovery data for this index's feeds, or a tag's."""
        if tag is None:
            return feed_links(request, self)
        return feed_links(request, self, route_prefix=f"tag/{tag.slug}/", title=self.tag_title(tag))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tag_links"] = self.tag_links(request)
        return context

    def tag_links(self, request):
        """The filter list: each tag used by this index's public articles, with its archive's address.
        Kept in the cache as plain data: with thousands of articles this is the listing's dearest query,
        and a hundred tags' addresses cost more to work out than the rest of the page."""

        def compute():
            tags = Tag.objects.filter(news_newstag_items__content_object__in=self.news()).distinct()
            base = self.get_url(request)
            return [
                {
                    "pk": tag.pk,
                    "name": tag.name,
                    "slug": tag.slug,
                    "url": base + self.reverse_subpage("tag", args=[tag.slug]),
                }
                for tag in tags.order_by("name").only("pk", "name", "slug")
            ]

        return cached_for_page(request, self, "news-tags", compute, self.pk)


class NewsPage(BasePage):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    authors = ParentalManyToManyField("people.Person", verbose_name=_("authors"), blank=True)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsTag, blank=True, verbose_name=_("tags"))
    related_initiatives = ParentalManyToManyField(
        "initiatives.InitiativePage", verbose_name=_("related initiatives"), blank=True
    )
    # Read by the subscriptions app when the article is first published.
    email_subscribers = models.BooleanField(
        _("email to subscribers"),
        default=False,
        help_text=_("Send the article to everyone subscribed to News when it is first published."),
    )

    # The authors picker lists each person once, in the page's language.
    base_form_class = PeopleInThePageLanguageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("authors"), FieldPanel("tags")], heading=_("About")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_initiatives"),
        FieldPanel("email_subscribers"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # The pages an article shows besides itself (its related initiatives' cards): publishing another
    # article leaves it cached (serving.dependencies). Its index, tags and authors change site-wide.
    shows_pages_of = ("initiatives.InitiativePage",)

    objects = PageManager.from_queryset(NewsQuerySet)()

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Listings show the newest few of thousands (`newest_first`): read in this order, not sorted.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_article_newest_first")]

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    og_type = "article"

    @property
    def og_published(self):
        return self.date

    def structured_data(self, *, url, image_url, language, organization):
        data = structured_data.writing(
            "NewsArticle",
            self,
            self.date,
            url=url,
            image_url=image_url,
            language=language,
            organization=organization,
        )
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    @cached_property
    def author_people(self):
        """The authors in the reader's language (kept: the byline and the aside both show them)."""
        from people.models import Person

        return Person.localized_list(self.authors.all().select_related("photo"))

    def news_index(self):
        """The index this article is listed in, for links to its tag pages: its parent, the only place
        an article can be (parent_page_types). When the article is served, routing has loaded it."""
        parent = self.get_parent().specific
        return parent if parent.live and isinstance(parent, NewsIndexPage) else None

    def public_related_initiatives(self):
        return live_public(self.related_initiatives).select_related("listing_image")

    def also_listed_at(self):
        """Addresses that list this article besides its index and the home page (its tag archives):
        warmed after it is published (serving.warming)."""
        index = self.news_index()
        if index is None or (base := index.get_full_url()) is None:
            return []
        return [base + index.reverse_subpage("tag", args=[tag.slug]).lstrip("/") for tag in self.tags.all()]


class NewsFeed(AuthoredListingFeed):
    date_field = "date"
