"""The admin's "Try these again" for emails the queue gave up on (mail.dashboard)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .dashboard import failed_mail


@require_POST
def retry_failed(request):
    """Queue again every given-up email this user can see (the panel's rows), from a fresh count."""
    rows = failed_mail(request.user)
    for _model, record in rows:
        record.queue_email()
    messages.success(
        request,
        ngettext("%(count)d email queued again.", "%(count)d emails queued again.", len(rows))
        % {"count": len(rows)},
    )
    return redirect("wagtailadmin_home")
