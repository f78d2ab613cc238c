from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from .storage import document_storage


class SiteDocument(AbstractDocument):
    """Wagtail's document, stored privately (see documents/storage.py)."""

    file = models.FileField(upload_to="documents", storage=document_storage, verbose_name=_("file"))

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
