"""Every page type's HTML passes the Nu Html Checker (vnu.jar from the `vnu-jar` npm package, run with
Java): each demo page in both languages, the other views, and the forms showing their errors."""

import json
import re
import shutil
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from tests.browser.inventory import FORMS_WITH_ERRORS, MEMBER_EMAIL, VIEWS, VNU_JAR, page_visits


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", verbosity=0)


def test_every_page_type_is_valid_html(demo_content, tmp_path):
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        pytest.skip("Needs Java (apt-get install -y default-jre-headless) and `npm ci` for vnu-jar")

    anonymous, member = Client(), Client()
    member.force_login(get_user_model().objects.get(email=MEMBER_EMAIL))
    files = {}
    for number, visit in enumerate([*page_visits(one_per_type=False), *VIEWS, *FORMS_WITH_ERRORS]):
        client = member if visit.as_member else anonymous
        response = client.post(visit.url, visit.data) if visit.form else client.get(visit.url)
        assert response.status_code < 500, visit
        assert response.status_code in {200, 400, 404}, (visit, response.status_code)
        path = tmp_path / f"{number:03d}-{re.sub(r'[^a-z0-9]+', '-', visit.label.lower())[:60]}.html"
        path.write_bytes(response.content)
        files[path.as_uri()] = visit.label

    # One Java start for all the files; --exit-zero-always because the JSON is read here instead.
    command = [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--exit-zero-always"]
    result = subprocess.run(  # noqa: S603  (fixed arguments)
        [*command, *sorted(str(path) for path in tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{files.get(m.get('url'), m.get('url'))} line {m.get('lastLine')}: {m['message']} "
        f"[{m.get('extract', '').strip()}]"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert len(files) > 100
    assert errors == [], "\n".join(errors)
