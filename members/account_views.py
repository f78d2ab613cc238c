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
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.exports import safe_row

from .account import account_sections, personal_data
from .forms import AccountProfileForm, DeletionRequestForm
from .models import AccountDeletionRequest


def _page(request, profile_form=None, deletion_form=None, status=200):
    user = request.user
    profile = getattr(user, "member_profile", None)
    context = {
        "profile_form": profile_form or AccountProfileForm(user=user),
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


def _flat(value):
    return (
        json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
        if isinstance(value, (dict, list))
        else value
    )


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
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
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
