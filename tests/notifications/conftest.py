"""The working groups' site (tests/workinggroups/conftest.py) and, for the members' news: a meeting
restricted further to staff, a meeting every member sees, a draft under embargo and the public version
it holds back."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from meetings.factories import MeetingIndexPageFactory, MeetingNotesPageFactory
from members.groups import MODERATORS, STAFF
from publications.factories import (
    EmbargoedDraftPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)
from tests.conftest import built_once_for_the_module
from tests.workinggroups.conftest import build_site as build_groups_site


def build_site():
    site = build_groups_site()
    extranet = site["extranet"]["index"]
    meetings = MeetingIndexPageFactory(parent=extranet)
    meetings.save_revision().publish()
    open_meeting = MeetingNotesPageFactory(
        parent=meetings, title="Open assembly zqopenmeeting", slug="assembly"
    )
    open_meeting.save_revision().publish()
    staff_meeting = MeetingNotesPageFactory(
        parent=meetings, title="Staff retreat zqstaffmeeting", slug="retreat"
    )
    staff_meeting.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=staff_meeting, restriction_type="groups")
    restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in (STAFF, MODERATORS)])
    publications = PublicationIndexPageFactory(parent=site["home"], slug="publications")
    publications.save_revision().publish()
    held = PublicationPageFactory(
        parent=publications, title="Final report zqpublicversion", slug="final", live=False
    )
    held.save_revision()
    draft = EmbargoedDraftPageFactory(
        parent=extranet,
        title="Report draft zqembargodraft",
        slug="report-draft",
        embargo_lifts_at=timezone.now() + datetime.timedelta(days=30),
        final_publication=held,
    )
    draft.save_revision().publish()
    site.update(open_meeting=open_meeting, staff_meeting=staff_meeting, held=held, draft=draft)
    return site


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(django_db_blocker, build_site)
