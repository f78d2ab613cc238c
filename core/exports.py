"""Spreadsheet exports that a spreadsheet program cannot turn into formulas.

What members and the public type (a subscriber's name, a speaker's note) reaches staff in CSV and XLSX
exports. A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs
skip before reading one of those) is taken as a formula when the file is opened: `=HYPERLINK(...)` links
anywhere, and worse runs commands. `safe_cell` prefixes such text with an apostrophe, as OWASP advises
("CSV Injection"), so it shows as the text that was typed. Only text is touched: real numbers, dates and
empty cells stay what they are, so a negative number is still a number.

Every export of the site goes through here: the admin listings' CSV and XLSX downloads use
`SafeSpreadsheetExportMixin` (through `SafeExportIndexView`, a viewset's `index_view_class`), and a
hand-written CSV view writes each row through `safe_row`.
"""

from wagtail.admin.views.generic.models import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell(value):
    """`value`, with an apostrophe in front if it is text a spreadsheet would read as a formula."""
    return "'" + value if is_formula_like(value) else value


def safe_row(values):
    """A CSV row (a list, or a dict as `csv.DictWriter` takes) with every cell made safe."""
    if isinstance(values, dict):
        return {key: safe_cell(value) for key, value in values.items()}
    return [safe_cell(value) for value in values]


class SafeSpreadsheetExportMixin:
    """For a view with Wagtail's `SpreadsheetExportMixin`: CSV cells through `safe_cell`; XLSX cells that
    look like formulas stay text cells (Wagtail already writes them as text) and are marked with Excel's
    "quote prefix", so that editing the cell later does not turn it into a formula either. The XLSX text is
    not changed: there the apostrophe would show."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return safe_cell(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if cell.data_type == "s" and is_formula_like(cell.value):
                cell.quotePrefix = True
            yield cell


class SafeExportIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The admin listing of a `ModelViewSet` with safe exports: set as the viewset's `index_view_class`."""
