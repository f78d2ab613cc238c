"""Every page type, in every variant, for every role, at every door: built from Wagtail's page-type registry.

A new page type is covered by being registered: each type is built from its app's factory
(`<app>/factories.py`, `<Model>Factory`) below the first parent it may live under, in every variant
its place allows, and each door is asked for it by every role. The expected audience of each page comes
from where it is and what was done to it, never from the code under test:

- published: everyone, or the extranet's audience below an extranet home;
- restricted further: staff and moderators only (a view restriction to those groups);
- draft (never published) and embargoed (a public version an embargoed draft holds back): nobody;
- translated (its Spanish version) and copied (a published copy beside it): as the published one.

Each test asks one door for one role and names every page that door got wrong.

The doors that keep something (the page cache, fragments, what is kept with the structure) are asked
again with the content generations in the database (`generation_store`: the cache, or the database for
app processes that share no cache), so a difference between the stores in what is kept for whom
fails: the cache door, which also checks each page's answer to its reader, and the cached feed and
sitemap door, each for one reader of every kind (STORES_AND_ROLES). Asking every door for every role
twice would add about two minutes (the page door alone takes half a minute), so the other doors are
asked with the cache only: the pages the cache door fetches show the same menus, listings and kept
structure, and it checks their answer to the reader as the page door does.
"""

import datetime
import importlib
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.admin.viewsets import viewsets as admin_viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page, PageViewRestriction, get_page_models

from core import access
from extranet.models import ExtranetIndexPage, MembersOnlyPageMixin
from home.models import HomePage
from members.groups import MODERATORS, STAFF
from publications.models import EmbargoedDraftPage
from standardpages.factories import StandardPageFactory
from tests.conftest import SEARCH_PATHS, built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import make_extranet, make_member, make_roles
from workinggroups.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

TOKEN = "zqmatrix"  # in every title: one search finds every page of the matrix a reader may see

ROLES = [
    "anonymous",
    "non_member",
    "member",
    "lapsed_member",
    "ended_member",
    "deactivated_member",
    "staff",
    "moderator",
]
# The database pass of the doors that keep something (module docstring): one reader of each kind, the
# public, the extranet's audience, staff (who see what is restricted further) and a signed-in person
# the extranet refuses; the other roles answer as one of these.
STORES_AND_ROLES = [
    *(("cache", role) for role in ROLES),
    *(("database", role) for role in ["anonymous", "member", "lapsed_member", "staff"]),
]
EVERYONE = frozenset(ROLES)
EXTRANET_AUDIENCE = frozenset({"member", "staff", "moderator"})
STAFF_ONLY = frozenset({"staff", "moderator"})
NOBODY = frozenset()


# ---------------------------------------------------------------------------------------------------
# Building every page type in every variant
# ---------------------------------------------------------------------------------------------------


def factory_for(model):
    module = importlib.import_module(f"{model._meta.app_label}.factories")
    factory = getattr(module, f"{model.__name__}Factory", None)
    assert factory is not None, f"{model.__name__} needs a {model.__name__}Factory in its app's factories.py"
    return factory


def slug_for(marker):
    """An address that does not hold the marker: pages that echo the address asked for (a sign-in link's
    `next`, the language switcher) must not count as showing the page."""
    return marker.replace("zq", "p-", 1)


def is_singleton(model):
    return model.max_count == 1 or getattr(model, "max_count_per_parent", None) == 1


def embargoable_models():
    """The page types an embargoed draft can hold back (its `final_publication`)."""
    return {EmbargoedDraftPage._meta.get_field("final_publication").related_model}


