from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.models import BasePage

from .blocks import StandardPageBodyBlock


class StandardPage(BasePage):
    """A general page built from the shared body blocks: About, Membership, FAQ and the like."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "standardpages.StandardPage"]
    subpage_types = ["standardpages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def subpages(self):
        """The live, public pages below this one, listed as cards under its body. (Most pages have no
        child at all, which the tree already knows: then no query.)"""
        if not self.numchild:
            return StandardPage.objects.none()
        return StandardPage.objects.child_of(self).cards()
