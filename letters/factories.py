import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from .models import (
    LetterState,
    PublicLetterIndexPage,
    PublicLetterPage,
    Signatory,
    Signature,
    SignOnLetterPage,
)


class SignOnLetterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Letter on school meals {n}")
    addressee = "The State Board of Education"
    body = "<p>We, the undersigned, ask the Board to fund school meals for every child.</p>"
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    state = LetterState.OPEN

    class Meta:
        model = SignOnLetterPage


class PublicLetterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Letters and statements"
    slug = "letters"

    class Meta:
        model = PublicLetterIndexPage


class PublicLetterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Published letter {n}")
    addressee = "The State Board of Education"
    body = "<p>The final text.</p>"

    class Meta:
        model = PublicLetterPage


class SignatoryFactory(DjangoModelFactory):
    class Meta:
        model = Signatory


class SignatureFactory(DjangoModelFactory):
    kind = Signature.Kind.INDIVIDUAL
    name = factory.Sequence(lambda n: f"Signer {n}")
    region = "North"

    class Meta:
        model = Signature
