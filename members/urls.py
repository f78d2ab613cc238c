from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("join/", views.join, name="join"),
    path("join/thanks/", views.join_thanks, name="join_thanks"),
    path("invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
