import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from .models import OpportunityKind, SpeakerOpportunityIndexPage, SpeakerOpportunityPage, SpeakerResponse


class SpeakerOpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Speaker opportunities"
    slug = "speaking"

    class Meta:
        model = SpeakerOpportunityIndexPage


class SpeakerOpportunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Radio interview {n}")
    kind = OpportunityKind.MEDIA_INTERVIEW
    outlet = "Valley Public Radio"
    response_deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=5))
    description = "<p>A ten-minute interview on school funding.</p>"

    class Meta:
        model = SpeakerOpportunityPage


class SpeakerResponseFactory(DjangoModelFactory):
    availability = "Weekday mornings"
    note = "I can speak about family engagement."

    class Meta:
        model = SpeakerResponse
