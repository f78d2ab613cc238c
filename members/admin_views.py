"""Admin views for the actions that are not create/edit/delete: approve or decline an application, resend
or revoke an invitation. Each shows what it will do and acts on POST."""

import datetime

from django import forms
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import CreateView, InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from .models import AccountDeletionRequest, Invitation, MembershipApplication


class ReadableInspectView(InspectView):
    """A record's details as the rest of the admin writes them. Wagtail's inspect page passes each value
    through `|localize`, which formats an aware datetime as stored (UTC) rather than in the site's time
    zone, writes True, False and None as Python does, and a person (who reviewed) by their username."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        if isinstance(value, get_user_model()):
            return get_user_display_name(value)  # "Grace Tanaka-Moore", as elsewhere; not "editor"
        if value is None or value == "":
            return "—"
        return value


class RecordActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    model = None
    permission_required = "change"
    template_name = "members/admin/confirm_action.html"
    form_class = forms.Form
    index_url_name = None
    inspect_url_name = None
    header_icon = ""
    # Set by each action:
    action_label = ""
    icon_name = ""
    explanation = ""
    success_message = ""
    not_allowed_message = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(self.model, pk=unquote(str(kwargs["pk"])))

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.is_allowed():
            messages.error(request, self.not_allowed_message)
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def is_allowed(self):
        return True

    def get_page_title(self):
        return self.action_label

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.model._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.action_label, "sublabel": str(self.object)},
        ]

    def get_success_url(self):
        if self.inspect_url_name:
            return reverse(self.inspect_url_name, args=[self.object.pk])
        return reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            explanation=self.explanation,
            action_label=self.action_label,
            cancel_url=self.get_success_url(),
        )
        return context

    def form_valid(self, form):
        self.perform(form)
        messages.success(self.request, self.success_message % {"object": self.object})
        return redirect(self.get_success_url())

    def perform(self, form):
        raise NotImplementedError


class ApproveApplicationView(RecordActionView):
    icon_name = "check"
    model = MembershipApplication
    action_label = _("Approve")
    explanation = _(
        "Approving creates the organization (unless one of that name exists) and emails the contact "
        "person an invitation to set a password and enter the extranet."
    )
    success_message = _("Approved “%(object)s”: the invitation is on its way.")
    not_allowed_message = _("This application has already been reviewed.")

    def is_allowed(self):
        return self.object.is_new

    def perform(self, form):
        self.object.approve(self.request.user)


class DeclineForm(forms.Form):
    note = forms.CharField(
        label=_("Note for staff (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why the application was declined. Not sent to the applicant."),
    )


class DeclineApplicationView(ApproveApplicationView):
    icon_name = "cross"
    form_class = DeclineForm
    action_label = _("Decline")
    explanation = _(
        "Declining keeps the application on record. The applicant is told by a short, kind email in the "
        "language they applied in; your note is not part of it."
    )
    success_message = _("Declined “%(object)s”.")

    def perform(self, form):
        self.object.decline(self.request.user, note=form.cleaned_data["note"])


class ResendInvitationView(RecordActionView):
    icon_name = "mail"
    model = Invitation
    action_label = _("Resend")
    explanation = _(
        "A new link is emailed, valid for the full period again. The link sent before stops working."
    )
    success_message = _("A new invitation is on its way to %(object)s.")
    not_allowed_message = _("Only pending or expired invitations can be sent again.")

    def is_allowed(self):
        if self.object.organization_has_lapsed:
            # A new link would lead to the extranet's 403 page, as for a new invitation (Invitation.clean).
            self.not_allowed_message = self.object.lapsed_organization_message()
            return False
        return self.object.can_resend

    def perform(self, form):
        self.object.resend()


class RevokeInvitationView(RecordActionView):
    icon_name = "bin"
    model = Invitation
    action_label = _("Revoke")
    explanation = _("The invitation link stops working at once. You can invite the person again later.")
    success_message = _("Revoked the invitation of %(object)s.")
    not_allowed_message = _("Only pending invitations can be revoked.")

    def is_allowed(self):
        return self.object.is_pending

    def perform(self, form):
        self.object.revoke()


class CreateInvitationView(CreateView):
    """Creating an invitation sends it."""

    def save_instance(self):
        invitation = self.form.save(commit=False)
        invitation.invited_by = self.request.user
        invitation.save()
        invitation.send()
        return invitation

    def get_success_message(self, instance):
        return _("Invitation to %(object)s created; the email is on its way.") % {"object": instance}

    def get_success_url(self):
        return reverse(self.index_url_name)


class ConfirmDeletionView(RecordActionView):
    icon_name = "bin"
    model = AccountDeletionRequest
    action_label = _("Delete the account")
    explanation = _(
        "Deleting removes the account, its member profile, its working-group memberships and its "
        "preferences. This request stays as the record of it; consent records of the news list stay, "
        "as the law requires. It cannot be undone."
    )
    success_message = _("Deleted the account of “%(object)s”.")
    not_allowed_message = _("This account has already been deleted.")

    def is_allowed(self):
        return self.object.is_open

    def perform(self, form):
        self.object.confirm(self.request.user)
