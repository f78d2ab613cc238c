from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import OneLineFieldsMixin

from .models import EventKind


class PublicRegistrationForm(OneLineFieldsMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        error_messages={"required": _("Tell us your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We send a link to confirm it; your place is kept once you follow it."),
        error_messages={
            "required": _("Tell us your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class EventFilterForm(forms.Form):
    """The listings' filters. Anything that is not a known choice is an error shown to the reader,
    never a 500."""

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("", _("Upcoming")), ("past", _("Past"))],
        error_messages={"invalid_choice": _("Choose upcoming or past events.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind of event"),
        required=False,
        choices=[("", _("All kinds")), *EventKind.choices],
        error_messages={"invalid_choice": _("That is not a kind of event. Choose one from the list.")},
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        error_messages={"invalid_choice": _("There are no events in that region. Choose one from the list.")},
    )

    def __init__(self, data, *, regions):
        super().__init__(data)
        self.fields["region"].choices = [("", _("All regions")), *[(region, region) for region in regions]]


class MessageRegistrantsForm(OneLineFieldsMixin, forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 10}))
