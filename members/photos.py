"""Members' profile photos: optional, uploaded in "My account", kept privately.

A photo is stored in the private file storage (the documents' storage: outside MEDIA_ROOT, no public
address) under a random name, and served only by `members.account_views.member_photo`, which asks
`members.access.may_view_member_photo`. What is stored is never the upload itself: the image is opened,
turned upright, shrunk and written again as a small JPEG, so no metadata (EXIF: the camera, where and
when it was taken) survives. A bad upload is refused with a message and leaves the photo already kept.
"""

import io
import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from documents.storage import document_storage

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_SIDE = 400  # pixels: enough for a list or a profile, small to keep and send
ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
MAX_PIXELS = 40_000_000  # refuse "decompression bombs" before decoding them


def photo_storage():
    """The private storage (a callable, so migrations don't record it)."""
    return document_storage()


def photo_path(instance, filename):
    """A random name: the file's name tells nothing and cannot be guessed."""
    return f"member-photos/{secrets.token_urlsafe(24)}.jpg"


def processed_photo(upload):
    """The upload as a small JPEG without metadata, or ValidationError with a message for the member."""
    from PIL import Image, ImageOps

    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The photo is too large: choose an image of at most 5 MB."), code="too_large")
    not_an_image = ValidationError(
        _("That file is not a photo we can use: choose a JPEG, PNG, GIF or WebP image."), code="not_an_image"
    )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in ACCEPTED_FORMATS:
                raise not_an_image
            if image.width * image.height > MAX_PIXELS:
                raise not_an_image
            image.load()
            image = ImageOps.exif_transpose(image)
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                background = Image.new("RGB", image.size, (255, 255, 255))
                background.paste(image, mask=image.getchannel("A"))
                image = background
            else:
                image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            output = io.BytesIO()
            image.save(output, "JPEG", quality=85, optimize=True)  # no exif= argument: none is written
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds for a damaged or foreign file
        raise not_an_image from None
    return ContentFile(output.getvalue(), name="photo.jpg")


def delete_photo_file(name):
    """Delete a stored photo once the change is committed (a rolled-back change keeps its file)."""
    if not name:
        return

    def delete():
        storage = photo_storage()
        if storage.exists(name):
            storage.delete(name)

    transaction.on_commit(delete)


def replace_photo(profile, content):
    """Store `content` (from `processed_photo`) as the profile's photo and delete the one it replaces."""
    old = profile.photo.name
    profile.photo.save(photo_path(profile, "photo.jpg"), content, save=False)
    profile.save(update_fields=["photo", "updated_at"])
    delete_photo_file(old)


def remove_photo(profile):
    old = profile.photo.name
    if not old:
        return False
    profile.photo = ""
    profile.save(update_fields=["photo", "updated_at"])
    delete_photo_file(old)
    return True
