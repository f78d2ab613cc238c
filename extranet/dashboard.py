"""What the extranet home shows each member beside the recent pages: upcoming meetings, open speaker
opportunities with their deadlines, the member's own answers, and drafts under embargo. A few queries
in all, whatever the number of items."""

from django.apps import apps
from django.utils import timezone

DASHBOARD_ITEMS = 5


def member_dashboard(home, request):
    from meetings.models import MeetingNotesPage
    from opportunities.models import SpeakerOpportunityPage, SpeakerResponse, localized_opportunities

    now = timezone.now()
    in_this_extranet = {"locale": home.locale_id}
    meetings = (
        MeetingNotesPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(**in_this_extranet)
        .upcoming(now)
        .order_by("starts_at")[:DASHBOARD_ITEMS]
    )
    opportunities = list(
        SpeakerOpportunityPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(**in_this_extranet)
        .open(now)
        .order_by("response_deadline")[:DASHBOARD_ITEMS]
    )
    answers = SpeakerResponse.objects.by_translation_key(request.user)
    for opportunity in opportunities:
        opportunity.my_answer = answers.get(opportunity.translation_key)
    my_answers = sorted(answers.values(), key=lambda answer: answer.updated_at, reverse=True)[
        :DASHBOARD_ITEMS
    ]
    localized = localized_opportunities([answer.opportunity for answer in my_answers])
    return {
        "upcoming_meetings": meetings,
        "open_opportunities": opportunities,
        "my_answers": [
            (answer, localized.get(answer.opportunity.translation_key, answer.opportunity))
            for answer in my_answers
        ],
        "my_responses_url": _my_responses_url(home, request),
        # Filled by the publications app (drafts under embargo, with the time left until the lift).
        "embargoed_drafts": embargoed_drafts(home, now, request.user),
    }


def _my_responses_url(home, request):
    from opportunities.models import SpeakerOpportunityIndexPage

    index = SpeakerOpportunityIndexPage.objects.child_of(home).visible_to(request.user).first()
    return index.my_responses_url if index else None


def embargoed_drafts(home, now, user):
    """Live drafts below this extranet home whose embargo has not lifted, soonest lift first, each with
    `time_to_lift` (a timedelta). Empty until the publications app provides EmbargoedDraftPage."""
    if not apps.is_installed("publications"):
        return []
    try:
        from publications.models import EmbargoedDraftPage
    except ImportError:
        return []
    drafts = list(
        EmbargoedDraftPage.objects.descendant_of(home)
        .visible_to(user)
        .filter(locale_id=home.locale_id, embargo_lifts_at__gt=now)
        .order_by("embargo_lifts_at")[:DASHBOARD_ITEMS]
    )
    for draft in drafts:
        draft.time_to_lift = draft.embargo_lifts_at - now
    return drafts
