"""Media and documents on S3-compatible storage, against moto's S3 emulator in server mode (its own
process, on a loopback port): public media is public, documents are private and only reach people
through the site's serve view, as on the filesystem."""

import http.client
import json
import os
import runpy
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.appservers import free_port

BASE_SETTINGS = Path(__file__).resolve().parent.parent / "config" / "settings" / "base.py"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    process = subprocess.Popen(  # noqa: S603  (our interpreter, moto's own server)
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        env={**os.environ, **CREDENTIALS},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/moto-api/")
                conn.getresponse().read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto's server did not start") from None
                time.sleep(0.1)  # polling for start-up, bounded by the deadline
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def s3(s3_endpoint, settings, monkeypatch):
    """STORAGES as base.py builds them from the S3 variables, with both buckets made in moto."""
    env = {
        **CREDENTIALS,
        "AWS_STORAGE_BUCKET_NAME": "alliance-media",
        "AWS_PRIVATE_BUCKET_NAME": "alliance-documents",
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    built = runpy.run_path(str(BASE_SETTINGS))["STORAGES"]
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    for bucket in ("alliance-media", "alliance-documents"):
        client.create_bucket(Bucket=bucket)
    # What docs/deployment.md asks of the media bucket: media/ readable by anyone, nothing else.
    public_media = {
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::alliance-media/media/*",
    }
    client.put_bucket_policy(
        Bucket="alliance-media", Policy=json.dumps({"Version": "2012-10-17", "Statement": [public_media]})
    )
    settings.STORAGES = {**built, "staticfiles": settings.STORAGES["staticfiles"]}
    # A model field keeps the storage it was given at import; point the documents' field at the new one.
    monkeypatch.setattr(get_document_model()._meta.get_field("file"), "storage", storages["documents"])
    yield client
    for bucket in ("alliance-media", "alliance-documents"):
        for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
            client.delete_object(Bucket=bucket, Key=item["Key"])
        client.delete_bucket(Bucket=bucket)


def anonymous_get(url):
    """A GET with no credentials at all, as a visitor's browser would make."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    conn.request("GET", parts.path)
    response = conn.getresponse()
    return response.status, response.read()


def keys(client, bucket):
    return [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.mark.django_db
def test_images_go_to_the_public_media_bucket_with_plain_urls(s3):
    buffer = BytesIO()
    PILImage.new("RGB", (64, 36), "#2a9d8f").save(buffer, "JPEG")
    image = get_image_model()(title="Picture", collection=Collection.get_first_root_node())
    image.file = ImageFile(BytesIO(buffer.getvalue()), name="picture.jpg")
    image._set_image_file_metadata()
    image.save()
    rendition = image.get_rendition("fill-32x18")

    stored = keys(s3, "alliance-media")
    assert any(key.startswith("media/original_images/") for key in stored)
    assert any(key.startswith("media/images/") for key in stored)  # the rendition too
    assert keys(s3, "alliance-documents") == []
    url = urlsplit(rendition.url)
    assert "Signature" not in url.query and "X-Amz" not in url.query  # unsigned: a public address
    status, body = anonymous_get(rendition.url)
    assert status == 200
    assert body[:2] == b"\xff\xd8"  # a JPEG


@pytest.mark.django_db
def test_documents_go_to_the_private_bucket_and_only_through_the_site(s3, client, django_user_model):
    collection = Collection.get_first_root_node().add_child(name="Members only (test)")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = get_document_model().objects.create(
        title="Draft", file=ContentFile(b"%PDF-1.4 confidential", name="draft.pdf"), collection=collection
    )

    (key,) = keys(s3, "alliance-documents")
    assert key.startswith("documents/")
    assert keys(s3, "alliance-media") == []
    grants = s3.get_object_acl(Bucket="alliance-documents", Key=key)["Grants"]
    assert not any(grant["Grantee"].get("URI") == ALL_USERS for grant in grants)
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018  (no address of its own, signed or not)
    endpoint = s3.meta.endpoint_url
    assert anonymous_get(f"{endpoint}/alliance-documents/{key}")[0] == 403  # the bucket says no

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302  # to the sign-in page, not to the bucket
    assert "alliance-documents" not in anonymous["Location"]

    client.force_login(django_user_model.objects.create_user("reader", password="a-long-password-1"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 confidential"


@pytest.mark.parametrize(
    ("variables", "origins"),
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "media.example.org"}, ["https://media.example.org"]),
        ({"AWS_S3_ENDPOINT_URL": "https://s3.example.net"}, ["https://s3.example.net"]),
        (
            {"AWS_S3_REGION_NAME": "us-east-2"},
            ["https://alliance-media.s3.amazonaws.com", "https://alliance-media.s3.us-east-2.amazonaws.com"],
        ),
    ],
)
def test_content_security_policy_lets_images_load_from_the_media_bucket(monkeypatch, variables, origins):
    """With media on S3, images come from another origin: without it in img-src, browsers refuse them."""
    for name in ("AWS_S3_CUSTOM_DOMAIN", "AWS_S3_ENDPOINT_URL", "AWS_S3_REGION_NAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in {"AWS_STORAGE_BUCKET_NAME": "alliance-media", **variables}.items():
        monkeypatch.setenv(name, value)
    built = runpy.run_path(str(BASE_SETTINGS))
    assert built["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == ["'self'", "data:", *origins]
    assert built["SECURITY_ADMIN_CSP"]["img-src"] == ["'self'", "data:", "blob:", *origins]
