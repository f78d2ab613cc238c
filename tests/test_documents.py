"""Documents have no public media address: every download goes through Wagtail's serve view."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    return get_document_model().objects.create(
        title="Agenda", file=ContentFile(b"%PDF-1.4 agenda", name="agenda.pdf")
    )


def test_document_files_are_stored_outside_media_root(document):
    path = document.file.path
    assert not path.startswith(str(settings.MEDIA_ROOT) + "/documents")
    assert path.startswith(str(settings.DOCUMENTS_ROOT))


def test_document_file_has_no_public_url(document):
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018


def test_document_is_served_by_the_view(client, document):
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 agenda"
