"""The "I'm interested" form on a speaker opportunity: show it, take an answer, withdraw one.

The answer is saved in the request's transaction; the email to staff is queued to be sent after the
commit (mail.models.EmailDelivery.queue_email), so nothing a member sent depends on the mail server.
"""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .forms import ResponseForm
from .models import SpeakerResponse


def _closed_message(page):
    # The date is not followed by a full stop: in English it may end with one ("5 p.m.").
    deadline = formats.date_format(timezone.localtime(page.response_deadline), "DATETIME_FORMAT")
    return _("Responses closed on %(deadline)s; this opportunity no longer takes answers.") % {
        "deadline": deadline
    }


def _render(page, request, form, answer, status=200, closed_notice=""):
    response = page.render(
        request,
        context_overrides={"form": form, "answer": answer, "closed_notice": closed_notice},
    )
    response.status_code = status
    return response


def opportunity_page(page, request):
    answer = page.answer_of(request.user)
    if request.method == "POST":
        if not page.is_open:
            # Nothing is stored after the deadline, whatever was sent.
            return _render(page, request, None, answer, status=409, closed_notice=_closed_message(page))
        form = ResponseForm(request.POST, instance=answer)
        if form.is_valid():
            created = save_answer(page, request.user, form.cleaned_data)
            if created:
                messages.success(
                    request, _("Thank you. Your interest has been received; staff will be in touch.")
                )
            else:
                messages.success(request, _("Your answer has been updated."))
            return redirect(page.url)
        # An invalid resend leaves the answer already stored as it was.
        return _render(page, request, form, page.answer_of(request.user))
    form = (
        ResponseForm(instance=answer if answer and not answer.is_withdrawn else None)
        if page.is_open
        else None
    )
    return _render(page, request, form, answer, closed_notice="" if page.is_open else _closed_message(page))


def save_answer(page, user, data):
    """Store the member's answer (one per member and opportunity: a resend updates it). True when staff
    should hear of it: a new answer, or one sent again after a withdrawal."""
    opportunity = page.source_opportunity()
    language = translation.get_language() or "en"
    with transaction.atomic():
        answer = (
            SpeakerResponse.objects.select_for_update(of=("self",))
            .filter(opportunity=opportunity, member=user)
            .first()
        )
        if answer is None:
            try:
                with transaction.atomic():
                    answer = SpeakerResponse.objects.create(
                        opportunity=opportunity, member=user, language=language, **data
                    )
            except IntegrityError:
                # Two submissions at once: the other one created it; update that.
                answer = SpeakerResponse.objects.select_for_update(of=("self",)).get(
                    opportunity=opportunity, member=user
                )
            else:
                answer.queue_email()
                return True
        renewed = answer.is_withdrawn
        for name, value in data.items():
            setattr(answer, name, value)
        if renewed:
            answer.status = SpeakerResponse.Status.RECEIVED
        answer.save()
        if renewed:
            answer.queue_email()
        return renewed


def withdraw_answer(page, request):
    if request.method != "POST":
        return redirect(page.url)
    if not page.is_open:
        return _render(
            page, request, None, page.answer_of(request.user), status=409, closed_notice=_closed_message(page)
        )
    updated = (
        SpeakerResponse.objects.filter(opportunity=page.source_opportunity(), member=request.user)
        .exclude(status=SpeakerResponse.Status.WITHDRAWN)
        .update(status=SpeakerResponse.Status.WITHDRAWN, updated_at=timezone.now())
    )
    if updated:
        messages.success(
            request, _("Your answer has been withdrawn. You can answer again until the deadline.")
        )
    return redirect(page.url)
