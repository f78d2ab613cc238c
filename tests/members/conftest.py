import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command


class FailingEmailBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server unreachable")


@pytest.fixture
def run_mail_queue(monkeypatch):
    """Work the "email" task queue until it is empty, as `manage.py db_worker --backend email` does.

    The worker calls close_old_connections() between tasks, as a long-running process should. Inside a
    test's transaction that would close the test's own connection (PostgreSQL really closes it; SQLite's
    in-memory test database ignores it), so here it is a no-op."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)

    def run():
        call_command(
            "db_worker", "--batch", "--backend=email", "--no-startup-delay", "--no-reload", verbosity=0
        )

    return run


@pytest.fixture
def staff_client(client, home_page):
    """A client signed in as a member of the Staff group (the comms team's role)."""
    from members.factories import StaffUserFactory

    client.force_login(StaffUserFactory())
    return client


@pytest.fixture
def mail_server_down(settings):
    settings.MAIL_TRANSPORT = "tests.members.conftest.FailingEmailBackend"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and used two-factor codes count in the guards cache, and pages in the default one;
    each test starts from zero."""
    from django.core.cache import caches

    def clear():
        for alias in ("default", "guards"):
            caches[alias].clear()

    clear()
    yield
    clear()
