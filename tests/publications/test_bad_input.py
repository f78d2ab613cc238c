"""Bad input for embargoed drafts: refused server-side, with the message on the field."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form


def document_form(name, content):
    form_class = get_document_form(get_document_model())
    return form_class(
        data={"title": "Attachment"}, files={"file": SimpleUploadedFile(name, content)}, user=None
    )


def test_a_disallowed_file_type_is_refused(db):
    form = document_form("payload.exe", b"MZ")
    assert not form.is_valid()
    assert "file" in form.errors


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10)
def test_an_oversized_file_is_refused(db):
    form = document_form("draft.pdf", b"%PDF-1.4 " + b"x" * 100)
    assert not form.is_valid()
    assert "file" in form.errors


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10)
def test_an_oversized_file_gets_only_the_size_message(db):
    """Not also "File extension “” is not allowed", about the file the size check already refused."""
    form = document_form("draft.pdf", b"%PDF-1.4 " + b"x" * 100)
    assert not form.is_valid()
    assert [error.code for error in form.errors.as_data()["file"]] == ["file_too_large"]
    assert "extension" not in str(form.errors)
