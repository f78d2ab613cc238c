from django import forms

from people.forms import PeopleInThePageLanguageForm


class PublicationPageForm(PeopleInThePageLanguageForm):
    """The page editor refuses to publish (or schedule) a publication before an embargo on one of its
    drafts lifts, with the message next to the "go live" field. A moderator's final approval publishes
    too, so it is refused the same way, before the form or the workflow changes anything. Its authors
    picker lists each person once, in the page's language."""

    def clean(self):
        from .embargo import embargo_error, embargo_lifts_at

        cleaned_data = super().clean()
        if not self._publishes():
            return cleaned_data
        lifts_at = embargo_lifts_at(self.instance)
        go_live_at = cleaned_data.get("go_live_at")
        if lifts_at is not None and (go_live_at is None or go_live_at < lifts_at):
            self.add_error("go_live_at", forms.ValidationError(embargo_error(lifts_at)))
        return cleaned_data

    def _publishes(self):
        from .embargo import approval_would_publish

        if "action-publish" in self.data:
            return True
        return (
            "action-workflow-action" in self.data
            and self.data.get("workflow-action-name") == "approve"
            and self.instance.pk is not None
            and approval_would_publish(self.instance)
        )
