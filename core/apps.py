from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks: the abstract base page, the body blocks, site settings, navigation."""

    name = "core"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import post_page_move

        from . import serving

        # Any sender: every page type is its own model, and the receivers must not miss one.
        post_save.connect(serving.forget_if_tree_or_privacy, dispatch_uid="core.serving.saved")
        post_delete.connect(serving.forget_if_tree_or_privacy, dispatch_uid="core.serving.deleted")
        post_page_move.connect(serving.forget, dispatch_uid="core.serving.moved")
        for through in serving.access_relations():
            m2m_changed.connect(
                serving.forget, sender=through, dispatch_uid=f"core.serving.{through._meta.label}"
            )
