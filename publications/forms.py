from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class PublicationPageForm(WagtailAdminPageForm):
    """The page editor refuses to publish (or schedule) a publication before an embargo on one of its
    drafts lifts, with the message next to the "go live" field."""

    def clean(self):
        from .embargo import embargo_error, embargo_lifts_at

        cleaned_data = super().clean()
        if "action-publish" not in self.data:
            return cleaned_data
        lifts_at = embargo_lifts_at(self.instance)
        go_live_at = cleaned_data.get("go_live_at")
        if lifts_at is not None and (go_live_at is None or go_live_at < lifts_at):
            self.add_error("go_live_at", forms.ValidationError(embargo_error(lifts_at)))
        return cleaned_data
