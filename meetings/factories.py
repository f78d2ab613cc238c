import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import MeetingIndexPage, MeetingKind, MeetingNotesPage


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Meetings"
    slug = "meetings"

    class Meta:
        model = MeetingIndexPage


class MeetingNotesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Member meeting {n}")
    kind = MeetingKind.MONTHLY
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    place = "Community room, Puentes Family Network"

    class Meta:
        model = MeetingNotesPage
