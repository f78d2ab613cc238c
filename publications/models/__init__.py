from .access_log import AccessLog
from .drafts import DraftAttachment, EmbargoedDraftPage
from .publications import PublicationIndexPage, PublicationPage, PublicationTag

__all__ = [
    "AccessLog",
    "DraftAttachment",
    "EmbargoedDraftPage",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationTag",
]
