from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "subscriptions"

urlpatterns = [
    # Each language's own words (locale/es/: /es/suscribirse/...).
    path(_("subscribe/"), views.signup, name="signup"),
    path(_("subscribe/token/"), views.csrf_token, name="csrf_token"),
    path(_("subscribe/check-your-inbox/"), views.check_inbox, name="check_inbox"),
    path(_("subscribe/confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("subscribe/preferences/<str:token>/"), views.preferences, name="preferences"),
    path(_("subscribe/unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    # The English words keep working in every language: confirmation and unsubscribe links already
    # mailed (a one-click unsubscribe is a POST, which a redirect would lose), bookmarks. In English
    # they are the routes above, which take them first.
    path("subscribe/", views.signup),
    path("subscribe/check-your-inbox/", views.check_inbox),
    path("subscribe/confirm/<str:token>/", views.confirm),
    path("subscribe/preferences/<str:token>/", views.preferences),
    path("subscribe/unsubscribe/<str:token>/", views.unsubscribe),
]
