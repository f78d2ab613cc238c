"""Signing a letter: the member's form on the letter, withdrawing, and the public's signature on the
published letter (confirmed by email).

A signature is saved in the request's transaction; its confirmation email is queued to be sent after the
commit (mail.models.EmailDelivery.queue_email), so nothing a signer sent depends on the mail server. One
signature per ally, member or public address and letter is a database rule; two submissions at once
meet it as the speaker answers do (select_for_update, then the IntegrityError of the loser).
"""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.access import may_view_page

from .forms import INDIVIDUAL, PublicSignForm, SignForm
from .models import LetterState, Signature, signatory_organizations


def closed_message(letter):
    source = letter.source_letter()
    if source.state in (LetterState.DRAFTING,):
        return _("This letter is still being drafted; signing has not opened yet.")
    if source.state == LetterState.WITHDRAWN:
        return _("This letter has been withdrawn; it takes no signatures.")
    # The date is not followed by a full stop: in English it may end with one ("5 p.m.").
    deadline = formats.date_format(timezone.localtime(source.deadline), "DATETIME_FORMAT")
    return _("Signing closed on %(deadline)s; this letter no longer takes signatures or withdrawals.") % {
        "deadline": deadline
    }


# ---------------------------------------------------------------------------------------------------
# Members, on the letter in the extranet
# ---------------------------------------------------------------------------------------------------


def sign_as_choices(letter, user, signed=()):
    """What `user` may sign as on this letter: each ally they are a signatory of, and themselves; less
    those with a signature standing already (`signed`, from `signatures_of`)."""
    standing = {
        f"org-{s.organization_id}" if s.kind == Signature.Kind.ORGANIZATION else INDIVIDUAL
        for s in signed
        if not s.is_withdrawn
    }
    choices = []
    if letter.allows(Signature.Kind.ORGANIZATION):
        choices += [(f"org-{org.pk}", org.name) for org in signatory_organizations(user)]
    if letter.allows(Signature.Kind.INDIVIDUAL) and getattr(user, "member_profile", None) is not None:
        choices.append((INDIVIDUAL, _("Myself, as an individual member")))
    return [(value, label) for value, label in choices if value not in standing]


def signatures_of(letter, user):
    """The signatures on this letter that `user` answers for: their own and their allies'."""
    return list(
        Signature.objects.filter(answerable_by(user), letter=letter.source_letter())
        .select_related("organization")
        .order_by("kind", "organization_name")
    )


def answerable_by(user):
    """Signatures `user` may withdraw: their own as an individual, and those of the allies they sign for
    (whichever of its signatories signed)."""
    return Q(kind=Signature.Kind.INDIVIDUAL, member=user) | Q(
        kind=Signature.Kind.ORGANIZATION, organization__in=signatory_organizations(user)
    )


def initial_details(user):
    profile = getattr(user, "member_profile", None)
    organization = profile.organization if profile else None
    return {
        "name": user.get_full_name(),
        "title": profile.title if profile else "",
        "organization_name": organization.name if organization else "",
        "region": organization.region if organization else "",
    }


def _render(letter, request, form, status=200, closed_notice=""):
    response = letter.render(
        request,
        context_overrides={
            "form": form,
            "my_signatures": signatures_of(letter, request.user),
            "closed_notice": closed_notice,
            "source": letter.source_letter(),
        },
    )
    response.status_code = status
    return response


def letter_page(letter, request):
    if request.method == "POST":
        if not letter.takes_signatures():
            # Nothing is stored after the deadline or outside the open states, whatever was sent.
            return _render(letter, request, None, status=409, closed_notice=closed_message(letter))
        # Every option the member has, signed or not: signing again says "already signed".
        form = SignForm(request.POST, choices=sign_as_choices(letter, request.user))
        if form.is_valid():
            signature, news = sign(letter, request.user, form.cleaned_data)
            if news:
                messages.success(request, _("Thank you for signing. We have emailed you a confirmation."))
            else:
                messages.info(
                    request,
                    _("%(name)s has already signed this letter; nothing was changed.")
                    % {"name": signature.display_name},
                )
            return redirect(letter.url)
        return _render(letter, request, form, status=400)
    if not letter.takes_signatures():
        return _render(letter, request, None, closed_notice=closed_message(letter))
    choices = sign_as_choices(letter, request.user, signatures_of(letter, request.user))
    form = SignForm(choices=choices, initial=initial_details(request.user)) if choices else None
    return _render(letter, request, form)


def _lookup(letter, user, sign_as):
    """The signer's identity fields for `sign_as` (checked against the form's choices already)."""
    if sign_as == INDIVIDUAL:
        return {"kind": Signature.Kind.INDIVIDUAL, "member": user}
    organization = signatory_organizations(user).get(pk=int(sign_as.removeprefix("org-")))
    return {"kind": Signature.Kind.ORGANIZATION, "organization": organization}


