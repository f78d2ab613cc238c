"""The members' extranet: an index page (one per language) and the member-only page types below it.

Privacy does not rest on editors: every member-only page type can only live below an ExtranetIndexPage,
which always carries a view restriction to the extranet's audience (restored if anyone removes it), and
every member-only page also checks access in its own `serve` (see MembersOnlyPageMixin).
"""

from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Page
from wagtail.search import index

from core import access
from core.models import BasePage
from serving import api as serving

from .blocks import ExtranetBodyBlock
from .dashboard import dashboard_panels


class MembersOnlyPageMixin:
    """For every extranet page type: asks the access policy again in its own `serve` (whatever the
    restriction table says and whichever path served it), is never served while its source page (for a
    translation) is not live, never appears in sitemaps, and is never stored by a shared cache."""

    is_members_only = True

    def serve(self, request, *args, **kwargs):
        from .views import refused_page_response

        if not access.may_view_page(request.user, self):
            return refused_page_response(request, self)
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_preview(self, request, mode_name):
        # Previews are for people who can edit the page (the admin checks that); never cache them.
        response = super().serve_preview(request, mode_name)
        add_never_cache_headers(response)
        return response

    def is_available_now(self):
        """This type's own availability rule, which the access policy adds to "live and not expired"
        (core.access.is_available_now): a translation is available only while its source page is live
        and not expired, so it never shows what the original does not show yet (or any more)."""
        default_locale = serving.default_locale()
        if self.locale_id == default_locale.pk:
            return True
        source = Page.objects.filter(translation_key=self.translation_key, locale=default_locale)
        if not source.exists():
            return True  # written in this language first: it is its own source
        return source.live().filter(access.not_expired_q()).exists()

    def get_sitemap_urls(self, request=None):
        return []

    def extranet_home(self):
        from .privacy import extranet_index_for

        return extranet_index_for(self)

    def extranet_sections(self):
        """The extranet's own navigation: the live sections below its home, in the page's language. Only
        their titles and addresses are shown, which the generic page rows hold: no specific rows."""
        home = self.extranet_home()
        return home.get_children().live().filter(access.visible_q(access.reader())) if home else []


class ExtranetIndexPage(MembersOnlyPageMixin, BasePage):
    """The members' area home (e.g. /en/members/): a dashboard of what is new for members."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = Page.promote_panels

    parent_page_types = ["home.HomePage"]
    # No subpage_types: each member-only type says it lives here (its parent_page_types), so the apps
    # built on the extranet (meetings, opportunities, publications) add theirs with no change here.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("extranet home")
        verbose_name_plural = _("extranet homes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Only what this reader may see: a page restricted further (to staff) is not listed to members.
        context["recent_pages"] = (
            access.visible_pages(Page.objects.descendant_of(self), request.user)
            .filter(locale=self.locale)
            .order_by("-last_published_at")[:10]
        )
        # What other apps have for the member: embargoed drafts, meetings, opportunities (dashboard.py).
        context["dashboard_panels"] = dashboard_panels(self, request)
        return context


class ExtranetPage(MembersOnlyPageMixin, BasePage):
    """A general member-only page: guidance, toolkits, background for members."""

    summary = models.TextField(_("summary"), blank=True, max_length=400)
    body = StreamField(ExtranetBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    promote_panels = Page.promote_panels
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["extranet.ExtranetIndexPage", "extranet.ExtranetPage"]
    subpage_types = ["extranet.ExtranetPage"]

    class Meta:
        verbose_name = _("extranet page")
        verbose_name_plural = _("extranet pages")


class CollectionRole(models.Model):
    """What a collection is for in the extranet's rules, held by the collection's id: staff may rename a
    collection, or move it, in the admin, so the code never finds one by its name or place. Deleting
    the collection deletes its role with it; the rules then make a new collection when they next need
    one (extranet.privacy.members_collection). Not shown in the admin: nobody edits it."""

    class Role(models.TextChoices):
        MEMBERS = "members", _("members only")

    # One collection per role: two processes making the collection at once cannot both keep theirs.
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, unique=True)
    collection = models.OneToOneField(
        Collection, verbose_name=_("collection"), on_delete=models.CASCADE, related_name="extranet_role"
    )

    class Meta:
        verbose_name = _("collection role")
        verbose_name_plural = _("collection roles")

    def __str__(self):
        return f"{self.get_role_display()}: {self.collection}"
