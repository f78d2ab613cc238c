"""Wagtail's answers, kept by test: the serving layer answers for speed several questions that Wagtail
answers itself, and here every one of its answers is compared with Wagtail's own, for every page.

The questions, each asked of the project and of Wagtail and compared as data:

1. Routing: which page (its id and page type), which route arguments (a routable page's view, args
   and kwargs) and which ancestors an address reaches, or that it reaches nothing (404).
2. View restrictions: which restrictions cover a page (`serving.restrictions_over` on the plain page
   row, and `BasePage.get_view_restrictions` on the specific page), and whether each accepts a
   request from each role (`accept_request`; an empty session, so no password passed).
3. Locales: `serving.active_locale()`, `default_locale()` and `localized(page)` (and the specific
   page's `localized`) under each language, a regional variant, a language with no locale, and none.
4. Sites: which Site (and root page) the serving middleware gives a request, for each host and port.
5. The access policy (`access.may_view_page`) never lets a reader see a page that Wagtail's own
   serve-time check would turn away. One way only: the policy is stricter by design (expiry, a lapsed
   member, a translation's source, no shared passwords); tests/extranet's access matrix covers the rest.

Wagtail's answer, and how it is got unmodified. The project changes Wagtail's answers through three
overrides on core's BasePage, which every page type inherits: `route` (serving.routing), `localized`
(serving.locales) and `get_view_restrictions` (serving.restrictions). Calling `Page.route` unbound on
the root page is not enough: Wagtail's routing goes on with `child.specific.route(...)`, which for every
page type but the tree's root is BasePage.route again. So Wagtail's answer is got by asking the very
same question (the body of `Page.route_for_request`, the same `Site.find_for_request`, the same
`.localized`, `.specific` and `.route` calls) with those three overrides swapped for Wagtail's own
functions for the duration (`mock.patch.object(BasePage, ...)`: the page types' `route` then runs
Wagtail's `Page.route`, and a routable page's `super().route()` reaches it too) and with no current
request, so nothing of the serving layer's memo or shared cache is read or kept, on a plain request
that no serving middleware has seen (Wagtail finds its Site itself). A test checks that no page type
has an override of its own that this would miss. View restrictions are Wagtail's
`Page.get_view_restrictions` called unbound on the plain row; locales are `Locale.get_active()`,
`Locale.get_default()` and `Page.localized.fget(page)`; the Site is `Site.find_for_request` on a fresh
request. Wagtail's answers are worked out once per module (they depend only on the data) and kept.

The project's answer is asked as a page view asks it: a request made current with its Site from the
shared cache (what serving.middleware.RequestMiddleware does before the view), then Wagtail's own
entry point (the body of `Page.route_for_request`), which reaches the overrides.

Each question is asked in several states of what is kept:

- cold: nothing in the shared cache (a new content generation). Routing: before each address, each in a
  new request. Restrictions and locales, which the serving layer works out for the whole site at once:
  one request works them out from the database and answers for every page from its memo.
- warm: every question asked once, then asked again in new requests, which read what was kept;
- one-request (routing): every address of a host and language in one request, sharing its memo;
- no-request (locales): outside any request (management commands, tasks);
- after a change: one change per test (one that replaces the content generation would hide another
  that fails to): a kept page moved (into a restricted section too), a section renamed and republished,
  a kept page unpublished, a draft published, a section restricted, a restriction's groups changed, an
  alias made in a restricted section, a translation unpublished, a site's root page, hostname and port
  changed, no default site. What is asked is kept before the change; the change is made inside a
  request, as the admin makes it; then the questions are asked again in that same request and in the
  next ones. Asked about the sections the change touches, which each change names (the test checks).

The data, built once for the module (tests/conftest.py's `built_once_for_the_module`): the demo content
(`manage.py load_demo_content`, its site at localhost) and, beside it, two more Sites with the odd cases
(`seed_odd_cases`): view restrictions at several depths (login, groups, password), an alias of a
restricted page and a page below it, an alias in a restricted section, an alias of a page deep inside
one (with a restriction of its own, which Wagtail ignores, and a page below it), a restricted section
never published with a live page below it, a moved page, drafts, a live page below a draft, expired and
scheduled pages, unpublished changes, a non-ASCII slug, Spanish translations live and draft, a
translation whose source is unpublished, a site whose Spanish home is a draft (its English pages answer
Spanish addresses), and routable news indexes (tag/<slug>/, feed/<kind>/) with children whose slugs are
"tag" and "feed", one inside a restricted section. The people: make_roles' (tests/extranet/conftest.py)
and a superuser.

The addresses asked (`addresses_of`): every page's below each translation of a site's home, in that
home's language, and in the other one too for the sections and on the site whose Spanish home is a
draft; a section's address in capitals; a page that does not exist below every page that has children
and below the first of them; and the routes of the first routable page of each type (some partial, some
of other types). Routing does not look at who asks (Wagtail's `route` has no user), so it is asked once,
not per role; what each role may see is the restrictions' question, and the policy's.

Each test names the question, the data, the state and the role in its id, and every page it got wrong.
"""

from contextlib import contextmanager
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from django.db.models import Q
from django.http import Http404
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signal_handlers import disable_reference_index_auto_update

from core import access
from core.models import BasePage
from home.factories import HomePageFactory
from members.groups import MEMBERS, MODERATORS, STAFF
from members.models import Organization
from news.factories import NewsIndexPageFactory, NewsPageFactory
from serving import api as serving
from serving import generation
from serving.api import current_request
from serving.sites import find_site
from standardpages.factories import StandardPageFactory
from tests.conftest import built_once_for_the_module, make_locales, translate
from tests.extranet.conftest import make_member, make_user

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "lapsed_member", "staff", "moderator", "superuser"]
LANGUAGES = ["en", "es"]
# For the locale questions also a regional variant (Spanish's locale), a language with no locale, and
# none at all (translations deactivated, as `translation.override(None)` does).
LOCALE_LANGUAGES = ["en", "es", "es-mx", "fr", None]
# The Sites of each part of the data, by (hostname, port). The demo content's site is the default one.
SITES = {"demo": [("localhost", 80)], "seeded": [("127.0.0.1", 80), ("localhost", 8000)]}
DATASETS = list(SITES)
# Every host and port asked which Site answers: each Site, a port no Site has on a hostname that has two,
# a hostname with one Site on another port, and hosts no Site names (the default site answers).
HOSTS = [
    ("localhost", 80),
    ("localhost", 8000),
    ("localhost", 8080),
    ("127.0.0.1", 80),
    ("127.0.0.1", 8000),
    ("testserver", 80),
    ("nowhere.example", 80),
    ("LOCALHOST", 8000),
]
# Asked below every routable page: its routes, partial routes, and routes of other page types.
ROUTABLE_SUFFIXES = [
    ("tag", "budget"),
    ("tag", "budget", "feed", "atom"),
    ("feed", "rss"),
    ("tag",),
    ("my-responses",),
    ("withdraw",),
]
SEEDED_HOMES = ("odd", "odd-two")  # the English home pages of the seeded sites, by slug
PAST = timezone.now() - timedelta(days=3)
FUTURE = timezone.now() + timedelta(days=30)


# ---------------------------------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------------------------------


def restrict(page, kind, *groups, password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    if groups:
        restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in groups])
    return restriction


def seed_odd_cases():
    """The odd cases, under two more home pages, each a Site of its own (see the module's docstring)."""
    locales = make_locales()
    root = Page.get_first_root_node()

    odd = HomePageFactory(parent=root, slug="odd", title="Odd cases", locale=locales["en"])
    translate(odd, locales["es"], title="Casos raros", slug="raros")
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=odd, site_name="Odd cases")

    public = StandardPageFactory(parent=odd, slug="public", title="Public")
    kept = StandardPageFactory(parent=public, slug="kept", title="Kept")
    StandardPageFactory(parent=kept, slug="deep", title="Deep")
    leaf = StandardPageFactory(parent=public, slug="open-leaf", title="Open leaf")

    # Restrictions at several depths: login, then groups below it, then a password below that.
    login_area = StandardPageFactory(parent=odd, slug="login-area", title="Login area")
    restrict(login_area, PageViewRestriction.LOGIN)
    inner = StandardPageFactory(parent=login_area, slug="inner", title="Inner (staff)")
    restrict(inner, PageViewRestriction.GROUPS, STAFF)
    innermost = StandardPageFactory(parent=inner, slug="innermost", title="Innermost (password)")
    restrict(innermost, PageViewRestriction.PASSWORD, password="orchid-lantern")
    bottom = StandardPageFactory(parent=innermost, slug="bottom", title="Bottom")
    groups_area = StandardPageFactory(parent=odd, slug="groups-area", title="Groups area")
    restrict(groups_area, PageViewRestriction.GROUPS, MEMBERS, MODERATORS)
    StandardPageFactory(parent=groups_area, slug="for-members", title="For members")

    # Aliases: of a restricted page (and a page below the alias), of a public page in a restricted
    # section, and of a page deep inside a restricted section (its source carries no restriction itself).
    inner_alias = inner.create_alias(parent=public, update_slug="inner-alias")
    StandardPageFactory(parent=inner_alias, slug="below-the-alias", title="Below the alias")
    kept.create_alias(parent=groups_area, update_slug="kept-alias")
    bottom_alias = bottom.create_alias(parent=public, update_slug="bottom-alias")
    StandardPageFactory(parent=bottom_alias, slug="below-bottom-alias", title="Below the bottom's alias")
    restrict(bottom_alias, PageViewRestriction.LOGIN)  # an alias's own restriction (Wagtail ignores it)

    # A page moved (with its child) from a public section into a restricted one.
    wanderer = StandardPageFactory(parent=public, slug="wanderer", title="Wanderer")
    StandardPageFactory(parent=wanderer, slug="wanderer-child", title="Wanderer's child")
    Page.objects.get(pk=wanderer.pk).move(Page.objects.get(pk=groups_area.pk), pos="last-child")

    # A restricted section never published, with a live page below it; a page with a non-ASCII slug.
    closed = StandardPageFactory(parent=odd, slug="closed", title="Closed draft section", live=False)
    restrict(closed, PageViewRestriction.GROUPS, STAFF)
    StandardPageFactory(parent=closed, slug="open-inside", title="Live inside a closed draft")
    StandardPageFactory(parent=public, slug="página-única", title="Non-ASCII slug")

    # Drafts, a live page below a draft, unpublished changes, expired and scheduled pages.
    StandardPageFactory(parent=public, slug="draft", title="Draft", live=False)
    draft_parent = StandardPageFactory(parent=public, slug="draft-parent", title="Draft parent")
    StandardPageFactory(parent=draft_parent, slug="live-below-draft", title="Live below a draft")
    draft_parent.unpublish()
    changed = StandardPageFactory(parent=public, slug="changed", title="Published title")
    changed.title = "Unpublished new title"
    changed.slug = "changed-in-draft"
    changed.save_revision()
    StandardPageFactory(parent=public, slug="expired-live", title="Expired, still live", expire_at=PAST)
    StandardPageFactory(
        parent=public, slug="expired", title="Expired", live=False, expired=True, expire_at=PAST
    )
    StandardPageFactory(parent=public, slug="scheduled", title="Scheduled", live=False, go_live_at=FUTURE)

    # Routable pages: their own routes, children named like routes, one inside a restricted section.
    news = NewsIndexPageFactory(parent=odd, slug="news", title="Odd news")
    NewsPageFactory(parent=news, slug="hearing", title="Hearing", tags=["budget"])
    NewsPageFactory(parent=news, slug="feed", title="A page named feed")
    NewsPageFactory(parent=news, slug="tag", title="A page named tag")
    inside = NewsIndexPageFactory(parent=login_area, slug="news-inside", title="News inside")
    NewsPageFactory(parent=inside, slug="inside-hearing", title="Inside hearing", tags=["budget"])

    # Spanish: live translations, a draft one, and one whose English source is unpublished.
    translate(public, locales["es"], title="Público", slug="publico")
    translate(kept, locales["es"], title="Guardado", slug="guardado")
    translate(login_area, locales["es"], title="Zona con sesión", slug="zona-sesion")
    translate(news, locales["es"], title="Noticias raras", slug="noticias")
    leaf.copy_for_translation(locales["es"])  # a draft translation
    gone = StandardPageFactory(parent=public, slug="source-gone", title="Source unpublished")
    translate(gone, locales["es"], title="Fuente retirada", slug="fuente-retirada")
    gone.unpublish()

    # A second site whose Spanish home is a draft: Spanish addresses are answered from the English home.
    # Its one page has a live Spanish translation (below the draft).
    odd_two = HomePageFactory(parent=root, slug="odd-two", title="Second odd site", locale=locales["en"])
    Site.objects.create(hostname="localhost", port=8000, root_page=odd_two, site_name="Second odd site")
    only = StandardPageFactory(parent=odd_two, slug="only-page", title="Only page")
    odd_two.copy_for_translation(locales["es"])
    translate(only, locales["es"], title="Única página")


def make_differential_roles():
    """make_roles' people (tests/extranet/conftest.py) under names of their own (the demo content has a
    "member" and a "moderator" already), and a superuser."""
    return {
        "anonymous": None,
        "member": make_member("diff-member"),
        "lapsed_member": make_member("diff-lapsed", organization_status=Organization.Status.LAPSED),
        "staff": make_user("diff-staff", STAFF),
        "moderator": make_user("diff-moderator", MODERATORS),
        "superuser": get_user_model().objects.create_superuser(
            "diff-admin", "diff-admin@example.org", "a-long-test-password"
        ),
    }


@contextmanager
def without_indexing():
    """The search and reference indexes left alone: they are not compared here, and keeping them up to
    date is a good part of the time it takes to write pages (the demo content's in particular)."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    no_update = {name: {**conf, "AUTO_UPDATE": False} for name, conf in backends.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=no_update), disable_reference_index_auto_update():
        yield


def build(media_root):
    with override_settings(MEDIA_ROOT=media_root), without_indexing():
        call_command("load_demo_content", stdout=StringIO())
        seed_odd_cases()
        roles = make_differential_roles()
    return {"roles": roles, "wagtail": {}}


@pytest.fixture(scope="module")
def data(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("differential-media")
    yield from built_once_for_the_module(django_db_blocker, lambda: build(media_root))


@pytest.fixture
def site_data(data, db):
    return data


def seeded_q():
    """The seeded sites' pages: below their home pages, in each language."""
    homes = Page.objects.filter(depth=2, slug__in=SEEDED_HOMES, locale__language_code="en")
    roots = Page.objects.filter(depth=2, translation_key__in=homes.values("translation_key"))
    condition = Q(pk__in=[])
    for path in roots.values_list("path", flat=True):
        condition |= Q(path__startswith=path)
    return condition


def pages_of(dataset):
    """{pk: (plain page row, specific page)} of every page in this part of the data (the demo: the tree's
    root too), loaded afresh."""
    condition = seeded_q() if dataset == "seeded" else ~seeded_q()
    plain = Page.objects.filter(condition).order_by("path")
    specific = {page.pk: page for page in Page.objects.filter(condition).specific()}
    return {page.pk: (page, specific[page.pk]) for page in plain}


def addresses_of(dataset):
    """[(hostname, port, language, path components)] asked of this part of the data: the address of
    every page below each translation of a site's home, in that home's language (and in the other
    language too for the sections, and on the site whose Spanish home is a draft); a page that does
    not exist below every page that has children and below the first of them; the routes of the first
    routable page of each type."""
    found = set()
    for hostname, port in SITES[dataset]:
        site = Site.objects.get(hostname=hostname, port=port)
        root = site.root_page
        for tree_root in Page.objects.filter(translation_key=root.translation_key, depth=root.depth):
            own = tree_root.locale.language_code
            pages = list(Page.objects.filter(path__startswith=tree_root.path).order_by("path"))
            parents = {page.path[: -Page.steplen] for page in pages}
            first_children, routable_types = {}, set()
            for page in pages:
                first_children.setdefault(page.path[: -Page.steplen], page.path)
            for page in pages:
                address = tuple(part for part in page.url_path[len(tree_root.url_path) :].split("/") if part)
                asked = [address]
                if len(address) == 1:
                    asked.append((address[0].upper(),))  # slugs are matched exactly
                if page.path in parents or page.path in first_children.values():
                    asked.append((*address, "nowhere"))
                kind = page.specific_class
                if issubclass(kind, RoutablePageMixin) and kind not in routable_types:
                    routable_types.add(kind)  # the first page of each routable type
                    asked += [(*address, *suffix) for suffix in ROUTABLE_SUFFIXES]
                both = (hostname, port) == ("localhost", 8000) or len(address) <= 1
                for language in LANGUAGES if both else [own]:
                    found.update((hostname, port, language, components) for components in asked)
    return sorted(found)


