import logging
import mimetypes

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from pypdf.errors import PyPdfError

from extranet.middleware import mark_private
from extranet.views import members_only_response
from members.access import has_extranet_access

from .models import AccessLog, DraftAttachment
from .stamping import is_pdf, stamp_pdf, stamp_text

logger = logging.getLogger(__name__)


def download_attachment(request, draft_id, attachment_id):
    """A confidential attachment of an embargoed draft: PDFs stamped for the reader, other files as they
    are; every download recorded. Only for the extranet's audience, and never cached."""
    mark_private(request)
    if not has_extranet_access(request.user):
        return members_only_response(request)
    attachment = get_object_or_404(
        DraftAttachment.objects.select_related("page", "document"), pk=attachment_id, page_id=draft_id
    )
    draft = attachment.page
    if not draft.is_available_now():
        raise Http404
    # The draft's own restrictions (a page restricted further than the extranet) apply too.
    for restriction in draft.get_view_restrictions():
        if not restriction.accept_request(request):
            return members_only_response(request)

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
    response["Content-Disposition"] = f'attachment; filename="{document.filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response
