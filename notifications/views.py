"""The member's choices per kind of news, and the one-click unsubscribe of the emails (RFC 8058)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .forms import PreferencesForm
from .kinds import notification_kinds
from .models import Frequency, frequencies_of, set_frequency
from .sending import read_unsubscribe_token


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    kinds = notification_kinds()
    current = frequencies_of(request.user, kinds)
    form = PreferencesForm(request.POST if request.method == "POST" else None, kinds=kinds, current=current)
    if request.method == "POST":
        if form.is_valid():
            for key in kinds:
                set_frequency(request.user, key, form.cleaned_data[key])
            messages.success(request, _("Your email choices have been saved."))
            return redirect("notifications:preferences")
        return render(request, "notifications/preferences.html", {"form": form}, status=400)
    return render(request, "notifications/preferences.html", {"form": form})


@never_cache
@csrf_exempt  # RFC 8058: mail programs POST here with no cookie or token; the signed link is the key
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    found = read_unsubscribe_token(token)
    if found is None:
        return render(request, "notifications/unsubscribe.html", {"bad_link": True}, status=400)
    user, keys = found
    kinds = notification_kinds()
    labels = [kinds[key].label for key in keys if key in kinds]
    if request.method != "POST":  # GET or HEAD (link checkers, mail scanners) only show the button
        return render(request, "notifications/unsubscribe.html", {"labels": labels, "token": token})
    for key in keys:
        if key in kinds:
            set_frequency(user, key, Frequency.NEVER)
    return render(request, "notifications/unsubscribe.html", {"labels": labels, "done": True})
