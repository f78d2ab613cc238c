import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import EmbargoedDraftPage, PublicationIndexPage, PublicationPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    publication_date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    summary = "What we found and what we recommend."

    class Meta:
        model = PublicationPage


class EmbargoedDraftPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Embargoed draft {n}")
    summary = "Under embargo."
    embargo_lifts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))

    class Meta:
        model = EmbargoedDraftPage
