"""Staff's page for one letter (from the page's header in the admin): the signatures so far, publish the
final letter, withdraw it, remind the allies that have not answered, and the print-ready signer list."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .models import Signature, SignOnLetterPage
from .publishing import CannotPublish, allies_not_answered, publish_letter, send_reminders, withdraw_letter


def _letter_for(request, page_id, permission="letters.view_signature"):
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(SignOnLetterPage, pk=page_id).source_letter()


def letter_signatures(request, page_id):
    letter = _letter_for(request, page_id)
    signatures = letter.signatures.all()
    organizations, individuals = letter.signer_lists()
    return TemplateResponse(
        request,
        "letters/admin/letter.html",
        {
            "letter": letter,
            "counts": {
                "organizations": len(organizations),
                "individuals": len(individuals),
                "to_review": signatures.filter(
                    review=Signature.Review.PENDING, status=Signature.Status.SIGNED
                ).count(),
                "withdrawn": signatures.filter(status=Signature.Status.WITHDRAWN).count(),
            },
            "not_answered": allies_not_answered(letter),
            "can_publish": letter.permissions_for_user(request.user).can_publish(),
            "can_remind": request.user.has_perm("letters.change_signature") and letter.takes_signatures(),
            "listing_url": reverse("letter_signatures:index") + f"?letter={letter.pk}",
            "public_pages": letter.public_versions().live(),
        },
    )


@require_POST
def publish(request, page_id):
    letter = _letter_for(request, page_id)
    if not letter.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    try:
        publish_letter(letter, request.user)
    except CannotPublish as problem:
        messages.error(request, str(problem))
    else:
        messages.success(request, _("The final letter is published with its signers."))
    return redirect("letters_admin_letter", page_id=letter.pk)


@require_POST
def withdraw(request, page_id):
    letter = _letter_for(request, page_id)
    if not letter.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    withdraw_letter(letter, request.user)
    messages.success(request, _("The letter is withdrawn; its public page is unpublished."))
    return redirect("letters_admin_letter", page_id=letter.pk)


@require_POST
def remind(request, page_id):
    letter = _letter_for(request, page_id, "letters.change_signature")
    if not letter.takes_signatures():
        messages.error(request, _("This letter takes no signatures now; no reminder was sent."))
    else:
        count = send_reminders(letter)
        messages.success(
            request,
            ngettext(
                "A reminder is queued for %(count)d ally.",
                "Reminders are queued for %(count)d allies.",
                count,
            )
            % {"count": count},
        )
    return redirect("letters_admin_letter", page_id=letter.pk)


def print_signers(request, page_id):
    """The signer list as the public will see it (approved signers only), laid out for paper."""
    letter = _letter_for(request, page_id)
    organizations, individuals = letter.signer_lists()
    return TemplateResponse(
        request,
        "letters/admin/print.html",
        {"letter": letter, "organizations": organizations, "individuals": individuals},
    )
