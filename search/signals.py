"""Index a published page again once its child rows are written.

The search index is updated on `post_save` (modelsearch's handler enqueues a task that reads the page
back from the database). A page keeps its tags, policy principles and learning sessions in child rows
(modelcluster) that `ClusterableModel.save` writes only after `post_save` has run, so on that first
pass the index got the page's previous tags and principles, or none. `page_published` comes after the
whole save, children included.
"""

from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import page_published


@receiver(page_published)
def index_with_child_rows(sender, instance, **kwargs):
    if index.class_is_indexed(type(instance)):
        index.insert_or_update_object(instance)
