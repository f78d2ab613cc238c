"""The embargo rule: nothing linked to an embargoed draft becomes public before the embargo lifts.

It is enforced on every path a publication can take to going live:

- the page editor: publishing without a schedule, or scheduling before the lift, is refused next to the
  "go live" field (PublicationPageForm), and a `before_publish_page` hook refuses it again;
- any code: PublicationPage.clean() runs inside Wagtail's publish action (the page is saved with
  validation), so a page that would go live while the embargo holds is not saved;
- scheduled publishing: this app's `publish_scheduled` command (which replaces Wagtail's, so the timer,
  `run_scheduler` or a cron line, always runs it) first moves any scheduled revision of an embargoed page
  to the lift time, then publishes what is due;
- moderation: the final approval of a workflow publishes the page, so it is refused while publishing
  would break the embargo, before anything changes (the editor's form, and the workflow action view of
  the publication's page viewset): the task stays in progress, to be approved after the lift, or with a
  go-live time at the lift or later set in the editor;
- bulk publishing from the page listing leaves such a publication out (a `before_bulk_action` hook);
- moving the embargo later moves the publication's schedule with it (signals.py);
- copies and aliases: a copy gets a translation key of its own, which no draft points at, so it would be
  free to go live; copying or aliasing a publication under embargo (or a page with one below it, with its
  subpages) is refused until the lift, in the admin (a `before_copy_page` hook) and in code
  (PublicationPage.copy() and create_alias()). Translations keep the key, so they are made as usual and
  the embargo binds them like their source.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Revision


def drafts_embargoing(publication):
    """Drafts whose embargo still holds over `publication` (in any of its languages)."""
    from .models import EmbargoedDraftPage

    return EmbargoedDraftPage.objects.filter(
        final_publication__translation_key=publication.translation_key,
        embargo_lifts_at__gt=timezone.now(),
    )


def held_translation_keys():
    """The translation keys of the publications an embargo still holds (a subquery)."""
    from .models import EmbargoedDraftPage

    return EmbargoedDraftPage.objects.filter(embargo_lifts_at__gt=timezone.now()).values(
        "final_publication__translation_key"
    )


def embargoed_files():
    """Documents that are the file of a publication (in any language) whose embargo still holds."""
    from .models import PublicationPage

    return get_document_model().objects.filter(
        pk__in=PublicationPage.objects.filter(translation_key__in=held_translation_keys()).values("file")
    )


def embargo_lifts_at(publication):
    """When the last embargo over `publication` lifts, or None when none holds."""
    return drafts_embargoing(publication).aggregate(lifts_at=Max("embargo_lifts_at"))["lifts_at"]


class EmbargoHolds(PermissionDenied):
    """Refused because an embargo still holds over a publication (a copy or an alias of it)."""


def embargoed_publication_in(page, recursive=False):
    """The first publication that copying `page` (with its subpages when `recursive`) would copy while an
    embargo holds over it, and when that embargo lifts; (None, None) when there is none."""
    from .models import PublicationPage

    if recursive:
        candidates = PublicationPage.objects.descendant_of(page, inclusive=True)
    else:
        candidates = PublicationPage.objects.filter(pk=page.pk)
    publication = candidates.filter(translation_key__in=held_translation_keys()).order_by("path").first()
    if publication is None:
        return None, None
    return publication, embargo_lifts_at(publication)


def copy_refusal(publication, lifts_at):
    return _(
        "“%(title)s” is the public version of a draft under embargo until %(time)s, so it cannot be "
        "copied or aliased before then: the copy would not be bound by the embargo. Translating it is "
        "still possible."
    ) % {"title": publication.title, "time": format_lift(lifts_at)}


def refuse_copy_under_embargo(page, recursive=False):
    publication, lifts_at = embargoed_publication_in(page, recursive=recursive)
    if publication is not None:
        raise EmbargoHolds(copy_refusal(publication, lifts_at))


def format_lift(lifts_at):
    local = timezone.localtime(lifts_at)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} {local.tzname()}"


def embargo_error(lifts_at):
    return _(
        "A draft of this publication is under embargo until %(time)s. It cannot be published before then: "
        "schedule it to go live at that time or later."
    ) % {"time": format_lift(lifts_at)}


def defer_revision(revision, lifts_at):
    """Make a scheduled revision go live no earlier than `lifts_at`."""
    revision.approved_go_live_at = lifts_at
    revision.content["go_live_at"] = lifts_at.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])


def defer_schedule(publication_translation_key, lifts_at):
    """Move the go-live time of every language of a publication, and of its scheduled revisions, to
    `lifts_at` where it is earlier. Returns how many revisions moved."""
    from .models import PublicationPage

    pages = PublicationPage.objects.filter(translation_key=publication_translation_key)
    pages.filter(go_live_at__lt=lifts_at).update(go_live_at=lifts_at)
    moved = 0
    for page in pages:
        for revision in Revision.page_revisions.filter(
            object_id=str(page.pk), approved_go_live_at__lt=lifts_at
        ):
            defer_revision(revision, lifts_at)
            moved += 1
    return moved


def defer_embargoed_revisions():
    """Before scheduled publishing runs: hold back every due-or-future scheduled revision of a publication
    whose embargo still holds. Returns how many revisions moved."""
    from .models import EmbargoedDraftPage

    now = timezone.now()
    moved = 0
    keys = (
        EmbargoedDraftPage.objects.filter(embargo_lifts_at__gt=now, final_publication__isnull=False)
        .values("final_publication__translation_key")
        .annotate(lifts_at=Max("embargo_lifts_at"))
    )
    for row in keys:
        moved += defer_schedule(row["final_publication__translation_key"], row["lifts_at"])
    return moved


def latest_revision_would_break_embargo(page):
    """For the paths that publish a page's latest revision as it stands (bulk publishing, a workflow's
    final approval): when the embargo it would break lifts, or None."""
    revision = page.get_latest_revision()
    return publish_would_break_embargo(revision.as_object() if revision else page)


def approval_would_publish(page):
    """Approving the task `page` is on would finish its workflow, and so publish it (Wagtail's default
    finishing action, which this site keeps)."""
    from wagtail.models import Task

    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return False
    later_tasks = (
        Task.objects.filter(workflow_tasks__workflow=state.workflow, active=True)
        .exclude(task_states__in=state.successful_task_states)
        .exclude(pk=state.current_task_state.task_id)
    )
    return not later_tasks.exists()


def approval_would_break_embargo(page):
    """When the embargo that approving `page` now would break lifts, or None."""
    if not approval_would_publish(page):
        return None
    return latest_revision_would_break_embargo(page)


def approval_refusal(lifts_at):
    return _(
        "This page cannot be approved yet: approving it publishes it, and a draft of it is under embargo "
        "until %(time)s. It stays awaiting approval: approve it after that time, or set it to go live "
        "then or later in the editor and approve it there."
    ) % {"time": format_lift(lifts_at)}


def not_published_message(publication, lifts_at):
    return _(
        "“%(title)s” was not published: a draft of it is under embargo until %(time)s. Schedule it to go "
        "live at that time or later."
    ) % {"title": publication.title, "time": format_lift(lifts_at)}


def publish_would_break_embargo(page):
    """For the admin hook: publishing `page` now (with its go-live time) would break an embargo."""
    lifts_at = embargo_lifts_at(page)
    if lifts_at is None:
        return None
    if page.go_live_at is None or page.go_live_at < lifts_at:
        return lifts_at
    return None
