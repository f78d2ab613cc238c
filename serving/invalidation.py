"""What makes the cached pages stale: any change to published content, whatever made it.

A publish or unpublish of a page that nothing site-wide shows (an article, an initiative: see
`narrow_scopes`) replaces only the scopes that show it (serving.dependencies): the page, the pages that
list its type, and every listing; the other articles stay cached. Everything else below replaces the
site-wide generation, and so does anything this module is not sure of.

Publishing, unpublishing, moving and deleting pages; a page's privacy (view restrictions, which the
extranet's rules also repair and copy to translations); and what pages show without being pages
themselves: Wagtail's site settings, images, documents, tags, sites and locales (named below), and each
app's own models that public pages show (a byline's person, the footer's text, the allies list), which
the app marks `@shown_on_public_pages` where it defines them. And who may see what: a restriction's
groups, and the permission to use the admin (the user bar). Saving a draft changes nothing the public
sees, so it leaves the cache alone (editors save often), but a page created live without being
published (an import) counts. A page's schedule (`expire_at`) is covered by the middleware, which never
keeps a page past the next expiry time.

What is kept about the tree's structure (serving.generation's structure generation: the Sites, locales,
restricted sections, the extranet's and working groups' places, the admin grants) is replaced only by
what can change it: a page created (a draft too: an alias, a translation, a section), moved or deleted,
a slug changed, a Site, locale or view restriction saved or deleted, and who may see what or use the
admin. A publish or unpublish never changes it."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import dependencies, generation, warming
from .restrictions import access_relations, may_be_restricted

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
# Of those, the ones whose rows what is kept with the structure generation is read from.
_structural = {PageViewRestriction, CollectionViewRestriction, Site, Locale, BaseSiteSetting}


def shown_on_public_pages(model=None, *, kept_with_structure=False):
    """Class decorator for a model that public pages show (a byline's person, the footer's text, a list
    of organizations): saving or deleting any of its rows replaces the content generation, so the
    change shows at once on every cached page and fragment. Subclasses count too.
    `@shown_on_public_pages(kept_with_structure=True)`: what is kept of it is kept with the structure
    (`cached_with_structure`: the site's own words), which its changes replace too."""

    def mark(model):
        _shown_on_public_pages.add(model)
        if kept_with_structure:
            _structural.add(model)
        return model

    return mark if model is None else mark(model)


def is_shown_on_public_pages(model):
    return issubclass(model, tuple(_shown_on_public_pages))


def is_kept_with_structure(model):
    return issubclass(model, tuple(_structural))


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
    _invalidate(instance)
    _purge_cdn(instance)


def page_moved(sender, instance, **kwargs):
    """A move changes addresses, breadcrumbs and maybe the menus: site-wide, and the tree's structure."""
    _invalidate_site_wide(structure=True)
    _purge_cdn(instance)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _invalidate_site_wide(structure=True)


def slug_changed(sender, instance, **kwargs):
    """Its address shows wherever a page links to it (rich text, call-to-action blocks): site-wide, and
    in the structure (the extranet's addresses, a Site's root)."""
    _invalidate_site_wide(structure=True)


def _invalidate(page):
    """After a publish or unpublish of `page` (or a page created live): only the scopes that show it
    when nothing site-wide may have changed, else the site-wide generation. Then, once the change is
    committed, the same again (a process that rendered between the change and the commit stored the
    old content under the new values) and the pages that show it warmed (serving.warming)."""
    scopes = narrow_scopes(page)
    if scopes is None:
        _invalidate_site_wide()
    else:
        generation.bump_scopes(scopes)
        transaction.on_commit(lambda: generation.bump_scopes(scopes))
    warming.warm_after_commit(page.pk)


def _invalidate_site_wide(structure=False):
    generation.bump(structure=structure)
    transaction.on_commit(lambda: generation.bump(structure=structure))


def _invalidate_structure():
    """A draft page was created: only the structure's facts (no public page shows a draft)."""
    generation.bump_structure()
    transaction.on_commit(generation.bump_structure)


def narrow_scopes(page):
    """The scopes a publish or unpublish of `page` replaces (serving.dependencies), or None when it may
    change what is kept site-wide, and the whole site's generation must go instead. Narrow only for a
    page whose type says which pages it shows (`shows_pages_of`: a type the project has checked), that
    is no alias and has none, has no children (whose breadcrumbs show it), is public (nothing kept of a
    restricted page or of the restricted sections changes), and is not a child of a site's home page
    (the menus list those)."""
    model = type(page)
    if not dependencies.shows_only_declared_pages(model) or page.alias_of_id is not None:
        return None
    if page.numchild or not page.path or may_be_restricted(page):
        return None
    deepest_home = Site.objects.aggregate(depth=Max("root_page__depth"))["depth"] or 0
    if page.depth <= deepest_home + 1:
        return None
    if Page.objects.filter(alias_of_id=page.pk).exists():
        return None
    translations = Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)
    return [
        dependencies.LISTINGS,
        dependencies.type_scope(model._meta.label),
        *(dependencies.page_scope(pk) for pk in {page.pk, *translations}),
    ]


def content_changed(sender, instance, created=False, **kwargs):
    if created and isinstance(instance, Page):
        # A new page is a new place in the tree, draft or not (an alias of a restricted page is
        # restricted, a new extranet section is private from its first save).
        _invalidate_structure()
        # A page created live in code (an import, a factory) is published without a page_published
        # signal.
        if instance.live:
            _invalidate(instance)
    elif instance is not None and is_shown_on_public_pages(type(instance)):
        _invalidate_site_wide(structure=is_kept_with_structure(type(instance)))


def access_changed(sender, action, **kwargs):
    """Who may see what changed (restrictions.access_relations): kept with the structure, and pages
    rendered with the old answer are stale too."""
    if action in {"post_add", "post_remove", "post_clear"}:
        _invalidate_site_wide(structure=True)


def connect():
    page_published.connect(page_changed, dispatch_uid="serving-published")
    page_unpublished.connect(page_changed, dispatch_uid="serving-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="serving-moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="serving-slug-changed")
    post_delete.connect(page_deleted, dispatch_uid="serving-page-deleted")
    post_save.connect(content_changed, dispatch_uid="serving-content-saved")
    post_delete.connect(content_changed, dispatch_uid="serving-content-deleted")
    for through in access_relations():
        m2m_changed.connect(
            access_changed, sender=through, dispatch_uid=f"serving-access-{through._meta.label}"
        )
