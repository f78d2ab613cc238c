"""Each group keeps its documents in a collection of its own, inside the members-only collection; a
document a group's page (of any type: its notes, meetings, events) links moves there as soon as a draft
links it (after the extranet's own rule has
moved it into the members-only collection)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from extranet import privacy

from . import access as group_access
from .models import WorkingGroupContentPage, WorkingGroupMembership, WorkingGroupPage

# The admin shows a collection's name as written, whatever its language.
COLLECTION_PREFIX = "Working group / Grupo de trabajo: "


def collection_name(title):
    """A group's collection's name, in both languages like the members' collection it sits in."""
    return f"{COLLECTION_PREFIX}{title}"[:255]


def collection_for(group):
    """The group's collection, made on first need below the members-only collection (one for all the
    group's translations)."""
    source = WorkingGroupPage.objects.filter(
        translation_key=group.translation_key, collection__isnull=False
    ).first()
    if source is not None:
        collection = source.collection
    else:
        collection = privacy.members_collection().add_child(name=collection_name(group.title))
    WorkingGroupPage.objects.filter(translation_key=group.translation_key).update(collection=collection)
    return collection


def protect_documents_of(page):
    """Move what a group page links into its group's collection. A document already kept by another
    group stays where it is (its own group would lose it otherwise; this group's members are refused it)."""
    group = group_access.group_home_above(page)
    ids = privacy.documents_referenced_by(page)
    if group is None or not ids:
        return
    collection = collection_for(group)
    group_collections = WorkingGroupPage.objects.exclude(collection=None).values_list(
        "collection_id", flat=True
    )
    (
        get_document_model()
        .objects.filter(pk__in=ids)
        .exclude(collection_id__in=list(group_collections))
        .update(collection=collection)
    )


def _placed_in_a_group(page):
    """A group's own page of any type (its notes, events and meetings, placed below its home)."""
    return isinstance(page, WorkingGroupContentPage) or group_access.group_key_above(page) is not None


@receiver(post_save, sender=Revision)
def protect_documents_of_draft(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    model = instance.content_type.model_class()
    if model is None or not issubclass(model, Page):
        return
    page = instance.as_object()
    if _placed_in_a_group(page):
        protect_documents_of(page)


@receiver(page_published)
def on_group_page_published(sender, instance, **kwargs):
    page = instance.specific
    if _placed_in_a_group(page):
        protect_documents_of(page)
    elif isinstance(page, WorkingGroupPage):
        collection_for(page)
        # The lead is one of the group's members.
        if page.lead_id:
            WorkingGroupMembership.objects.get_or_create(group_key=page.translation_key, user_id=page.lead_id)
