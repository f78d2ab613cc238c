from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from core import access


class PrivacyAwarePageLinkHandler(PageLinkHandler):
    """Rich-text links render an address only for a reader the access policy lets follow it; everyone
    else gets the link text alone, with no address that names the page: a page behind a restriction
    (the extranet), a draft or a page not yet public (an embargoed publication), an expired page.
    Outside a request (feeds, emails) the reader is everyone: only public pages are linked."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        tags = []
        for page in cls.get_many(attrs_list):
            url = access.followable_url(page)
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags
