"""Serving pages in few queries (serving, serving.sites) gives the same answers as Wagtail's own
routing and privacy checks: which page an address reaches, which pages are restricted, which site
answers, including right after a change made in the same request."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from core.models import SiteSettings
from news.factories import NewsIndexPageFactory, NewsPageFactory
from serving import api as serving
from serving import restrictions, routing
from serving.api import current_request
from standardpages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_request(rf):
    """Code run as if answering a request (what extranet.middleware sets up for every request)."""
    token = current_request.set(rf.get("/"))
    yield
    current_request.reset(token)


@pytest.fixture
def tree(home_page):
    about = StandardPageFactory(parent=home_page, slug="about", title="About")
    team = StandardPageFactory(parent=about, slug="team", title="Our team")
    history = StandardPageFactory(parent=team, slug="history", title="Our history")
    return {"home": home_page, "about": about, "team": team, "history": history}


def restrict(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Members")[0])
    return restriction


# Routing ------------------------------------------------------------------------------------------


def test_a_deep_address_reaches_its_page(client, tree):
    response = client.get("/en/about/team/history/")
    assert response.status_code == 200
    assert "Our history" in response.text


def test_routing_loads_all_levels_in_one_query(client, tree):
    client.get("/en/about/team/history/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/about/team/history/").status_code == 200
    children = [q["sql"] for q in queries.captured_queries if '"wagtailcore_page"."slug" =' in q["sql"]]
    by_url_path = [q["sql"] for q in queries.captured_queries if '"url_path" IN' in q["sql"]]
    assert children == []  # Wagtail's own routing asks for each level's child by slug
    assert len(by_url_path) == 1


def test_public_pages_are_kept_for_routing_and_an_edit_shows_at_once(client, tree):
    address = "/en/about/team/history/"
    client.get(address)  # the first view creates the site settings, a change
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        assert "Our history" in client.get(address).text
    assert not [q for q in queries.captured_queries if '"url_path" IN' in q["sql"]]

    history = tree["history"]
    history.title = "Our long history"
    history.save_revision().publish()
    assert "Our long history" in client.get(address).text


def test_a_routable_pages_own_addresses_need_no_page_query_once_it_is_kept(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, tags=["budget"])
    address = index.url + "tag/budget/"
    client.get(address)
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    assert not [q for q in queries.captured_queries if '"url_path" IN' in q["sql"]]
    assert not [q for q in queries.captured_queries if 'FROM "taggit_tag"' in q["sql"]]


def test_each_request_gets_its_own_copy_of_a_kept_page(rf, tree):
    def routed():
        request = rf.get("/en/about/team/history/")
        token = current_request.set(request)
        try:
            return Page.route_for_request(request, "about/team/history/")[0]
        finally:
            current_request.reset(token)

    routed()
    first, second = routed(), routed()
    assert first.pk == second.pk == tree["history"].pk
    assert first is not second
    first.title = "Changed in one request only"
    assert routed().title == "Our history"


def test_restricted_pages_are_never_kept_for_routing(rf, tree):
    from serving import fragments

    restrict(tree["team"])
    request = rf.get("/en/about/team/history/")
    token = current_request.set(request)
    try:
        Page.route_for_request(request, "about/team/history/")
        kept = fragments.peek_many(request, routing.ROUTING_FRAGMENT, [(p.url_path,) for p in tree.values()])
    finally:
        current_request.reset(token)
    assert {parts[0] for parts in kept} == {tree["about"].url_path}  # public; the rest is behind "team"


def test_a_restricted_section_on_the_way_is_passed_through_on_its_generic_row(rf, tree):
    from standardpages.models import StandardPage

    restrict(tree["team"])
    request = rf.get("/en/about/team/history/")
    token = current_request.set(request)
    try:
        with CaptureQueriesContext(connection) as queries:
            page = Page.route_for_request(request, "about/team/history/")[0]
    finally:
        current_request.reset(token)
    assert isinstance(page, StandardPage) and page.pk == tree["history"].pk
    team = page.get_parent()  # what routing passed through, with no query of its own
    assert team.pk == tree["team"].pk and type(team) is Page
    specific_rows = [q for q in queries.captured_queries if 'FROM "standardpages_standardpage"' in q["sql"]]
    assert len(specific_rows) == 2  # "about" (public: then kept for routing) and the page itself


def test_page_addresses_are_indexed_for_routing():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(c["index"] and c["columns"] == ["url_path"] for c in constraints.values())


@pytest.mark.parametrize("address", ["/en/about/nobody/", "/en/about/team/history/more/", "/en/history/"])
def test_an_address_that_leads_nowhere_is_not_found(client, tree, address):
    assert client.get(address).status_code == 404


def test_an_unpublished_page_is_not_found_but_its_published_children_are_served(client, tree):
    tree["history"].unpublish()
    assert client.get("/en/about/team/history/").status_code == 404
    tree["team"].unpublish()  # Wagtail serves a live page below a draft parent, and so do we
    team_child = StandardPageFactory(parent=Page.objects.get(pk=tree["team"].pk), slug="today")
    assert team_child.live
    assert client.get("/en/about/team/today/").status_code == 200


def test_a_routable_page_keeps_its_own_routes_and_its_children(client, home_page):
    index = NewsIndexPageFactory(parent=home_page, slug="news")
    NewsPageFactory(parent=index, slug="hearing", title="Hearing announced", tags=["budget"])
    assert "Hearing announced" in client.get("/en/news/hearing/").text
    assert "Hearing announced" in client.get("/en/news/tag/budget/").text


def test_a_renamed_page_is_found_at_its_new_address_at_once(client, tree):
    assert client.get("/en/about/team/").status_code == 200
    team = Page.objects.get(pk=tree["team"].pk).specific
    team.slug = "people"
    team.save_revision().publish()
    assert client.get("/en/about/team/history/").status_code == 404
    assert "Our history" in client.get("/en/about/people/history/").text


# Privacy ------------------------------------------------------------------------------------------


def test_public_pages_need_no_restriction_query(in_request, tree, django_assert_num_queries):
    serving.restricted_section_paths()  # the request's one query
    with django_assert_num_queries(0):
        assert list(tree["history"].get_view_restrictions()) == []


def test_a_restriction_above_a_page_applies_to_it(in_request, tree):
    restriction = restrict(tree["about"])
    assert list(tree["history"].get_view_restrictions()) == [restriction]
    assert list(tree["home"].get_view_restrictions()) == []


def test_a_restriction_added_during_the_request_applies_at_once(in_request, tree):
    assert list(tree["history"].get_view_restrictions()) == []
    restriction = restrict(tree["team"])
    assert list(tree["history"].get_view_restrictions()) == [restriction]
    restriction.delete()
    assert list(tree["history"].get_view_restrictions()) == []


def test_a_page_moved_under_a_restriction_is_restricted_at_once(in_request, tree, home_page):
    private = StandardPageFactory(parent=home_page, slug="private")
    restriction = restrict(private)
    history = Page.objects.get(pk=tree["history"].pk)
    assert list(history.specific.get_view_restrictions()) == []
    history.move(private, pos="last-child")
    history = Page.objects.get(pk=tree["history"].pk).specific
    assert list(history.get_view_restrictions()) == [restriction]


def test_an_alias_of_a_restricted_page_is_restricted_and_so_is_what_is_below_it(in_request, tree, home_page):
    restriction = restrict(tree["team"])
    alias = tree["team"].create_alias(parent=home_page, update_slug="team-alias")
    alias_child = StandardPageFactory(parent=alias, slug="below-the-alias")
    assert list(alias.specific.get_view_restrictions()) == [restriction]
    assert list(alias_child.get_view_restrictions()) == [restriction]
    assert alias.path in serving.restricted_section_paths()


@pytest.fixture
def reader(rf):
    """A member (in the Members group) and a way to answer a request as them: each `as_request()` is a
    new request, which reads what is kept afresh."""
    from contextlib import contextmanager

    from django.contrib.auth import get_user_model

    from members.factories import MemberProfileFactory

    member = get_user_model().objects.create_user("reader")
    MemberProfileFactory(user=member, organization=None)  # the Members group follows the membership

    @contextmanager
    def as_request():
        request = rf.get("/")
        request.user = get_user_model().objects.get(pk=member.pk)
        token = current_request.set(request)
        try:
            yield request
        finally:
            current_request.reset(token)

    return as_request


def test_a_restriction_is_checked_without_a_query_once_kept(reader, tree, django_assert_num_queries):
    from core.access import group_names

    restriction = restrict(tree["team"])
    with reader():
        list(tree["history"].get_view_restrictions())  # the first check of a generation keeps them all
    with reader() as request:
        serving.restricted_section_paths()
        assert group_names(request.user) == {"Members"}  # as the extranet's check asks first
        with django_assert_num_queries(0):
            restrictions = list(tree["history"].get_view_restrictions())
            assert restrictions == [restriction]
            assert restrictions[0].accept_request(request)


def test_the_kept_restrictions_are_a_queryset_that_refines_from_the_database(reader, tree):
    restriction = restrict(tree["team"])
    with reader():
        list(tree["history"].get_view_restrictions())
    with reader():
        kept = tree["history"].get_view_restrictions()
        # What the admin's privacy view does with it: a new queryset, a fresh answer.
        assert list(kept.order_by("-page__depth")) == [restriction]
        assert kept.exists()


def test_a_group_taken_off_a_restriction_applies_from_the_next_request(reader, tree):
    restriction = restrict(tree["team"])
    with reader() as request:
        assert all(r.accept_request(request) for r in tree["history"].get_view_restrictions())
    restriction.groups.set([Group.objects.create(name="Board")])
    with reader() as request:
        restrictions = list(tree["history"].get_view_restrictions())
        assert [list(r.groups.all()) for r in restrictions] == [[Group.objects.get(name="Board")]]
        assert not restrictions[0].accept_request(request)


def test_a_password_is_never_kept_in_the_cache(reader, tree):
    restriction = PageViewRestriction.objects.create(
        page=tree["team"], restriction_type=PageViewRestriction.PASSWORD, password="orchid-lantern"
    )
    with reader():
        assert list(tree["history"].get_view_restrictions()) == [restriction]
        assert tree["team"].pk not in restrictions._kept_restrictions()
    with reader(), CaptureQueriesContext(connection) as queries:
        assert list(tree["history"].get_view_restrictions()) == [restriction]
    assert any("wagtailcore_pageviewrestriction" in q["sql"] for q in queries.captured_queries)


def test_a_restricted_page_asks_for_sign_in_and_public_ones_do_not(client, tree):
    restrict(tree["team"])
    assert client.get("/en/about/").status_code == 200
    assert client.get("/en/about/team/history/").status_code == 302


def test_a_restriction_applies_from_the_next_request_although_the_sections_are_kept(client, tree):
    address = "/en/about/team/history/"
    client.get(address)  # the first view creates the site settings, a change
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    assert not [q for q in queries.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]

    restriction = restrict(tree["team"])
    assert client.get(address).status_code == 302
    restriction.delete()
    assert client.get(address).status_code == 200


# Languages ---------------------------------------------------------------------------------------


def test_locales_are_kept_and_a_page_in_the_readers_language_is_its_own_localized(
    client, tree, django_assert_num_queries
):
    client.get("/en/about/")  # the first view creates the site settings, a change
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/about/")
    assert not [q for q in queries.captured_queries if "wagtailcore_locale" in q["sql"]]
    with serving_request(client), django_assert_num_queries(0):
        assert tree["about"].localized is tree["about"]


def test_localized_still_finds_the_translation_in_the_readers_language(spanish_home_page, home_page):
    from django.utils import translation

    with translation.override("es"):
        assert home_page.localized.pk == spanish_home_page.pk
        assert serving.localized(Page.objects.get(pk=home_page.pk)).pk == spanish_home_page.pk
    with translation.override("en"):
        assert spanish_home_page.localized.pk == home_page.pk


def test_a_new_locale_is_known_at_once(in_request, locales):
    from django.utils import translation
    from wagtail.models import Locale

    assert serving.active_locale() == locales["en"]
    Locale.objects.filter(language_code="es").delete()
    with translation.override("es"):
        assert serving.active_locale() == locales["en"]  # as Wagtail: the default when there is none
    spanish = Locale.objects.create(language_code="es")
    with translation.override("es"):
        assert serving.active_locale() == spanish


class serving_request:
    """Code run as the client's next request would be (the request is current)."""

    def __init__(self, client):
        self.request = client.get("/en/about/").wsgi_request

    def __enter__(self):
        self.token = current_request.set(self.request)

    def __exit__(self, *exc):
        current_request.reset(self.token)


# The site ----------------------------------------------------------------------------------------


def test_the_site_comes_from_the_cache_and_a_change_of_site_applies_at_once(
    client, settings, tree, django_assert_max_num_queries
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "elsewhere.example"]
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # its creation would be a change
    cache.clear()
    client.get("/en/about/")
    with django_assert_max_num_queries(50) as queries:
        client.get("/en/about/")
    assert not [q for q in queries.captured_queries if 'FROM "wagtailcore_site"' in q["sql"]]
    # The site's root page comes with it, as its own page type: routing starts there.
    root_rows = [
        q for q in queries.captured_queries if f'"wagtailcore_page"."id" = {tree["home"].pk}' in q["sql"]
    ]
    assert root_rows == []

    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.hostname = "elsewhere.example"
    site.save()
    assert client.get("/en/about/").status_code == 404
    assert client.get("/en/about/", HTTP_HOST="elsewhere.example").status_code == 200


def test_without_the_shared_cache_the_site_is_looked_up_as_wagtail_does(client, settings, tree):
    settings.CONTENT_CACHE_ENABLED = False
    assert "About" in client.get("/en/about/").text
