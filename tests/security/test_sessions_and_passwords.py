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
