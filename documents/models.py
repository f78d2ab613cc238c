from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from .storage import document_storage
from .validators import validate_document_content


class SiteDocument(AbstractDocument):
    """Wagtail's document, stored privately (see documents/storage.py)."""

    file = models.FileField(upload_to="documents", storage=document_storage, verbose_name=_("file"))

    admin_form_fields = WagtailDocument.admin_form_fields

    def clean(self):
        """Wagtail's checks (allowed extension), then: the contents match the extension. Only a new
        upload is read; a stored file was checked when it arrived. With no file, the form's file field has
        already refused the upload (too large, say): that is the one message to show, not Wagtail's
        "File extension “” is not allowed" about a file that is not there."""
        if not self.file:
            return
        super().clean()
        if self.file and not self.file._committed:
            try:
                validate_document_content(self.file.file, self.file.name)
            except ValidationError as error:
                raise ValidationError({"file": error}) from error

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
