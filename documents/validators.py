"""Uploaded documents must be what their name says.

Wagtail checks the extension against WAGTAILDOCS_EXTENSIONS and the size against
WAGTAILDOCS_MAX_UPLOAD_SIZE, but a renamed file passes both: an executable called `report.pdf`, or an
HTML page called `notes.txt` that a browser might render. Here the first bytes (and, for the Office and
OpenDocument formats, the zip's table of contents) are checked against the format the extension names.
Only the standard library is needed for the formats we accept; a new extension in
WAGTAILDOCS_EXTENSIONS needs a rule here, or every upload of it is refused (see CHECKS).
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEAD_BYTES = 8192

# Starts of common binary formats: none of them may hide behind .txt or .csv.
BINARY_SIGNATURES = (
    b"%PDF-",
    b"PK\x03\x04",
    b"MZ",  # Windows executables
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # old Office (OLE)
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",  # gzip
)


def _head(file):
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    return head


def _zip_names(file):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return []
    finally:
        file.seek(0)


def _is_pdf(file):
    # The PDF header may follow a little junk, but must be within the first 1024 bytes.
    return b"%PDF-" in _head(file)[:1024]


def _is_rtf(file):
    return _head(file).startswith(b"{\\rtf")


def _is_text(file):
    head = _head(file)
    return b"\x00" not in head and not head.startswith(BINARY_SIGNATURES)


def _office_open_xml(folder):
    def check(file):
        names = _zip_names(file)
        return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)

    return check


def _opendocument(mimetype):
    def check(file):
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as archive:
                # The OpenDocument spec puts a `mimetype` entry first, holding the exact type.
                first = archive.infolist()[0] if archive.infolist() else None
                return first is not None and first.filename == "mimetype" and archive.read(first) == mimetype
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            return False
        finally:
            file.seek(0)

    return check


# extension: (what the file must be, in words for the editor; the check)
CHECKS = {
    "pdf": (_("PDF document"), _is_pdf),
    "docx": (_("Word document"), _office_open_xml("word/")),
    "xlsx": (_("Excel spreadsheet"), _office_open_xml("xl/")),
    "pptx": (_("PowerPoint presentation"), _office_open_xml("ppt/")),
    "odt": (_("OpenDocument text"), _opendocument(b"application/vnd.oasis.opendocument.text")),
    "rtf": (_("RTF document"), _is_rtf),
    "txt": (_("plain text file"), _is_text),
    "csv": (_("CSV (plain text) file"), _is_text),
}


def validate_document_content(file, name):
    """Raise ValidationError unless `file` (an open, seekable upload) really is what `name`'s extension
    says."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind, check = CHECKS.get(extension, (None, None))
    if check is None:
        raise ValidationError(
            _("Files ending in .%(extension)s cannot be checked, so they are not accepted."),
            code="unchecked_extension",
            params={"extension": extension},
        )
    if not check(file):
        raise ValidationError(
            _(
                "This file is not a real %(kind)s, although its name ends in .%(extension)s. "
                "Save it again in that format, or give it the extension of what it really is."
            ),
            code="content_mismatch",
            params={"kind": kind, "extension": extension},
        )