class Matrix:
    def __init__(self, home, extranet):
        self.home = home
        self.extranet = extranet
        self.published = {HomePage: home, ExtranetIndexPage: extranet["index"]}
        self.entries = []  # (label, page, audience)

    def parent_for(self, model):
        parents = [parent for parent in model.allowed_parent_page_models() if parent is not Page]
        for parent in parents:
            if parent in self.published:
                return self.published[parent]
        return self.build(parents[0], "published")

    def build(self, model, variant):
        parent = self.parent_for(model)
        marker = f"zq{model.__name__.lower()}{variant}"
        page = factory_for(model)(
            parent=parent,
            title=f"{model.__name__} {marker} {TOKEN}",
            slug=slug_for(marker),
            live=variant != "draft",
        )
        if variant != "draft":
            page.save_revision().publish()
        page.refresh_from_db()
        if variant == "published":
            self.published[model] = page
        return page

    def add(self, label, page, audience):
        self.entries.append((label, page.specific, frozenset(audience)))


def published_audience(page):
    # Below a working group's home: its members (none of these roles is in a group) and staff
    # (tests/workinggroups/ has the group members' side).
    if WorkingGroupPage.objects.filter(
        path__in=[page.path[:n] for n in range(4, len(page.path), 4)]
    ).exists():
        return STAFF_ONLY
    below_extranet = isinstance(page.specific, MembersOnlyPageMixin) or page.path.startswith(
        ExtranetIndexPage.objects.first().path
    )
    return EXTRANET_AUDIENCE if below_extranet else EVERYONE


def add_group_placed_variants(matrix, models, locales):
    """A page type that may also live below a working group's home (a group's own meeting notes and
    events) is built there too, translated, and aliased outside the group (into its first parent): each
    is the group's (here: staff's), as every other page of a group."""
    group_home = matrix.published[WorkingGroupPage]
    for model in models:
        parents = [parent for parent in model.allowed_parent_page_models() if parent is not Page]
        if WorkingGroupPage not in parents or parents[0] is WorkingGroupPage:
            continue
        marker = f"zq{model.__name__.lower()}ingroup"
        page = factory_for(model)(
            parent=group_home, title=f"{model.__name__} {marker} {TOKEN}", slug=slug_for(marker)
        )
        page.save_revision().publish()
        page.refresh_from_db()
        assert published_audience(page) == STAFF_ONLY
        matrix.add(f"{model.__name__} placed in a working group", page, STAFF_ONLY)
        matrix.add(
            f"{model.__name__} placed in a working group, translated",
            translate(page, locales["es"]),
            STAFF_ONLY,
        )
        alias = page.create_alias(
            parent=matrix.parent_for(model), update_slug=slug_for(f"zq{model.__name__.lower()}groupalias")
        )
        matrix.add(f"{model.__name__} placed in a working group, aliased outside it", alias, STAFF_ONLY)


def build_site():
    locales = make_locales()
    home = make_home_page(locales)
    translate(home, locales["es"], title="Inicio", slug="inicio")
    roles = make_roles()
    ended = make_member("ended")
    profile = ended.member_profile
    profile.is_active = False
    profile.save()
    roles["ended_member"] = ended
    matrix = Matrix(home, make_extranet(home, locales))

    models = [model for model in get_page_models() if model not in (Page, HomePage)]
    for model in models:
        page = matrix.published.get(model) or matrix.build(model, "published")
        if model is ExtranetIndexPage:
            continue  # the extranet home itself: its doors are the existing matrix's
        audience = published_audience(page)
        matrix.add(f"{model.__name__} published", page, audience)
        matrix.add(f"{model.__name__} translated", translate(page, locales["es"]), audience)
        if is_singleton(model):
            continue
        restricted = matrix.build(model, "restricted")
        restriction = PageViewRestriction.objects.create(page=restricted, restriction_type="groups")
        restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in (STAFF, MODERATORS)])
        matrix.add(f"{model.__name__} restricted further", restricted, STAFF_ONLY)
        matrix.add(f"{model.__name__} draft", matrix.build(model, "draft"), NOBODY)
        marker = f"zq{model.__name__.lower()}copied"
        copy = page.copy(
            update_attrs={"slug": slug_for(marker), "title": f"{model.__name__} {marker} {TOKEN}"}
        )
        matrix.add(f"{model.__name__} copied", copy, audience)
    add_group_placed_variants(matrix, models, locales)
    for model in embargoable_models():
        held = matrix.build(model, "embargoed")
        held.unpublish()
        held.save_revision()
        draft = factory_for(EmbargoedDraftPage)(
            parent=matrix.extranet["index"],
            title=f"Draft of the embargoed {model.__name__} zqembargodraft {TOKEN}",
            slug=slug_for("zqembargodraft"),
            embargo_lifts_at=timezone.now() + datetime.timedelta(days=30),
            final_publication=held,
        )
        draft.save_revision().publish()
        matrix.add(f"{model.__name__} embargoed", held, NOBODY)
        matrix.add("EmbargoedDraftPage holding it back", draft, EXTRANET_AUDIENCE)
    return {"roles": roles, "matrix": matrix, "locales": locales}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build_site)


