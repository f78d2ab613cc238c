from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, OneLineFieldsMixin

INDIVIDUAL = "individual"

_MESSAGES = {
    "name": {
        "required": _("Enter the name to sign with."),
        "max_length": _("Keep the name under 150 characters."),
    },
    "title": {"max_length": _("Keep the title under 150 characters.")},
    "organization_name": {"max_length": _("Keep the organization under 200 characters.")},
    "region": {"max_length": _("Keep the city or region under 120 characters.")},
    "comment": {"max_length": _("Keep the comment to %(limit_value)d characters (it has %(show_value)d).")},
}


class SignerDetailsMixin(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages=_MESSAGES["name"],
    )
    title = forms.CharField(
        label=_("Title or role (optional)"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        error_messages=_MESSAGES["title"],
    )
    organization_name = forms.CharField(
        label=_("Organization (optional)"),
        required=False,
        max_length=200,
        help_text=_("When you sign for an ally, its name is used."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages=_MESSAGES["organization_name"],
    )
    region = forms.CharField(
        label=_("City or region (optional)"),
        required=False,
        max_length=120,
        error_messages=_MESSAGES["region"],
    )
    comment = forms.CharField(
        label=_("A comment for the staff team (optional)"),
        required=False,
        max_length=2000,
        help_text=_("Only staff read it; it is never published."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=_MESSAGES["comment"],
    )


class SignForm(OneLineFieldsMixin, SignerDetailsMixin):
    """A signed-in member's signature: for one of the allies they sign for, or as themselves."""

    field_order = ["sign_as", "name", "title", "organization_name", "region", "comment"]

    sign_as = forms.ChoiceField(
        label=_("Sign as"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who you sign for."),
            "invalid_choice": _("You cannot sign for that. Choose one of the options shown."),
        },
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sign_as"].choices = choices
        if len(choices) == 1:
            self.fields["sign_as"].initial = choices[0][0]


class PublicSignForm(OneLineFieldsMixin, HoneypotMixin, SignerDetailsMixin):
    """A member of the public's signature, confirmed by the link emailed to them."""

    field_order = ["name", "email", "title", "organization_name", "region", "comment"]

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We email you a link to confirm your signature. It is never published."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )


class SignatoriesForm(forms.Form):
    """Who signs for the ally: a box for each of its members in good standing, ticked for those named.
    Only those members can be chosen: an address sent for anyone else (another ally's member, someone
    who has left) makes the form invalid, and nothing is changed."""

    signatories = forms.MultipleChoiceField(
        label=_("Members who may sign for the organization"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "You can only name active members of your organization. Nothing was changed: choose "
                "from the members listed."
            ),
        },
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = {str(user.pk): user for user in members}
        self.fields["signatories"].choices = [(pk, _member_label(user)) for pk, user in self.members.items()]

    def chosen(self):
        return [self.members[pk] for pk in self.cleaned_data["signatories"]]


def _member_label(user):
    """The member's name, and their title when the profile has one (no address: the page shows
    colleagues to each other only as the extranet does)."""
    name = user.get_full_name() or user.email or user.get_username()
    profile = getattr(user, "member_profile", None)
    return f"{name}, {profile.title}" if profile is not None and profile.title else name
