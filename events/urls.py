"""The events' addresses outside the page tree: the links in registrants' mail, and each member's private
calendar feed (in the language of its address)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "events"

urlpatterns = [
    path(_("registrations/confirm/<str:token>/"), views.confirm_registration, name="confirm"),
    path(_("registrations/cancel/<str:token>/"), views.cancel_registration, name="cancel"),
    path("calendars/<str:token>.ics", views.private_feed, name="private_feed"),
    # The English words keep working in every language (links already mailed).
    path("registrations/confirm/<str:token>/", views.confirm_registration),
    path("registrations/cancel/<str:token>/", views.cancel_registration),
]
