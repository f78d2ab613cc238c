"""The admin's door goes through the site's sign-in and its two-factor (allauth): /admin/login/ no
longer takes a password by itself, and superusers and moderators (all staff, with
STAFF_MFA_REQUIRED) must set up an authenticator app before the admin lets them do anything."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from members.factories import PASSWORD, MemberProfileFactory, StaffUserFactory
from members.groups import MODERATORS
from tests.conftest import totp_code, with_two_factor
from tests.members.conftest import fresh_cache  # noqa: F401 (fixture: allauth's rate limits and used codes live in the cache)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SIGN_IN = "/en/accounts/login/"
TWO_FACTOR_SETUP = "/en/accounts/2fa/totp/activate/"


def staff_with_email(**kwargs):
    user = StaffUserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def signed_in(client):
    return "_auth_user_id" in client.session


def test_the_admin_login_takes_no_password_by_itself(client, home_page):
    staff = staff_with_email()
    with_two_factor(staff)
    response = client.post(
        "/admin/login/", {"username": staff.username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert response.url == f"{SIGN_IN}?next=/admin/"
    assert not signed_in(client)
    # Nor by email.
    client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_the_admin_login_sends_people_to_the_site_sign_in_keeping_where_they_were_going(client, home_page):
    response = client.get("/admin/login/", {"next": "/admin/pages/"})
    assert response.url == f"{SIGN_IN}?next=/admin/pages/"
    # With nowhere (or somewhere off the site) to go, the admin's home.
    assert client.get("/admin/login/").url == f"{SIGN_IN}?next=/admin/"
    assert (
        client.get("/admin/login/", {"next": "https://elsewhere.example/"}).url == f"{SIGN_IN}?next=/admin/"
    )
    # An anonymous visit to the admin ends there too.
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[-1][0] == f"{SIGN_IN}?next=/admin/pages/"
    assert response.status_code == 200


def test_staff_with_an_authenticator_are_asked_for_the_code(client, home_page):
    staff = staff_with_email()
    secret = with_two_factor(staff)

    response = client.post(f"{SIGN_IN}?next=/admin/pages/", {"login": staff.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == "/en/accounts/2fa/authenticate/"
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302

    assert 'id="id_code"' in client.get(response.url).text
    wrong = client.post(response.url, {"code": "000000" if totp_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert not signed_in(client)

    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert int(client.session["_auth_user_id"]) == staff.pk
    assert client.get("/admin/pages/").status_code == 200


def assert_sent_to_two_factor_setup(client, path="/admin/"):
    response = client.get(path)
    assert response.status_code == 302, path
    assert response.url == TWO_FACTOR_SETUP
    message = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("two-factor" in m.lower() for m in message), message


def test_a_moderator_without_an_authenticator_is_sent_to_set_one_up(client, home_page):
    moderator = StaffUserFactory(group=MODERATORS)
    client.force_login(moderator)
    for path in ("/admin/", "/admin/pages/", "/admin/members/applications/", "/admin/images/"):
        assert_sent_to_two_factor_setup(client, path)
    # allauth's pages stay open: the setup itself (which first asks for the password again), the
    # two-factor overview, and signing out.
    assert client.get(TWO_FACTOR_SETUP).status_code in (200, 302)
    assert client.get(TWO_FACTOR_SETUP, follow=True).status_code == 200
    assert client.get("/en/accounts/2fa/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert not signed_in(client)


def test_a_moderator_with_an_authenticator_uses_the_admin(client, home_page):
    moderator = StaffUserFactory(group=MODERATORS)
    with_two_factor(moderator)
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200


def test_a_superuser_without_an_authenticator_is_sent_to_set_one_up(client, home_page):
    root = get_user_model().objects.create_superuser("root", "root@example.org", "a-long-test-password")
    client.force_login(root)
    assert_sent_to_two_factor_setup(client)
    with_two_factor(root)
    assert client.get("/admin/").status_code == 200


def test_staff_need_two_factor_only_when_the_setting_says_so(client, home_page, settings):
    staff = StaffUserFactory()
    client.force_login(staff)
    settings.STAFF_MFA_REQUIRED = False
    assert client.get("/admin/").status_code == 200
    settings.STAFF_MFA_REQUIRED = True
    assert_sent_to_two_factor_setup(client)
    assert_sent_to_two_factor_setup(client, "/admin/pages/")
    with_two_factor(staff)
    assert client.get("/admin/").status_code == 200


def test_a_signed_in_member_at_the_admin_is_told_so_without_a_redirect_loop(client, home_page):
    member = MemberProfileFactory().user
    client.force_login(member)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assert response.redirect_chain[0][0].startswith("/admin/login/")
    assert "cannot use the admin" in response.text
    assert 'action="/en/accounts/logout/"' in response.text
    # Members are never asked for two-factor by the admin: they cannot use it anyway.
    assert TWO_FACTOR_SETUP not in [url for url, _status in response.redirect_chain]


@pytest.mark.parametrize(
    ("language", "label", "menu"),
    [("en", "Two-factor", "My account"), ("es", "Verificación en dos pasos", "Mi cuenta")],
)
def test_members_find_two_factor_in_their_account_menu(client, spanish_home_page, language, label, menu):
    member = MemberProfileFactory().user
    client.force_login(member)
    text = client.get(f"/{language}/").text
    assert menu in text
    assert f'href="/{language}/accounts/2fa/">{label}</a>' in text
    assert f'href="/{language}/accounts/password/change/"' in text
    client.logout()
    assert f"/{language}/accounts/2fa/" not in client.get(f"/{language}/").text
