from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .changes import registrants_told_of_changes
from .schedule import restamp


class OccurrenceForm(WagtailAdminModelForm):
    """A date edited by staff: a changed time marks it moved (publishing the series again leaves it as
    staff set it), any change calendars show bumps its SEQUENCE, and a new time or a cancellation is
    emailed to everyone registered or waiting (events.changes)."""

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The date must end after it starts."))
        return cleaned

    def save(self, commit=True):
        occurrence = super().save(commit=False)
        if {"starts_at", "ends_at"} & set(self.changed_data):
            occurrence.moved = True
        restamp(occurrence)
        if commit:
            with registrants_told_of_changes(occurrence):
                occurrence.save()
            self.save_m2m()
        return occurrence
