"""Staff: the subscriber listing with its filters, search and CSV export; one subscriber's data as JSON;
unsubscribing and erasing on request; sending an article; the history of sends; the dashboard chart."""

import json

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from members.factories import StaffUserFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from subscriptions.models import ConsentRecord, NewsDelivery, Subscriber
from tests.conftest import with_two_factor
from tests.test_exports import HOSTILE, assert_safe_xlsx_cell, csv_rows, xlsx_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, home_page):
    client.force_login(StaffUserFactory())
    return client


@pytest.fixture
def subscribers():
    now = timezone.now()
    active = Subscriber.objects.create(
        email="active@example.org",
        status="active",
        news=True,
        language="es",
        confirmed_at=now,
        consent_version="2026-11",
    )
    active.record(ConsentRecord.Action.CONFIRM)
    pending = Subscriber.objects.create(email="pending@example.org", invitations=True)
    gone = Subscriber.objects.create(email="gone@example.org", status="unsubscribed", news=True)
    return active, pending, gone


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"active", "pending", "gone"}),
        ("?status=active", {"active"}),
        ("?list=invitations", {"pending"}),
        ("?language=es", {"active"}),
        ("?q=gone", {"gone"}),
    ],
)
def test_listing_filters_and_search(staff_client, subscribers, query, expected):
    response = staff_client.get(f"/admin/subscriptions/subscribers/{query}")
    assert response.status_code == 200
    for name in ("active", "pending", "gone"):
        assert (f"{name}@example.org" in response.text) == (name in expected)


def test_csv_export(staff_client, subscribers):
    response = staff_client.get("/admin/subscriptions/subscribers/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "active@example.org" in body and "pending@example.org" in body


def test_staff_cannot_add_subscribers(staff_client):
    assert staff_client.get("/admin/subscriptions/subscribers/new/").status_code in (302, 403)


def test_export_one_subscribers_data(staff_client, subscribers):
    active = subscribers[0]
    response = staff_client.get(f"/admin/subscriptions/subscribers/export-data/{active.pk}/")
    data = json.loads(response.content)
    assert data["email"] == "active@example.org"
    assert data["consent_records"][0]["action"] == "confirm"
    assert "unsubscribe" in data["consent_records"][0]["wording"]


def test_inspect_shows_consent_records(staff_client, subscribers):
    response = staff_client.get(f"/admin/subscriptions/subscribers/inspect/{subscribers[0].pk}/")
    assert response.status_code == 200
    assert "Consent records" in response.text


def test_staff_unsubscribe_is_recorded(staff_client, subscribers):
    active = subscribers[0]
    url = f"/admin/subscriptions/subscribers/unsubscribe/{active.pk}/"
    assert staff_client.get(url).status_code == 200
    staff_client.post(url)
    active.refresh_from_db()
    assert active.status == "unsubscribed"
    record = active.consent_records.first()
    assert record.action == "staff" and record.staff_user is not None


def test_erasing_removes_the_subscriber_their_records_and_log_entries(staff_client, subscribers):
    active = subscribers[0]
    staff_client.post(
        f"/admin/subscriptions/subscribers/edit/{active.pk}/",
        {
            "name": "Ana",
            "news": "on",
            "language": "es",
        },
    )
    assert ConsentRecord.objects.filter(subscriber=active, action="staff").exists()
    response = staff_client.post(f"/admin/subscriptions/subscribers/delete/{active.pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(pk=active.pk).exists()
    assert not ConsentRecord.objects.filter(subscriber_id=active.pk).exists()
    assert not ModelLogEntry.objects.filter(label__icontains="active@example.org").exists()


def test_send_button_confirm_and_history(client, subscribers, home_page, django_capture_on_commit_callbacks):
    # Sending needs the right to publish the article; an administrator has it everywhere.
    staff_client = client
    administrator = StaffUserFactory(is_superuser=True)
    with_two_factor(administrator)  # the admin requires it of superusers
    staff_client.force_login(administrator)
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Big news")
    edit = staff_client.get(f"/admin/pages/{article.pk}/edit/")
    assert "Send to subscribers" in edit.text
    url = f"/admin/subscriptions/send/{article.pk}/"
    assert "1 subscriber to News" in staff_client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url)
    assert list(NewsDelivery.objects.values_list("subscriber__email", flat=True)) == ["active@example.org"]
    history = staff_client.get("/admin/subscriptions/sent/")
    assert history.status_code == 200
    assert "Big news" in history.text


def test_dashboard_shows_the_signup_chart(staff_client, subscribers):
    from django.utils import timezone

    from subscriptions.dashboard import weekly_signups

    response = staff_client.get("/admin/")
    assert "Subscriptions confirmed per week" in response.text
    assert "<svg" in response.text
    # Each bar is labelled with its week: the current week's first day is under the last bar.
    this_week = weekly_signups(today=timezone.localdate())[-1][0]
    assert f'fill="currentColor">{this_week:%b} {this_week.day}</text>' in response.text


def test_demo_subscribers_are_created_once_with_their_consent_trail():
    from demo.content.subscriptions import SUBSCRIBERS
    from subscriptions.demo import ensure_subscribers

    ensure_subscribers(SUBSCRIBERS)
    ensure_subscribers(SUBSCRIBERS)
    assert Subscriber.objects.count() == len(SUBSCRIBERS)
    assert set(Subscriber.objects.values_list("status", flat=True)) == {"pending", "active", "unsubscribed"}
    former = Subscriber.objects.get(email="former.subscriber@example.org")
    actions = list(former.consent_records.order_by("created_at").values_list("action", flat=True))
    assert actions == ["signup", "confirm", "unsubscribe"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_exports_neutralize_formulas_in_names(staff_client, subscribers, hostile):
    Subscriber.objects.create(email="formula@example.org", name=hostile, news=True)
    rows = csv_rows(staff_client.get("/admin/subscriptions/subscribers/?export=csv"))
    names = {row[0]: row[1] for row in rows[1:]}
    assert names["formula@example.org"] == "'" + hostile
    assert names["active@example.org"] == ""  # an ordinary value is unchanged

    cells = {
        row[0].value: row[1]
        for row in xlsx_rows(staff_client.get("/admin/subscriptions/subscribers/?export=xlsx"))
    }
    assert_safe_xlsx_cell(cells["formula@example.org"], hostile)
    assert not cells["active@example.org"].quotePrefix
