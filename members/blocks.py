"""Body blocks about membership, for the general pages (standardpages.blocks.StandardPageBodyBlock)."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.models import Page

from serving import api as serving

from .models import Organization
from .models.public_profiles import public_allies, with_public_words

# The one rendition the allies list shows; prefetched with the logos so the list costs the same few
# queries however many allies it shows.
LOGO_RENDITION = "max-160x80|format-webp"


class AlliesListBlock(blocks.StructBlock):
    """The public list of allies: active organizations that agreed to be listed, each with its public
    profile in the reader's language (members.models.public_profiles). Editors place the list; which
    organizations appear is decided on each organization in the admin, never here."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "group"
        label = _("Allies list")
        template = "blocks/allies_list_block.html"

    def render(self, value, context=None):
        """Kept as a fragment, like a listing's cards: the same for every reader of a language and host,
        and replaced by any change to an organization, its profile or its focus areas (they are
        `@shown_on_public_pages`). Never kept on a page a view restriction may cover."""
        context = context or {}
        request, page = context.get("request"), context.get("page")
        if request is None or not isinstance(page, Page):
            return super().render(value, context)
        parts = (value.get("heading") or "", value.get("text") or "", page.pk)
        return serving.cached_for_page(
            request, page, "allies-list", lambda: super(AlliesListBlock, self).render(value, context), *parts
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        logos = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
        organizations = Organization.objects.listed().prefetch_related(Prefetch("logo", queryset=logos))
        context["allies"] = public_allies(with_public_words(organizations))
        return context


class JoinCallToActionBlock(blocks.StructBlock):
    """A call to action leading to the site's own membership application form, in the reader's
    language (a plain call-to-action block can only point at pages or other sites)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "user"
        label = _("Join the alliance (application form)")
        template = "blocks/join_call_to_action_block.html"
