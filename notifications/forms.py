from django import forms

from .models import Frequency


class PreferencesForm(forms.Form):
    """One choice per kind of news: immediately, in the weekly digest, or never."""

    def __init__(self, *args, kinds, current, **kwargs):
        super().__init__(*args, **kwargs)
        for key, kind in kinds.items():
            self.fields[key] = forms.ChoiceField(
                label=kind.label, choices=Frequency.choices, initial=current[key], widget=forms.RadioSelect
            )