def names():
    """How a message names each page: its id and address in the tree."""
    return dict(Page.objects.values_list("pk", "url_path"))


# ---------------------------------------------------------------------------------------------------
# Asking the project, and asking Wagtail
# ---------------------------------------------------------------------------------------------------


def new_request(hostname="localhost", port=80, user=None):
    host = hostname if port == 80 else f"{hostname}:{port}"
    request = RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=str(port))
    request.user = user if user is not None else AnonymousUser()
    request.session = {}  # an empty session: no password restriction passed
    return request


@contextmanager
def serving_request(request):
    """`request` as the serving middleware sets it up before the view (RequestMiddleware): current, and
    with its Site from the shared cache."""
    token = current_request.set(request)
    try:
        find_site(request)
        yield request
    finally:
        current_request.reset(token)


@contextmanager
def wagtails_own():
    """Wagtail's own code for what BasePage overrides, and no current request (see the docstring)."""
    token = current_request.set(None)
    try:
        with (
            mock.patch.object(BasePage, "route", Page.route),
            mock.patch.object(BasePage, "localized", Page.localized),
            mock.patch.object(BasePage, "get_view_restrictions", Page.get_view_restrictions),
        ):
            yield
    finally:
        current_request.reset(token)


def answer(question, *args):
    """`question(*args)`, or what it raised, so a failure names the address rather than stopping."""
    try:
        return question(*args)
    except Exception as error:  # compared as an answer
        return f"raised {type(error).__name__}: {error}"


def _plain(value):
    """Route arguments as comparable data: views by name."""
    if callable(value):
        return getattr(value, "__qualname__", repr(value))
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, _plain(item)) for key, item in value.items()))
    return value


def routed(request, components, ancestors):
    """What `Page.route_for_request` answers (its body, without keeping the answer on the request, so
    that one request may route several addresses): the page reached, its type, the route's arguments,
    and the page's ancestors below the tree's root as `ancestors(page)` gives them; None for a 404."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        page, args, kwargs = site.root_page.localized.specific.route(request, list(components))
    except Http404:
        return None
    return (page.pk, type(page).__name__, _plain(args), _plain(kwargs), ancestors(page))


def project_route(request, language, components):
    def ancestors(page):
        return tuple(ancestor.pk for ancestor in serving.ancestors_and_self(page))

    with translation.override(language):
        return answer(routed, request, components, ancestors)


def wagtail_route(hostname, port, language, components):
    def ancestors(page):
        return tuple(page.get_ancestors(inclusive=True).filter(depth__gt=1).values_list("pk", flat=True))

    with wagtails_own(), translation.override(language):
        return answer(routed, new_request(hostname, port), components, ancestors)


def _restrictions(restrictions, request):
    return sorted((r.pk, r.restriction_type, r.accept_request(request)) for r in restrictions)


def project_restrictions(page, specific, request):
    """The restrictions over `page`, and whether each accepts `request`, as serving.restrictions_over
    gives them for the plain row and as the specific page's `get_view_restrictions` does."""
    return {
        "restrictions_over": answer(lambda: _restrictions(serving.restrictions_over(page), request)),
        "get_view_restrictions": answer(lambda: _restrictions(specific.get_view_restrictions(), request)),
    }


def wagtail_restrictions(page, roles):
    """{role: Wagtail's restrictions over `page`, and whether each accepts a request from the role}."""
    with wagtails_own():
        found = answer(lambda: list(Page.get_view_restrictions(page)))
        if isinstance(found, str):  # it raised
            return dict.fromkeys(roles, found)
        return {role: answer(_restrictions, found, new_request(user=user)) for role, user in roles.items()}


def _page(page):
    return (page.pk, type(page).__name__)


def project_locale(page, specific):
    return answer(
        lambda: {
            "active": serving.active_locale().pk,
            "default": serving.default_locale().pk,
            "localized": _page(serving.localized(page)),
            "specific.localized": _page(specific.localized),
        }
    )


def wagtail_locale(page, specific):
    with wagtails_own():
        return answer(
            lambda: {
                "active": Locale.get_active().pk,
                "default": Locale.get_default().pk,
                "localized": _page(Page.localized.fget(page)),
                "specific.localized": _page(specific.localized),
            }
        )


def _site(site):
    """The Site, and its root page as it comes with it (its address: routing starts there)."""
    if site is None:
        return None
    return (site.pk, site.hostname, site.port, site.root_page_id, site.root_page.url_path)


def project_site(request):
    with serving_request(request):
        return answer(lambda: _site(Site.find_for_request(request)))


def wagtail_site(hostname, port):
    with wagtails_own():
        return answer(lambda: _site(Site.find_for_request(new_request(hostname, port))))


def remembered(reference, key, compute):
    """Wagtail's answer from `reference`, worked out the first time it is asked. For the data as built,
    the module's (`data["wagtail"]`: the answers depend on the data only); after changes made within a
    test, that test's own."""
    if key not in reference:
        reference[key] = compute()
    return reference[key]


def reference_of(data, reference):
    return data["wagtail"] if reference is None else reference


def roles_of(data):
    """Each role's account, loaded afresh (nothing a test loaded onto it, its groups say, carries over)."""
    accounts = get_user_model().objects.in_bulk([user.pk for user in data["roles"].values() if user])
    return {role: user and accounts[user.pk] for role, user in data["roles"].items()}


