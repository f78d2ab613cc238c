"""Repeated failed sign-ins lock one account from one network (the pair), never the account for
everyone nor the network for everyone: a member's typos at a shared office must not lock the editors
out, and a stranger must not be able to lock anyone out of their own account from elsewhere."""

import re
from datetime import timedelta

import pytest
from allauth.account.signals import password_reset
from django.test import RequestFactory
from django.utils import formats, timezone, translation

from members.factories import PASSWORD, MemberProfileFactory
from tests.members.conftest import fresh_cache  # noqa: F401 (fixture: allauth's rate limits live in the cache)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

OFFICE = "192.0.2.10"
HOME = "198.51.100.7"


def sign_in(client, login, password, address=OFFICE, language="en"):
    return client.post(
        f"/{language}/accounts/login/", {"login": login, "password": password}, REMOTE_ADDR=address
    )


def signed_in_as(client, user):
    return client.session.get("_auth_user_id") == str(user.pk)


def fail(client, login, times, address=OFFICE):
    for _ in range(times):
        response = sign_in(client, login, "wrong password", address=address)
        assert response.status_code in (200, 429)  # the form with its error; the last may lock


def test_a_few_typos_do_not_lock(client, home_page, settings):
    user = MemberProfileFactory().user
    fail(client, user.email, settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, user.email, PASSWORD).status_code == 302
    assert signed_in_as(client, user)


def test_failures_lock_the_account_from_that_network_only(client, home_page, settings):
    account_a = MemberProfileFactory().user
    account_b = MemberProfileFactory().user
    fail(client, account_a.email, settings.AXES_FAILURE_LIMIT, address=OFFICE)

    # The same account from another network still signs in.
    assert sign_in(client, account_a.email, PASSWORD, address=HOME).status_code == 302
    assert signed_in_as(client, account_a)
    client.logout()

    # Someone else at the same network still signs in.
    assert sign_in(client, account_b.email, PASSWORD, address=OFFICE).status_code == 302
    assert signed_in_as(client, account_b)
    client.logout()

    # The pair itself is locked, even with the right password.
    response = sign_in(client, account_a.email, PASSWORD, address=OFFICE)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_says_what_happened_and_when_it_lifts(client, home_page, settings):
    user = MemberProfileFactory().user
    fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    before = timezone.localtime()
    response = sign_in(client, user.email, PASSWORD)
    assert response.status_code == 429
    text = response.text
    assert "Signing in is paused" in text
    assert "too many failed sign-ins for this account from this network" in text
    assert "this account. Please try again" not in text  # the old message blamed the account alone
    # The time it lifts, in the site's time zone (TIME_ZONE), written as the reader's language writes
    # times; rounded up to the minute, as it is shown without seconds.
    lifts_at = response.context["lifts_at"]
    assert lifts_at.second == lifts_at.microsecond == 0
    cool_off = settings.AXES_COOLOFF_TIME
    assert before + cool_off <= lifts_at <= timezone.now() + cool_off + timedelta(minutes=1)
    local = timezone.localtime(lifts_at)
    assert str(local.tzinfo) == settings.TIME_ZONE
    shown = re.search(r'<time datetime="([^"]+)">([^<]+)</time>', text)
    assert shown, "the lift time is marked up as a <time>"
    assert shown.group(1) == local.isoformat()
    with translation.override("en"):
        assert formats.time_format(local) in shown.group(2)
    assert local.strftime("%Z") in text  # CST or CDT: the site's zone, not UTC


def test_case_of_the_address_does_not_make_a_new_account(client, home_page, settings):
    user = MemberProfileFactory().user
    fail(client, user.email.upper(), settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, user.email, PASSWORD).status_code == 429


def test_the_lock_lifts_after_the_cool_off(client, home_page, settings):
    from axes.models import AccessAttempt

    user = MemberProfileFactory().user
    fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert sign_in(client, user.email, PASSWORD).status_code == 302


def test_choosing_a_new_password_by_email_lifts_the_lock(client, home_page, settings):
    user = MemberProfileFactory().user
    fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, user.email, PASSWORD).status_code == 429

    password_reset.send(sender=type(user), request=RequestFactory().get("/"), user=user)

    assert sign_in(client, user.email, PASSWORD).status_code == 302


def test_lockout_page_speaks_spanish_on_spanish_addresses(client, spanish_home_page, settings):
    user = MemberProfileFactory().user
    fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, user.email, PASSWORD, language="es")
    assert response.status_code == 429
    assert '<html lang="es">' in response.text
    assert "demasiados intentos fallidos de iniciar sesión en esta cuenta desde esta red" in response.text
    assert "<time datetime=" in response.text
