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