def user_of(data, role):
    return roles_of(data)[role]


def assert_same(question, differences):
    shown = differences[:40]
    more = [f"... and {len(differences) - len(shown)} more"] if len(differences) > len(shown) else []
    message = "\n".join([f"{question}: {len(differences)} answer(s) differ from Wagtail's", *shown, *more])
    if differences:
        pytest.fail(message, pytrace=False)


# ---------------------------------------------------------------------------------------------------
# The reference
# ---------------------------------------------------------------------------------------------------


def test_the_reference_runs_wagtails_own_code():
    """Wagtail's answers are got by swapping BasePage's three overrides for Wagtail's own: that is all of
    Wagtail's code only while no page type overrides these itself (a routable page's `route` is
    wagtail.contrib.routable_page's own, which goes on to the swapped one)."""
    own = {
        "route": {Page.route, BasePage.route, RoutablePageMixin.route},
        "localized": {Page.localized, BasePage.localized},
        "get_view_restrictions": {Page.get_view_restrictions, BasePage.get_view_restrictions},
    }
    wrong = [
        f"{model.__name__}.{name}"
        for model in get_page_models()
        for name, allowed in own.items()
        if getattr(model, name) not in allowed
    ]
    assert wrong == [], "these page types answer with code of their own: compare it with Wagtail's here"


def test_the_reference_never_asks_the_serving_layer(site_data):
    """Wagtail's answers are got with none of the serving layer's code running."""
    refuse = mock.Mock(side_effect=AssertionError("the serving layer was asked"))
    page = at("/odd/login-area/inner/innermost/bottom/")
    with (
        mock.patch.multiple(
            serving,
            child_for_routing=refuse,
            specific_for_serving=refuse,
            restrictions_over=refuse,
            localized=refuse,
            active_locale=refuse,
        ),
        mock.patch("serving.sites.find_site", refuse),
    ):
        route = wagtail_route("127.0.0.1", 80, "es", ("zona-sesion",))
        restrictions = wagtail_restrictions(page, roles_of(site_data))
        with translation.override("es"):
            locale = wagtail_locale(page, page.specific)
    assert refuse.call_count == 0
    assert route[1] == "StandardPage"
    assert sorted(kind for _pk, kind, _accepted in restrictions["superuser"]) == [
        "groups",
        "login",
        "password",
    ]
    assert locale["localized"] == (page.pk, "Page")


def test_the_data_holds_the_odd_cases(site_data):
    """What the seeded part is for is still there: restrictions of each kind, aliases (of a restricted
    page, in a restricted section), drafts, expired pages, a page below a draft, draft translations, and
    three sites."""
    seeded = Page.objects.filter(seeded_q())
    kinds = set(
        PageViewRestriction.objects.filter(page__in=seeded).values_list("restriction_type", flat=True)
    )
    assert kinds == {PageViewRestriction.LOGIN, PageViewRestriction.GROUPS, PageViewRestriction.PASSWORD}
    assert seeded.filter(alias_of__view_restrictions__isnull=False).exists()
    assert seeded.filter(alias_of__isnull=False, url_path__startswith="/odd/groups-area/").exists()
    assert seeded.filter(live=False, locale__language_code="en").count() >= 5
    assert seeded.filter(live=True, has_unpublished_changes=True).exists()
    assert seeded.filter(live=True, expire_at__lt=timezone.now()).exists()
    assert seeded.filter(live=True, url_path="/odd/public/draft-parent/live-below-draft/").exists()
    assert seeded.filter(live=False, locale__language_code="es").count() >= 2
    assert Site.objects.count() == 3
    assert Page.objects.exclude(seeded_q()).filter(view_restrictions__isnull=False).exists()  # the demo's


# ---------------------------------------------------------------------------------------------------
# 1. Routing
# ---------------------------------------------------------------------------------------------------


def describe_route(outcome, addresses):
    if outcome is None:
        return "404"
    if isinstance(outcome, str):
        return outcome
    pk, kind, args, kwargs, ancestors = outcome
    extra = f" args={args}" if args else ""
    extra += f" kwargs={kwargs}" if kwargs else ""
    return f"#{pk} {addresses.get(pk)} ({kind}){extra} ancestors={list(ancestors)}"


def route_differences(asked, ours, data, reference=None):
    addresses = names()
    differences = []
    for (hostname, port, language, components), our_answer in zip(asked, ours, strict=True):
        theirs = remembered(
            reference_of(data, reference),
            ("route", hostname, port, language, components),
            lambda h=hostname, p=port, la=language, c=components: wagtail_route(h, p, la, c),
        )
        if our_answer != theirs:
            address = f"{hostname}:{port} /{language}/{'/'.join(components)}{'/' if components else ''}"
            differences.append(
                f"{address}: project {describe_route(our_answer, addresses)}; "
                f"Wagtail {describe_route(theirs, addresses)}"
            )
    return differences


def route_each(asked, cold=False):
    answers = []
    for hostname, port, language, components in asked:
        if cold:
            generation.bump(structure=True)
        with serving_request(new_request(hostname, port)) as request:
            answers.append(project_route(request, language, components))
    return answers


def route_in_one_request_each(asked):
    """Every address of a host and language in one request."""
    requests = {}
    answers = []
    for hostname, port, language, components in asked:
        request = requests.setdefault((hostname, port, language), new_request(hostname, port))
        with serving_request(request):
            answers.append(project_route(request, language, components))
    return answers


