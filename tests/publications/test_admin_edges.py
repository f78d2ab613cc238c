"""The admin paths at the edges of the embargo and of the publication page: each ends in a page staff
can work from (a message, a form), never an error."""

import pytest

from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory
from policy.factories import PolicyAgendaPageFactory
from publications.factories import PublicationPageFactory

pytestmark = pytest.mark.django_db


def form_data(client, url, **fields):
    """What the page editor at `url` posts: its current values, no inline rows, and `fields`."""
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"body-count": "0", "tags": "", "publication_date": "2026-05-01", "kind": "report"})
    for formset in form.formsets.values():
        data.update({f"{formset.prefix}-TOTAL_FORMS": "0", f"{formset.prefix}-INITIAL_FORMS": "0"})
    data.update(fields)
    return data


@pytest.fixture
def related_work(home_page):
    agenda = PolicyAgendaPageFactory(parent=home_page, title="Fair housing agenda", slug="agenda")
    initiatives = InitiativeIndexPageFactory(parent=home_page, slug="initiatives")
    initiative = InitiativePageFactory(parent=initiatives, title="Tenant organizing", slug="tenants")
    return agenda, initiative


def preview(client, preview_url, data):
    posted = client.post(preview_url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"], posted.json()
    return client.get(preview_url)


@pytest.mark.parametrize("with_related", [False, True])
def test_preview_on_edit(admin_client, publication_index, related_work, with_related):
    page = PublicationPageFactory(parent=publication_index, title="Housing report", slug="housing")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    fields = {"title": "Housing report, revised", "slug": "housing", "summary": "Findings."}
    if with_related:
        agenda, initiative = related_work
        fields.update({"related_agenda": [agenda.pk], "related_initiatives": [initiative.pk]})
    response = preview(admin_client, edit_url + "preview/", form_data(admin_client, edit_url, **fields))
    assert response.status_code == 200
    assert "Housing report, revised" in response.text
    if with_related:
        assert "Fair housing agenda" in response.text
        assert "Tenant organizing" in response.text


@pytest.mark.parametrize("with_related", [False, True])
def test_preview_on_add(admin_client, publication_index, related_work, with_related):
    add_url = f"/admin/pages/add/publications/publicationpage/{publication_index.pk}/"
    fields = {"title": "A new brief", "slug": "new-brief", "summary": "In short."}
    if with_related:
        agenda, initiative = related_work
        fields.update({"related_agenda": [agenda.pk], "related_initiatives": [initiative.pk]})
    response = preview(admin_client, add_url + "preview/", form_data(admin_client, add_url, **fields))
    assert response.status_code == 200
    assert "A new brief" in response.text
    if with_related:
        assert "Fair housing agenda" in response.text


def test_preview_leaves_out_related_pages_that_are_not_public(admin_client, publication_index, home_page):
    draft_agenda = PolicyAgendaPageFactory(parent=home_page, title="Unpublished agenda", live=False)
    page = PublicationPageFactory(parent=publication_index, slug="housing")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = form_data(
        admin_client, edit_url, title="Report", slug="housing", summary="S.", related_agenda=[draft_agenda.pk]
    )
    response = preview(admin_client, edit_url + "preview/", data)
    assert response.status_code == 200
    assert "Unpublished agenda" not in response.text


def bulk_publish(client, pages, include_descendants=False):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = f"/admin/bulk/wagtailcore/page/publish/?{ids}&next=/admin/pages/"
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(url, data, follow=True)


def test_bulk_publish_leaves_the_embargoed_publication_unpublished(
    admin_client, draft, scheduled_publication, publication_index
):
    other = PublicationPageFactory(parent=publication_index, title="Other brief", live=False)
    other.save_revision()
    response = bulk_publish(admin_client, [scheduled_publication, other])
    assert response.status_code == 200
    text = response.text
    assert "Final report" in text and "under embargo until" in text
    scheduled_publication.refresh_from_db()
    other.refresh_from_db()
    assert not scheduled_publication.live
    assert other.live


def test_bulk_publish_of_the_embargoed_publication_alone(admin_client, draft, scheduled_publication):
    response = bulk_publish(admin_client, [scheduled_publication])
    assert response.status_code == 200
    assert "under embargo until" in response.text
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live


def test_bulk_publish_with_descendants_is_refused_when_one_is_embargoed(
    admin_client, draft, scheduled_publication, publication_index
):
    other = PublicationPageFactory(parent=publication_index, title="Other brief", live=False)
    other.save_revision()
    response = bulk_publish(admin_client, [publication_index], include_descendants=True)
    assert response.status_code == 200
    assert "Final report" in response.text and "under embargo until" in response.text
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live


def test_bulk_publish_of_a_spanish_translation_is_refused_too(
    admin_client, draft, scheduled_publication, locales
):
    spanish = scheduled_publication.copy_for_translation(locales["es"], copy_parents=True)
    response = bulk_publish(admin_client, [spanish])
    assert response.status_code == 200
    assert "under embargo until" in response.text
    spanish.refresh_from_db()
    assert not spanish.live


@pytest.fixture
def in_moderation(roles, draft, scheduled_publication, publication_index):
    """The public version submitted for moderation in a one-step group approval by the Moderators."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    from members.groups import MODERATORS

    workflow = Workflow.objects.create(name="Moderation")
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    task.groups.set([Group.objects.get(name=MODERATORS)])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=publication_index)
    scheduled_publication.save_revision(user=roles["staff"])
    return workflow.start(scheduled_publication, roles["staff"])


def assert_still_awaiting_approval(page, workflow_state, moderator):
    from wagtail.models import TaskState, WorkflowState

    page.refresh_from_db()
    assert not page.live
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = workflow_state.current_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    actions = [name for name, _label, _modal in task_state.task.specific.get_actions(page, moderator)]
    assert "approve" in actions


@pytest.mark.parametrize("xhr", [False, True])
def test_approving_the_embargoed_publication_is_refused_with_a_message(
    client, roles, scheduled_publication, in_moderation, xhr
):
    moderator = roles["moderator"]
    client.force_login(moderator)
    task_state = in_moderation.current_task_state
    url = f"/admin/pages/workflow/action/{scheduled_publication.pk}/approve/{task_state.pk}/"
    headers = {"x-requested-with": "XMLHttpRequest"} if xhr else {}
    response = client.post(url, {"comment": ""}, headers=headers)
    assert response.status_code in (200, 302)
    page = client.get(f"/admin/pages/{scheduled_publication.pk}/edit/")
    assert "under embargo until" in page.text
    assert_still_awaiting_approval(scheduled_publication, in_moderation, moderator)


def test_approving_in_the_editor_is_refused_next_to_the_go_live_field(
    client, roles, scheduled_publication, in_moderation
):
    moderator = roles["moderator"]
    client.force_login(moderator)
    edit_url = f"/admin/pages/{scheduled_publication.pk}/edit/"
    data = form_data(
        client,
        edit_url,
        title=scheduled_publication.title,
        slug=scheduled_publication.slug,
        summary=scheduled_publication.summary,
    )
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url, data)
    assert response.status_code == 200
    assert "go_live_at" in response.context["form"].errors
    assert_still_awaiting_approval(scheduled_publication, in_moderation, moderator)


def test_approving_with_a_go_live_at_the_lift_schedules_it(
    client, roles, draft, scheduled_publication, in_moderation
):
    import datetime

    from django.utils import timezone

    client.force_login(roles["moderator"])
    edit_url = f"/admin/pages/{scheduled_publication.pk}/edit/"
    # The field has minutes: the next one after the lift.
    after_lift = draft.embargo_lifts_at + datetime.timedelta(minutes=1)
    lift = timezone.localtime(after_lift).strftime("%Y-%m-%d %H:%M")
    data = form_data(
        client,
        edit_url,
        title=scheduled_publication.title,
        slug=scheduled_publication.slug,
        summary=scheduled_publication.summary,
        go_live_at=lift,
    )
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    scheduled_publication.refresh_from_db()
    assert not scheduled_publication.live
    assert scheduled_publication.go_live_at >= draft.embargo_lifts_at
    in_moderation.refresh_from_db()
    assert in_moderation.status == in_moderation.STATUS_APPROVED


def test_approving_after_the_lift_publishes(client, roles, draft, scheduled_publication, in_moderation):
    import datetime

    from django.utils import timezone

    from publications.models import EmbargoedDraftPage

    EmbargoedDraftPage.objects.filter(pk=draft.pk).update(
        embargo_lifts_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    client.force_login(roles["moderator"])
    task_state = in_moderation.current_task_state
    url = f"/admin/pages/workflow/action/{scheduled_publication.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": ""})
    scheduled_publication.refresh_from_db()
    assert scheduled_publication.live


def test_the_publications_explorer_and_editor_still_open(admin_client, draft, scheduled_publication):
    """The publication pages have a viewset of their own (for the workflow action): the rest is Wagtail's."""
    index_id = scheduled_publication.get_parent().pk
    listing = admin_client.get(f"/admin/pages/{index_id}/")
    assert listing.status_code == 200
    assert "Final report" in listing.text
    assert admin_client.get(f"/admin/pages/{scheduled_publication.pk}/edit/").status_code == 200