@pytest.fixture
def matrix(site, db):
    return site["matrix"]


def reader(role, site):
    client = Client()
    user = site["roles"][role]
    if user is not None:
        client.force_login(user)
    return client


def marker_of(page):
    return re.search(r"zq[a-z]+", page.title).group(0)


def address_of(page):
    """The page's address, also for a page never published (where it would be)."""
    parent = page.get_parent().specific
    return page.get_url() or f"{address_of(parent)}{page.slug}/"


def test_every_registered_page_type_is_in_the_matrix(matrix):
    covered = {type(page) for _label, page, _audience in matrix.entries}
    expected = {model for model in get_page_models() if model not in (Page, HomePage, ExtranetIndexPage)}
    assert expected <= covered


# ---------------------------------------------------------------------------------------------------
# The doors
# ---------------------------------------------------------------------------------------------------


def shown_as_it_should_be(response, page, audience, role):
    """The page door's test: shown to its audience, and plainly refused to everyone else."""
    shown = response.status_code == 200 and marker_of(page) in response.text
    refused_plainly = response.status_code in {302, 403, 404}
    return shown == (role in audience) and (role in audience or refused_plainly)


@pytest.mark.parametrize("role", ROLES)
def test_page_door(site, matrix, role):
    client = reader(role, site)
    wrong = [
        (label, response.status_code)
        for label, page, audience in matrix.entries
        if not shown_as_it_should_be(response := client.get(address_of(page)), page, audience, role)
    ]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_listing_and_menu_doors(site, matrix, role):
    """Home pages, every published index and the extranet home (where the reader may open it) list
    nothing a reader may not see."""
    client = reader(role, site)
    containers = {matrix.home, *(page.get_parent().specific for _label, page, _audience in matrix.entries)}
    text = "".join(client.get(address_of(container)).text for container in containers if container.live)
    wrong = [
        label for label, page, audience in matrix.entries if role not in audience and marker_of(page) in text
    ]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_letters_account_doors(site, matrix, role):
    """The members' list of letters ("My account", letters.account_views) lists only the letters the
    reader may see, and answers outsiders as a member-only page does; the page where an ally's contact
    names its signatories is that contact's alone (no role here is one)."""
    from letters.models import SignOnLetterPage

    client = reader(role, site)
    listing = client.get("/en/my-account/letters/")
    if role in EXTRANET_AUDIENCE:
        assert listing.status_code == 200
    else:
        assert listing.status_code in {302, 403}
    wrong = [
        label
        for label, page, audience in matrix.entries
        # The English list: a Spanish translation carries its English page's marker, and is not asked.
        if isinstance(page, SignOnLetterPage)
        and page.locale.language_code == "en"
        and (marker_of(page) in listing.text) != (role in audience)
    ]
    assert wrong == []
    naming = client.get("/en/my-account/who-signs/")
    assert naming.status_code in ({302} if role == "anonymous" else {302, 403})
    assert "Members who may sign" not in naming.text


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_search_door(site, matrix, role, language):
    response = reader(role, site).get(SEARCH_PATHS[language], {"query": TOKEN})
    results = response.context["search_results"]
    found = {page.pk for page in results.paginator.object_list} if results is not None else set()
    in_language = [entry for entry in matrix.entries if entry[1].locale.language_code == language]
    wrong = [label for label, page, audience in in_language if (page.pk in found) != (role in audience)]
    assert wrong == []


