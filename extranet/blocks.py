"""Body blocks for member-only pages: the shared blocks without images or embeds.

Images are public files (renditions are served from public media), and embeds load third-party content
that would learn the page's address, so neither belongs in confidential content. Documents stay: they
are moved into the members-only collection when a page that links them is saved (extranet.privacy).
"""

from wagtail import blocks

from core.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    DocumentLinkBlock,
    FAQBlock,
    HeadingBlock,
    QuoteBlock,
)


class ExtranetBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    document = DocumentLinkBlock()
