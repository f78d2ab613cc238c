"""The signup form: clear errors, the same answer whoever signs up, the honeypot, rate limits, forged
and expired links, preferences, and working from a cached page (no token in its HTML)."""

import time

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from subscriptions.models import CONFIRM_SALT, Subscriber

from .conftest import SIGNUP, path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def locmem_mail(settings):
    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "", "Enter your email address."),
        ("email", "not-an-address", "Enter an email address like name@example.org."),
        ("lists", [], "Choose at least one list."),
        ("language", "", "Choose the language of the emails."),
        ("consent", "", "Tick the box to agree to receive these emails."),
    ],
)
def test_each_invalid_field_gets_its_own_message(sign_up, home_page, field, value, message):
    response = sign_up(**{field: value})
    assert response.status_code == 400
    assert message in response.text
    assert 'class="error-summary"' in response.text
    assert not Subscriber.objects.exists()


def test_signup_page_answers_get_and_the_form_is_in_the_footer(client, home_page):
    response = client.get(reverse("subscriptions:signup"))
    assert response.status_code == 200
    home = client.get(home_page.url)
    assert 'id="footer-signup-email"' in home.text
    assert "data-signup-form" in home.text
    # Nothing personal in the cached page: the token field is empty until the script fills it.
    assert 'name="csrfmiddlewaretoken" value=""' in home.text


def test_known_and_unknown_addresses_get_the_same_answer(sign_up, client, run_mail_queue, locmem_mail):
    first = sign_up()
    Subscriber.objects.update(status=Subscriber.Status.ACTIVE)
    again = sign_up()
    assert first.status_code == again.status_code == 302
    assert first.url == again.url == reverse("subscriptions:check_inbox")
    # The active subscriber's choices are unchanged until they confirm.
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_honeypot_pretends_success_and_keeps_nothing(sign_up, run_mail_queue, locmem_mail):
    from django.core import mail

    response = sign_up(fax_number="buy now")
    assert response.status_code == 302
    run_mail_queue()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_repeated_signups_from_one_client_are_throttled(sign_up, settings, locmem_mail):
    settings.SUBSCRIPTIONS_CLIENT_RATE_LIMIT = (3, 3600)
    for n in range(3):
        assert sign_up(email=f"person{n}@example.org").status_code == 302
    response = sign_up(email="person9@example.org")
    assert response.status_code == 429
    assert "many signups from your network" in response.text
    assert Subscriber.objects.count() == 3


def test_one_address_gets_no_more_than_a_few_confirmation_emails(
    sign_up, settings, run_mail_queue, locmem_mail
):
    from django.core import mail

    settings.SUBSCRIPTIONS_ADDRESS_RATE_LIMIT = (2, 3600)
    for _ in range(5):
        assert sign_up().status_code == 302
    run_mail_queue()
    assert len(mail.outbox) <= 2
    assert Subscriber.objects.get().consent_records.count() == 2


def test_without_a_valid_token_nothing_is_stored_and_the_form_comes_back(home_page):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(reverse("subscriptions:signup"), SIGNUP)
    assert response.status_code == 403
    assert "please press “Subscribe” once more" in response.text
    assert 'value="reader@example.org"' in response.text
    assert not Subscriber.objects.exists()
    # The page it shows carries a token; sending it again works.
    token = response.context["csrf_token"]
    again = browser.post(reverse("subscriptions:signup"), {**SIGNUP, "csrfmiddlewaretoken": str(token)})
    assert again.status_code == 302


