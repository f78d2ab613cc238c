"""Admin views beyond the viewsets: erase a subscriber, export one subscriber's data, unsubscribe on
someone's behalf, and send a news article to the list."""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.views.generic.models import DeleteView
from wagtail.models import ModelLogEntry, Page

from members.admin_views import RecordActionView
from news.models import NewsPage

from .models import ConsentRecord, Mailing, Subscriber
from .sending import send_article, why_not_mailable


class EraseSubscriberView(DeleteView):
    """Deleting is erasing: the subscriber, their consent records and deliveries go, and so do the
    admin's log entries that name the address."""

    def confirmation_message(self):
        return _(
            "Erase this subscriber? Their address, choices, consent records and delivery history are "
            "deleted for good. Do this when someone asks to be forgotten."
        )

    def get_success_message(self):
        return _("Subscriber erased.")

    @transaction.atomic
    def delete_action(self):
        subscriber = self.object
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Subscriber), object_id=str(subscriber.pk)
        ).delete()
        subscriber.delete()


class StaffUnsubscribeView(RecordActionView):
    model = Subscriber
    action_label = gettext_lazy("Unsubscribe")
    icon_name = "cross"
    explanation = gettext_lazy(
        "Stop all emails to this address now, for example when the person asks by phone or letter. "
        "The change is kept in their consent records as a staff action."
    )
    success_message = gettext_lazy("%(object)s is unsubscribed.")

    def perform(self, form):
        self.object.unsubscribe(action=ConsentRecord.Action.STAFF, user=self.request.user)


class ExportSubscriberView(RecordActionView):
    model = Subscriber
    permission_required = "view"
    action_label = gettext_lazy("Export data")
    icon_name = "download"

    def get(self, request, *args, **kwargs):
        data = json.dumps(self.object.export_data(), indent=2, ensure_ascii=False)
        response = HttpResponse(data, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="subscriber-{self.object.pk}.json"'
        return response


def send_to_subscribers(request, page_id):
    """Confirm, then send a news article to everyone subscribed to News who has not had it yet."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, NewsPage):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if reason := why_not_mailable(page):
        messages.error(request, reason)
        return redirect(edit_url)
    if request.method == "POST":
        _mailing, count = send_article(page, Mailing.Trigger.STAFF, user=request.user)
        message = _("“%(title)s” is on its way to %(count)d subscriber(s).")
        messages.success(request, message % {"title": page.title, "count": count})
        return redirect(edit_url)
    previous = Mailing.objects.filter(article_key=page.translation_key).first()
    waiting = (
        Subscriber.objects.active().on_list("news").exclude(deliveries__article_key=page.translation_key)
    )
    return TemplateResponse(
        request,
        "subscriptions/admin/send_confirm.html",
        {"page": page, "previous": previous, "recipients": waiting.count(), "cancel_url": edit_url},
    )
