"""A letter open for signatures in the extranet (English and Spanish), an ally with a named signatory and
a member who is not one, an individual member, and the public letters index in both languages."""

import datetime

import pytest
from django.utils import timezone

from letters.factories import PublicLetterIndexPageFactory, SignatoryFactory, SignOnLetterPageFactory
from letters.models import SignOnLetterPage
from members.factories import MemberProfileFactory, OrganizationFactory
from tests.conftest import built_once_for_the_module, make_home_page, make_locales, translate
from tests.extranet.conftest import make_extranet, make_roles
from tests.members.conftest import fresh_cache, mail_server_down, run_mail_queue  # noqa: F401

SIGNER = {
    "name": "Rosa Example",
    "title": "Director",
    "organization_name": "",
    "region": "Valley",
    "comment": "",
}


def move_deadline(letter, **delta):
    """Let the deadline pass (or come): for every language version, as the source's is the letter's."""
    when = timezone.now() + datetime.timedelta(**delta)
    SignOnLetterPage.objects.filter(translation_key=letter.translation_key).update(deadline=when)
    letter.refresh_from_db()
    return letter


def make_letters(extranet, locales, home_page):
    letter = SignOnLetterPageFactory(
        parent=extranet["index"], title="School meals for every child", slug="meals"
    )
    letter.save_revision().publish()
    spanish = translate(letter, locales["es"], title="Comidas escolares para todos", slug="comidas")
    index = PublicLetterIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    spanish_index = translate(index, locales["es"], title="Cartas", slug="cartas")
    ally = OrganizationFactory(name="Valley Parents Network", region="Valley")
    signatory = MemberProfileFactory(
        user__username="signatory", user__first_name="Sam", user__last_name="Signer", organization=ally
    ).user
    SignatoryFactory(organization=ally, member=signatory)
    colleague = MemberProfileFactory(user__username="colleague", organization=ally).user
    individual = MemberProfileFactory(user__username="solo", organization=None).user
    return {
        "letter": letter,
        "spanish": spanish,
        "index": index,
        "spanish_index": spanish_index,
        "ally": ally,
        "signatory": signatory,
        "colleague": colleague,
        "individual": individual,
    }


def build_site():
    roles = make_roles()
    locales = make_locales()
    home_page = make_home_page(locales)
    translate(home_page, locales["es"], title="Inicio", slug="inicio")
    extranet = make_extranet(home_page, locales)
    return {"roles": roles, "extranet": extranet, "letters": make_letters(extranet, locales, home_page)}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The people, the extranet and the letters, made once per test module; what each test writes is
    rolled back after it all the same."""
    yield from built_once_for_the_module(django_db_blocker, build_site)


def fresh(objects):
    """The module's records read again: a test that changed one in memory leaves the next test a
    clean copy (the database itself is rolled back after each test)."""
    return {
        name: None if obj is None else type(obj)._default_manager.get(pk=obj.pk)
        for name, obj in objects.items()
    }


@pytest.fixture
def roles(site, db):
    return fresh(site["roles"])


@pytest.fixture
def extranet(site, db):
    return fresh(site["extranet"])


@pytest.fixture
def letters(site, db):
    return fresh(site["letters"])
