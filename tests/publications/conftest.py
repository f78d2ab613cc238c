"""Publications in English and Spanish, an embargoed draft linked to one, and a real PDF attachment."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model

from publications.factories import (
    EmbargoedDraftPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)
from publications.models import DraftAttachment
from tests.extranet.conftest import extranet, roles  # noqa: F401 (fixtures)


def make_pdf(*lines, pages=2):
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for number in range(pages):
        for offset, line in enumerate(lines):
            drawing.drawString(72, 720 - 16 * offset, f"{line} (page {number + 1})")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def make_document(title, filename, content):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=filename))


@pytest.fixture
def publication_index(home_page):
    return make_publication_index(home_page)


def make_publication_index(home_page):
    return PublicationIndexPageFactory(parent=home_page, slug="publications")


@pytest.fixture
def scheduled_publication(publication_index):
    """A publication not yet live: the public version an embargoed draft will become."""
    return make_scheduled_publication(publication_index)


def make_scheduled_publication(publication_index):
    page = PublicationPageFactory(
        parent=publication_index, title="Final report", slug="final-report", live=False
    )
    page.save_revision()
    return page


@pytest.fixture
def draft(extranet, scheduled_publication):  # noqa: F811
    return make_draft(extranet, scheduled_publication)


def make_draft(extranet, scheduled_publication):  # noqa: F811  (the name of the imported fixture)
    pdf = make_document("Confidential draft", "draft.pdf", make_pdf("Draft findings on housing"))
    notes = make_document("Talking points", "points.txt", b"Plain talking points\n")
    page = EmbargoedDraftPageFactory(
        parent=extranet["index"],
        title="Housing report draft",
        slug="housing-draft",
        embargo_lifts_at=timezone.now() + datetime.timedelta(days=10),
        final_publication=scheduled_publication,
    )
    DraftAttachment.objects.create(page=page, document=pdf, sort_order=0)
    DraftAttachment.objects.create(page=page, document=notes, label="Talking points", sort_order=1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def attachments_of(draft_page):
    pdf, text = draft_page.attachments.order_by("sort_order")
    return pdf, text
