from django.urls import path
from wagtail import hooks

from . import views
from .dashboard import FailedMailPanel, failed_mail


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("mail/retry-failed/", views.retry_failed, name="mail_retry_failed")]


@hooks.register("construct_homepage_panels")
def add_failed_mail_panel(request, panels):
    rows = failed_mail(request.user)
    if rows:
        panels.append(FailedMailPanel(rows))
