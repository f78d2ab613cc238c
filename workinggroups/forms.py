from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from members.access import has_extranet_access
from serving import api as serving

from .models import WorkingGroupMembership, WorkingGroupPage


def group_choices():
    """Every group once, by its name in the site's main language (else its first language)."""
    names = {}
    for page in WorkingGroupPage.objects.order_by("title"):
        if page.translation_key not in names or page.locale_id == serving.default_locale().pk:
            names[page.translation_key] = page.title
    return sorted(names.items(), key=lambda item: item[1])


class MembershipAdminForm(forms.ModelForm):
    group_key = forms.TypedChoiceField(label=_("Group"), choices=(), coerce=str)

    class Meta:
        model = WorkingGroupMembership
        fields = ["group_key", "user"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group_key"].choices = [("", "---------"), *group_choices()]
        if self.instance.pk:
            self.initial["group_key"] = str(self.instance.group_key)


class AddMemberForm(forms.Form):
    """The lead adds a member by the email address they sign in with."""

    email = forms.EmailField(
        label=_("Member's email address"),
        help_text=_("The address the member signs in with."),
        error_messages={
            "required": _("Enter the member's email address."),
            "invalid": _("Enter an email address, like name@example.org."),
        },
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        # The same answer for "no such account" and "not a member now": it names no one.
        if user is None or not has_extranet_access(user):
            raise forms.ValidationError(
                _("No current member signs in with that address. Check it, or ask staff to invite them.")
            )
        self.user = user
        return email
