"""The embargoed draft and its stamped-download address against every role."""

import pytest

from tests.extranet.test_access_matrix import PAGE_OUTCOME, ROLES, assert_outcome, get
from tests.publications.conftest import attachments_of, draft, publication_index, scheduled_publication  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_embargoed_draft_page(client, roles, draft, role):  # noqa: F811
    response = get(client, roles[role], draft.url)
    assert_outcome(response, PAGE_OUTCOME[role], draft.title)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["pdf", "other"])
def test_stamped_download(client, roles, draft, role, kind):  # noqa: F811
    pdf, text = attachments_of(draft)
    attachment = pdf if kind == "pdf" else text
    response = get(client, roles[role], attachment.get_download_url())
    assert_outcome(response, PAGE_OUTCOME[role], attachment.title)
    if PAGE_OUTCOME[role] != "ok":
        assert not response.get("Content-Disposition")
