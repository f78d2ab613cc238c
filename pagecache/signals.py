"""What makes the cached pages stale: any change to published content, whatever made it.

Publishing, unpublishing, moving and deleting pages; a page's privacy (view restrictions, which the
extranet's rules also repair and copy to translations); and what pages show without being pages
themselves: site settings (footer), people (bylines), images (alt text, focal point), tags, sites,
locales and the allies list's organizations, profiles and focus areas. And who may see what: a
restriction's groups, and the permission to use the admin (the user bar). Saving a draft changes nothing
the public sees, so it leaves the cache alone (editors save often), but a page created live without
being published (an import) counts. A page's schedule
(`expire_at`) is covered by the middleware, which never keeps a page past the next expiry time.
"""

import logging

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation

logger = logging.getLogger(__name__)


def _content_models():
    """Everything besides pages that public pages show: a change to any of them must show at once."""
    from core.models import SiteText
    from members.models import (
        FocusArea,
        FocusAreaLabel,
        Organization,
        OrganizationFocusArea,
        OrganizationProfile,
    )
    from people.models import Person

    return (
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        Locale,
        BaseSiteSetting,
        AbstractImage,
        AbstractDocument,
        Tag,
        Person,
        SiteText,  # the organization's name, tagline and address in each language
        # The public allies list (members.blocks.AlliesListBlock): the organizations, their profiles in
        # each language, and their focus areas with the focus areas' labels in each language.
        Organization,
        OrganizationProfile,
        OrganizationFocusArea,
        FocusArea,  # its own TagBase, not taggit's Tag
        FocusAreaLabel,
    )


def _purge_cdn(page):
    """With a CDN in front, also purge the pages that list this one (Wagtail purges the page itself on
    publish and unpublish). The CDN's own expiry (PAGE_CACHE_CDN_SECONDS) bounds anything else."""
    if not (settings.WAGTAILFRONTENDCACHE and settings.PAGE_CACHE_CDN_SECONDS):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(page.get_ancestors().filter(depth__gt=1).live().specific())
    batch.add_page(page)
    try:
        batch.purge()
    except Exception:  # a CDN outage must not stop an editor from publishing
        logger.exception("Could not purge the CDN after a change to %s", page)


def page_changed(sender, instance, **kwargs):
    generation.bump()
    _purge_cdn(instance)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        generation.bump()


def content_changed(sender, instance, created=False, **kwargs):
    # A page created live in code (an import, a factory) is published without a page_published signal.
    new_live_page = created and isinstance(instance, Page) and instance.live
    if new_live_page or isinstance(instance, _content_models()):
        generation.bump()


def access_changed(sender, action, **kwargs):
    """Who may see what changed (core.serving.access_relations): kept site-wide, so a new generation."""
    if action in {"post_add", "post_remove", "post_clear"}:
        generation.bump()


def connect():
    page_published.connect(page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="pagecache-moved")
    post_delete.connect(page_deleted, dispatch_uid="pagecache-page-deleted")
    post_save.connect(content_changed, dispatch_uid="pagecache-content-saved")
    post_delete.connect(content_changed, dispatch_uid="pagecache-content-deleted")
    from core.serving import access_relations

    for through in access_relations():
        m2m_changed.connect(
            access_changed, sender=through, dispatch_uid=f"pagecache-access-{through._meta.label}"
        )
