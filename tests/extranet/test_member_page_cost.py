"""What reading an extranet page costs a member (docs/performance.md: member pages), and the user bar
that costs them nothing: Wagtail's user bar is only for people who may use the admin, and a member's
page must not load all their permissions to find that out (core.admin_access)."""

import pickle

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.groups import MEMBERS, STAFF

from .conftest import SECRET_WORD, make_member, make_user

# The session, the user, their groups, their membership (checked afresh on every request), the page's
# address and the page itself (never kept: extranet content stays out of the cache; the extranet home
# that routing passes through needs no row of its own), the extranet's section menu, the translations
# of the page and its ancestors (the language switcher, not kept either), and here the document the
# page's body links to.
MEMBER_PAGE_BUDGET = 9

USERBAR = "<wagtail-userbar"


def read(client, address):
    """The third view: the first creates the site's settings (a change, which starts a new content
    generation), the second keeps what every page keeps (menus, the restrictions)."""
    for _warming in range(2):
        assert client.get(address).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries.captured_queries]


def test_a_member_reads_an_extranet_page_in_a_few_queries_and_without_the_user_bar(client, extranet):
    client.force_login(make_member("reader"))
    response, sql = read(client, extranet["page"].url)
    assert SECRET_WORD in response.text
    assert len(sql) <= MEMBER_PAGE_BUDGET, "\n".join(q[:160] for q in sql)
    assert not any("auth_permission" in query for query in sql)  # no permission lookup for the user bar
    assert USERBAR not in response.text
    # The menu still knows its home, from the row routing passed through.
    assert f'href="{extranet["index"].url}"' in response.text


def test_an_extranet_page_puts_nothing_of_itself_in_the_shared_cache(client, extranet, monkeypatch):
    from serving import fragments

    client.force_login(make_member("reader"))
    written = {}
    original = fragments._write

    def write(values, *args):
        written.update(values)
        return original(values, *args)

    monkeypatch.setattr(fragments, "_write", write)
    for _view in range(2):
        response = client.get(extranet["page"].url)
    # Its title is in its breadcrumbs, its language links, its head: all rendered for this view only.
    assert response.status_code == 200 and extranet["page"].title in response.text
    kept = pickle.dumps(written)
    for private in (extranet["page"].title, SECRET_WORD, extranet["page"].slug, extranet["index"].title):
        assert private.encode() not in kept


@pytest.mark.parametrize("role", ["staff", "superuser"])
def test_people_who_may_use_the_admin_get_the_user_bar(client, extranet, role):
    if role == "superuser":
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_superuser("root", "root@example.org", "a-long-test-password")
    else:
        user = make_user("editor", STAFF)
    client.force_login(user)
    response, _sql = read(client, extranet["page"].url)
    assert USERBAR in response.text


def test_admin_access_granted_to_a_group_shows_the_user_bar_from_the_next_request(client, extranet):
    member = make_member("reader")
    client.force_login(member)
    response, _sql = read(client, extranet["page"].url)
    assert USERBAR not in response.text

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    Group.objects.get(name=MEMBERS).permissions.add(access_admin)
    assert USERBAR in client.get(extranet["page"].url).text

    Group.objects.get(name=MEMBERS).permissions.remove(access_admin)
    assert USERBAR not in client.get(extranet["page"].url).text


def test_admin_access_granted_to_one_person_shows_them_the_user_bar(client, extranet):
    member = make_member("reader")
    client.force_login(member)
    read(client, extranet["page"].url)
    member.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    assert USERBAR in client.get(extranet["page"].url).text
