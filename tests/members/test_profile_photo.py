"""A member's optional profile photo: uploaded, replaced and removed in "My account", checked and
re-encoded (no metadata kept), kept privately and served only to whoever the policy admits
(`members.access.may_view_member_photo`), in the data download, and deleted with the account."""

import base64
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from members.access import may_view_member_photo
from members.models import Organization
from members.photos import MAX_SIDE, photo_storage
from tests.extranet.conftest import make_member, make_roles

pytestmark = pytest.mark.django_db

ACCOUNT = "/en/my-account/"
UPLOAD = "/en/my-account/photo/"
REMOVE = "/en/my-account/photo/remove/"


def image_file(name="portrait-of-me.jpg", size=(1200, 900), image_format="JPEG", color="teal"):
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0110] = "zqcameramodel"  # Model
    buffer = io.BytesIO()
    image.save(buffer, image_format, exif=exif) if image_format == "JPEG" else image.save(
        buffer, image_format
    )
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def stored_bytes(profile):
    profile.refresh_from_db()
    with photo_storage().open(profile.photo.name, "rb") as handle:
        return handle.read()


@pytest.fixture
def roles(db):
    return make_roles()


@pytest.fixture
def member(roles):
    return roles["member"]


def test_a_member_uploads_replaces_and_removes_their_photo(member, django_capture_on_commit_callbacks):
    client = signed_in(member)
    response = client.post(UPLOAD, {"photo": image_file()})
    assert response.status_code == 302
    profile = member.member_profile
    first = stored_bytes(profile)
    first_name = profile.photo.name
    # The uploaded file's name (which may hold the member's name) is not kept; a random one is.
    assert first_name.startswith("member-photos/") and "portrait" not in first_name
    with Image.open(io.BytesIO(first)) as stored:
        assert stored.format == "JPEG"
        assert max(stored.size) <= MAX_SIDE
        assert not stored.getexif()  # no camera, place or time
    assert b"zqcameramodel" not in first and b"SecretCam" not in first

    page = client.get(ACCOUNT).text
    assert profile.photo_url in page
    assert 'alt="Your current photo"' in page
    assert client.get(profile.photo_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(UPLOAD, {"photo": image_file("new.png", image_format="PNG", color="red")})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.photo.name != first_name
    assert not photo_storage().exists(first_name)  # the one replaced is deleted
    second_name = profile.photo.name

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REMOVE)
    assert response.status_code == 302
    profile.refresh_from_db()
    assert not profile.photo
    assert not photo_storage().exists(second_name)
    assert "Your current photo" not in client.get(ACCOUNT).text


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("notes.txt", b"just some text", content_type="text/plain"),
            "not a photo we can use",
        ),
        (
            SimpleUploadedFile("fake.jpg", b"\xff\xd8\xff\xe0 not really", content_type="image/jpeg"),
            "not a photo",
        ),
        (
            SimpleUploadedFile(
                "huge.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 1), content_type="image/jpeg"
            ),
            "at most 5 MB",
        ),
    ],
    ids=["text", "damaged", "too-large"],
)
def test_a_bad_upload_is_refused_with_a_message_and_loses_nothing(member, upload, message):
    client = signed_in(member)
    assert client.post(UPLOAD, {"photo": image_file()}).status_code == 302
    kept = stored_bytes(member.member_profile)
    kept_name = member.member_profile.photo.name

    response = client.post(UPLOAD, {"photo": upload})
    assert response.status_code == 400
    assert message in response.text
    member.member_profile.refresh_from_db()
    assert member.member_profile.photo.name == kept_name
    assert stored_bytes(member.member_profile) == kept


def test_no_file_chosen_says_so(member):
    response = signed_in(member).post(UPLOAD, {})
    assert response.status_code == 400
    assert "Choose a photo to upload." in response.text


def test_the_photo_door_asks_the_policy(roles, member):
    signed_in(member).post(UPLOAD, {"photo": image_file()})
    profile = member.member_profile
    profile.refresh_from_db()
    url = profile.photo_url
    allowed = {"member", "staff", "moderator"}
    for role, user in roles.items():
        client = signed_in(user) if user is not None else Client()
        response = client.get(url)
        assert (response.status_code == 200) == (role in allowed), role
        if response.status_code == 200:
            assert response["Content-Type"] == "image/jpeg"
            assert "private" in response["Cache-Control"]
            assert "public" not in response["Cache-Control"]
        else:
            assert response.status_code == 404
    # A wrong key in the address (an old photo's) finds nothing, even for staff.
    assert signed_in(roles["staff"]).get(url.replace(".jpg", "x.jpg")).status_code == 404

    # Once the member lapses: staff (and the member themself) only.
    other_member = signed_in(roles["member"])  # the member reading their own
    viewer = roles["moderator"]
    organization = profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()
    assert other_member.get(url).status_code == 200
    assert signed_in(roles["staff"]).get(url).status_code == 200
    assert signed_in(viewer).get(url).status_code == 200
    colleague = make_member("colleague")
    assert signed_in(colleague).get(url).status_code == 404
    profile.refresh_from_db()
    assert not may_view_member_photo(colleague, profile)


def test_the_data_download_holds_the_photo(member):
    client = signed_in(member)
    client.post(UPLOAD, {"photo": image_file()})
    stored = stored_bytes(member.member_profile)

    data = json.loads(client.get("/en/my-account/my-data.json").content)
    uri = data["account"][0]["photo"]
    assert uri.startswith("data:image/jpeg;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == stored

    archive = zipfile.ZipFile(io.BytesIO(client.get("/en/my-account/my-data.zip").content))
    assert archive.read("photo.jpg") == stored
    assert "photo.jpg" in archive.read("account.csv").decode()


def test_deleting_the_account_deletes_the_photo(member, roles, django_capture_on_commit_callbacks):
    from members.models import AccountDeletionRequest

    signed_in(member).post(UPLOAD, {"photo": image_file()})
    member.member_profile.refresh_from_db()
    name = member.member_profile.photo.name
    assert photo_storage().exists(name)
    request = AccountDeletionRequest.objects.create(user=member, email=member.email)
    with django_capture_on_commit_callbacks(execute=True):
        request.confirm(roles["staff"])
    assert not photo_storage().exists(name)