@pytest.mark.parametrize("state", ["cold", "warm", "one-request"])
@pytest.mark.parametrize("dataset", DATASETS)
def test_routing(site_data, dataset, state):
    asked = addresses_of(dataset)
    if state == "cold":
        ours = route_each(asked, cold=True)
    elif state == "warm":
        route_each(asked)
        ours = route_each(asked)
    else:
        ours = route_in_one_request_each(asked)
    assert_same(f"routing, {dataset} content, {state}", route_differences(asked, ours, site_data))


# ---------------------------------------------------------------------------------------------------
# 2. View restrictions
# ---------------------------------------------------------------------------------------------------


def wagtail_restrictions_of(data, page, role, reference=None):
    everyone = remembered(
        reference_of(data, reference),
        ("restrictions", page.pk),
        lambda: wagtail_restrictions(page, roles_of(data)),
    )
    return everyone[role]


def restriction_differences(pages, role, ours, data, reference=None):
    differences = []
    for pk, (page, _specific) in pages.items():
        theirs = wagtail_restrictions_of(data, page, role, reference)
        for label, our_answer in ours[pk].items():
            if our_answer != theirs:
                differences.append(
                    f"#{pk} {page.url_path} ({label}, as {role}): project {our_answer}; Wagtail {theirs}"
                )
    return differences


def restrictions_each(pages, user):
    """Each page in a new request: the restricted sections and the restrictions read from the shared
    cache (once it holds them)."""
    answers = {}
    for pk, (page, specific) in pages.items():
        with serving_request(new_request(user=user)) as request:
            answers[pk] = project_restrictions(page, specific, request)
    return answers


def restrictions_in_one_request(pages, request):
    with serving_request(request):
        return {pk: project_restrictions(page, specific, request) for pk, (page, specific) in pages.items()}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", ["cold", "warm"])
@pytest.mark.parametrize("dataset", DATASETS)
def test_view_restrictions(site_data, dataset, state, role):
    """What is kept of restrictions is site-wide (the restricted sections, the restrictions with their
    groups): cold, one request works it out from the database (a new content generation: nothing in
    the shared cache) and answers for every page from its memo; warm, each page's request reads it
    from the shared cache."""
    pages = pages_of(dataset)
    user = user_of(site_data, role)
    generation.bump(structure=True)
    ours = restrictions_in_one_request(pages, new_request(user=user))
    if state == "warm":
        ours = restrictions_each(pages, user)
    differences = restriction_differences(pages, role, ours, site_data)
    assert_same(f"view restrictions, {dataset} content, {state}, as {role}", differences)


# ---------------------------------------------------------------------------------------------------
# 3. Locales
# ---------------------------------------------------------------------------------------------------


def locale_differences(pages, language, ours, data, reference=None):
    differences = []
    for pk, (page, specific) in pages.items():
        with translation.override(language):
            theirs = remembered(
                reference_of(data, reference),
                ("locale", pk, language),
                lambda p=page, s=specific: wagtail_locale(p, s),
            )
        if ours[pk] != theirs:
            differences.append(
                f"#{pk} {page.url_path} (in {language!r}): project {ours[pk]}; Wagtail {theirs}"
            )
    return differences


def locales_each(pages, language):
    answers = {}
    for pk, (page, specific) in pages.items():
        with serving_request(new_request()), translation.override(language):
            answers[pk] = project_locale(page, specific)
    return answers


def locales_in_one_request(pages, language):
    with serving_request(new_request()), translation.override(language):
        return {pk: project_locale(page, specific) for pk, (page, specific) in pages.items()}


def locales_outside_a_request(pages, language):
    with translation.override(language):
        return {pk: project_locale(page, specific) for pk, (page, specific) in pages.items()}


LOCALE_STATES = [
    *((state, language) for state in ("cold", "warm", "no-request") for language in LANGUAGES),
    *(("cold", language) for language in LOCALE_LANGUAGES if language not in LANGUAGES),
]


@pytest.mark.parametrize(("state", "language"), LOCALE_STATES)
@pytest.mark.parametrize("dataset", DATASETS)
def test_locales(site_data, dataset, state, language):
    """The locales are kept site-wide: cold, one request reads them from the database (a new content
    generation) and answers for every page; warm, each page's request reads them from the shared cache;
    no-request, outside any request (from the shared cache, with no memo)."""
    pages = pages_of(dataset)
    generation.bump(structure=True)
    ours = locales_in_one_request(pages, language)
    if state == "warm":
        ours = locales_each(pages, language)
    elif state == "no-request":
        ours = locales_outside_a_request(pages, language)
    differences = locale_differences(pages, language, ours, site_data)
    assert_same(f"locales, {dataset} content, {state}, in {language!r}", differences)


# ---------------------------------------------------------------------------------------------------
# 4. Sites
# ---------------------------------------------------------------------------------------------------


def site_differences(hosts, ours, data, reference=None):
    differences = []
    for (hostname, port), our_answer in zip(hosts, ours, strict=True):
        theirs = remembered(
            reference_of(data, reference),
            ("site", hostname, port),
            lambda h=hostname, p=port: wagtail_site(h, p),
        )
        if our_answer != theirs:
            differences.append(f"{hostname}:{port}: project {our_answer}; Wagtail {theirs}")
    return differences


@pytest.mark.parametrize("state", ["cold", "warm"])
@pytest.mark.parametrize(("hostname", "port"), HOSTS)
def test_sites(site_data, hostname, port, state):
    if state == "cold":
        generation.bump(structure=True)
    else:
        project_site(new_request(hostname, port))
    ours = [project_site(new_request(hostname, port))]
    differences = site_differences([(hostname, port)], ours, site_data)
    assert_same(f"sites, {hostname}:{port}, {state}", differences)


