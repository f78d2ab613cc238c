"""The whole journey against a real SMTP server: sign up, confirm from the email, receive an article,
leave with one click; and an outage of the mail server, which loses and doubles nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from news.factories import NewsIndexPageFactory, NewsPageFactory
from subscriptions.models import ConsentRecord, Mailing, NewsDelivery, Subscriber
from subscriptions.sending import send_article
from tests.conftest import translate

from .conftest import html_of, link, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def staff_send(django_capture_on_commit_callbacks):
    def send(article):
        with django_capture_on_commit_callbacks(execute=True):
            return send_article(article, Mailing.Trigger.STAFF)

    return send


@pytest.fixture
def publish_article(news_index, django_capture_on_commit_callbacks):
    def publish(title="Schools get new funding", spanish=None, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            article = NewsPageFactory(parent=news_index, title=title, live=False, **fields)
            article.email_subscribers = True
            article.save_revision().publish()
        return article

    return publish


def confirm(client, smtp, address):
    confirm_path = link(smtp.inbox.to(address)[-1], "confirm")
    assert client.get(confirm_path).status_code == 200
    response = client.post(confirm_path)
    assert response.status_code == 200
    return response


def test_sign_up_confirm_receive_an_article_and_unsubscribe_with_one_click(
    client, smtp, sign_up, run_mail_queue, publish_article
):
    response = sign_up()
    assert response.status_code == 302
    assert response.url == reverse("subscriptions:check_inbox")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert smtp.inbox.messages == []  # stored first, sent by the queue

    run_mail_queue()
    (message,) = smtp.inbox.to("reader@example.org")
    assert "confirm" in message["Subject"].lower()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        str(message["List-Unsubscribe"])
        .strip()
        .startswith("<https://alliance.example/en/subscribe/unsubscribe/")
    )

    assert "You are subscribed" in confirm(client, smtp, "reader@example.org").text
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.news and subscriber.invitations

    publish_article(summary="A new fund for school meals.")
    run_mail_queue()
    article = smtp.inbox.to("reader@example.org")[-1]
    assert article["Subject"] == "Schools get new funding"
    assert "A new fund for school meals." in text_of(article)
    assert "A new fund for school meals." in html_of(article)
    assert 'href="https://alliance.example/' in html_of(article)
    assert "/subscribe/preferences/" in text_of(article)

    # The mail program's one-click unsubscribe: a POST with no cookie and no CSRF token.
    unsubscribe_url = str(article["List-Unsubscribe"]).strip().strip("<>")
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        unsubscribe_url.replace("https://alliance.example", ""), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    actions = list(subscriber.consent_records.order_by("pk").values_list("action", flat=True))
    assert actions == ["signup", "confirm", "one_click"]
    record = subscriber.consent_records.get(action="signup")
    assert record.wording_version == "2026-11"
    assert record.page == "/en/"


def test_spanish_subscribers_get_the_spanish_version_when_it_is_live(
    client, smtp, sign_up, run_mail_queue, news_index, locales, spanish_home_page, staff_send
):
    sign_up(email="lectora@example.org", language="es")
    sign_up(email="reader@example.org", language="en")
    run_mail_queue()
    confirm(client, smtp, "lectora@example.org")
    confirm(client, smtp, "reader@example.org")
    assert "/es/suscribirse/confirmar/" in text_of(smtp.inbox.to("lectora@example.org")[0])

    article = NewsPageFactory(parent=news_index, title="New funding", live=False)
    article.save_revision().publish()
    translate(news_index, locales["es"], title="Noticias", slug="noticias")
    translate(article, locales["es"], title="Nueva financiación", slug="nueva-financiacion")
    staff_send(article)
    run_mail_queue()
    assert smtp.inbox.to("lectora@example.org")[-1]["Subject"] == "Nueva financiación"
    assert smtp.inbox.to("reader@example.org")[-1]["Subject"] == "New funding"


def test_with_the_mail_server_down_nothing_is_lost_or_sent_twice(
    client, smtp, sign_up, run_mail_queue, publish_article, staff_send, settings
):
    # Two readers already confirmed; a third signs up while the server is down.
    for address in ("one@example.org", "two@example.org"):
        sign_up(email=address)
    run_mail_queue()
    for address in ("one@example.org", "two@example.org"):
        confirm(client, smtp, address)

    smtp.stop()
    sign_up(email="three@example.org")
    publish_article()
    run_mail_queue()
    assert Subscriber.objects.get(email="three@example.org").email_attempts == 1
    assert NewsDelivery.objects.count() == 2
    assert not NewsDelivery.objects.filter(email_sent_at__isnull=False).exists()
    assert "ConnectionRefusedError" in NewsDelivery.objects.first().email_error

    # The server comes back; the tasks' own retries come due, and the sweep runs too.
    smtp.start()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    settings.MAIL_RETRY_INTERVAL = 0
    call_command("retry_mail", stdout=StringIO())
    run_mail_queue()
    call_command("retry_mail", stdout=StringIO())
    run_mail_queue()

    for address in ("one@example.org", "two@example.org"):
        received = [m["Subject"] for m in smtp.inbox.to(address)]
        assert received.count("Schools get new funding") == 1
    assert len(smtp.inbox.to("three@example.org")) == 1  # the confirmation request, once
    assert NewsDelivery.objects.filter(email_sent_at__isnull=False).count() == 2

    # Pressing "send" again reaches no one twice.
    staff_send(NewsDelivery.objects.first().mailing.article.specific)
    run_mail_queue()
    assert NewsDelivery.objects.count() == 2
    assert ConsentRecord.objects.filter(action="confirm").count() == 2
