"""Signal receivers that keep the privacy rules true whatever path a change takes (admin, shell, code)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Revision
from wagtail.signals import page_published, pre_page_move

from serving.api import current_request

from . import privacy
from .models import ExtranetIndexPage, MembersOnlyPageMixin


@receiver(post_save)
def on_page_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if isinstance(instance, ExtranetIndexPage):
        privacy.ensure_extranet_restriction(instance)
    elif created and not privacy.applying_rules():
        privacy.apply_source_privacy(instance)


@receiver(pre_save)
def refuse_members_only_page_outside_extranet(sender, instance, raw=False, **kwargs):
    """Member-only page types exist only below an extranet index (a copy, alias or import included)."""
    if raw or not isinstance(instance, MembersOnlyPageMixin) or isinstance(instance, ExtranetIndexPage):
        return
    if instance.path and privacy.extranet_index_for(instance, inclusive=False) is None:
        raise ValidationError(
            f"{type(instance).__name__} pages can only be created inside the members' extranet."
        )


@receiver(pre_page_move)
def refuse_moving_extranet_content_out(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """The last line behind the admin's move hook: code that moves pages is held to the same rule."""
    if privacy.is_in_extranet(parent_page_before) and not privacy.is_in_extranet(parent_page_after):
        raise PermissionDenied("Extranet content cannot be moved out of the extranet.")


def _restriction_changed(page_id):
    if privacy.applying_rules():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return  # the page itself is being deleted
    page = page.specific
    if isinstance(page, ExtranetIndexPage):
        privacy.ensure_extranet_restriction(page)
    source = privacy.source_of(page)
    privacy.apply_source_privacy(page)
    if source.pk != page.pk:
        _tell_the_editor_privacy_follows(source)


def _tell_the_editor_privacy_follows(source):
    """A translation's own privacy change is brought back to its source's: the editor who made it (in
    the admin's privacy dialog, which has no hook for a message of its own) is told why on their next
    admin page."""
    request = current_request.get()
    # The row and then its groups are saved: one message for the lot.
    if request is None or not hasattr(request, "_messages") or getattr(request, "privacy_follow_told", False):
        return
    request.privacy_follow_told = True
    message = _(
        "A translation's privacy follows its source page: change it on “%(title)s” (%(language)s), and "
        "every translation follows."
    ) % {"title": source.title, "language": source.locale.get_display_name()}
    messages.warning(request, message)


@receiver(post_save, sender=PageViewRestriction)
def on_restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _restriction_changed(instance.page_id)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, PageViewRestriction):
        _restriction_changed(instance.page_id)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def no_groups_for_a_reverted_restriction(sender, instance, action, pk_set, **kwargs):
    """A translation's own restriction is removed as soon as it is saved (privacy follows the source),
    but the admin's privacy dialog saves the row first and its groups after: they would point at a row
    that is gone, a foreign key error when the transaction commits. Emptying `pk_set` before the add
    leaves Django nothing to insert."""
    if (
        action == "pre_add"
        and pk_set
        and isinstance(instance, PageViewRestriction)
        and not PageViewRestriction.objects.filter(pk=instance.pk).exists()
    ):
        pk_set.clear()


@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_deleted(sender, instance, **kwargs):
    # After the commit: when the page itself is being deleted, its restriction goes with it.
    page_id = instance.page_id
    transaction.on_commit(lambda: _restriction_changed(page_id))


@receiver(post_delete, sender=CollectionViewRestriction)
def on_collection_restriction_deleted(sender, instance, **kwargs):
    collection_id = instance.collection_id

    def restore():
        if privacy.applying_rules():
            return
        # Gone with its collection (deleted), the role is too: nothing to restore.
        if privacy.is_the_members_collection(collection_id):
            privacy.ensure_collection_restriction(privacy.Collection.objects.get(pk=collection_id))

    transaction.on_commit(restore)


@receiver(post_save, sender=Revision)
def protect_documents_of_draft(sender, instance, created, raw=False, **kwargs):
    """Documents linked from a member-only page become members-only as soon as a draft links them."""
    if raw or not created:
        return
    model = instance.content_type.model_class()
    if model is not None and issubclass(model, MembersOnlyPageMixin):
        privacy.protect_documents_of(instance.as_object())


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, MembersOnlyPageMixin):
        privacy.protect_documents_of(page)
        privacy.sync_schedule_to_translations(page)
