from django.apps import AppConfig


class ServingConfig(AppConfig):
    """How a page is served in few queries: routing help, the request memo, the page and fragment
    caches and their invalidation (docs/architecture.md, docs/performance.md). Other apps use it
    through serving.api only."""

    name = "serving"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import post_page_move

        from . import invalidation, memo, restrictions

        invalidation.connect()
        # What this request kept of the tree, its privacy and its locales is dropped when they change
        # in the request itself. Any sender: every page type is its own model.
        post_save.connect(memo.forget_if_tree_or_privacy, dispatch_uid="serving.memo.saved")
        post_delete.connect(memo.forget_if_tree_or_privacy, dispatch_uid="serving.memo.deleted")
        post_page_move.connect(memo.forget, dispatch_uid="serving.memo.moved")
        for through in restrictions.access_relations():
            m2m_changed.connect(
                memo.forget, sender=through, dispatch_uid=f"serving.memo.{through._meta.label}"
            )
        # The development server reloads the code when a Python file changes, but only its template
        # loaders when a template does: a new release then, so nothing kept shows the old template.
        from django.utils.autoreload import file_changed

        from . import generation

        file_changed.connect(generation.forget_release, dispatch_uid="serving.release")
