"""Shared abstract page and site-wide settings."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from core import access
from serving import api as serving
from serving.api import shown_on_public_pages


def public_q():
    """Pages everyone may see as far as privacy goes: the access policy's answer for the anonymous reader
    (core.access.visible_q), which is the rule of Wagtail's `PageQuerySet.public()` (no view restriction
    on the page or an ancestor) without its query per call: the restricted sections are loaded once per
    request (serving). The condition is a plain `NOT path LIKE 'section%'` per restricted section,
    which databases plan well."""
    return access.visible_q(access.ANONYMOUS)


# The renditions of a card's image: the `picture` tag of templates/components/card.html, which must say
# the same (tests/test_page_types.py checks).
CARD_IMAGE_SPEC = "format-{avif,webp,jpeg} fill-{480x270,800x450}"


def first_public_child_of_each(parent, models):
    """{model: the first child of `parent` of that type (by tree order) the public may see, or None},
    in one query: generic rows given their own class without loading their own tables (`defer`), for
    what needs a page's address and title only (the home page's section links, the head's feed links)."""
    below = Page.objects.child_of(parent).type(*models).order_by("path")
    found = list(access.visible_pages(below, access.ANONYMOUS).specific(defer=True))
    return {model: next((page for page in found if isinstance(page, model)), None) for model in models}


class CardQuerySet(PageQuerySet):
    """Queries for listing pages as cards. Everything the public sees goes through `cards()`, which
    keeps out drafts, expired pages and pages behind privacy restrictions."""

    def not_expired(self):
        """Leave out pages whose expiry time has passed, even before `publish_scheduled` has run and
        unpublished them."""
        return self.filter(access.not_expired_q())

    def public(self):
        return self.filter(public_q())

    def visible_to(self, user):
        """What `user` may see here, by the access policy: live, not expired, and in no section the
        policy keeps from them (a member does not see pages restricted further, e.g. to staff)."""
        return access.visible_pages(self, user)

    def with_card_images(self):
        """The listing image, and its renditions in the sizes a card shows, in one query for the lot
        (Wagtail's rendition prefetching): otherwise each card asks the cache or the database again."""
        renditions = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec__in=Filter.expand_spec(CARD_IMAGE_SPEC))
        )
        return self.select_related("listing_image").prefetch_related(
            Prefetch("listing_image__renditions", queryset=renditions, to_attr="prefetched_renditions")
        )

    def cards(self, locale=None):
        pages = self.live().not_expired().public().with_card_images()
        if locale is not None:
            pages = pages.filter(locale=locale)
        return pages

    def in_order(self, ids):
        """The pages with these ids, in the order given (for editor-chosen lists), missing ones
        dropped."""
        by_id = self.filter(pk__in=ids).in_bulk()
        return [by_id[pk] for pk in ids if pk in by_id]


CardPageManager = PageManager.from_queryset(CardQuerySet)


def live_public(related):
    """The live, public pages of a page's many-to-many `related` manager (related pages a page shows).
    In a preview the manager holds the editor's choice in memory (modelcluster's FakeQuerySet, which
    knows no page filters), so the chosen pages are looked up again to be filtered like the saved ones."""
    chosen = related.all()
    if isinstance(chosen, FakeQuerySet):
        chosen = related.model.objects.filter(pk__in=[page.pk for page in chosen])
    return chosen.live().public()


def _routes_on_its_generic_row(page):
    """May routing go on below `page` without loading its specific row? When its type routes as
    BasePage does (not a routable page), and only for a page a view restriction may cover: a public one
    is kept for routing, specific, and costs nothing (serving), while a restricted section's own
    row would be one more query on every request that only passes through it."""
    model = page.specific_class
    return (
        not isinstance(page, BasePage)
        and model is not None
        and getattr(model, "route", None) is BasePage.route
        and serving.may_be_restricted(page)
    )


