"""The letters' pages in "My account": the letters a member may see, and who signs for their ally."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import account_views

app_name = "letters"

urlpatterns = [
    path(_("my-account/letters/"), account_views.letters, name="letters"),
    path(_("my-account/who-signs/"), account_views.signatories, name="signatories"),
    # The English words keep working in every language (links already mailed).
    path("my-account/letters/", account_views.letters),
    path("my-account/who-signs/", account_views.signatories),
]
