"""Text typed into a one-line field of a public form stays one line: a line break or control character
in a name or an organization is refused at the form with a clear message, before anything is stored
or mailed (it would end up in a mail header, where it breaks the mail or adds a header of its own)."""

import pytest
from django import forms

from members.factories import InvitationFactory
from members.forms import AcceptInvitationForm, JoinForm
from members.models import MembershipApplication
from opportunities.forms import ResponseForm
from subscriptions.forms import PreferencesForm, SignupForm
from subscriptions.models import Subscriber
from tests.members.conftest import fresh_cache  # noqa: F401  (autouse: rate limits start from zero)
from tests.members.test_applications import VALID as VALID_APPLICATION
from tests.subscriptions.conftest import SIGNUP

pytestmark = pytest.mark.django_db

NOT_ONE_LINE = [
    "Lucía\r\nBcc: someone@example.org",
    "Lucía\nRamos",
    "Lucía\rRamos",
    "Lucía\u2028Ramos",  # Unicode's line separator
    "Lucía\x85Ramos",  # NEL
    "Lucía\x00Ramos",
    "Lucía\tRamos",
]
MESSAGE = "Please write this on one line, without line breaks or control characters."


@pytest.mark.parametrize("value", NOT_ONE_LINE)
def test_a_join_application_with_a_line_break_in_a_name_is_refused_and_not_stored(client, home_page, value):
    response = client.post("/en/join/", {**VALID_APPLICATION, "contact_name": value})
    assert response.status_code == 200
    assert MESSAGE in response.text
    assert not MembershipApplication.objects.exists()


def test_the_message_is_in_spanish_on_the_spanish_form(client, home_page):
    response = client.post("/es/unirse/", {**VALID_APPLICATION, "organization_name": "Familias\nUnidas"})
    assert "Escríbelo en una sola línea, sin saltos de línea ni caracteres de control." in response.text
    assert not MembershipApplication.objects.exists()


def test_a_signup_with_a_line_break_in_the_name_is_refused_and_not_stored(client, home_page):
    response = client.post("/en/subscribe/", {**SIGNUP, "name": "Rosa\r\nReader"})
    assert response.status_code == 400  # the signup form answers an invalid form so
    assert MESSAGE in response.text
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "form_class", [JoinForm, AcceptInvitationForm, SignupForm, PreferencesForm, ResponseForm]
)
def test_every_one_line_text_field_of_a_public_form_refuses_line_breaks(form_class):
    """Each field of each public form that takes one line of text, asked alone: a line break is an error
    of that field. Boxes for longer text (a note, why you want to join) and passwords keep theirs."""
    form = form_class(invitation=InvitationFactory()) if form_class is AcceptInvitationForm else form_class()
    one_line = [
        name
        for name, field in form.fields.items()
        if isinstance(field, forms.CharField)
        and not isinstance(field, forms.EmailField | forms.URLField)
        and not isinstance(field.widget, forms.Textarea | forms.PasswordInput)
    ]
    assert one_line or form_class is PreferencesForm
    for name in one_line:
        field = form.fields[name]
        with pytest.raises(forms.ValidationError) as refused:
            field.clean("two\nlines")
        assert "not_one_line" in [error.code for error in refused.value.error_list], name
    multi_line = [name for name, field in form.fields.items() if isinstance(field.widget, forms.Textarea)]
    for name in multi_line:
        assert form.fields[name].clean("two\nlines") == "two\nlines"
