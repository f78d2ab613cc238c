"""The embargoed draft and its stamped-download address against every role."""

import pytest

from tests.conftest import built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import make_extranet, make_roles
from tests.extranet.test_access_matrix import PAGE_OUTCOME, ROLES, assert_outcome, get
from tests.publications.conftest import (
    attachments_of,
    make_draft,
    make_publication_index,
    make_scheduled_publication,
)

pytestmark = pytest.mark.django_db


def build_site():
    roles = make_roles()
    locales = make_locales()
    home_page = make_home_page(locales)
    translate(home_page, locales["es"], title="Inicio", slug="inicio")
    extranet = make_extranet(home_page, locales)
    scheduled_publication = make_scheduled_publication(make_publication_index(home_page))
    return {"roles": roles, "draft": make_draft(extranet, scheduled_publication)}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The people and the embargoed draft of tests/extranet and tests/publications' fixtures, made
    once for this module's tests; what each test writes is rolled back after it all the same."""
    yield from built_once_for_the_module(django_db_blocker, build_site)


@pytest.fixture
def roles(site, db):
    return site["roles"]


@pytest.fixture
def draft(site, db):
    return site["draft"]


@pytest.mark.parametrize("role", ROLES)
def test_embargoed_draft_page(client, roles, draft, role):
    response = get(client, roles[role], draft.url)
    assert_outcome(response, PAGE_OUTCOME[role], draft.title)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["pdf", "other"])
def test_stamped_download(client, roles, draft, role, kind):
    pdf, text = attachments_of(draft)
    attachment = pdf if kind == "pdf" else text
    response = get(client, roles[role], attachment.get_download_url())
    assert_outcome(response, PAGE_OUTCOME[role], attachment.title)
    if PAGE_OUTCOME[role] != "ok":
        assert not response.get("Content-Disposition")
