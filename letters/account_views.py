""" "My account" pages of the letters app: who signs for the ally (its contact names them), and the
letters the member may see.

Who may name signatories is a fact of the membership (`letters.models.contact_organization`: the ally's
contact, in good standing, of an active ally), asked here for the signed-in person only: nothing here
takes an organization or account id from the address. Which letters are listed is the access policy's
answer (`core.access.visible_pages`); someone outside the extranet's audience gets what every
member-only address answers (the sign-in, or the branded 403)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from core import access
from extranet.models import ExtranetIndexPage
from extranet.privacy import extranet_index_for_request
from extranet.views import members_only_response
from serving.api import mark_private

from .forms import SignatoriesForm
from .models import (
    LetterState,
    Signatory,
    Signature,
    SignOnLetterPage,
    contact_organization,
    name_signatories,
    nameable_members,
    public_version,
    signatory_organizations,
)


def extranet_home_for(request):
    """The extranet home in the reader's language (or any the access policy lets them see): the page
    whose audience these pages are for."""
    return extranet_index_for_request(request) or ExtranetIndexPage.objects.visible_to(request.user).first()


def in_extranet_audience(request):
    """The access policy's answer: may the reader see the extranet home?"""
    home = extranet_home_for(request)
    return home is not None and access.may_view_page(request.user, home)


def _names(users):
    return ", ".join(user.get_full_name() or user.email for user in users)


@never_cache
@require_http_methods(["GET", "POST"])
def signatories(request):
    """The ally's contact ticks the members who sign for it; a box per member in good standing."""
    mark_private(request)
    if not in_extranet_audience(request):
        return members_only_response(request)
    organization = contact_organization(request.user)
    if organization is None:
        return render(request, "letters/signatories.html", {"organization": None}, status=403)
    members = list(nameable_members(organization))
    if request.method == "POST":
        form = SignatoriesForm(request.POST, members=members)
        if form.is_valid():
            added, removed = name_signatories(organization, form.chosen(), by=request.user)
            if added:
                messages.success(
                    request,
                    _("Now signing for %(ally)s: %(names)s. We have emailed each of them.")
                    % {"names": _names(added), "ally": organization.name},
                )
            if removed:
                messages.success(
                    request,
                    _("No longer signing for %(ally)s: %(names)s. Signatures already given stay.")
                    % {"names": _names(removed), "ally": organization.name},
                )
            if not added and not removed:
                messages.info(request, _("Nothing changed: those were already the signatories."))
            return redirect("letters:signatories")
        status = 400
    else:
        named = Signatory.objects.filter(organization=organization).values_list("member_id", flat=True)
        form = SignatoriesForm(members=members, initial={"signatories": [str(pk) for pk in named]})
        status = 200
    context = {"organization": organization, "form": form, "members": members}
    return render(request, "letters/signatories.html", context, status=status)


@never_cache
@require_GET
def letters(request):
    """Every letter the member may see in their language: those open for signature first (nearest
    deadline first), then the others (latest deadline first), each with what their ally signed."""
    mark_private(request)
    if not in_extranet_audience(request):
        return members_only_response(request)
    home = extranet_home_for(request)
    pages = access.visible_pages(
        SignOnLetterPage.objects.filter(locale_id=home.locale_id), request.user
    ).order_by("deadline")
    language = translation.get_language() or home.locale.language_code
    profile = getattr(request.user, "member_profile", None)
    organization = profile.organization if profile is not None else None
    open_letters, other_letters = [], []
    for letter in pages:
        source = letter.source_letter()
        row = {
            "letter": letter,
            "source": source,
            "ally_signature": _signature(source, organization=organization) if organization else None,
            "own_signature": _signature(source, member=request.user),
            "public": public_version(source, language) if source.state == LetterState.PUBLISHED else None,
        }
        (open_letters if letter.takes_signatures() else other_letters).append(row)
    other_letters.reverse()
    context = {
        "open_letters": open_letters,
        "other_letters": other_letters,
        "organization": organization,
        "signs_for": list(signatory_organizations(request.user)),
        "is_contact": contact_organization(request.user) is not None,
    }
    return render(request, "letters/letters.html", context)


def _signature(source, organization=None, member=None):
    signatures = Signature.objects.active().filter(letter=source)
    if organization is not None:
        return signatures.filter(kind=Signature.Kind.ORGANIZATION, organization=organization).first()
    return signatures.filter(kind=Signature.Kind.INDIVIDUAL, member=member).first()
