"""No template comment reaches a page. Django's `{# ... #}` comment is one line only: spread over two
lines, it is not a comment at all and is printed as it stands (issue 20: a raw `{# The public's results
...` showed on every search results page). Longer comments use `{% comment %}`."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from tests.conftest import built_once_for_the_module

OPEN = re.compile(r"\{#")


def project_template_files():
    """Every template of the project: the site's folder and each of our apps' `templates/` folders
    (installed packages are theirs to mind)."""
    base = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    folders += [path for path in base.glob("*/templates") if path.is_dir()]
    for folder in folders:
        yield from (
            path for path in folder.rglob("*") if path.is_file() and path.suffix in {".html", ".txt", ".xml"}
        )


def unclosed_comments(text):
    """(line number, line) of each `{#` whose `#}` is not on the same line."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in OPEN.finditer(line):
            if "#}" not in line[match.end() :]:
                found.append((number, line.strip()))
    return found


def test_the_scan_sees_a_comment_over_two_lines():
    assert unclosed_comments("a {# one line #} b\n{# two\n lines #}\n") == [(2, "{# two")]


def test_no_template_has_a_comment_over_several_lines():
    files = list(project_template_files())
    assert len(files) > 50  # the scan found the templates
    offenders = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}: {line}"
        for path in files
        for number, line in unclosed_comments(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    yield from built_once_for_the_module(
        django_db_blocker, lambda: call_command("load_demo_content", verbosity=0)
    )


def assert_no_comment_markers(response, address):
    assert response.status_code == 200, address
    text = response.content.decode()
    assert "{#" not in text and "#}" not in text, address


@pytest.mark.django_db
def test_no_page_of_the_demo_site_shows_a_template_comment(demo):
    """Every live page in both languages, for the public and for a member, and the site's own views."""
    public = Client()
    member = Client()
    member.post("/en/accounts/login/", {"login": "member@example.org", "password": "member-demo-pass"})
    pages = [page for page in Page.objects.live().filter(depth__gt=1).specific() if page.url]
    assert len(pages) > 20
    for page in pages:
        reader = (
            member
            if page.get_view_restrictions() or "/members/" in page.url or "/miembros/" in page.url
            else public
        )
        address = page.url
        response = reader.get(address, follow=True)
        if response.status_code == 200:  # a member-only page the member may not open is not the point here
            assert_no_comment_markers(response, address)
    for address in [
        "/en/search/",
        "/en/search/?query=early+childhood",
        "/es/buscar/?query=educadores",
        "/en/search/?query=zzzzzz",
        "/en/accounts/login/",
        "/es/accounts/login/",
    ]:
        assert_no_comment_markers(public.get(address, follow=True), address)
    assert_no_comment_markers(member.get("/en/search/?query=meeting"), "members' search")
