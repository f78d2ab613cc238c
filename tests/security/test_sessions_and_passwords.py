"""Passwords are hashed with Argon2; a session ends after a period without requests."""

from datetime import timedelta

import pytest
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.sessions.models import Session
from django.utils import timezone

from extranet.factories import ExtranetIndexPageFactory
from members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


def test_argon2_is_installed_and_produces_argon2id_hashes(settings):
    from config.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS  # the tests use a fast hasher
    encoded = make_password("a long enough passphrase", hasher="argon2")
    assert encoded.startswith("argon2$argon2id$")
    assert check_password("a long enough passphrase", encoded)


@pytest.fixture
def member_client(client, home_page):
    client.extranet_url = ExtranetIndexPageFactory(parent=home_page).url
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    return client


def session_row(client):
    return Session.objects.get(session_key=client.session.session_key)


def test_each_request_pushes_the_idle_expiry_on(member_client, settings):
    row = session_row(member_client)
    row.expire_date = timezone.now() + timedelta(minutes=1)  # nearly idle for the whole limit
    row.save()

    assert member_client.get(member_client.extranet_url).status_code == 200

    expires_in = session_row(member_client).expire_date - timezone.now()
    assert expires_in > timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)


def test_an_idle_session_is_signed_out(member_client):
    row = session_row(member_client)
    row.expire_date = timezone.now() - timedelta(seconds=1)
    row.save()

    response = member_client.get(member_client.extranet_url)

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def session_writes(queries):
    return [q["sql"] for q in queries.captured_queries if q["sql"].startswith('UPDATE "django_session"')]


def test_a_session_in_use_is_saved_at_most_once_a_refresh_period(member_client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from security.middleware import SessionIdleExpiryMiddleware

    member_client.get(member_client.extranet_url)  # the first request after sign-in saves
    with CaptureQueriesContext(connection) as queries:
        assert member_client.get(member_client.extranet_url).status_code == 200
    assert session_writes(queries) == []

    # Once the refresh period has gone by, the next request saves again and pushes the expiry on.
    session = member_client.session
    session[SessionIdleExpiryMiddleware.REFRESHED_AT] -= settings.SESSION_REFRESH_SECONDS
    session.save()
    row = session_row(member_client)
    row.expire_date = timezone.now() + timedelta(minutes=1)
    row.save()
    with CaptureQueriesContext(connection) as queries:
        member_client.get(member_client.extranet_url)
    assert len(session_writes(queries)) == 1
    expires_in = session_row(member_client).expire_date - timezone.now()
    assert expires_in > timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)


def test_visitors_without_a_session_are_given_none(client, home_page, settings):
    assert settings.SESSION_COOKIE_NAME not in client.get(home_page.url).cookies
