"""A letter open for signatures in the extranet (English and Spanish), an ally with a named signatory and
a member who is not one, an individual member, and the public letters index in both languages."""

import datetime

import pytest
from django.utils import timezone

from letters.factories import PublicLetterIndexPageFactory, SignatoryFactory, SignOnLetterPageFactory
from letters.models import SignOnLetterPage
from members.factories import MemberProfileFactory, OrganizationFactory
from tests.conftest import translate
from tests.extranet.conftest import extranet, roles  # noqa: F401  (fixtures)
from tests.members.conftest import fresh_cache, run_mail_queue  # noqa: F401

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


def make_letters(extranet, locales, home_page):  # noqa: F811  (the name of the imported fixture)
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


@pytest.fixture
def letters(extranet, locales, home_page):  # noqa: F811
    return make_letters(extranet, locales, home_page)
