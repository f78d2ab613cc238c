"""People in every role, and an extranet in English and Spanish with a confidential page and document."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
from members.factories import MemberProfileFactory, OrganizationFactory
from members.groups import MODERATORS, STAFF
from members.models import Organization
from tests.conftest import translate, with_two_factor

SECRET_WORD = "zanzibarquorum"


def make_user(username, *groups, **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="a-long-test-password", **fields
    )
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def make_member(username, organization_status=Organization.Status.ACTIVE, **user_fields):
    organization = OrganizationFactory(status=organization_status)
    profile = MemberProfileFactory(
        user__username=username, user__email=f"{username}@example.org", organization=organization
    )
    for name, value in user_fields.items():
        setattr(profile.user, name, value)
    profile.user.save()
    return profile.user


@pytest.fixture
def roles(db):
    """Every kind of person the access rules know, by name (None is the anonymous visitor)."""
    return make_roles()


def make_roles():
    return {
        "anonymous": None,
        "non_member": make_user("visitor"),
        "member": make_member("member"),
        "lapsed_member": make_member("lapsed", organization_status=Organization.Status.LAPSED),
        "deactivated_member": make_member("former", is_active=False),
        "staff": make_user("staff", STAFF),
        # With the two-factor the admin requires of moderators (security.middleware).
        "moderator": with_two_factor_set_up(make_user("moderator", MODERATORS)),
    }


def with_two_factor_set_up(user):
    with_two_factor(user)
    return user


@pytest.fixture
def extranet(home_page, spanish_home_page, locales):
    """The extranet in both languages, a confidential page in each, and a document linked from it."""
    return make_extranet(home_page, locales)


def make_extranet(home_page, locales):
    document = get_document_model().objects.create(
        title="Draft report", file=ContentFile(b"%PDF-1.4 confidential", name="draft-report.pdf")
    )
    index = ExtranetIndexPageFactory(parent=home_page, title="Coalition workspace")
    page = ExtranetPageFactory(
        parent=index,
        title="Budget strategy",
        slug="budget-strategy",
        summary=f"Our position on the {SECRET_WORD} budget.",
        body=[("document", {"document": document, "title": "Read the draft"})],
    )
    page.save_revision().publish()
    spanish_index = translate(index, locales["es"], title="Espacio de la coalición", slug="miembros")
    spanish_page = translate(page, locales["es"], title="Estrategia presupuestaria", slug="estrategia")
    document.refresh_from_db()
    return {
        "index": index,
        "page": page,
        "spanish_index": spanish_index,
        "spanish_page": spanish_page,
        "document": document,
    }


# Where the content generations that key what is kept live: the cache (Redis, shared by the app
# processes; the tests' memory cache) or the database, for processes that share no cache
# (CONTENT_CACHE_SHARED off: serving.generation.DatabaseStore, each process keeping its own copies).
GENERATION_STORES = ["cache", "database"]


@pytest.fixture
def generation_store(request, settings):
    """Run the test with its generations in the store named by its parameter (GENERATION_STORES, with
    `indirect=True`): what is kept for whom must not differ between them."""
    from django.core.cache import cache

    from serving import generation

    settings.CONTENT_CACHE_SHARED = request.param == "cache"
    # New generations in this store: nothing kept under the other store's, or an earlier test's, is read.
    generation.bump(structure=True)
    # The switch took: what the serving layer reads is this store's, not the other's.
    stores = {"cache": cache, "database": generation.database_store}
    read = {name: store.get(generation.GENERATION_KEY) for name, store in stores.items()}
    other = next(name for name in stores if name != request.param)
    assert generation.current() == f"{generation.release()}.{read[request.param]}"
    assert read[request.param] != read[other]
    return request.param


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client