def feed_addresses():
    """Every feed of every page type that has one: a routable `feed` route (RSS and Atom), or an
    `ics_feed` route (a calendar)."""
    pages = [page for page in Page.objects.live().specific() if hasattr(page, "reverse_subpage")]
    feeds = [page for page in pages if hasattr(type(page), "feed")]
    assert feeds, "the news and publications indexes have feeds"
    calendars = [page for page in pages if hasattr(type(page), "ics_feed")]
    return [
        index.url + index.reverse_subpage("feed", args=[kind]) for index in feeds for kind in ("rss", "atom")
    ] + [index.url + index.reverse_subpage("ics_feed") for index in calendars]


@pytest.mark.parametrize("role", ROLES)
def test_feed_doors(site, matrix, role):
    """Every feed of every page type that has one (a routable `feed` route) lists public pages only."""
    client = reader(role, site)
    text = "".join(client.get(address).text for address in feed_addresses())
    wrong = [
        label for label, page, audience in matrix.entries if audience != EVERYONE and marker_of(page) in text
    ]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_sitemap_door(site, matrix, role):
    client = reader(role, site)
    text = client.get("/sitemap-en.xml").text + client.get("/sitemap-es.xml").text
    wrong = [
        label for label, page, audience in matrix.entries if audience != EVERYONE and f"/{page.slug}/" in text
    ]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_link_door(site, matrix, role):
    """A public page links to every page of the matrix in its rich text: an address only for readers
    who may follow it, the link's words for everyone."""
    links = "".join(
        f'<a linktype="page" id="{page.pk}">link to {marker_of(page)}</a> '
        for _label, page, _audience in matrix.entries
    )
    about = StandardPageFactory(parent=site["matrix"].home, slug="links", introduction=f"<p>{links}</p>")
    text = reader(role, site).get(about.url).text
    wrong = []
    for label, page, audience in matrix.entries:
        link = re.search(rf'<a(?: href="([^"]*)")?>link to {marker_of(page)}</a>', text)
        if link is None or bool(link.group(1)) != (role in audience):
            wrong.append(label)
    assert wrong == []


def test_email_and_other_everyone_doors_ask_the_anonymous_reader(matrix):
    """Mail to the public list, feeds, sitemaps and shared caches serve everyone: the policy's answer
    for the anonymous reader is exactly "the page is public"."""
    from subscriptions.sending import why_not_mailable

    wrong = [
        label
        for label, page, audience in matrix.entries
        if access.public_may_view(page) != (audience == EVERYONE)
    ]
    assert wrong == []
    news = [
        (label, page, audience)
        for label, page, audience in matrix.entries
        if type(page).__name__ == "NewsPage"
    ]
    assert news
    wrong = [
        label for label, page, audience in news if (why_not_mailable(page) is None) != (audience == EVERYONE)
    ]
    assert wrong == []


@pytest.mark.parametrize(("generation_store", "role"), STORES_AND_ROLES, indirect=["generation_store"])
def test_cache_door(site, matrix, role, settings, generation_store):
    """What a reader was shown is never replayed to the public by the page cache or the fragments, and
    the reader was shown what the page door expects (with what is kept in this store)."""
    settings.PAGE_CACHE_SECONDS = 600
    client = reader(role, site)
    wrong = [
        (label, response.status_code)
        for label, page, audience in matrix.entries
        if not shown_as_it_should_be(response := client.get(address_of(page)), page, audience, role)
    ]
    public = Client()
    for label, page, audience in matrix.entries:
        if audience != EVERYONE and marker_of(page) in public.get(address_of(page)).text:
            wrong.append((label, "replayed to the public"))
    assert wrong == []


