import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import EventIndexPage, EventKind, EventPage, MemberEventIndexPage, MemberEventPage


def next_week_at_six():
    local = timezone.localtime() + datetime.timedelta(days=7)
    return local.replace(hour=18, minute=0, second=0, microsecond=0)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Regional convening {n}")
    kind = EventKind.CONVENING
    summary = "A day of workshops on school funding."
    starts_at = factory.LazyFunction(next_week_at_six)
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    venue = "Fresno Community Hall"
    address = "1200 Van Ness Ave, Fresno"

    class Meta:
        model = EventPage


class MemberEventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Member events"
    slug = "member-events"

    class Meta:
        model = MemberEventIndexPage


class MemberEventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Circle-up {n}")
    kind = EventKind.CIRCLE_UP
    summary = "Our monthly check-in."
    starts_at = factory.LazyFunction(next_week_at_six)
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=1))
    joining_url = "https://meet.example.org/circle-up-secret-room"

    class Meta:
        model = MemberEventPage