def test_the_token_endpoint_lets_a_cached_page_post(home_page):
    browser = Client(enforce_csrf_checks=True)
    token_response = browser.get(reverse("subscriptions:csrf_token"))
    assert "no-cache" in token_response["Cache-Control"] or "max-age=0" in token_response["Cache-Control"]
    token = token_response.json()["token"]
    response = browser.post(reverse("subscriptions:signup"), {**SIGNUP, "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_forged_confirmation_link_is_refused_with_a_helpful_page(client, home_page):
    subscriber = Subscriber.objects.create(email="x@example.org")
    forged = signing.TimestampSigner(salt="somebody-else").sign(f"{subscriber.key}:{subscriber.nonce}")
    response = client.get(reverse("subscriptions:confirm", args=[forged]))
    assert response.status_code == 400
    assert "This link does not work" in response.text
    assert client.post(reverse("subscriptions:confirm", args=["nonsense"])).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_expired_confirmation_link_says_so(client, home_page, settings):
    subscriber = Subscriber.objects.create(email="x@example.org")
    old = signing.TimestampSigner(salt=CONFIRM_SALT)
    token = old.sign(f"{subscriber.key}:{subscriber.nonce}")
    settings.SUBSCRIPTIONS_CONFIRM_DAYS = 0
    time.sleep(1.1)
    response = client.post(reverse("subscriptions:confirm", args=[token]))
    assert response.status_code == 400
    assert "has expired" in response.text
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_forged_preference_link_is_refused(client, home_page):
    response = client.get(reverse("subscriptions:preferences", args=["abc:def"]))
    assert response.status_code == 400
    assert client.post(reverse("subscriptions:unsubscribe", args=["abc:def"])).status_code == 400


def test_preferences_change_lists_and_language_with_a_consent_record(client, home_page):
    subscriber = Subscriber.objects.create(email="x@example.org", status="active", news=True)
    url = reverse("subscriptions:preferences", args=[subscriber.manage_token()])
    assert client.get(url).status_code == 200
    response = client.post(url, {"lists": ["invitations"], "language": "es"})
    assert "Your choices are saved." in response.text
    subscriber.refresh_from_db()
    assert (subscriber.news, subscriber.invitations, subscriber.language) == (False, True, "es")
    assert subscriber.consent_records.get().action == "preferences"
    assert "Choose at least one list." in client.post(url, {"language": "es"}).text


def test_unsubscribing_is_immediate_and_subscribing_again_needs_confirmation(
    client, sign_up, run_mail_queue, locmem_mail
):
    from django.core import mail

    subscriber = Subscriber.objects.create(email="reader@example.org", status="active", news=True)
    url = reverse("subscriptions:unsubscribe", args=[subscriber.manage_token()])
    assert "Stop all emails" in client.get(url).text
    assert Subscriber.objects.get().status == "active"  # a GET (a link scanner) changes nothing
    assert "You are unsubscribed" in client.post(url).text
    assert Subscriber.objects.get().status == "unsubscribed"

    sign_up()
    run_mail_queue()
    assert Subscriber.objects.get().status == "pending"
    assert "/subscribe/confirm/" in mail.outbox[-1].body
    confirm_url = next(word for word in mail.outbox[-1].body.split() if "/subscribe/confirm/" in word)
    client.post(path_of(confirm_url))
    assert Subscriber.objects.get().status == "active"


def test_a_confirmation_link_works_once_and_not_after_unsubscribing(client, home_page):
    subscriber = Subscriber.objects.create(email="x@example.org")
    url = reverse("subscriptions:confirm", args=[subscriber.confirm_token()])
    subscriber.unsubscribe()
    assert client.post(url).status_code == 400


def test_editors_can_put_the_form_in_a_page_body(client, home_page):
    from standardpages.models import StandardPage

    page = StandardPage(title="Stay in touch", slug="stay-in-touch")
    page.body = [("signup", {"heading": "Hear from us", "text": "Twice a month."})]
    home_page.add_child(instance=page)
    response = client.get(page.url)
    assert "Hear from us" in response.text
    assert 'id="signup-1-email"' in response.text
    assert 'id="footer-signup-email"' in response.text  # both forms, distinct ids


def test_the_footer_form_is_rendered_once_per_language_and_notes_each_page(client, home_page, monkeypatch):
    from standardpages.factories import StandardPageFactory
    from subscriptions.templatetags import subscription_tags

    built = []
    original = subscription_tags.signup_form
    monkeypatch.setattr(subscription_tags, "signup_form", lambda *args: built.append(args) or original(*args))
    about = StandardPageFactory(parent=home_page, title="About", slug="about-us")

    home = client.get(home_page.url).text
    about_page = client.get(about.url).text

    assert len(built) == 1  # the second page used the kept fragment
    assert f'name="page" value="{home_page.url}"' in home
    assert f'name="page" value="{about.url}"' in about_page
    assert subscription_tags.PAGE_PLACEHOLDER not in about_page
    # An address is escaped where it goes into the kept HTML, as the widget would escape it.
    odd = client.get("/en/%22%3E%3Cb%3Ebold/")
    assert odd.status_code == 404
    assert 'name="page" value="/en/&quot;&gt;&lt;b&gt;bold/"' in odd.text


def test_head_on_the_links_answers_like_get_and_changes_nothing(client, home_page):
    """Link checkers and mail scanners send HEAD: it is answered (not 405), and never confirms,
    unsubscribes or saves anything."""
    pending = Subscriber.objects.create(email="pending@example.org", news=True)
    active = Subscriber.objects.create(email="active@example.org", status="active", news=True)
    urls = [
        reverse("subscriptions:signup"),
        reverse("subscriptions:confirm", args=[pending.confirm_token()]),
        reverse("subscriptions:preferences", args=[active.manage_token()]),
        reverse("subscriptions:unsubscribe", args=[active.manage_token()]),
    ]
    for url in urls:
        head, get = client.head(url), client.get(url)
        assert head.status_code == get.status_code == 200, url
        assert head.content == b""
        assert head["Content-Type"] == get["Content-Type"]
    pending.refresh_from_db()
    active.refresh_from_db()
    assert (pending.status, active.status) == ("pending", "active")
    assert pending.confirmed_at is None and active.unsubscribed_at is None
    assert not pending.consent_records.exists() and not active.consent_records.exists()
    assert client.head(reverse("subscriptions:unsubscribe", args=["abc:def"])).status_code == 400
