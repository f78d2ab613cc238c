"""Members' answers to speaker opportunities for the demo, found again by member and opportunity so a
second run changes nothing. No email is queued: staff need no notice of demo answers."""

from opportunities.models import SpeakerResponse


def ensure_answers(answers, users, pages):
    """`answers`: dicts of demo.content.opportunities.DEMO_ANSWERS; `pages`: (content key, language) ->
    page, as the page tree recorded them. Answers belong to the English (source) opportunity."""
    for spec in answers:
        fields = {name: spec[name] for name in ("availability", "note", "status", "language")}
        SpeakerResponse.objects.update_or_create(
            opportunity_id=pages[spec["opportunity"], "en"].pk,
            member=users[spec["username"]],
            defaults=fields,
        )
