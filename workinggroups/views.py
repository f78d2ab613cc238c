"""Joining, leaving and adding members on a group's home. Only POST changes anything; each answer
says what happened, and the page the member came from is shown again."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from members.access import has_extranet_access

from .forms import AddMemberForm
from .models import WorkingGroupMembership


def _render(page, request, form=None, status=200):
    response = page.render(request, context_overrides={"add_member_form": form or AddMemberForm()})
    response.status_code = status
    return response


def group_home(page, request):
    return _render(page, request)


def _add(page, user, added_by=None):
    """Store the membership once: two clicks at once, or a lead adding someone who just joined, make
    one row (the unique constraint), never an error."""
    try:
        with transaction.atomic():
            WorkingGroupMembership.objects.create(
                group_key=page.translation_key, user=user, added_by=added_by
            )
    except IntegrityError:
        return False
    return True


def join_group(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not page.is_open:
        messages.error(request, _("This group takes new members by invitation only: ask its lead."))
        return redirect(page.url)
    if _add(page, request.user):
        messages.success(request, _("You joined %(group)s.") % {"group": page.title})
    else:
        messages.info(request, _("You are already in %(group)s.") % {"group": page.title})
    return redirect(page.url)


def leave_group(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page.memberships().filter(user=request.user).delete()
    messages.success(request, _("You left %(group)s.") % {"group": page.title})
    return redirect(page.url)


def add_member(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not (page.is_lead(request.user) and has_extranet_access(request.user)):
        messages.error(request, _("Only the group's lead can add members."))
        return redirect(page.url)
    form = AddMemberForm(request.POST)
    if not form.is_valid():
        return _render(page, request, form, status=400)
    if _add(page, form.user, added_by=request.user):
        messages.success(
            request,
            _("%(name)s is now in the group.") % {"name": form.user.get_full_name() or form.user.email},
        )
    else:
        messages.info(
            request,
            _("%(name)s is already in the group.") % {"name": form.user.get_full_name() or form.user.email},
        )
    return redirect(page.url)
