from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, OneLineFieldsMixin

from . import consent as wordings
from .models import Lists


class ListsField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("What would you like to receive?"))
        kwargs.setdefault("choices", Lists.choices)
        kwargs.setdefault("error_messages", {"required": _("Choose at least one list.")})
        super().__init__(**kwargs)


class LanguageField(forms.ChoiceField):
    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Language of the emails"))
        kwargs.setdefault("choices", settings.LANGUAGES)
        kwargs.setdefault("error_messages", {"required": _("Choose the language of the emails.")})
        super().__init__(**kwargs)


class SignupForm(OneLineFieldsMixin, HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"max_length": _("Keep your name under 120 characters.")},
    )
    lists = ListsField(initial=[Lists.NEWS])
    language = LanguageField()
    consent = forms.BooleanField(
        label=wordings.wording(wordings.CURRENT_VERSION),
        error_messages={"required": _("Tick the box to agree to receive these emails.")},
    )
    consent_version = forms.CharField(widget=forms.HiddenInput, initial=wordings.CURRENT_VERSION)
    page = forms.CharField(widget=forms.HiddenInput, required=False, max_length=255)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The wording shown is the one the version names, even if the form was served from a cache
        # before a newer wording was published.
        version = self.data.get(self.add_prefix("consent_version")) or wordings.CURRENT_VERSION
        if version in wordings.WORDINGS:
            self.fields["consent"].label = wordings.wording(version)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_consent_version(self):
        version = self.cleaned_data["consent_version"]
        if version not in wordings.WORDINGS:
            return wordings.CURRENT_VERSION
        return version

    def clean_page(self):
        # Only a path on this site, kept as a note of where the form was.
        page = self.cleaned_data.get("page", "")
        return page if page.startswith("/") and not page.startswith("//") else ""


class PreferencesForm(OneLineFieldsMixin, forms.Form):
    lists = ListsField()
    language = LanguageField()
