"""Signing in with allauth: by email, sign-up closed, rate limits on, pages in the site's look and in
both languages; members never reach the Wagtail admin."""

import re

import pytest
from allauth.account import app_settings as account_settings
from allauth.account.utils import user_display
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail

from members.factories import PASSWORD, MemberProfileFactory
from members.views import member_landing_url

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_verified_member_signs_in_with_email_and_lands_at_the_login_redirect(client, home_page):
    profile = MemberProfileFactory()
    response = sign_in(client, profile.user.email.upper())
    assert response.status_code == 302
    assert response.url == member_landing_url()
    assert int(client.session["_auth_user_id"]) == profile.user.pk


def test_wrong_password_is_refused_with_a_summary(client, home_page):
    profile = MemberProfileFactory()
    response = sign_in(client, profile.user.email, password="not the password")
    assert response.status_code == 200
    assert 'class="error-summary"' in response.text
    assert "_auth_user_id" not in client.session


def test_unverified_address_must_be_verified_first(client, home_page, send_queued_mail):
    profile = MemberProfileFactory(verified_email=False)
    response = sign_in(client, profile.user.email)
    assert response.status_code == 302
    assert "/accounts/confirm-email/" in response.url
    assert "_auth_user_id" not in client.session
    send_queued_mail()
    assert mail.outbox and "/en/accounts/confirm-email/" in mail.outbox[-1].body


def test_sign_up_is_closed(client, home_page):
    response = client.get("/en/accounts/signup/")
    assert response.status_code == 200
    assert "Membership is by invitation" in response.text
    assert 'name="password1"' not in response.text
    client.post(
        "/en/accounts/signup/", {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert not get_user_model().objects.exists()


def test_failed_sign_ins_are_rate_limited():
    limits = account_settings.RATE_LIMITS
    assert limits["login_failed"]
    assert "/key" in limits["login_failed"] and "/ip" in limits["login_failed"]
    assert limits["reset_password"]
    assert not account_settings.LOGIN_BY_CODE_ENABLED
    assert account_settings.EMAIL_VERIFICATION == account_settings.EmailVerificationMethod.MANDATORY


def test_guessing_one_account_from_many_addresses_is_slowed(client, home_page, settings):
    """The lockout holds one account from one address only (docs/security.md); spread over many
    addresses, guesses at one account are refused for a while by allauth's per-account limit."""
    profile = MemberProfileFactory()
    for n in range(2 * settings.AXES_FAILURE_LIMIT):
        client.post(
            "/en/accounts/login/",
            {"login": profile.user.email, "password": "wrong password"},
            REMOTE_ADDR=f"192.0.2.{n + 1}",
        )
    response = client.post(
        "/en/accounts/login/", {"login": profile.user.email, "password": PASSWORD}, REMOTE_ADDR="198.51.100.1"
    )
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.text


def test_password_reset_sends_a_working_link(client, home_page, send_queued_mail):
    profile = MemberProfileFactory()
    response = client.post("/en/accounts/password/reset/", {"email": profile.user.email})
    assert response.status_code == 302
    assert mail.outbox == []  # queued, not sent in the request
    send_queued_mail()
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)
    assert link.startswith("/en/accounts/password/reset/key/")
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert 'autocomplete="new-password"' in form_page.text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/en/accounts/login/", "Sign in to the members\u2019 area"),
        ("/es/accounts/login/", "Iniciar sesión"),
        ("/en/accounts/password/reset/", 'name="email"'),
        ("/es/accounts/password/reset/", 'name="email"'),
    ],
)
def test_account_pages_use_the_site_look(client, home_page, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.text
    assert 'class="site-header"' in response.text
    assert "account-page" in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_login_page_labels_every_field(client, home_page):
    text = client.get("/en/accounts/login/").text
    for field_id in ("id_login", "id_password", "id_remember"):
        assert f'for="{field_id}"' in text
    assert 'autocomplete="email"' in text and 'autocomplete="current-password"' in text


@pytest.mark.parametrize(
    "language, link", [("en", "Forgotten your password?"), ("es", "¿Has olvidado tu contraseña?")]
)
def test_the_forgotten_password_link_comes_after_the_password_field(client, home_page, language, link):
    """Issue 20: Tab from Email went to "Forgot your password?", between the password's label and its
    field. In document (and so Tab) order: email, password, the link, remember me."""
    text = client.get(f"/{language}/accounts/login/").text
    form = text[text.index("<form") : text.index("</form>")]
    order = [
        form.index('id="id_login"'),
        form.index('id="id_password"'),
        form.index(link),
        form.index('id="id_remember"'),
    ]
    assert order == sorted(order)
    assert form.index('for="id_password"') < form.index('id="id_password"') < form.index(link)
    password_input = re.search(r'<input[^>]*id="id_password"[^>]*>', form).group(0)
    assert "aria-describedby" not in password_input  # no help text left, not even a blank one
    assert 'class="form-field__help"' not in form


def test_two_factor_pages_are_in_the_site_look(client, home_page):
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    index = client.get("/en/accounts/2fa/")
    assert index.status_code == 200
    assert 'class="account-nav"' in index.text
    activate = client.get("/en/accounts/2fa/totp/activate/", follow=True)
    assert activate.status_code == 200
    assert 'class="site-header"' in activate.text


def test_member_is_turned_away_from_the_admin(client, home_page):
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    assert not profile.user.has_perm("wagtailadmin.access_admin")


def test_signing_in_leaves_no_message_for_a_later_page(client, home_page):
    """allauth's "Successfully signed in as <username>" waited for the next page that shows messages,
    which could be any later one; the page after signing in already shows who is signed in."""
    profile = MemberProfileFactory(user__first_name="Marta", user__last_name="Quispe")
    response = sign_in(client, profile.user.email)
    assert response.status_code == 302
    assert [str(message) for message in get_messages(response.wsgi_request)] == []


def test_accounts_are_named_by_name_not_username(db):
    user = MemberProfileFactory(user__first_name="Marta", user__last_name="Quispe").user
    assert user_display(user) == "Marta Quispe"
    nameless = MemberProfileFactory(user__first_name="", user__last_name="").user
    assert user_display(nameless) == nameless.email
