"""What makes the cached pages stale: any change to published content, whatever made it.

Publishing, unpublishing, moving and deleting pages; a page's privacy (view restrictions, which the
extranet's rules also repair and copy to translations); and what pages show without being pages
themselves: Wagtail's site settings, images, documents, tags, sites and locales (named below), and each
app's own models that public pages show (a byline's person, the footer's text, the allies list), which
the app marks `@shown_on_public_pages` where it defines them. And who may see what: a restriction's
groups, and the permission to use the admin (the user bar). Saving a draft changes nothing the public
sees, so it leaves the cache alone (editors save often), but a page created live without being
published (an import) counts. A page's schedule (`expire_at`) is covered by the middleware, which never
keeps a page past the next expiry time."""

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
from .restrictions import access_relations

logger = logging.getLogger(__name__)


# What public pages show besides pages, by model. Wagtail's own models are named here; each app names
# its own where the model is defined, with `shown_on_public_pages` (serving.api).
_shown_on_public_pages = {
    PageViewRestriction,
    CollectionViewRestriction,
    Site,
    Locale,
    BaseSiteSetting,
    AbstractImage,
    AbstractDocument,
    Tag,
}


def shown_on_public_pages(model):
    """Class decorator for a model that public pages show (a byline's person, the footer's text, a list
    of organizations): saving or deleting any of its rows replaces the content generation, so the
    change shows at once on every cached page and fragment. Subclasses count too."""
    _shown_on_public_pages.add(model)
    return model


def is_shown_on_public_pages(model):
    return issubclass(model, tuple(_shown_on_public_pages))


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
    if new_live_page or (instance is not None and is_shown_on_public_pages(type(instance))):
        generation.bump()


def access_changed(sender, action, **kwargs):
    """Who may see what changed (restrictions.access_relations): kept site-wide, so a new generation."""
    if action in {"post_add", "post_remove", "post_clear"}:
        generation.bump()


def connect():
    page_published.connect(page_changed, dispatch_uid="serving-published")
    page_unpublished.connect(page_changed, dispatch_uid="serving-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="serving-moved")
    post_delete.connect(page_deleted, dispatch_uid="serving-page-deleted")
    post_save.connect(content_changed, dispatch_uid="serving-content-saved")
    post_delete.connect(content_changed, dispatch_uid="serving-content-deleted")
    for through in access_relations():
        m2m_changed.connect(
            access_changed, sender=through, dispatch_uid=f"serving-access-{through._meta.label}"
        )
