"""Many people take the last places of a date at the same moment, each in their own request and database
connection: the date's row lock (events.registration) lets one at a time count and take a place, so the
date is never over-booked and everyone else is on the waiting list, in order; cancellations at the same
moment move up exactly as many people as places were freed.

Real concurrency needs a database that locks rows: PostgreSQL. SQLite locks the whole database and has
no SELECT ... FOR UPDATE, so these run on CI's PostgreSQL run (the `shared_services` mark: skipped, as
expected, on the SQLite run)."""

import threading

import pytest
from django.db import connection, connections

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Occurrence, Registration
from events.registration import cancel, register_member
from tests.extranet.conftest import make_member

pytestmark = [pytest.mark.shared_services, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PLACES = 3
PEOPLE = 8


def at_once(work, arguments):
    """Run `work(argument)` for each argument in its own thread (and so its own database connection),
    all released together."""
    start = threading.Barrier(len(arguments))
    errors = []

    def run(argument):
        try:
            start.wait()
            work(argument)
        except Exception as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.fixture
def full_house(home_page):
    assert connection.vendor == "postgresql"
    index = EventIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    event = EventPageFactory(parent=index, capacity=PLACES)
    event.save_revision().publish()
    return Occurrence.objects.get(event=event), [make_member(f"rush{n}") for n in range(PEOPLE)]


def test_concurrent_registrations_never_over_book(full_house):
    occurrence, people = full_house
    at_once(lambda person: register_member(occurrence, person, PLACES), people)
    registrations = occurrence.registrations.all()
    assert registrations.count() == PEOPLE
    assert registrations.filter(status=Registration.Status.REGISTERED).count() == PLACES
    assert registrations.filter(status=Registration.Status.WAITING).count() == PEOPLE - PLACES


def test_concurrent_cancellations_promote_one_waiting_person_per_freed_place(full_house):
    occurrence, people = full_house
    for person in people:
        register_member(occurrence, person, PLACES)
    holders = list(occurrence.registrations.filter(status=Registration.Status.REGISTERED))
    first_waiting = list(
        occurrence.registrations.filter(status=Registration.Status.WAITING).order_by("placed_at", "pk")
    )[:2]
    at_once(lambda registration: cancel(registration, PLACES), holders[:2])
    registered = occurrence.registrations.filter(status=Registration.Status.REGISTERED)
    assert registered.count() == PLACES
    assert {r.pk for r in first_waiting} <= set(registered.values_list("pk", flat=True))
