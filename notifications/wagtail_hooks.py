from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from members.access import has_extranet_access
from members.account import AccountSection

from .kinds import notification_kinds
from .models import NotificationEmail, NotificationPreference, frequencies_of


@hooks.register("register_account_section", order=30)
def notifications_section(request):
    if not has_extranet_access(request.user):
        return None
    kinds = notification_kinds()
    current = frequencies_of(request.user, kinds)
    choices = [(kind.label, current[key]) for key, kind in kinds.items()]
    return AccountSection(
        "notifications",
        _("Email notifications"),
        "notifications/account_section.html",
        choices=choices,
        url=reverse("notifications:preferences"),
    )


@hooks.register("register_personal_data", order=30)
def notifications_data(user):
    return "notification_preferences", NotificationPreference.objects.filter(user=user).values(
        "kind", "frequency", "updated_at"
    )


@hooks.register("register_personal_data", order=31)
def notification_emails_data(user):
    return "notification_emails", NotificationEmail.objects.filter(user=user).values(
        "cadence", "period", "since", "until", "email_sent_at"
    )
