"""Sign-in, password reset and two-factor keep working while Redis is away, and the limits keep limiting.

Redis "away" here is the caches config/settings/base.py builds, pointed at a port where nothing listens
(`redis_gone`): the default cache ignores the errors (a miss), the guards cache falls back to counting
in this process (core/guard_cache.py). No Redis server is needed for these."""

import pytest
from allauth.core.internal import ratelimit as allauth_ratelimit
from allauth.mfa.totp.internal import auth as allauth_totp
from django.core import mail
from django.core.cache import caches

from core import ratelimit
from members.factories import PASSWORD, MemberProfileFactory, StaffUserFactory
from tests.conftest import totp_code, with_two_factor
from tests.members.conftest import fresh_cache  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

SIGN_IN = "/en/accounts/login/"


def test_the_caches_really_are_down(redis_gone):
    caches["default"].set("probe", "x")
    assert caches["default"].get("probe") is None
    caches["guards"].set("probe", "x")  # kept, but in this process: Redis is not there
    assert caches["guards"].get("probe") == "x"
    assert type(caches["guards"].primary).__name__ == "RedisCache"


def test_allauth_keeps_its_guards_in_the_guards_cache():
    """security.apps points allauth's rate limiter and its used-code marks at the guards cache."""
    caches["guards"].set("which", "guards")
    assert allauth_ratelimit.cache.get("which") == "guards"
    assert allauth_totp.cache.get("which") == "guards"


def test_a_member_signs_in(client, home_page, redis_gone):
    profile = MemberProfileFactory()
    response = client.post(SIGN_IN, {"login": profile.user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == profile.user.pk


def test_password_reset_sends_its_mail(client, home_page, redis_gone, send_queued_mail):
    profile = MemberProfileFactory()
    response = client.post("/en/accounts/password/reset/", {"email": profile.user.email})
    assert response.status_code == 302
    send_queued_mail()
    assert [message.to for message in mail.outbox] == [[profile.user.email]]


def test_failed_sign_ins_are_still_limited(client, home_page, redis_gone, settings):
    """allauth's per-address limit (10 failures a minute from one address) holds in this process."""
    profile = MemberProfileFactory()
    answers = [
        client.post(SIGN_IN, {"login": f"nobody{n}@example.org", "password": "wrong"}) for n in range(11)
    ]
    too_many = "Too many failed login attempts"
    assert [too_many in answer.text for answer in answers] == [False] * 10 + [True]
    # ...and from another address the right password still works.
    response = client.post(
        SIGN_IN, {"login": profile.user.email, "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 302


def test_a_two_factor_code_works_once(client, home_page, redis_gone):
    staff = StaffUserFactory()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    secret = with_two_factor(staff)
    response = client.post(SIGN_IN, {"login": staff.email, "password": PASSWORD})
    assert response.url == "/en/accounts/2fa/authenticate/"
    code = totp_code(secret)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == staff.pk

    # The same code again, in another sign-in: refused (the used-code mark held without Redis).
    other = client.__class__()
    other.post(SIGN_IN, {"login": staff.email, "password": PASSWORD})
    assert other.post("/en/accounts/2fa/authenticate/", {"code": code}).status_code == 200
    assert "_auth_user_id" not in other.session


def test_the_site_form_limits_still_limit(redis_gone):
    assert [ratelimit.hit("join:192.0.2.1", limit=3, window_seconds=60) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]


def test_health_check_says_degraded(client, redis_gone):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"


def test_a_dead_redis_costs_one_time_out_then_is_left_alone_for_a_while(redis_gone, monkeypatch):
    guards = caches["guards"]
    calls = []
    real_get = guards.primary.get
    monkeypatch.setattr(guards.primary, "get", lambda *a, **k: calls.append(a) or real_get(*a, **k))
    now = [1000.0]
    monkeypatch.setattr("core.guard_cache.time.monotonic", lambda: now[0])
    guards._primary_down_until = 0.0
    for _ in range(3):
        assert guards.get("key") is None
    assert len(calls) == 1
    now[0] += 6  # past RETRY_AFTER: Redis is asked again
    guards.get("key")
    assert len(calls) == 2