# ---------------------------------------------------------------------------------------------------
# 5. The access policy never shows what Wagtail's serve-time check would refuse
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("dataset", DATASETS)
def test_the_policy_admits_no_one_wagtail_would_refuse(site_data, dataset, role):
    """Wagtail serves a page that routing reaches live and whose every restriction accepts the request
    (wagtail_hooks' check_view_restrictions); the policy (core.access) may refuse more, never less."""
    user = user_of(site_data, role)
    wrong = []
    for pk, (page, specific) in pages_of(dataset).items():
        theirs = wagtail_restrictions_of(site_data, page, role)
        wagtail_serves = page.live and all(accepted for _pk, _kind, accepted in theirs)
        with serving_request(new_request(user=user)) as request:
            admitted = access.may_view_page(request.user, specific)
        if admitted and not wagtail_serves:
            wrong.append(f"#{pk} {page.url_path}: the policy admits {role}, Wagtail would not serve it")
    assert_same(f"the access policy, {dataset} content, as {role}", wrong)


# ---------------------------------------------------------------------------------------------------
# After a change, made inside a request as the admin makes one
# ---------------------------------------------------------------------------------------------------


def at(url_path, language="en"):
    """The page at `url_path` in `language` (a draft translation may share its source's address)."""
    return Page.objects.get(url_path=url_path, locale__language_code=language)


def move_a_kept_page():
    at("/home/about/faq/").move(at("/home/membership/"), pos="last-child")


def restrict_a_kept_section():
    restrict(at("/home/membership/"), PageViewRestriction.LOGIN)  # the Spanish one follows (extranet)


def rename_and_republish_a_section():
    agenda = at("/home/policy-agenda/").specific
    agenda.slug = "agenda"
    agenda.save_revision().publish()


def unpublish_a_kept_page():
    at("/home/initiatives/fair-funding-map/").specific.unpublish()


def unpublish_a_spanish_section():
    at("/inicio/quienes-somos/", "es").specific.unpublish()


def move_a_kept_page_into_a_restricted_section():
    at("/odd/public/kept/").move(at("/odd/groups-area/"), pos="last-child")


def publish_a_draft():
    at("/odd/public/draft/").specific.save_revision().publish()


def alias_a_public_page_in_a_restricted_section():
    at("/odd/public/open-leaf/").specific.create_alias(
        parent=at("/odd/login-area/"), update_slug="leaf-alias"
    )


def change_a_restrictions_groups():
    PageViewRestriction.objects.get(page=at("/odd/groups-area/")).groups.set([Group.objects.get(name=STAFF)])


def unpublish_a_translation_with_a_draft_below():
    at("/raros/publico/", "es").specific.unpublish()


def rename_a_home_page():
    home = at("/odd-two/").specific
    home.slug = "second"
    home.save_revision().publish()


def rename_a_section_with_aliases_below():
    public = at("/odd/public/").specific
    public.slug = "open"
    public.save_revision().publish()


# Each change on its own (one that replaces the content generation would hide another that fails to):
# the part of the data it changes, the sections (slugs below a home page) it touches, and the questions
# whose answers it changes. The test checks the sections against what the change did.
CHANGES = {
    "a kept page moved": ("demo", {"about", "membership"}, move_a_kept_page),
    "a kept section restricted": ("demo", {"membership", "membresia"}, restrict_a_kept_section),
    "a section renamed and republished": (
        "demo",
        {"policy-agenda", "agenda"},
        rename_and_republish_a_section,
    ),
    "a kept page unpublished": ("demo", {"initiatives"}, unpublish_a_kept_page),
    "a Spanish section unpublished": ("demo", {"quienes-somos"}, unpublish_a_spanish_section),
    "a kept page moved into a restricted section": (
        "seeded",
        {"public", "groups-area"},
        move_a_kept_page_into_a_restricted_section,
    ),
    "a draft published": ("seeded", {"public"}, publish_a_draft),
    "an alias made in a restricted section": (
        "seeded",
        {"login-area"},
        alias_a_public_page_in_a_restricted_section,
    ),
    "a restriction's groups changed": ("seeded", {"groups-area"}, change_a_restrictions_groups),
    "a translation unpublished": ("seeded", {"publico"}, unpublish_a_translation_with_a_draft_below),
    "a section renamed": ("seeded", {"public", "open"}, rename_a_section_with_aliases_below),
    "a site's home page renamed": ("seeded", {"only-page"}, rename_a_home_page),
}
RESTRICTION_CHANGES = [
    "a kept page moved",
    "a kept section restricted",
    "a kept page moved into a restricted section",
    "an alias made in a restricted section",
    "a restriction's groups changed",
    "a section renamed",
]
LOCALE_CHANGES = ["a Spanish section unpublished", "a translation unpublished"]


def tree_state():
    """Where each page is, its address, whether it is live, what it is an alias of; and the restrictions
    (their page, kind and groups)."""
    pages = {pk: rest for pk, *rest in Page.objects.values_list("pk", "path", "url_path", "live", "alias_of")}
    restrictions = {
        (restriction.page_id, restriction.restriction_type, frozenset(g.pk for g in restriction.groups.all()))
        for restriction in PageViewRestriction.objects.prefetch_related("groups")
    }
    return pages, restrictions


def touched_sections(before, after):
    """The sections (the slug below a home page) of every page that changes made, moved, renamed,
    published, unpublished or restricted, before and after."""
    (pages_before, restrictions_before), (pages_after, restrictions_after) = before, after
    changed = {
        pk for pk in pages_before.keys() | pages_after.keys() if pages_before.get(pk) != pages_after.get(pk)
    }
    changed |= {page_id for page_id, _kind, _groups in restrictions_before ^ restrictions_after}
    sections = set()
    for pk in changed:
        for state in (pages_before.get(pk), pages_after.get(pk)):
            parts = [part for part in state[1].split("/") if part] if state else []
            sections.update(parts[1:2])
    return sections


