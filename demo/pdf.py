"""A small PDF writer for the demo's downloadable documents.

Real text (not a picture of text), so the file is tiny, searchable and readable by screen readers'
PDF tools. Only what the demo needs: the two standard Helvetica fonts, headings and wrapped
paragraphs on A4 pages. No creation date is written, so the same input gives the same bytes.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64

# (font resource, size, leading, characters per line, space before) for each kind of line.
STYLES = {
    "title": ("F2", 20, 26, 48, 0),
    "subtitle": ("F1", 12, 17, 80, 4),
    "heading": ("F2", 13, 18, 70, 16),
    "text": ("F1", 10.5, 15, 92, 4),
    "bullet": ("F1", 10.5, 15, 88, 2),
}


def _escape(text):
    """PDF string literal in WinAnsi (cp1252), which covers Spanish accents, ñ, ¿ and ¡."""
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _layout(blocks):
    """Place (style, text) blocks on pages: a list of pages, each a list of (font, size, x, y, text)."""
    pages, current, y = [], [], PAGE_HEIGHT - MARGIN
    for style, text in blocks:
        font, size, leading, width, space_before = STYLES[style]
        indent = 14 if style == "bullet" else 0
        lines = textwrap.wrap(text, width=width) or [""]
        if style == "bullet":
            lines = ["- " + lines[0], *["  " + line for line in lines[1:]]]
        y -= space_before
        # Keep a heading with at least two lines of what follows it.
        needed = leading * (len(lines) + (2 if style == "heading" else 0))
        if y - needed < MARGIN and current:
            pages.append(current)
            current, y = [], PAGE_HEIGHT - MARGIN
        for line in lines:
            y -= leading
            current.append((font, size, MARGIN + indent, y, line))
    pages.append(current)
    return pages


def _content_stream(lines, page_number, footer):
    parts = ["BT"]
    for font, size, x, y, text in lines:
        parts.append(f"/{font} {size} Tf 1 0 0 1 {x} {y:.1f} Tm ({_escape(text)}) Tj")
    parts.append(f"/F1 8 Tf 1 0 0 1 {MARGIN} 36 Tm ({_escape(f'{footer} - {page_number}')}) Tj")
    parts.append("ET")
    return "\n".join(parts).encode("latin-1")


def render_pdf(title, blocks, footer=""):
    """A PDF document as bytes. `blocks` is a list of (style, text), style being one of STYLES."""
    pages = _layout(blocks)
    objects = {}  # number -> bytes body
    first_page_object = 5
    kids = []
    for index, lines in enumerate(pages):
        page_number = first_page_object + index * 2
        content_number = page_number + 1
        kids.append(f"{page_number} 0 R")
        stream = _content_stream(lines, index + 1, footer or title)
        objects[page_number] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_number} 0 R >>"
        ).encode()
        objects[content_number] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    for number, base_font in ((3, "Helvetica"), (4, "Helvetica-Bold")):
        objects[number] = (
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base_font} /Encoding /WinAnsiEncoding >>".encode()
        )
    info_number = max(objects) + 1
    objects[info_number] = f"<< /Title ({_escape(title)}) >>".encode("latin-1")

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(output)
        output += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_offset = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (info_number + 1)
    for number in range(1, info_number + 1):
        output += b"%010d 00000 n \n" % offsets[number]
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        info_number + 1,
        info_number,
        xref_offset,
    )
    return bytes(output)
