from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import account_views, views

app_name = "members"

urlpatterns = [
    # Each language's own words (locale/es/: /es/unirse/, /es/invitaciones/...).
    path(_("join/"), views.join, name="join"),
    path(_("join/thanks/"), views.join_thanks, name="join_thanks"),
    path(_("invitations/<str:token>/"), views.accept_invitation, name="accept_invitation"),
    path(_("my-account/"), account_views.my_account, name="my_account"),
    path(_("my-account/my-data.<str:file_format>"), account_views.download_my_data, name="my_data"),
    path(_("my-account/delete/"), account_views.request_deletion, name="request_deletion"),
    path(_("my-account/photo/"), account_views.upload_photo, name="upload_photo"),
    path(_("my-account/photo/remove/"), account_views.remove_photo, name="remove_photo"),
    path("member-photos/<int:pk>/<str:key>.jpg", account_views.member_photo, name="member_photo"),
    # The English words keep working in every language, for links already sent and bookmarks (in
    # English they are the routes above, which take them first).
    path("join/", views.join),
    path("join/thanks/", views.join_thanks),
    path("invitations/<str:token>/", views.accept_invitation),
    path("my-account/", account_views.my_account),
    path("my-account/my-data.<str:file_format>", account_views.download_my_data),
    path("my-account/delete/", account_views.request_deletion),
    path("my-account/photo/", account_views.upload_photo),
    path("my-account/photo/remove/", account_views.remove_photo),
]
