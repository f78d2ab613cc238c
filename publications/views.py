import logging
import mimetypes
from pathlib import PurePath

from django.http import Http404, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from pypdf.errors import PyPdfError

from core import access
from extranet.views import refused_page_response
from serving.api import mark_private

from .models import AccessLog, DraftAttachment
from .stamping import is_pdf, stamp_pdf, stamp_text

logger = logging.getLogger(__name__)


def download_attachment(request, draft_id, attachment_id):
    """A confidential attachment of an embargoed draft: PDFs stamped for the reader, other files as they
    are; every download recorded. For whoever the access policy lets read the draft (the extranet's
    audience, and the draft's own restrictions if it is restricted further), and never cached. This is
    the only door to these files for anyone but staff (the document rule in wagtail_hooks.py)."""
    mark_private(request)
    attachment = (
        DraftAttachment.objects.select_related("page", "document")
        .filter(pk=attachment_id, page_id=draft_id)
        .first()
    )
    draft = attachment.page if attachment else None
    if draft is None or not access.may_view_page(request.user, draft):
        # The same answer whether the attachment exists or not.
        return refused_page_response(request, draft)

    document = attachment.document
    with document.open_file() as handle:
        data = handle.read()
    stamped = is_pdf(document)
    if stamped:
        try:
            data = stamp_pdf(data, stamp_text(request.user))
        except PyPdfError:
            # Never hand out an unstamped copy of a confidential PDF.
            logger.exception("Could not stamp document %s", document.pk)
            raise Http404 from None
        content_type = "application/pdf"
    else:
        content_type = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"

    AccessLog.record(request, draft, AccessLog.Action.DOWNLOAD, document=document, stamped=stamped)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{download_name(attachment)}"'
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response


def download_name(attachment):
    """The saved file's name: the attachment's title as the draft page shows it, and the file's type.
    Never the stored file name, which may say what the reader was not shown (an earlier title, a
    colleague's working name)."""
    extension = PurePath(attachment.document.filename).suffix.lower()
    if not extension[1:].isalnum():
        extension = ""
    return f"{slugify(attachment.title) or 'attachment'}{extension}"
