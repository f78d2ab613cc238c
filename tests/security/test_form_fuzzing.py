"""The public forms take anything thrown at them (random and huge strings, unicode, NUL bytes, missing
fields, repeated fields, wrong types) without a server error; a refusal always says what is wrong, and
nothing that fails validation is stored. Example counts stay small so the suite stays fast."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from members.forms import JoinForm
from members.models import MembershipApplication
from opportunities.models import SpeakerResponse
from subscriptions.models import Subscriber
from tests.extranet.conftest import extranet, roles  # noqa: F401  (fixtures)
from tests.opportunities.conftest import opportunities  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

FUZZ = hypothesis_settings(
    max_examples=25,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Lone surrogates cannot be sent in a UTF-8 request at all, so they are left out.
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200)
TRICKY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b@example.org",
        "x" * 70_000,
        "on",
        "true",
        "0",
        "-1",
        "1e309",
        "null",
        "[]",
        "<script>alert(1)</script>",
        "ñandú 🐢 عربى 中文",
        "name@example.org",
        "NAME@EXAMPLE.ORG ",
        "organization",
        "individual",
        "news",
        "en",
        "es",
        "https://example.org",
        "javascript:alert(1)",
        "../../etc/passwd",
    ]
)
VALUE = st.one_of(TEXT, TRICKY, st.integers().map(str))


def form_data(fields):
    """Any subset of the form's fields (and one it does not have), each once or several times."""
    return st.dictionaries(
        st.sampled_from([*fields, "unexpected"]),
        st.one_of(VALUE, st.lists(VALUE, min_size=2, max_size=3)),
        max_size=len(fields) + 1,
    )


def assert_answered_clearly(response):
    assert response.status_code < 500
    if response.status_code in {200, 400}:
        # The form came back: it must say what is wrong.
        assert 'class="error-summary"' in response.text or "errorlist" in response.text, response.text[:500]


def assert_stored_records_are_valid(model):
    for record in model.objects.all():
        record.full_clean()


# Every field the join form posts, the honeypot included.
JOIN_FIELDS = list(JoinForm.base_fields)


@pytest.fixture
def no_rate_limits(settings):
    settings.MEMBERS_JOIN_RATE_LIMIT = (10**6, 3600)
    settings.SUBSCRIPTIONS_CLIENT_RATE_LIMIT = (10**6, 3600)
    settings.SUBSCRIPTIONS_ADDRESS_RATE_LIMIT = (10**6, 3600)


@FUZZ
@given(data=form_data(JOIN_FIELDS))
def test_join_form_survives_anything(client, home_page, no_rate_limits, data):
    response = client.post("/en/join/", data)
    assert response.status_code in {200, 302, 400}
    assert_answered_clearly(response)
    assert_stored_records_are_valid(MembershipApplication)


SIGNUP_FIELDS = ["email", "name", "lists", "language", "consent", "consent_version", "page", "fax_number"]


@FUZZ
@given(data=form_data(SIGNUP_FIELDS))
def test_newsletter_signup_survives_anything(client, home_page, no_rate_limits, data):
    response = client.post("/en/subscribe/", data)
    assert response.status_code in {302, 400}
    assert_answered_clearly(response)
    assert_stored_records_are_valid(Subscriber)


@FUZZ
@given(data=form_data(["availability", "note"]))
def test_speaker_interest_survives_anything(client, opportunities, roles, data):  # noqa: F811
    client.force_login(roles["member"])
    response = client.post(opportunities["open"].url, data)
    assert response.status_code in {200, 302}
    assert_answered_clearly(response)
    assert_stored_records_are_valid(SpeakerResponse)


@FUZZ
@given(data=form_data(["login", "password", "remember", "next"]))
def test_sign_in_survives_anything(client, home_page, data):
    response = client.post("/en/accounts/login/", data)
    # 429: allauth's rate limit or the lockout, which the fuzzing soon reaches from one address.
    assert response.status_code in {200, 302, 400, 429}
    assert_answered_clearly(response)
    assert "_auth_user_id" not in client.session
