"""Spreadsheet exports cannot carry formulas (issue 19): `core.exports.safe_cell`, and every admin listing
of the site that offers an export goes through it. The exports themselves are tested with their apps
(tests/subscriptions, tests/opportunities, tests/publications)."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.admin.viewsets import viewsets

from core.exports import SafeSpreadsheetExportMixin, safe_cell, safe_row

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_text_a_spreadsheet_reads_as_a_formula_gets_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Ana",
        "ana@example.org",
        "1+1",
        "a=b",
        "'=already quoted",
        None,
        True,
        0,
        -1,
        -2.5,
        Decimal("-3.25"),
        datetime.date(2026, 1, 2),
    ],
)
def test_everything_else_is_unchanged(value):
    assert safe_cell(value) is value  # numbers, negative ones too, stay numbers


def test_safe_row_takes_lists_and_dicts():
    assert safe_row(["=1", "ok", -1]) == ["'=1", "ok", -1]
    assert safe_row({"a": "@x", "b": 2}) == {"a": "'@x", "b": 2}


def test_every_export_of_the_site_is_safe():
    """A viewset of ours with `list_export` must list through `SafeExportIndexView` (or the mixin)."""
    reverse("wagtailadmin_home")  # loads the admin's URLs, which registers the viewsets
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if not type(viewset).__module__.startswith("wagtail")
        and isinstance(getattr(viewset, "list_export", None), (list, tuple))
        and viewset.list_export
    ]
    assert {type(viewset).__name__ for viewset in exporting} >= {
        "SubscriberViewSet",
        "SpeakerResponseViewSet",
        "AccessLogViewSet",
    }
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SafeSpreadsheetExportMixin), type(viewset).__name__


def csv_rows(response):
    """The rows of a CSV export, as lists of text."""
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_rows(response):
    """The rows of an XLSX export, as lists of cells (so tests can look at type and style)."""
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return list(workbook.active.iter_rows())


def assert_safe_xlsx_cell(cell, value):
    """In XLSX the text stays as typed, in a text cell (never a formula) with Excel's quote prefix."""
    assert cell.value == value.replace("\r", "\n")  # XML reads a carriage return as a line feed
    assert cell.data_type == "s"
    assert cell.quotePrefix
