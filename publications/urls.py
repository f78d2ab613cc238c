from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path(
        "<int:draft_id>/attachments/<int:attachment_id>/",
        views.download_attachment,
        name="attachment",
    ),
]
