"""Uploads must be what their names say: documents are checked against their extension (documents.
validators), images by Wagtail through Willow; the admin shows why a file is refused."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.conftest import with_two_factor

pytestmark = pytest.mark.django_db


def office_file(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
    return buffer.getvalue()


def odt_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "root-pass-123456")
    with_two_factor(admin)
    client.force_login(admin)
    return client


def upload_document(admin_client, name, content):
    from wagtail.models import Collection

    return admin_client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("agenda.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("notes.docx", office_file("word")),
        ("budget.xlsx", office_file("xl")),
        ("slides.pptx", office_file("ppt")),
        ("minutes.odt", odt_file()),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}"),
        ("members.csv", "name,town\nAna,León\n".encode()),
        ("readme.txt", b"Plain words.\n"),
    ],
)
def test_real_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00 an executable"),
        ("report.pdf", b"<html><script>alert(1)</script></html>"),
        ("notes.docx", office_file("xl")),  # a spreadsheet wearing a Word name
        ("notes.docx", b"PK\x03\x04 not really a zip"),
        ("minutes.odt", office_file("word")),
        ("letter.rtf", b"%PDF-1.4"),
        ("members.csv", b"PK\x03\x04" + office_file("xl")),
        ("readme.txt", b"\x7fELF\x02\x01\x01\x00\x00"),
        ("readme.txt", b"text with a \x00 NUL byte"),
    ],
)
def test_renamed_files_are_refused_with_a_clear_message(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert "is not a real" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_extensions_outside_the_allow_list_are_still_refused(admin_client):
    response = upload_document(admin_client, "tool.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_every_allowed_extension_has_a_content_check(settings):
    from documents.validators import CHECKS

    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(CHECKS)


def test_a_stored_document_is_not_checked_again_on_edit(admin_client):
    """Editing the title of an existing document does not read its file back."""
    from django.core.files.base import ContentFile

    document = get_document_model().objects.create(
        title="Old", file=ContentFile(b"%PDF-1.4 old", name="old.pdf")
    )
    document.title = "Renamed"
    document.full_clean()


def upload_image(admin_client, name, content):
    from wagtail.models import Collection

    return admin_client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_a_real_image_is_accepted(admin_client):
    response = upload_image(admin_client, "teal.png", png_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("teal.jpg", png_bytes(), "The extension does not match the file format"),
        ("page.png", b"<svg onload=alert(1)></svg>", "Upload a valid image"),
        ("doc.gif", b"%PDF-1.4", "Upload a valid image"),
    ],
)
def test_an_image_whose_contents_do_not_match_is_refused(admin_client, name, content, message):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().objects.exists()
