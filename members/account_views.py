""" "My account": the page, the profile form, the personal-data download and the deletion request.

Every view is for the signed-in person about themselves only: nothing here takes an account id."""

import csv
import io
import json
import zipfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.exports import safe_row

from . import photos
from .access import may_view_member_photo
from .account import AttachedFile, account_sections, personal_data
from .forms import AccountProfileForm, DeletionRequestForm, ProfilePhotoForm
from .models import AccountDeletionRequest, MemberProfile


def _page(request, profile_form=None, deletion_form=None, photo_form=None, status=200):
    user = request.user
    profile = getattr(user, "member_profile", None)
    context = {
        "profile_form": profile_form or AccountProfileForm(user=user),
        "photo_form": photo_form or ProfilePhotoForm(),
        "deletion_form": deletion_form or DeletionRequestForm(),
        "profile": profile,
        "organization": profile.organization if profile else None,
        "sections": account_sections(request),
        "open_deletion_request": AccountDeletionRequest.objects.filter(user=user, completed_at=None).first(),
    }
    return render(request, "members/my_account.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def my_account(request):
    if request.method == "POST":
        form = AccountProfileForm(request.POST, user=request.user)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("members:my_account")
        return _page(request, profile_form=form, status=400)
    return _page(request)


@never_cache
@login_required
@require_POST
def upload_photo(request):
    """Upload or replace the member's photo. A refused file changes nothing: the photo kept stays."""
    profile = getattr(request.user, "member_profile", None)
    if profile is None:
        raise Http404
    form = ProfilePhotoForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, photo_form=form, status=400)
    photos.replace_photo(profile, form.cleaned_data["photo"])
    messages.success(request, _("Your photo has been saved."))
    return redirect("members:my_account")


@never_cache
@login_required
@require_POST
def remove_photo(request):
    profile = getattr(request.user, "member_profile", None)
    if profile is not None and photos.remove_photo(profile):
        messages.success(request, _("Your photo has been removed."))
    # No #photo in the address: the browser would move focus to that section after load, away from
    # the confirmation that static/js/focus.js focuses (and so a screen reader would not read it).
    return redirect("members:my_account")


@require_GET
def member_photo(request, pk, key):
    """A member's photo, for whoever `may_view_member_photo` admits; 404 for anyone else (the answer
    says nothing of whether there is a photo). Never kept by a shared cache."""
    profile = MemberProfile.objects.select_related("organization", "user").filter(pk=pk).first()
    if (
        profile is None
        or not profile.photo
        or profile.photo.name.rsplit("/", 1)[-1] != f"{key}.jpg"
        or not may_view_member_photo(request.user, profile)
    ):
        raise Http404
    try:
        handle = profile.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type="image/jpeg")
    # The address changes with the photo: a browser may keep it a while, no shared cache ever.
    patch_cache_control(response, private=True, max_age=300)
    patch_vary_headers(response, ["Cookie"])
    response["Content-Disposition"] = "inline"
    return response


class _Encoder(DjangoJSONEncoder):
    """A file among the records (a profile photo) goes into the JSON file as a data URI."""

    def default(self, o):
        if isinstance(o, AttachedFile):
            return o.data_uri()
        return super().default(o)


def _flat(value):
    if isinstance(value, AttachedFile):
        return value.name  # in the zip, beside the CSV files
    return json.dumps(value, cls=_Encoder, ensure_ascii=False) if isinstance(value, (dict, list)) else value


@never_cache
@login_required
@require_GET
def download_my_data(request, file_format):
    """Everything the site's apps hold about the signed-in person (register_personal_data), as one JSON
    file or a zip of one CSV file per kind of record."""
    data = personal_data(request.user)
    stamp = timezone.now().strftime("%Y-%m-%d")
    if file_format == "json":
        response = HttpResponse(
            json.dumps(data, cls=_Encoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
        return response
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in data.items():
            text = io.StringIO()
            columns = sorted({column for row in rows for column in row})
            writer = csv.DictWriter(text, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                # Made safe: a spreadsheet would run a value starting with = + - @ as a formula.
                writer.writerow(safe_row({column: _flat(value) for column, value in row.items()}))
                for value in row.values():
                    if isinstance(value, AttachedFile):
                        archive.writestr(value.name, value.content)
            archive.writestr(f"{name}.csv", text.getvalue())
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.zip"'
    return response


@never_cache
@login_required
@require_POST
def request_deletion(request):
    form = DeletionRequestForm(request.POST)
    if not form.is_valid():
        return _page(request, deletion_form=form, status=400)
    try:
        with transaction.atomic():
            AccountDeletionRequest.objects.create(
                user=request.user, email=request.user.email, reason=form.cleaned_data["reason"]
            )
    except IntegrityError:
        pass  # already asked: that request stands
    messages.success(
        request, _("We have your request. Staff will delete your account and write to you when it is done.")
    )
    return redirect("members:my_account")
