""" "My account": its sections (the groups' one added by hook), the profile form, the personal-data
download (the person's records and nobody else's) and the deletion request staff confirm."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from members.factories import StaffUserFactory
from members.models import AccountDeletionRequest, MembershipApplication
from subscriptions.models import Subscriber

from .conftest import reader

pytestmark = pytest.mark.django_db

ACCOUNT = "/en/my-account/"


def test_the_account_page_needs_a_sign_in(site):
    response = Client().get(ACCOUNT)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_account_page_shows_each_section_and_the_members_groups(site):
    text = reader(site, "group_member").get(ACCOUNT).text
    for words in ("Profile", "Sign-in and security", "Your ally", "Your working groups", "Your data"):
        assert words in text
    assert "Water rights" in text
    assert "Housing" not in text
    assert 'href="/en/accounts/password/change/"' in text


def test_the_spanish_account_page_is_in_spanish(site):
    response = reader(site, "group_member").get("/es/mi-cuenta/")
    assert response.status_code == 200
    assert "Mi cuenta" in response.text


def test_the_profile_is_saved_and_bad_input_loses_nothing(site):
    client = reader(site, "group_member")
    member = site["roles"]["group_member"]
    response = client.post(
        ACCOUNT, {"first_name": "Rosa", "last_name": "Parra", "title": "Organizer", "language": "es"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    member.member_profile.refresh_from_db()
    assert (member.first_name, member.member_profile.title, member.member_profile.language) == (
        "Rosa",
        "Organizer",
        "es",
    )
    response = client.post(ACCOUNT, {"first_name": "", "last_name": "X", "language": "xx"})
    assert response.status_code == 400
    assert "Enter your first name." in response.text
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Rosa", "Parra")


def test_the_data_download_holds_the_persons_records_and_nobody_elses(site):
    member = site["roles"]["group_member"]
    other = site["roles"]["other_group_member"]
    for person in (member, other):
        MembershipApplication.objects.create(
            kind="individual", contact_name=person.username, email=person.email, region="North", why_join="x"
        )
        Subscriber.objects.create(email=person.email, news=True, language="en")
    client = reader(site, "group_member")
    data = json.loads(client.get("/en/my-account/my-data.json").content)
    text = json.dumps(data)
    assert data["account"][0]["email"] == member.email
    assert [row["group"] for row in data["working_groups"]] == ["Water rights zqgrouphome"]
    assert [row["email"] for row in data["membership_applications"]] == [member.email]
    assert [row["email"] for row in data["news_list_subscription"]] == [member.email]
    assert other.email not in text and "othergroupie" not in text and "Housing" not in text
    archive = zipfile.ZipFile(io.BytesIO(client.get("/en/my-account/my-data.zip").content))
    assert {"account.csv", "working_groups.csv", "membership_applications.csv"} <= set(archive.namelist())
    assert member.email in archive.read("account.csv").decode()
    assert other.email not in "".join(archive.read(name).decode() for name in archive.namelist())


def test_a_deletion_request_is_stored_once_and_staff_delete_the_account(site):
    member = site["roles"]["member"]
    client = reader(site, "member")
    response = client.post("/en/my-account/delete/", {"reason": "Moving on"})
    assert response.status_code == 400
    assert "Tick the box" in response.text
    assert not AccountDeletionRequest.objects.exists()
    for _ in range(2):
        client.post("/en/my-account/delete/", {"reason": "Moving on", "confirm": "on"})
    request = AccountDeletionRequest.objects.get()
    assert (request.user, request.email) == (member, member.email)
    assert "You asked on" in client.get(ACCOUNT).text

    staff = Client()
    staff.force_login(StaffUserFactory())
    assert staff.post(f"/admin/members/deletion-requests/confirm/{request.pk}/").status_code == 302
    request.refresh_from_db()
    assert request.completed_at is not None and request.user is None
    assert request.email == member.email  # the record of what was asked and done
    assert not get_user_model().objects.filter(pk=member.pk).exists()


def test_a_member_cannot_confirm_their_own_deletion(site):
    client = reader(site, "member")
    client.post("/en/my-account/delete/", {"confirm": "on"})
    request = AccountDeletionRequest.objects.get()
    client.post(f"/admin/members/deletion-requests/confirm/{request.pk}/")
    request.refresh_from_db()
    assert request.completed_at is None
