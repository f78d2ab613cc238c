"""Each guard on its own, with the guard in front of it out of the way, so that removing any single
check makes a test here fail (docs/privacy.md lists them):

- a member-only page's own `serve` check, with the extranet's restriction rows gone and the serving
  hook not asked (the page served directly);
- the extranet's page rule in the policy, with the restriction rows gone (a page type with no `serve`
  check of its own);
- an embargoed draft's download, with the draft restricted further than the extranet;
- the members-only collection rule, for a sub-collection, with the restriction rows gone;
- a signed link with a forged signature on a real subscriber's key;
- the page cache's signed-in test on the response, with no session cookie on the request.
"""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core import signing
from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from extranet.privacy import members_collection
from members.groups import MODERATORS, STAFF
from serving.middleware import response_is_cacheable
from standardpages.models import StandardPage
from subscriptions.models import Subscriber
from tests.extranet.conftest import client_for
from tests.publications.conftest import (  # noqa: F401 (fixtures)
    attachments_of,
    draft,
    make_document,
    publication_index,
    scheduled_publication,
)

pytestmark = pytest.mark.django_db


def drop_rows_without_signals(model, **filters):
    """Delete rows the way a bad migration or a hand-made SQL fix would: no signal, so no repair."""
    table = model._meta.db_table
    ids = list(model.objects.filter(**filters).values_list("pk", flat=True))
    groups_table = model.groups.through._meta.db_table
    foreign_key = model.groups.field.m2m_column_name()
    with connection.cursor() as cursor:
        for pk in ids:
            cursor.execute(f"DELETE FROM {groups_table} WHERE {foreign_key} = %s", [pk])  # noqa: S608
            cursor.execute(f"DELETE FROM {table} WHERE id = %s", [pk])  # noqa: S608
    return ids


@pytest.fixture
def unrestricted_extranet(extranet):
    assert drop_rows_without_signals(PageViewRestriction, page=extranet["index"])
    assert not PageViewRestriction.objects.filter(page=extranet["index"]).exists()
    return extranet


@pytest.mark.parametrize("role", ["anonymous", "non_member", "lapsed_member"])
def test_a_member_only_page_refuses_in_its_own_serve(rf, roles, unrestricted_extranet, role):
    from serving.api import current_request

    request = rf.get(unrestricted_extranet["page"].url)
    request.user = roles[role] or AnonymousUser()
    token = current_request.set(request)
    try:
        response = unrestricted_extranet["page"].specific.serve(request)
    finally:
        current_request.reset(token)
    assert response.status_code in {302, 403}
    if hasattr(response, "render"):
        response.render()
    assert b"Budget strategy" not in response.content


@pytest.mark.parametrize("role", ["anonymous", "non_member", "lapsed_member"])
def test_the_extranets_page_rule_holds_without_its_restriction_rows(
    client, roles, unrestricted_extranet, role
):
    """A page of a type with no `serve` check of its own, put below the extranet home in code."""
    index = unrestricted_extranet["index"]
    page = index.add_child(instance=StandardPage(title="Shared notes", slug="shared-notes"))
    response = client_for(client, roles[role]).get(page.url)
    assert response.status_code in {302, 403}
    assert "Shared notes" not in response.text


def test_the_embargoed_download_holds_a_draft_restricted_further(client, roles, draft):  # noqa: F811
    restriction = PageViewRestriction.objects.create(page=draft, restriction_type="groups")
    restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in (STAFF, MODERATORS)])
    pdf, _text = attachments_of(draft)
    member = client_for(client, roles["member"])
    response = member.get(pdf.get_download_url(), follow=True)
    assert response.status_code == 404  # as for an attachment that does not exist
    assert not response.get("Content-Disposition")
    assert client_for(client, roles["staff"]).get(pdf.get_download_url()).status_code == 200


@pytest.mark.parametrize("role", ["anonymous", "non_member", "lapsed_member"])
def test_a_sub_collection_of_the_members_collection_is_members_only_without_restriction_rows(
    client, roles, role
):
    inner = members_collection().add_child(name="Board papers")
    document = make_document("Board paper", "board.pdf", b"%PDF-1.4 board")
    document.collection = inner
    document.save()
    drop_rows_without_signals(CollectionViewRestriction)
    assert not Collection.objects.get(pk=inner.pk).get_view_restrictions().exists()
    response = client_for(client, roles[role]).get(document.url)
    assert response.status_code in {302, 403}
    assert client_for(client, roles["member"]).get(document.url).status_code == 200


def test_a_forged_signature_on_a_real_key_opens_no_subscription(client, home_page):
    subscriber = Subscriber.objects.create(
        email="reader@example.org", status="active", news=True, confirmed_at=timezone.now()
    )
    forged = signing.Signer(salt="somebody-else").sign(str(subscriber.key))
    assert forged.split(":")[0] == str(subscriber.key)  # the real key, a wrong signature
    for name in ("subscriptions:preferences", "subscriptions:unsubscribe"):
        assert client.get(reverse(name, args=[forged])).status_code == 400
        assert client.post(reverse(name, args=[forged]), {"List-Unsubscribe": "One-Click"}).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert "reader@example.org" not in client.get(reverse("subscriptions:preferences", args=[forged])).text


def test_the_page_cache_never_keeps_a_signed_in_response_even_without_a_session_cookie(rf, roles):
    request = rf.get("/en/")
    request.user = roles["member"]
    assert request.COOKIES == {}
    assert not response_is_cacheable(request, HttpResponse("member's view"))
    request.user = AnonymousUser()
    assert response_is_cacheable(request, HttpResponse("anyone's view"))


@pytest.mark.parametrize("role", ["anonymous", "non_member", "lapsed_member"])
def test_listings_and_search_hide_the_extranet_without_its_restriction_rows(
    client, roles, unrestricted_extranet, role
):
    from tests.conftest import SEARCH_PATHS
    from tests.extranet.conftest import SECRET_WORD

    client = client_for(client, roles[role])
    found = client.get(SEARCH_PATHS["en"], {"query": SECRET_WORD}).context["search_results"]
    assert list(found or []) == []
    assert unrestricted_extranet["page"].url not in client.get("/en/").text


def test_the_members_collection_is_named_in_both_languages_and_renamed_from_english():
    """The admin shows a collection's name as written: ours are named in both languages, and the
    migration renamed a members-only collection (and the groups' inside it) that had the English name."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("extranet.migrations.0002_members_collection_in_both_languages")
    adopt = importlib.import_module("extranet.migrations.0003_collection_role").adopt_members_collection
    root = Collection.get_first_root_node()
    old = root.add_child(name="Members only")
    group = old.add_child(name="Working group: Water")
    migration.forwards(apps, None)
    adopt(apps, None)  # the next migration gives the renamed collection its role
    old.refresh_from_db()
    group.refresh_from_db()
    assert old.name == "Members only / Solo miembros"
    assert members_collection() == old
    assert group.name == "Working group / Grupo de trabajo: Water"
    migration.backwards(apps, None)
    old.refresh_from_db()
    assert old.name == "Members only"
