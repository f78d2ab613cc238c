from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, OneLineFieldsMixin

from .models import MembershipApplication


class JoinForm(OneLineFieldsMixin, HoneypotMixin, forms.ModelForm):
    organization_website = forms.URLField(
        label=_("Organization website (optional)"),
        required=False,
        assume_scheme="https",
        # A text input with the URL keyboard, not <input type="url">: a mistyped address ("not a site")
        # is shown back with its error, and an invalid value in type="url" is invalid HTML.
        widget=forms.TextInput(
            attrs={
                "autocomplete": "url",
                "inputmode": "url",
                "spellcheck": "false",
                "autocapitalize": "none",
                "placeholder": "https://",
            }
        ),
        error_messages={"invalid": _("Enter the full address of the website, like https://example.org.")},
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "kind",
            "organization_name",
            "organization_website",
            "contact_name",
            "email",
            "phone",
            "region",
            "why_join",
            "consent",
        ]
        labels = {
            "kind": _("I am applying"),
            "organization_name": _("Organization name"),
            "contact_name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone (optional)"),
            "region": _("Region"),
            "why_join": _("Why do you want to join the alliance?"),
            "consent": _("I agree that the alliance keeps these details to review my application."),
        }
        help_texts = {
            "organization_name": _("Only if you apply as an organization."),
            "region": _("The state, county or area where you or your organization work."),
            "why_join": _("A few sentences are enough."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "organization_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "region": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "why_join": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "kind": {"required": _("Choose whether you apply as an organization or as an individual.")},
            "contact_name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.org."),
            },
            "region": {"required": _("Enter your region.")},
            "why_join": {"required": _("Tell us in a few sentences why you want to join.")},
        }

    field_order = [*Meta.fields, "fax_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = MembershipApplication.Kind.choices  # no empty choice
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Tick this box so that we may keep your details while we review your application."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == MembershipApplication.Kind.ORGANIZATION:
            if not cleaned.get("organization_name", "").strip():
                self.add_error("organization_name", _("Enter the name of your organization."))
        else:
            cleaned["organization_name"] = ""
            cleaned["organization_website"] = ""
        return cleaned


class AcceptInvitationForm(OneLineFieldsMixin, forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Enter your first name.")},
    )
    # Optional, as on the invitation staff fill in (which prefills it): not everyone has one.
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters. A few unrelated words make a strong password."),
        error_messages={"required": _("Choose a password.")},
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Type the password again.")},
    )

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        kwargs.setdefault("initial", {"first_name": invitation.first_name, "last_name": invitation.last_name})
        super().__init__(*args, **kwargs)

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(_("The two passwords are different. Type the same one twice."))
        return password2

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password1")
        if password and "password1" not in self.errors:
            # Checked against the person's own name and email, as Django's validators can.
            person = get_user_model()(
                email=self.invitation.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password, person)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class AccountProfileForm(forms.Form):
    """ "My account": the person's name, and for a member their title and the language the site writes
    to them in."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, error_messages={"required": _("Enter your first name.")}
    )
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    title = forms.CharField(label=_("Title or role (optional)"), max_length=150, required=False)
    language = forms.ChoiceField(
        label=_("Language for emails"),
        choices=(),
        required=False,
        help_text=_("The language we write to you in."),
    )

    def __init__(self, *args, user, **kwargs):
        from django.conf import settings

        self.user = user
        self.profile = getattr(user, "member_profile", None)
        initial = {"first_name": user.first_name, "last_name": user.last_name}
        if self.profile is not None:
            initial |= {"title": self.profile.title, "language": self.profile.language}
        super().__init__(*args, initial=initial, **kwargs)
        self.fields["language"].choices = [("", _("The site's main language")), *settings.LANGUAGES]
        if self.profile is None:  # staff without a membership: their name only
            del self.fields["title"]
            del self.fields["language"]

    def save(self):
        data = self.cleaned_data
        self.user.first_name = data["first_name"]
        self.user.last_name = data["last_name"]
        self.user.save(update_fields=["first_name", "last_name"])
        if self.profile is not None:
            self.profile.title = data["title"]
            self.profile.language = data["language"]
            self.profile.save(update_fields=["title", "language", "updated_at"])


class DeletionRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Anything we should know (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that staff will delete my account and my access to the members' area."),
        error_messages={"required": _("Tick the box to confirm you want your account deleted.")},
    )


class ProfilePhotoForm(forms.Form):
    """ "My account": upload or replace the member's photo (members.photos checks and re-encodes it)."""

    photo = forms.FileField(
        label=_("Photo of you"),
        help_text=_(
            "A JPEG, PNG, GIF or WebP image of at most 5 MB. We keep a small copy, without its metadata."
        ),
        error_messages={"required": _("Choose a photo to upload.")},
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}),
    )

    def clean_photo(self):
        from .photos import processed_photo

        # The small JPEG to keep, or a ValidationError with the reason, shown by the field.
        return processed_photo(self.cleaned_data["photo"])