@pytest.mark.parametrize(("generation_store", "role"), STORES_AND_ROLES, indirect=["generation_store"])
def test_cached_feed_and_sitemap_doors(site, matrix, role, settings, generation_store):
    """Feeds and sitemaps are kept by the page cache (one copy for everyone): whoever reads them first,
    the copy the public then gets lists no page the public may not see."""
    settings.PAGE_CACHE_SECONDS = 600
    addresses = [*feed_addresses(), "/sitemap.xml", "/sitemap-en.xml", "/sitemap-es.xml"]
    client = reader(role, site)
    for address in addresses:
        client.get(address)
    public = Client()
    text = "".join(public.get(address).text for address in addresses)
    assert public.get("/sitemap-en.xml")["X-Page-Cache"] == "hit"
    wrong = [
        label
        for label, page, audience in matrix.entries
        if audience != EVERYONE and (marker_of(page) in text or f"/{page.slug}/" in text)
    ]
    assert wrong == []


def export_addresses():
    """The CSV export of every admin listing that has one (Wagtail's registered model viewsets)."""
    from django.urls import reverse

    reverse("wagtailadmin_home")  # the admin's URLs, and with them its viewsets, are registered
    return [
        viewset.menu_url + "?export=csv"
        for viewset in admin_viewsets.viewsets
        if isinstance(viewset, ModelViewSet) and viewset.list_export
    ]


@pytest.mark.parametrize("role", sorted(EVERYONE - STAFF_ONLY))
def test_export_doors(site, role):
    addresses = export_addresses()
    assert len(addresses) >= 3  # subscribers, speaker responses, the embargo access log
    client = reader(role, site)
    wrong = [address for address in addresses if "csv" in client.get(address).get("Content-Type", "")]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_admin_dashboard_doors(site, role):
    """The admin dashboard's "Emails that could not be sent": account and system mail (whose subject may
    name a member-only page) is for superusers only; nobody else sees it or can queue it again. Its
    "Needs your attention" counts reach staff only."""
    from mail.models import OutgoingEmail

    now = timezone.now()
    record = OutgoingEmail.objects.create(
        to=["someone@example.org"], from_email="site@example.org", subject="zqfailedmail confidential notes"
    )
    OutgoingEmail.objects.filter(pk=record.pk).update(
        email_queued_at=now, email_failed_at=now, email_error="ValueError: header"
    )
    client = reader(role, site)
    dashboard = client.get("/admin/", follow=True)
    assert "zqfailedmail" not in dashboard.text
    if role in STAFF_ONLY:  # they do reach the dashboard: the panel was left out, not the page
        assert dashboard.request["PATH_INFO"] == "/admin/"
    # The dashboard's counts of applications, invitations, answers and embargoes are staff's too.
    assert ("Needs your attention" in dashboard.text) == (role in STAFF_ONLY)
    client.post("/admin/mail/retry-failed/")
    record.refresh_from_db()
    assert record.email_failed_at is not None


@pytest.mark.parametrize("role", ROLES)
def test_private_calendar_feed_door(site, matrix, role):
    """A member's private calendar address (`/<lang>/calendars/<token>.ics`) lists the member events the
    policy lets that member see now, a working group's included, and nothing once out of good standing."""
    from events.models import CalendarFeedToken, MemberEventPage

    user = site["roles"][role]
    if user is None:
        return  # the anonymous reader has no calendar address
    token = CalendarFeedToken.for_user(user).token
    client = Client()
    text = "".join(client.get(f"/{language}/calendars/{token}.ics").text for language in ("en", "es"))
    events = [entry for entry in matrix.entries if isinstance(entry[1], MemberEventPage)]
    assert any("working group" in label for label, _page, _audience in events)
    wrong = [label for label, page, audience in events if (marker_of(page) in text) != (role in audience)]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_member_photo_door(site, role, django_capture_on_commit_callbacks):
    """A member's profile photo (members.photos): the extranet's audience while the member is in good
    standing, then staff only; never the public."""
    from django.core.files.base import ContentFile

    from members.models import Organization
    from members.photos import photo_path

    photographed = make_member("photographed")
    profile = photographed.member_profile
    profile.photo.save(photo_path(profile, "photo.jpg"), ContentFile(b"\xff\xd8 a photo"), save=True)
    client = reader(role, site)
    assert (client.get(profile.photo_url).status_code == 200) == (role in EXTRANET_AUDIENCE)
    organization = profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()
    assert (client.get(profile.photo_url).status_code == 200) == (role in STAFF_ONLY)
