"""The signup form as a body block (core.blocks.BodyBlock), for editors who want it inside a page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SignupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "mail"
        label = _("Email signup")
        template = "blocks/signup_block.html"