class BasePage(Page):
    """Every page type of the site: listing fields (how a page appears in listings and when shared)
    on top of Wagtail's own SEO fields (title tag and meta description)."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shown in listings and cards instead of the page title, if set."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for listings and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the page is shared on social media."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings"),
        ),
    ]

    # What editors write for search engines and listings is searched too: the home page's description,
    # for one, is the only place that says what the site is about.
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_title"),
        index.SearchField("listing_summary"),
        index.SearchField("seo_title"),
        index.SearchField("search_description"),
    ]

    objects = CardPageManager()

    class Meta:
        abstract = True

    # Related rows the page's own template always shows, joined into the query that loads the page when
    # it is served (serving's `specific_for_serving`); each page type names its own.
    serving_select_related = ("listing_image",)

    def full_clean(self, *args, **kwargs):
        self.slug_in_its_own_language()
        super().full_clean(*args, **kwargs)

    def slug_in_its_own_language(self):
        """A translation's address in its own words: a translation never yet published that still has
        its source's slug (wagtail-localize copies it, and a translator seldom translates the "slug"
        segment) but a title of its own takes its slug from that title, so the Spanish article is at
        /es/noticias/cinco-cifras-del-presupuesto/, not at the English words. Only before the first
        publish: a published address stays put (links to it are out in the world)."""
        if self.pk is None or self.first_published_at or self.alias_of_id or not self.title:
            return
        wanted = slugify(self.title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))
        if not wanted or wanted == self.slug:
            return
        # The source is the version made first (a translation is a copy of it, made after it); the
        # source's own slug is its editor's choice and is never touched.
        shares_its_sources_slug = (
            Page.objects.filter(translation_key=self.translation_key, slug=self.slug, pk__lt=self.pk)
            .exclude(title=self.title)
            .exists()
        )
        if shares_its_sources_slug:
            self.slug = find_available_slug(self.get_parent(), wanted, ignore_page_id=self.pk)

    def route(self, request, path_components):
        """Wagtail's routing, with every level of the address loaded in one query (serving) rather
        than two queries per level."""
        parent = self
        while path_components:
            child = serving.child_for_routing(parent, path_components[0], path_components)
            if child is None:
                return Page.route(parent, request, path_components)
            if child is serving.NOT_FOUND:
                raise Http404
            child._cached_parent_obj = parent  # as Wagtail does: get_parent() needs no query
            path_components = path_components[1:]
            if path_components and _routes_on_its_generic_row(child):
                parent = child
                continue
            return serving.specific_for_serving(child).route(request, path_components)
        return super().route(request, path_components)

    @property
    def localized(self):
        """Wagtail's `localized` (this page's live translation in the reader's language, else this page)
        without its locale query when the page is in the reader's language already, which is almost
        always (Wagtail's routing asks it of the site's root page on every request): see
        serving's `localized`, which any page, a plain Page too, can be passed to."""
        return serving.localized(self)

    def get_view_restrictions(self):
        """Wagtail's rule, without its two queries when no restriction can apply: the public pages,
        which are almost all of them."""
        return serving.restrictions_over(self)

    # What link previews call the page (OpenGraph's `og:type`); an article also gives `og_published`.
    og_type = "website"
    og_published = None

    def structured_data(self, *, url, image_url, language, organization):
        """The page's own JSON-LD entity (schema.org, as a dict) for the page head, or None. A page
        type that is one (an article, a report, a project) builds it with seo.structured_data's
        helpers; `organization` is the site's (publisher of what the page says)."""
        return None

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def meta_description(self):
        """What search engines and link previews show: the editor's meta description, else the page's
        summary (each page type's `card_summary` knows where its summary lives)."""
        return self.search_description or self.card_summary


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who the alliance is and how to reach it: shown in the footer and the page head."""

    organization_name = models.CharField(_("organization name"), max_length=120, default="Alliance")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without its own listing image is shared on social media."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that says what the site does with personal information. The footer and every form "
            "that asks for an email address link to it, in the reader's language."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("organization_name"), FieldPanel("tagline")], heading=_("Organization")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("bluesky_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("share_image"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Wagtail's get-or-create, kept in the cache: the footer and the page head show these on every
        page. The key holds the structure generation (no publish changes the settings; saving them
        replaces it: serving), so an edit shows at once everywhere."""
        if site is None:
            # A host that no Site answers (a 404 page): the defaults, so that page still renders.
            return cls()
        current = serving.structure_generation()
        if current is None:
            return super().for_site(site)
        key = f"core:sitesettings:{site.pk}:{current}"
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, timeout=60 * 60)
        return instance

    @property
    def social_links(self):
        """(label, url) for each network that has an address, in a fixed order."""
        networks = ["bluesky", "facebook", "instagram", "linkedin", "youtube"]
        return [
            (self._meta.get_field(f"{name}_url").verbose_name, getattr(self, f"{name}_url"))
            for name in networks
            if getattr(self, f"{name}_url")
        ]


@shown_on_public_pages(kept_with_structure=True)
class SiteText(TranslatableMixin, models.Model):
    """The site's own words that differ by language (name, tagline, address in the footer and the page
    head). Site settings belong to a Site, which serves both languages, so they cannot be translated;
    this snippet can, with wagtail-localize like any page. Where a language has no translation yet the
    default language's text is used, and where there is no text at all, SiteSettings'."""

    organization_name = models.CharField(_("organization name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    address = models.TextField(_("postal address"), blank=True)

    panels = [FieldPanel("organization_name"), FieldPanel("tagline"), FieldPanel("address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site text")

    def __str__(self):
        return self.organization_name

    @classmethod
    def for_request(cls, request):
        """The text in the reader's language, else in the default language, else (an unsaved copy of)
        the site settings' text."""
        # One text per language is expected; should editors add more, the oldest wins.
        texts = {}
        for text in cls.objects.order_by("pk"):
            texts.setdefault(text.locale_id, text)
        active = serving.active_locale()  # Wagtail's Locale.get_active() asks the database each time
        if active.pk in texts:
            return texts[active.pk]
        default = serving.default_locale()
        if default.pk in texts:
            return texts[default.pk]
        site_settings = SiteSettings.for_request(request) if request is not None else None
        if site_settings is None:
            return cls(organization_name=settings.WAGTAIL_SITE_NAME)
        return cls(
            organization_name=site_settings.organization_name,
            tagline=site_settings.tagline,
            address=site_settings.address,
        )
