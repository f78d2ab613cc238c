"""What every public form asks of what people type into it."""

import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Line breaks (including Unicode's line and paragraph separators and NEL) and other control
# characters: a name or an organization typed on one line goes into mail headers (a notice's subject,
# a greeting) and CSV exports, where a line break either breaks the mail or smuggles in a header.
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")

one_line = RegexValidator(
    _NOT_ONE_LINE,
    message=_("Please write this on one line, without line breaks or control characters."),
    code="not_one_line",
    inverse_match=True,
)


class OneLineFieldsMixin:
    """Every text field of the form that is not a multi-line box (nor a password, which may hold
    anything) refuses line breaks and control characters, with a clear message, before anything is
    stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if self._takes_one_line(field):
                field.validators.append(one_line)

    @staticmethod
    def _takes_one_line(field):
        # Email addresses and web addresses have validators of their own that refuse line breaks.
        if not isinstance(field, forms.CharField) or isinstance(field, forms.EmailField | forms.URLField):
            return False
        return not isinstance(field.widget, forms.Textarea | forms.PasswordInput)


class HoneypotMixin(forms.Form):
    """A field people never see (it is off-screen and skipped by the keyboard) but form-filling bots do.
    A form that comes back with it filled is treated as spam."""

    honeypot_field = "fax_number"

    fax_number = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix(self.honeypot_field), "").strip())
