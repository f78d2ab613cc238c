"""Words of Wagtail's admin that its Spanish catalogue lacks, on the screens staff use every day (the
dashboard's panels, moderation messages, the page explorer, the document chooser, their account).
Marked here so that `makemessages` puts them in the project's catalogue (locale/), which Django reads
before Wagtail's own; translated there. Nothing imports this module: the marks are for the catalogue
only."""

from django.utils.translation import gettext_noop, ngettext_lazy

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
    # The editor's banner while their page waits for a moderator.
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    # The dashboard's site summary, its search box and the link to the editor guide.
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    gettext_noop("Search all pages…"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    # The page explorer's title and its count of pages.
    gettext_noop("Exploring"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in "
        "'<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    # The explorer's filters.
    gettext_noop("Show filters"),
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Has child pages"),
    gettext_noop("Page type"),
    # Uploading a document (the chooser's upload tab) and tagging.
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    # Wagtail's Spanish has a typo here ("etiquedas"): ours is read first.
    gettext_noop('Multi-word tags with spaces will automatically be enclosed in double quotes (").'),
    # Account: language and time zone.
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
)
