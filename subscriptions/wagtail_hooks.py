"""The admin's "Subscriptions" menu (subscribers, sent news), the "Send to subscribers" button on news
articles, and a chart of signups on the dashboard."""

import django_filters
from django.conf import settings
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.models import EditView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.exports import SafeExportIndexView
from news.models import NewsPage

from . import admin_views
from .dashboard import SignupsPanel
from .models import ConsentRecord, Mailing, Subscriber
from .sending import why_not_mailable


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """People join the list only by confirming their own address; staff never add them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The history of sends is a record: viewed, never edited."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, "view") or super().user_has_permission(user, "change")


register_permission_policy(Subscriber, NoAddPermissionPolicy(Subscriber), exact_class=True)
register_permission_policy(Mailing, ReadOnlyPermissionPolicy(Mailing), exact_class=True)


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Subscriber.Status.choices)
    list = django_filters.ChoiceFilter(
        label=_("List"),
        choices=[("news", _("News")), ("invitations", _("Invitations to events"))],
        method="filter_list",
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    def filter_list(self, queryset, name, value):
        return queryset.on_list(value) if value in ("news", "invitations") else queryset

    class Meta:
        model = Subscriber
        fields = ["status", "language"]


class StaffEditView(EditView):
    """A staff change of lists or language is kept in the consent records."""

    def save_instance(self):
        instance = super().save_instance()
        instance.record(ConsentRecord.Action.STAFF, user=self.request.user)
        return instance


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    edit_view_class = StaffEditView
    delete_view_class = admin_views.EraseSubscriberView
    panels = [FieldPanel("name"), FieldPanel("news"), FieldPanel("invitations"), FieldPanel("language")]
    list_display = [
        "email",
        Column("get_lists_display", label=_("Lists")),
        Column("get_language_display", label=_("Language")),
        StatusTagColumn("get_status_display", label=_("Status"), primary=lambda s: s.is_active),
        DateColumn("created_at", label=_("Signed up")),
    ]
    filterset_class = SubscriberFilterSet
    search_fields = ["email", "name"]
    search_backend_name = None  # a plain database search: addresses are not in the search index
    list_export = [
        "email",
        "name",
        "news",
        "invitations",
        "language",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    export_filename = "subscribers"
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "name",
        "status",
        "get_lists_display",
        "language",
        "consent_version",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "email_status",
    ]
    copy_view_enabled = False
    url_namespace = "subscribers"
    url_prefix = "subscriptions/subscribers"

    def get_urlpatterns(self):
        unsubscribe = self.construct_view(
            admin_views.StaffUnsubscribeView,
            index_url_name=self.get_url_name("index"),
            inspect_url_name=self.get_url_name("inspect"),
        )
        export = self.construct_view(
            admin_views.ExportSubscriberView, index_url_name=self.get_url_name("index")
        )
        return [
            *super().get_urlpatterns(),
            path("unsubscribe/<int:pk>/", unsubscribe, name="unsubscribe"),
            path("export-data/<int:pk>/", export, name="export_data"),
        ]

    def record_buttons(self, instance, user, button_class):
        buttons = [
            button_class(
                _("Export data (JSON)"),
                url=reverse(self.get_url_name("export_data"), args=[instance.pk]),
                icon_name="download",
                priority=5,
            )
        ]
        if instance.is_subscribed and self.permission_policy.user_has_permission(user, "change"):
            buttons.append(
                button_class(
                    _("Unsubscribe"),
                    url=reverse(self.get_url_name("unsubscribe"), args=[instance.pk]),
                    icon_name="cross",
                    priority=6,
                )
            )
        return buttons

    @property
    def index_view_class(self):
        viewset = self

        class SubscriberIndexView(SafeExportIndexView):
            def get_list_more_buttons(self, instance):
                buttons = super().get_list_more_buttons(instance)
                return [*viewset.record_buttons(instance, self.request.user, MenuItem), *buttons]

        return SubscriberIndexView

    @property
    def inspect_view_class(self):
        viewset = self

        class SubscriberInspectView(InspectView):
            template_name = "subscriptions/admin/subscriber_inspect.html"

            @cached_property
            def header_more_buttons(self):
                buttons = super().header_more_buttons
                return [*viewset.record_buttons(self.object, self.request.user, Button), *buttons]

            def get_context_data(self, **kwargs):
                context = super().get_context_data(**kwargs)
                context["consent_records"] = self.object.consent_records.select_related("staff_user")
                return context

        return SubscriberInspectView


class MailingViewSet(ModelViewSet):
    """The history of articles sent, with how many deliveries went out, failed or wait."""

    model = Mailing
    icon = "history"
    menu_label = _("Sent news")
    list_display = [
        "title",
        Column("get_trigger_display", label=_("Trigger")),
        DateColumn("created_at", label=_("Started")),
        Column("delivered", label=_("Delivered")),
        Column("failed", label=_("Failed, retrying")),
        Column("waiting", label=_("Waiting")),
    ]
    list_filter = ["trigger"]
    form_fields = ["title"]  # never shown: the history is read-only
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    url_namespace = "news_mailings"
    url_prefix = "subscriptions/sent"

    def get_queryset(self, request):
        sent = Q(deliveries__email_sent_at__isnull=False)
        unsent = Q(deliveries__email_sent_at__isnull=True, deliveries__isnull=False)
        return Mailing.objects.annotate(
            delivered=Count("deliveries", filter=sent),
            failed=Count("deliveries", filter=unsent & ~Q(deliveries__email_error="")),
            waiting=Count("deliveries", filter=unsent & Q(deliveries__email_error="")),
        )


class SubscriptionsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Subscriptions")
    menu_icon = "mail"
    menu_order = 260
    items = [SubscriberViewSet, MailingViewSet]


@hooks.register("register_admin_viewset")
def register_subscription_viewsets():
    return SubscriptionsViewSetGroup()


@hooks.register("register_admin_urls")
def register_send_url():
    return [
        path(
            "subscriptions/send/<int:page_id>/",
            admin_views.send_to_subscribers,
            name="subscriptions_send_article",
        )
    ]


@hooks.register("register_page_header_buttons")
def send_to_subscribers_button(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, NewsPage) or not page.live:
        return
    if not page.permissions_for_user(user).can_publish():
        return
    # Before anyone clicks: an article the public may not read says so on the button, and its page
    # (the send view) explains why and sends nothing.
    mailable = why_not_mailable(page) is None
    yield Button(
        _("Send to subscribers") if mailable else _("Cannot send to subscribers: not public"),
        url=reverse("subscriptions_send_article", args=[page.pk]),
        icon_name="mail" if mailable else "warning",
        priority=90,
    )


@hooks.register("construct_homepage_panels")
def add_signups_panel(request, panels):
    if request.user.has_perm("subscriptions.view_subscriber"):
        panels.append(SignupsPanel())


# -- "Download my data" (members.account): the list's records of the account's address


@hooks.register("register_personal_data", order=50)
def subscription_data(user):
    subscriber = Subscriber.objects.filter(email__iexact=user.email).first() if user.email else None
    if subscriber is None:
        return None
    return "news_list_subscription", [
        {
            "email": subscriber.email,
            "name": subscriber.name,
            "news": subscriber.news,
            "invitations": subscriber.invitations,
            "language": subscriber.language,
            "status": subscriber.status,
            "signed_up": subscriber.created_at,
            "confirmed": subscriber.confirmed_at,
            "unsubscribed": subscriber.unsubscribed_at,
        }
    ]


@hooks.register("register_personal_data", order=51)
def consent_data(user):
    if not user.email:
        return None
    return "news_list_consent_records", ConsentRecord.objects.filter(
        subscriber__email__iexact=user.email
    ).values("created_at", "action", "news", "invitations", "language", "status", "wording_version", "page")
