from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "notifications"

urlpatterns = [
    path(_("my-account/notifications/"), views.preferences, name="preferences"),
    path(_("notifications/unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    # The English words keep working in every language (links already sent).
    path("my-account/notifications/", views.preferences),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe),
]