def in_sections(url_path, sections):
    parts = [part for part in url_path.split("/") if part]
    return len(parts) < 2 or parts[1] in sections


@contextmanager
def changed_in_request(request, change):
    """Make the change inside `request` (as the admin makes one, in the request that shows the result),
    and check that it touched only the sections it says."""
    _dataset, sections, make = CHANGES[change]
    before = tree_state()
    with serving_request(request):
        yield
        with without_indexing():
            make()
    touched = touched_sections(before, tree_state())
    assert touched <= sections, f"{change!r} touched {touched}: name them in CHANGES"


@pytest.mark.parametrize("change", list(CHANGES))
def test_routing_after_a_change(site_data, change):
    """Every address in the sections the change touches, and each home page's, kept in the shared cache
    before; asked again in the request that made the change (its memo then forgotten),
    and in new requests."""
    dataset, sections, _make = CHANGES[change]
    after = {}  # Wagtail's answers after the change

    def touched(asked):
        return sorted(a for a in asked if not a[3] or a[3][0] in sections)

    before = touched(addresses_of(dataset))
    route_each(before)  # kept in the shared cache
    admin_request = new_request(*SITES[dataset][0])
    same_request_addresses = [a for a in before if a[:2] == SITES[dataset][0]]
    with changed_in_request(admin_request, change):
        for _hostname, _port, language, components in same_request_addresses:
            project_route(admin_request, language, components)  # the request's memo filled
    with serving_request(admin_request):
        ours = [project_route(admin_request, language, c) for _h, _p, language, c in same_request_addresses]
    differences = [
        f"(same request) {difference}"
        for difference in route_differences(same_request_addresses, ours, site_data, after)
    ]
    asked = touched(set(before) | set(addresses_of(dataset)))
    differences += route_differences(asked, route_each(asked), site_data, after)
    assert_same(f"routing after {change}", differences)


@pytest.mark.parametrize("change", RESTRICTION_CHANGES)
def test_view_restrictions_after_a_change(site_data, change):
    """The pages of the sections the change touches, after the restrictions were kept: in the
    superuser's request that made the change, and in every role's next request."""
    dataset, sections, _make = CHANGES[change]
    after = {}  # Wagtail's answers after the change
    roles = roles_of(site_data)

    def touched():
        return {
            pk: pages for pk, pages in pages_of(dataset).items() if in_sections(pages[0].url_path, sections)
        }

    admin_request = new_request(user=roles["superuser"])
    with changed_in_request(admin_request, change):
        restrictions_in_one_request(touched(), admin_request)  # the request's memo, the shared cache
    pages = touched()
    same = restrictions_in_one_request(pages, admin_request)
    differences = [
        f"(same request) {difference}"
        for difference in restriction_differences(pages, "superuser", same, site_data, after)
    ]
    for role, user in roles.items():
        differences += restriction_differences(pages, role, restrictions_each(pages, user), site_data, after)
    assert_same(f"view restrictions after {change}", differences)


@pytest.mark.parametrize("change", LOCALE_CHANGES)
def test_locales_after_a_change(site_data, change):
    """The pages of the sections the change touches and their translations, after the locales were
    read: in the request that made the change, and in the next requests, in each language."""
    dataset, sections, _make = CHANGES[change]
    after = {}  # Wagtail's answers after the change

    def touched():
        pages = pages_of(dataset)
        keys = {
            page.translation_key for page, _specific in pages.values() if in_sections(page.url_path, sections)
        }
        return {pk: pair for pk, pair in pages.items() if pair[0].translation_key in keys}

    request = new_request()
    with changed_in_request(request, change), translation.override("en"):
        for page, specific in touched().values():
            project_locale(page, specific)  # the request's memo, and the shared cache
    pages = touched()
    differences = []
    for language in LANGUAGES:
        with serving_request(request), translation.override(language):
            same = {pk: project_locale(page, specific) for pk, (page, specific) in pages.items()}
        differences += [
            f"(same request) {difference}"
            for difference in locale_differences(pages, language, same, site_data, after)
        ]
        differences += locale_differences(pages, language, locales_each(pages, language), site_data, after)
    assert_same(f"locales after {change}", differences)


def change_a_sites_root_page():
    odd = Site.objects.get(hostname="127.0.0.1", port=80)
    odd.root_page = at("/odd-two/")
    odd.save()


def change_a_sites_hostname_and_port():
    second = Site.objects.get(hostname="localhost", port=8000)
    second.hostname, second.port = "127.0.0.1", 8000
    second.save()


def leave_no_default_site():
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    Site.objects.get(hostname="localhost", port=80).save()  # as the admin saves it: with its signals


SITE_CHANGES = {
    "a site's root page changed": change_a_sites_root_page,
    "a site's hostname and port changed": change_a_sites_hostname_and_port,
    "no default site": leave_no_default_site,
}


@pytest.mark.parametrize("change", list(SITE_CHANGES))
def test_sites_after_a_change(site_data, change):
    """Every host, kept in the shared cache before the change; the next requests after it."""
    after = {}  # Wagtail's answers after the change
    for hostname, port in HOSTS:
        project_site(new_request(hostname, port))  # kept in the shared cache
    with serving_request(new_request()), without_indexing():
        SITE_CHANGES[change]()
    ours = [project_site(new_request(hostname, port)) for hostname, port in HOSTS]
    assert_same(f"sites after {change}", site_differences(HOSTS, ours, site_data, after))
