import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import EquityPrinciple, PolicyAgendaPage


class PolicyAgendaPageFactory(wagtail_factories.PageFactory):
    title = "Policy agenda"
    introduction = "<p>What we stand for.</p>"

    class Meta:
        model = PolicyAgendaPage


class EquityPrincipleFactory(DjangoModelFactory):
    page = factory.SubFactory(PolicyAgendaPageFactory)
    title = factory.Sequence(lambda n: f"Principle {n}")
    summary = "Why this principle matters."

    class Meta:
        model = EquityPrinciple
