"""Words of Wagtail's admin that its Spanish catalogue lacks, on the screens staff use every day (the
dashboard's panels, moderation messages). Marked here so that `makemessages` puts them in the project's
catalogue (locale/), which Django reads before Wagtail's own; translated there. Nothing imports this
module: the marks are for the catalogue only."""

from django.utils.translation import gettext_noop

WAGTAIL_WORDS = (
    # The dashboard's "Your locked pages", "Awaiting your review" and "Your pages in a workflow".
    gettext_noop("Privacy and access"),
    gettext_noop("Your pages and snippets in a workflow"),
    gettext_noop("No pages/snippets have been submitted for moderation yet"),
    # What the editor says after "Submit for moderation".
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been cancelled."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been restarted."),
)
