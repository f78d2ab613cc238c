"""Nothing linked to an embargoed draft becomes public before the embargo lifts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from publications.embargo import defer_revision
from publications.models import EmbargoedDraftPage, PublicationPage

pytestmark = pytest.mark.django_db


def test_publishing_the_public_version_now_is_refused(draft, scheduled_publication):
    revision = scheduled_publication.save_revision()
    with pytest.raises(ValidationError) as error:
        revision.publish()
    assert "under embargo until" in str(error.value)
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live


def test_scheduling_before_the_lift_is_refused(draft, scheduled_publication):
    scheduled_publication.go_live_at = draft.embargo_lifts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        scheduled_publication.save_revision()
    assert "go_live_at" in error.value.message_dict


def test_scheduling_at_the_lift_is_accepted(draft, scheduled_publication):
    scheduled_publication.go_live_at = draft.embargo_lifts_at
    scheduled_publication.save_revision().publish()
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live
    assert scheduled_publication.go_live_at == draft.embargo_lifts_at


def test_the_scheduled_run_checks_again(draft, scheduled_publication):
    """A revision scheduled too early by a path that skipped validation is held back, not published."""
    scheduled_publication.go_live_at = draft.embargo_lifts_at
    revision = scheduled_publication.save_revision()
    revision.publish()
    revision.refresh_from_db()
    # Something bypassed the rules and made the revision due now.
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at == draft.embargo_lifts_at


def test_the_scheduled_run_publishes_after_the_lift(draft, scheduled_publication):
    scheduled_publication.go_live_at = draft.embargo_lifts_at
    revision = scheduled_publication.save_revision()
    revision.publish()
    past = timezone.now() - datetime.timedelta(minutes=5)
    # Time passes: the embargo lifts and the scheduled time is reached.
    EmbargoedDraftPage.objects.filter(pk=draft.pk).update(embargo_lifts_at=past)
    revision.refresh_from_db()
    defer_revision(revision, past)
    call_command("publish_scheduled", verbosity=0)
    scheduled_publication.refresh_from_db()
    assert scheduled_publication.live


def test_moving_the_embargo_later_moves_the_schedule(draft, scheduled_publication):
    scheduled_publication.go_live_at = draft.embargo_lifts_at
    revision = scheduled_publication.save_revision()
    revision.publish()
    later = draft.embargo_lifts_at + datetime.timedelta(days=7)
    draft.embargo_lifts_at = later
    draft.save_revision().publish()
    scheduled_publication.refresh_from_db()
    revision.refresh_from_db()
    assert scheduled_publication.go_live_at == later
    assert revision.approved_go_live_at == later
    assert revision.as_object().go_live_at == later


def test_admin_publish_is_refused_next_to_the_go_live_field(admin_client, draft, scheduled_publication):
    url = f"/admin/pages/{scheduled_publication.pk}/edit/"
    form = admin_client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "title": scheduled_publication.title,
            "slug": scheduled_publication.slug,
            "summary": scheduled_publication.summary,
            "publication_date": "2026-05-01",
            "kind": "report",
            "body-count": "0",
            "tags": "",
            "action-publish": "action-publish",
        }
    )
    for formset in form.formsets.values():
        prefix = formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "go_live_at" in response.context["form"].errors
    assert not PublicationPage.objects.get(pk=scheduled_publication.pk).live


def test_an_embargo_in_the_past_is_refused_at_creation(extranet):
    from publications.factories import EmbargoedDraftPageFactory

    with pytest.raises(ValidationError) as error:
        EmbargoedDraftPageFactory(
            parent=extranet["index"], embargo_lifts_at=timezone.now() - datetime.timedelta(hours=1)
        )
    assert "embargo_lifts_at" in error.value.message_dict


def test_a_draft_cannot_point_at_a_page_that_is_already_public(extranet, publication_index):
    from publications.factories import EmbargoedDraftPageFactory, PublicationPageFactory

    public = PublicationPageFactory(parent=publication_index)
    with pytest.raises(ValidationError) as error:
        EmbargoedDraftPageFactory(parent=extranet["index"], final_publication=public)
    assert "final_publication" in error.value.message_dict


def test_after_the_lift_the_draft_links_to_the_public_version(client, roles, draft, scheduled_publication):
    past = timezone.now() - datetime.timedelta(minutes=1)
    EmbargoedDraftPage.objects.filter(pk=draft.pk).update(embargo_lifts_at=past)
    scheduled_publication.save_revision().publish()
    client.force_login(roles["member"])
    response = client.get(draft.url)
    assert "Embargo lifted" in response.text
    assert scheduled_publication.url in response.text
    assert "do not share" not in response.text


def test_under_embargo_the_draft_shows_the_banner_in_both_time_zones(client, roles, draft):
    client.force_login(roles["member"])
    response = client.get(draft.url)
    assert "do not share" in response.text
    assert draft.embargo_lifts_at_utc.strftime("%Y-%m-%d %H:%M") + " UTC" in response.text


def test_the_spanish_draft_follows_the_english_embargo(draft, locales):
    from tests.conftest import translate

    spanish = translate(draft, locales["es"], title="Borrador", slug="borrador")
    later = draft.embargo_lifts_at + datetime.timedelta(days=3)
    draft.embargo_lifts_at = later
    draft.save_revision().publish()
    spanish.refresh_from_db()
    assert spanish.embargo_lifts_at == later
