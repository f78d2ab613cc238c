"""A meetings section in the extranet: one upcoming meeting and two past ones of different kinds."""

import datetime

import pytest
from django.utils import timezone

from meetings.factories import MeetingIndexPageFactory, MeetingNotesPageFactory
from meetings.models import MeetingKind
from tests.extranet.conftest import extranet, roles  # noqa: F401  (fixtures)


@pytest.fixture
def meetings(extranet):  # noqa: F811  (the imported fixture)
    return make_meetings(extranet)


def make_meetings(extranet):  # noqa: F811  (the name of the imported fixture)
    now = timezone.now()
    index = MeetingIndexPageFactory(parent=extranet["index"])
    index.save_revision().publish()
    upcoming = MeetingNotesPageFactory(
        parent=index, title="Monthly meeting ahead", slug="ahead", starts_at=now + datetime.timedelta(days=3)
    )
    last_year = now.replace(year=now.year - 1)
    past_monthly = MeetingNotesPageFactory(
        parent=index, title="Last year's monthly", slug="last-year", starts_at=last_year
    )
    past_group = MeetingNotesPageFactory(
        parent=index,
        title="Funding working group",
        slug="working-group",
        kind=MeetingKind.WORKING_GROUP,
        starts_at=now - datetime.timedelta(days=2),
    )
    for page in (upcoming, past_monthly, past_group):
        page.save_revision().publish()
    return {"index": index, "upcoming": upcoming, "past_monthly": past_monthly, "past_group": past_group}