def sign(letter, user, data):
    """Store the signature. Returns (signature, True) for a new or renewed one (its confirmation email
    is queued), or (the existing signature, False) when that ally or member has signed already."""
    source = letter.source_letter()
    identity = _lookup(source, user, data["sign_as"])
    details = {name: data[name] for name in ("name", "title", "organization_name", "region", "comment")}
    if identity["kind"] == Signature.Kind.ORGANIZATION:
        # An ally signs under its own name, whatever was typed.
        details["organization_name"] = identity["organization"].name
        details["region"] = details["region"] or identity["organization"].region
    language = translation.get_language() or "en"
    with transaction.atomic():
        existing = Signature.objects.select_for_update(of=("self",)).filter(letter=source, **identity).first()
        if existing is None:
            try:
                with transaction.atomic():
                    signature = Signature.objects.create(
                        letter=source, language=language, **{"member": user, **identity}, **details
                    )
            except IntegrityError:
                # Two submissions at once (or two signatories of one ally): the other one signed.
                return Signature.objects.get(letter=source, **identity), False
            signature.queue_email()
            return signature, True
        if not existing.is_withdrawn:
            return existing, False
        for name, value in details.items():
            setattr(existing, name, value)
        existing.member = user
        existing.language = language
        existing.status = Signature.Status.SIGNED
        existing.signed_at = timezone.now()
        existing.withdrawn_at = None
        existing.save()
        existing.queue_email()
        return existing, True


def withdraw_signature(letter, request):
    if request.method != "POST":
        return redirect(letter.url)
    if not letter.takes_signatures():
        return _render(letter, request, None, status=409, closed_notice=closed_message(letter))
    updated = (
        Signature.objects.filter(
            answerable_by(request.user), letter=letter.source_letter(), pk=request.POST.get("signature") or 0
        )
        .exclude(status=Signature.Status.WITHDRAWN)
        .update(status=Signature.Status.WITHDRAWN, withdrawn_at=timezone.now(), updated_at=timezone.now())
    )
    if updated:
        messages.success(
            request, _("The signature has been withdrawn. You can sign again until the deadline.")
        )
    return redirect(letter.url)


# ---------------------------------------------------------------------------------------------------
# The public, on the published letter
# ---------------------------------------------------------------------------------------------------


def _public_render(page, request, form, status=200):
    organizations, individuals = page.signers()
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "organizations": organizations,
            "individuals": individuals,
            "takes_public_signatures": takes_public_signatures(page),
        },
    )
    response.status_code = status
    return response


def takes_public_signatures(page):
    letter = page.letter
    return bool(letter and letter.accepts_public_signatures and letter.takes_signatures())


def public_letter_page(page, request):
    if request.method == "POST":
        if not takes_public_signatures(page):
            return _public_render(page, request, None, status=409)
        form = PublicSignForm(request.POST)
        if form.is_valid():
            if not form.is_spam:
                sign_publicly(page.letter, form.cleaned_data)
            # The same answer whether the address had signed already or not: it reveals no one.
            messages.success(
                request, _("Almost done: check your inbox and follow the link to confirm your signature.")
            )
            return redirect(page.url)
        return _public_render(page, request, form, status=400)
    return _public_render(page, request, PublicSignForm() if takes_public_signatures(page) else None)


def sign_publicly(letter, data):
    """Store an unconfirmed public signature and queue its confirmation link; an address that has
    already signed gets nothing new (a second confirmation link for an unconfirmed one)."""
    email = data["email"].strip().lower()
    details = {name: data[name] for name in ("name", "title", "organization_name", "region", "comment")}
    language = translation.get_language() or "en"
    with transaction.atomic():
        existing = (
            Signature.objects.select_for_update(of=("self",))
            .filter(letter=letter, kind=Signature.Kind.PUBLIC, email=email)
            .first()
        )
        if existing is None:
            try:
                with transaction.atomic():
                    signature = Signature.objects.create(
                        letter=letter,
                        kind=Signature.Kind.PUBLIC,
                        email=email,
                        status=Signature.Status.UNCONFIRMED,
                        review=Signature.Review.PENDING,
                        language=language,
                        **details,
                    )
            except IntegrityError:
                return
            signature.queue_email()
        elif existing.status == Signature.Status.UNCONFIRMED:
            existing.queue_email()


def confirm_public_signature(page, request, token):
    signature = Signature.from_confirmation_token(token)
    if signature is None or signature.letter_id != page.letter_id or not may_view_page(request.user, page):
        messages.error(request, _("This confirmation link is not valid or has expired. Please sign again."))
        return redirect(page.url)
    if request.method != "POST":
        # A link scanner following the address must not confirm: the person presses the button.
        return page.render(
            request, context_overrides={"signature": signature}, template="letters/confirm_signature.html"
        )
    if signature.status == Signature.Status.UNCONFIRMED:
        if not page.letter.takes_signatures():
            messages.error(request, closed_message(page.letter))
            return redirect(page.url)
        Signature.objects.filter(pk=signature.pk, status=Signature.Status.UNCONFIRMED).update(
            status=Signature.Status.SIGNED, signed_at=timezone.now(), updated_at=timezone.now()
        )
    messages.success(
        request, _("Your signature is confirmed. Thank you. Staff will add it to the list shortly.")
    )
    return redirect(page.url)
