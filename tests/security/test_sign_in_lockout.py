"""Repeated failed sign-ins lock the account (and a client guessing many accounts) on both doors: the
Wagtail admin's login and the members' allauth login."""

import pytest
from allauth.account.signals import password_reset
from django.test import RequestFactory

from members.factories import PASSWORD, MemberProfileFactory, StaffUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth's rate limits count in the cache; each test starts from zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def admin_sign_in(client, username, password, address="192.0.2.10"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_admin_login_works_and_a_few_typos_do_not_lock(client, home_page, settings):
    staff = StaffUserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert admin_sign_in(client, staff.username, "wrong password").status_code == 200
    response = admin_sign_in(client, staff.username, PASSWORD)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == staff.pk


def test_admin_login_locks_after_repeated_failures_even_with_the_right_password(client, home_page, settings):
    staff = StaffUserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        admin_sign_in(client, staff.username, "wrong password")
    # From another address too: the account itself is locked.
    response = admin_sign_in(client, staff.username, PASSWORD, address="198.51.100.7")
    assert response.status_code == 429
    assert "Signing in is paused" in response.text
    assert "15 minutes" in response.text
    assert "_auth_user_id" not in client.session


def test_one_client_guessing_many_accounts_is_locked(client, home_page, settings):
    staff = StaffUserFactory()
    for n in range(settings.AXES_FAILURE_LIMIT):
        admin_sign_in(client, f"guess{n}", "password123456")
    response = admin_sign_in(client, staff.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Someone else, elsewhere, still signs in.
    assert admin_sign_in(client, staff.username, PASSWORD, address="198.51.100.7").status_code == 302


def test_member_and_admin_failures_count_for_the_same_account(client, home_page, settings):
    """A member's address is one key whichever door the guesses come through."""
    profile = MemberProfileFactory()
    email = profile.user.email
    for n in range(settings.AXES_FAILURE_LIMIT):
        admin_sign_in(client, email.upper(), "wrong password", address=f"192.0.2.{n + 20}")
    response = client.post(
        "/en/accounts/login/", {"login": email, "password": PASSWORD}, REMOTE_ADDR="198.51.100.9"
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 429


def test_choosing_a_new_password_by_email_lifts_the_lock(client, home_page, settings):
    staff = StaffUserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        admin_sign_in(client, staff.username, "wrong password", address="198.51.100.8")
    assert admin_sign_in(client, staff.username, PASSWORD).status_code == 429

    password_reset.send(sender=type(staff), request=RequestFactory().get("/"), user=staff)

    assert admin_sign_in(client, staff.username, PASSWORD).status_code == 302


def test_lockout_page_speaks_spanish_on_spanish_addresses(client, spanish_home_page, settings):
    profile = MemberProfileFactory()
    for n in range(settings.AXES_FAILURE_LIMIT):
        admin_sign_in(client, profile.user.email, "wrong password", address=f"192.0.2.{n + 40}")
    response = client.post("/es/accounts/login/", {"login": profile.user.email, "password": PASSWORD})
    assert response.status_code == 429
    assert '<html lang="es">' in response.text
