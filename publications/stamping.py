"""Stamping confidential PDFs for the person who downloads them.

pypdf reads the file and merges a stamp onto every page; reportlab draws the stamp (a line along the
foot of each page). The stamp is text, so it survives printing and is found by text search.
"""

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

FONT = "Helvetica-Bold"
FONT_SIZE = 8


def recipient_of(user):
    """(name, organization) of the person a copy is prepared for."""
    if not user.is_authenticated:
        return "", ""
    name = user.get_full_name() or user.email or user.get_username()
    profile = getattr(user, "member_profile", None)
    organization = profile.organization.name if profile and profile.organization else ""
    return name, organization


def stamp_text(user, when=None):
    name, organization = recipient_of(user)
    date = formats.date_format(timezone.localtime(when), "Y-m-d")
    recipient = f"{name}, {organization}" if organization else name
    text = _("Confidential – prepared for %(recipient)s – %(date)s")  # noqa: RUF001 (the dash is meant)
    return text % {"recipient": recipient, "date": date}


def is_pdf(document):
    return document.file_extension.lower() == "pdf"


def _stamp_page(width, height, text):
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(width, height))
    drawing.setFont(FONT, FONT_SIZE)
    drawing.setFillColorRGB(0.6, 0.05, 0.05)
    drawing.drawCentredString(width / 2, 14, text)
    drawing.drawCentredString(width / 2, height - 14, text)
    drawing.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def stamp_pdf(data, text):
    """The PDF `data` with `text` on every page. Raises pypdf's errors for a file that is not a PDF."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter(clone_from=reader)
    stamps = {}
    for page in writer.pages:
        box = page.mediabox
        size = (float(box.width), float(box.height))
        if size not in stamps:
            stamps[size] = _stamp_page(*size, text)
        page.merge_transformed_page(stamps[size], [1, 0, 0, 1, float(box.left), float(box.bottom)])
    writer.add_metadata({"/Subject": text})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
