from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import OneLineFieldsMixin

from .models import SpeakerResponse


class ResponseForm(OneLineFieldsMixin, forms.ModelForm):
    class Meta:
        model = SpeakerResponse
        fields = ["availability", "note"]
        labels = {
            "availability": _("When are you available?"),
            "note": _("A note for the staff team (optional)"),
        }
        help_texts = {
            "availability": _("For example: weekday mornings, or any time before the 14th."),
            "note": _("Why this fits you, what you would speak about, or anything we should know."),
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "availability": {
                "required": _("Tell us when you are available."),
                "max_length": _(
                    "Keep your availability to %(limit_value)d characters (it has %(show_value)d)."
                ),
            },
            "note": {"max_length": _("Keep the note to %(limit_value)d characters (it has %(show_value)d).")},
        }
