"""The demo content stays out of production and out of existing accounts: the command runs only where
the settings allow it (development and tests), production settings do not even have it, and an account
that already exists keeps its password (and everything else about it)."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings

from demo.management.commands.load_demo_content import DEMO_ACCOUNTS
from home.models import HomePage
from members import groups

BASE_DIR = Path(__file__).resolve().parent.parent
DEMO_PASSWORDS = {username: password for username, password, *_ in DEMO_ACCOUNTS}


def production(*args):
    """A Python process with the production settings (a throwaway secret key, nothing else set)."""
    ignored = {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in ignored}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="x" * 50)
    command = [sys.executable, *args]  # the arguments are this module's own
    return subprocess.run(command, cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False)  # noqa: S603


def test_production_settings_install_no_demo_and_do_not_allow_it():
    result = production(
        "-c",
        "import json; from config.settings import production as s; "
        "print(json.dumps([s.INSTALLED_APPS, s.DEMO_CONTENT_ALLOWED]))",
    )
    assert result.returncode == 0, result.stderr
    installed_apps, allowed = json.loads(result.stdout)
    assert "core" in installed_apps  # the settings were really read
    assert not [app for app in installed_apps if app == "demo" or app.startswith("demo.")]
    assert allowed is False


def test_base_settings_install_no_demo_and_dev_and_test_do():
    from django.conf import settings

    from config.settings import base, dev

    assert "demo" not in base.INSTALLED_APPS and base.DEMO_CONTENT_ALLOWED is False
    assert "demo" in dev.INSTALLED_APPS and dev.DEMO_CONTENT_ALLOWED is True
    assert "demo" in settings.INSTALLED_APPS and settings.DEMO_CONTENT_ALLOWED is True


def test_production_settings_have_no_load_demo_content_command():
    result = production("manage.py", "load_demo_content")
    assert result.returncode != 0
    assert "Unknown command: 'load_demo_content'" in result.stderr


@pytest.mark.django_db
def test_command_refuses_where_the_settings_do_not_allow_demo_content():
    with override_settings(DEMO_CONTENT_ALLOWED=False), pytest.raises(CommandError) as refused:
        call_command("load_demo_content", stdout=StringIO())
    assert "development and tests only" in str(refused.value)
    assert "DJANGO_SETTINGS_MODULE=config.settings.dev" in str(refused.value)
    assert not get_user_model().objects.filter(username__in=DEMO_PASSWORDS).exists()


@pytest.mark.django_db
def test_command_never_changes_an_existing_account(tmp_path):
    """`admin` exists already (someone's own, on the Staff, not a superuser): the demo leaves it as it is,
    says so, and creates only the accounts that are missing (publishing its pages all the same)."""
    admin = get_user_model().objects.create_user(
        username="admin", email="dana@alliance.example.org", password="chosen-by-dana-2031"
    )
    admin.groups.set([Group.objects.get(name=groups.STAFF)])
    before = get_user_model().objects.values().get(pk=admin.pk)

    output = StringIO()
    with override_settings(MEDIA_ROOT=tmp_path):
        call_command("load_demo_content", stdout=output)

    admin.refresh_from_db()
    assert get_user_model().objects.values().get(pk=admin.pk) == before  # the password hash included
    assert admin.check_password("chosen-by-dana-2031")
    assert not admin.check_password(DEMO_PASSWORDS["admin"])
    assert list(admin.groups.values_list("name", flat=True)) == [groups.STAFF]
    assert not admin.emailaddress_set.exists()
    assert HomePage.objects.live().count() == 2  # its pages published all the same

    lines = {line.split()[0]: line for line in output.getvalue().splitlines() if line.startswith("  ")}
    assert "already there: left as it was" in lines["admin"]
    assert "(its own)" in lines["admin"] and DEMO_PASSWORDS["admin"] not in lines["admin"]
    assert "never changed" in output.getvalue()
    for username in ("editor", "moderator", "member"):
        assert "created now" in lines[username]
        assert get_user_model().objects.get(username=username).check_password(DEMO_PASSWORDS[username])
