"""The demo content stays out of existing accounts: an account that already exists keeps its password
(and everything else about it)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

from demo.management.commands.load_demo_content import DEMO_ACCOUNTS
from home.models import HomePage
from members import groups

DEMO_PASSWORDS = {username: password for username, password, *_ in DEMO_ACCOUNTS}


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
