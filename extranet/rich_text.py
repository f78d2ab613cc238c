from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from core.links import can_follow, current_request


class PrivacyAwarePageLinkHandler(PageLinkHandler):
    """Rich-text links to pages behind a view restriction (the extranet) are links only for people who
    may follow them; everyone else gets the link text alone, with no address that names the page.
    Outside a request (feeds, emails) nobody may follow them."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        request = current_request.get()
        linked_ids = [page.pk for page in pages if page is not None]
        private_ids = set(Page.objects.filter(pk__in=linked_ids).not_public().values_list("pk", flat=True))
        tags = []
        for page in pages:
            if page is None or (page.pk in private_ids and not can_follow(page, request)):
                tags.append("<a>")
            else:
                tags.append(f'<a href="{escape(page.localized.url)}">')
        return tags
