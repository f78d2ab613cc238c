"""Public views of the list: signup (from the footer, a page block or its own page), confirmation,
preferences and unsubscribing.

Pages with the footer form may be served from a cache, so the form carries no per-visitor token in the
HTML. A small script fetches one from `csrf_token` (never cached; it also sets Django's CSRF cookie)
when the visitor starts filling the form. The signup view checks the token itself: a submission
without a valid one (no script, an old tab) stores nothing and shows the form again on its own,
uncached page, with what was typed and a fresh token, asking to press the button once more.
"""

from django.conf import settings
from django.db import transaction
from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import ratelimit

from .forms import PreferencesForm, SignupForm
from .models import ConsentRecord, Subscriber


def current_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def csrf_failure(request):
    """The response Django's CSRF check would give this request, or None if it passes."""
    middleware = CsrfViewMiddleware(lambda r: None)
    request.csrf_processing_done = False
    return middleware.process_view(request, _checked_view, (), {})


def _checked_view(request):
    """Stands for the signup view in the check above (the real one is marked csrf_exempt)."""


@never_cache
def csrf_token(request):
    return JsonResponse({"token": get_token(request)})


@never_cache
@csrf_exempt  # checked below, so a missing token can be answered with the form rather than a 403
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    if request.method != "POST":  # GET or HEAD: the form
        form = SignupForm(initial={"language": current_language()})
        return render(request, "subscriptions/signup.html", {"form": form})

    form = SignupForm(request.POST)
    if csrf_failure(request) is not None:
        form.is_valid()
        form.errors.clear()
        form.add_error(None, _("For your security, please press “Subscribe” once more."))
        get_token(request)
        return render(request, "subscriptions/signup.html", {"form": form}, status=403)
    if form.is_spam:
        return redirect("subscriptions:check_inbox")  # look like success, keep nothing

    client_limit, client_window = settings.SUBSCRIPTIONS_CLIENT_RATE_LIMIT
    if not ratelimit.hit(f"subscribe:ip:{ratelimit.client_ip(request)}", client_limit, client_window):
        form.is_valid()
        form.add_error(
            None,
            _("We have received many signups from your network in the last hour. Please try again later."),
        )
        return render(request, "subscriptions/signup.html", {"form": form}, status=429)
    if not form.is_valid():
        return render(request, "subscriptions/signup.html", {"form": form}, status=400)

    data = form.cleaned_data
    address_limit, address_window = settings.SUBSCRIPTIONS_ADDRESS_RATE_LIMIT
    # Over the per-address limit the answer is the same as always, but no more mail goes to that inbox.
    if ratelimit.hit(f"subscribe:address:{data['email']}", address_limit, address_window):
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().filter(
                email=data["email"]
            ).first() or Subscriber(email=data["email"])
            subscriber.sign_up(
                lists=data["lists"],
                language=data["language"],
                name=data["name"],
                version=data["consent_version"],
                page=data["page"],
            )
    return redirect("subscriptions:check_inbox")


def check_inbox(request):
    return render(request, "subscriptions/check_inbox.html")


def bad_link(request, problem):
    return render(request, "subscriptions/bad_link.html", {"problem": problem}, status=400)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET (or HEAD) shows a button (mail scanners follow links; only a person presses it); POST confirms."""
    subscriber, problem = Subscriber.objects.from_confirm_token(
        token, max_age=settings.SUBSCRIPTIONS_CONFIRM_DAYS * 24 * 3600
    )
    if subscriber is None:
        return bad_link(request, problem)
    if request.method == "POST":
        subscriber.confirm(page=request.path)
        return render(
            request,
            "subscriptions/confirmed.html",
            {"subscriber": subscriber, "preferences_token": subscriber.manage_token()},
        )
    return render(request, "subscriptions/confirm.html", {"subscriber": subscriber})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    subscriber = Subscriber.objects.from_manage_token(token)
    if subscriber is None:
        return bad_link(request, "invalid")
    saved = False
    form = PreferencesForm(
        request.POST or None, initial={"lists": subscriber.lists, "language": subscriber.language}
    )
    if request.method == "POST" and subscriber.is_active and form.is_valid():
        subscriber.change_preferences(
            lists=form.cleaned_data["lists"], language=form.cleaned_data["language"], page=request.path
        )
        saved = True
    return render(
        request,
        "subscriptions/preferences.html",
        {"subscriber": subscriber, "form": form, "saved": saved, "token": token},
    )


@never_cache
@csrf_exempt  # RFC 8058: mail programs POST here with no cookie or token; the signed link is the key
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscriber = Subscriber.objects.from_manage_token(token)
    if subscriber is None:
        return bad_link(request, "invalid")
    if request.method != "POST":  # GET or HEAD (link checkers, mail scanners) only show the button
        return render(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber, "token": token})
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    action = ConsentRecord.Action.ONE_CLICK if one_click else ConsentRecord.Action.UNSUBSCRIBE
    subscriber.unsubscribe(action=action, page=request.path)
    return render(request, "subscriptions/unsubscribed.html", {"subscriber": subscriber})
