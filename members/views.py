"""Public views of the members app: the "Join the alliance" form and invitation acceptance.

The join form is a plain view rather than a page type: it lives at one stable address in each language
(/en/join/, /es/unirse/) that emails, the admin and the Membership page can link to, whether or not editors
have created a page for it, and the persuasive copy stays on the editable Membership page.
"""

from django.conf import settings
from django.contrib.auth import login
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render, resolve_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit

from .forms import AcceptInvitationForm, JoinForm
from .models import Invitation


def member_landing_url():
    """Where a member goes after signing in or accepting an invitation: LOGIN_REDIRECT_URL (the
    extranet)."""
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@require_http_methods(["GET", "POST"])
def join(request):
    # Bound on every POST, even an empty one (`request.POST or None` would show a blank form again
    # without saying what is missing).
    form = JoinForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        limit, window = settings.MEMBERS_JOIN_RATE_LIMIT
        if form.is_spam:
            # Look like success, keep nothing.
            return redirect("members:join_thanks")
        if not ratelimit.hit(f"join:{ratelimit.client_ip(request)}", limit, window):
            form.is_valid()  # still show any field errors beside the refusal
            form.add_error(
                None,
                _(
                    "We have received several applications from your network in the last hour. "
                    "Please try again later, or write to us."
                ),
            )
            status = 429
        elif form.is_valid():
            try:
                with transaction.atomic():
                    application = form.save(commit=False)
                    application.language = translation.get_language() or settings.LANGUAGE_CODE
                    application.save()
                    application.queue_email()
            except IntegrityError:
                # This person already has an open application for this organization (the form sent
                # twice): that one stands, and staff are not told again. The visitor sees the same thanks.
                pass
            return redirect("members:join_thanks")
    return render(request, "members/join.html", {"form": form}, status=status)


def join_thanks(request):
    return render(request, "members/join_thanks.html")


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    invitation = Invitation.objects.from_token(token)
    if invitation is None or not invitation.is_pending:
        state = invitation.state if invitation else None
        return render(
            request,
            "members/invitation_unusable.html",
            {"state": state, "invitation": invitation},
            status=410,
        )

    form = AcceptInvitationForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Locked, then checked again: of two submissions of one link, only the first gets in.
            invitation = (
                Invitation.objects.select_for_update(of=("self",))
                .select_related("organization")
                .get(pk=invitation.pk)
            )
            if not invitation.is_pending:
                return render(
                    request,
                    "members/invitation_unusable.html",
                    {"state": invitation.state, "invitation": invitation},
                    status=410,
                )
            user = invitation.accept(
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(member_landing_url())
    return render(request, "members/accept_invitation.html", {"form": form, "invitation": invitation})
