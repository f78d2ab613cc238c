import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import InitiativeIndexPage, InitiativePage, InitiativeStatus, LearningSession


class InitiativeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Initiatives"

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Initiative {n}")
    status = InitiativeStatus.ACTIVE
    start_date = datetime.date(2026, 1, 15)
    end_date = datetime.date(2026, 9, 30)
    summary = "A community of practice for state advocates."

    class Meta:
        model = InitiativePage


class LearningSessionFactory(DjangoModelFactory):
    page = factory.SubFactory(InitiativePageFactory)
    title = factory.Sequence(lambda n: f"Session {n}")
    date = datetime.date(2026, 2, 1)

    class Meta:
        model = LearningSession
