"""Attachments are stamped for the member who downloads them, and every view and download is recorded."""

import io

import pytest
from pypdf import PdfReader

from extranet.privacy import is_members_collection
from publications.models import AccessLog
from tests.extranet.conftest import client_for
from tests.publications.conftest import attachments_of
from tests.test_exports import assert_safe_xlsx_cell, csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db


def test_the_pdf_is_stamped_with_the_members_name_and_organization(client, roles, draft):
    member = roles["member"]
    member.first_name, member.last_name = "Lucía", "Ortega"
    member.save()
    pdf, _ = attachments_of(draft)
    response = client_for(client, member).get(pdf.get_download_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2
    organization = member.member_profile.organization.name
    for page in reader.pages:
        text = page.extract_text()
        assert "Lucía Ortega" in text
        assert organization in text
        assert "Confidential" in text
        assert "Draft findings on housing" in text


def test_a_download_and_a_view_are_logged(client, roles, draft):
    member = roles["member"]
    client = client_for(client, member)
    client.get(draft.url)
    pdf, _ = attachments_of(draft)
    client.get(pdf.get_download_url())
    rows = list(AccessLog.objects.order_by("at", "pk"))
    assert [(row.action, row.user, row.draft_id) for row in rows] == [
        ("view", member, draft.pk),
        ("download", member, draft.pk),
    ]
    assert rows[1].document == pdf.document and rows[1].stamped
    assert rows[1].organization == member.member_profile.organization.name


def test_other_files_are_served_unchanged_but_logged(client, roles, draft):
    _, text = attachments_of(draft)
    response = client_for(client, roles["member"]).get(text.get_download_url())
    assert response.status_code == 200
    assert response.content == b"Plain talking points\n"
    assert response["Content-Type"].startswith("text/plain")
    entry = AccessLog.objects.get()
    assert entry.action == "download" and entry.document == text.document and not entry.stamped


def test_attachments_move_to_the_members_only_collection(draft):
    for attachment in draft.attachments.all():
        attachment.document.refresh_from_db()
        assert is_members_collection(attachment.document.collection)


def test_the_draft_links_to_the_stamping_view_not_the_document_url(client, roles, draft):
    response = client_for(client, roles["member"]).get(draft.url)
    pdf, _ = attachments_of(draft)
    assert pdf.get_download_url() in response.text
    assert pdf.document.url not in response.text


def test_an_attachment_of_another_draft_is_not_found(client, roles, draft):
    pdf, _ = attachments_of(draft)
    url = f"/embargoed/{draft.pk + 999}/attachments/{pdf.pk}/"
    response = client_for(client, roles["member"]).get(url, follow=True)
    assert response.status_code == 404


def test_staff_export_the_log_as_csv(client, roles, draft, admin_user):
    pdf, _ = attachments_of(draft)
    client_for(client, roles["member"]).get(pdf.get_download_url())
    client.force_login(admin_user)
    response = client.get("/admin/embargo_access_log/", {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.text
    assert "Housing report draft" in body
    assert roles["member"].member_profile.organization.name in body
    assert AccessLog.objects.count() == 1  # staff reading the log adds nothing to it


def test_nobody_can_add_or_change_log_entries(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/embargo_access_log/new/", follow=True).status_code == 404


def test_the_log_export_neutralizes_formulas(client, admin_user):
    AccessLog.objects.create(
        action="view", person="@SUM(1)", organization="+1", draft_title="Housing report", stamped=True
    )
    client.force_login(admin_user)
    header, row = csv_rows(client.get("/admin/embargo_access_log/", {"export": "csv"}))
    cells = dict(zip(header, row, strict=True))
    assert cells["Person"] == "'@SUM(1)" and cells["Organization"] == "'+1"
    assert cells["Draft"] == "Housing report" and cells["Stamped"] == "True"

    header, row = xlsx_rows(client.get("/admin/embargo_access_log/", {"export": "xlsx"}))
    cells = {heading.value: cell for heading, cell in zip(header, row, strict=True)}
    assert_safe_xlsx_cell(cells["Person"], "@SUM(1)")
    assert cells["Stamped"].value is True  # a real value keeps its type
