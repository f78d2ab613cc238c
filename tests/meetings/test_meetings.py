"""Meeting notes: where they may live, the index's filters, a meeting's page and its attachments."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from extranet.privacy import is_members_collection, members_collection
from meetings.factories import MeetingIndexPageFactory, MeetingNotesPageFactory
from meetings.models import MeetingActionItem, MeetingAttachment, MeetingIndexPage, MeetingNotesPage
from members.factories import MemberProfileFactory
from tests.extranet.conftest import client_for

pytestmark = pytest.mark.django_db


def titles(response, key):
    items = response.context[key]
    items = items.object_list if hasattr(items, "object_list") else items
    return [page.title for page in items]


def test_meeting_pages_live_only_inside_the_extranet(home_page, extranet):
    assert MeetingIndexPage.parent_page_types == ["extranet.ExtranetIndexPage"]
    # The alliance's meetings, or a working group's own (inside the extranet too).
    assert MeetingNotesPage.parent_page_types == [
        "meetings.MeetingIndexPage",
        "workinggroups.WorkingGroupPage",
    ]
    assert MeetingIndexPage in extranet["index"].specific_class.allowed_subpage_models()
    assert not MeetingIndexPage.can_create_at(home_page)
    with pytest.raises(ValidationError):
        MeetingIndexPageFactory(parent=home_page, slug="public-meetings")
    with pytest.raises(ValidationError):
        MeetingNotesPageFactory(parent=home_page, slug="public-meeting")


def test_a_meeting_must_end_after_it_starts(meetings):
    page = meetings["upcoming"]
    page.ends_at = page.starts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "ends_at" in error.value.message_dict


def test_index_lists_upcoming_and_past_meetings(client, roles, meetings):
    response = client_for(client, roles["member"]).get(meetings["index"].url)
    assert response.status_code == 200
    assert titles(response, "upcoming_meetings") == ["Monthly meeting ahead"]
    assert titles(response, "past_meetings") == ["Funding working group", "Last year's monthly"]


def test_index_filters_by_year_and_kind(client, roles, meetings):
    client = client_for(client, roles["member"])
    last_year = meetings["past_monthly"].starts_at.astimezone(timezone.get_current_timezone()).year
    response = client.get(meetings["index"].url, {"year": last_year})
    assert titles(response, "upcoming_meetings") == []
    assert titles(response, "past_meetings") == ["Last year's monthly"]
    response = client.get(meetings["index"].url, {"kind": "working_group"})
    assert titles(response, "past_meetings") == ["Funding working group"]
    assert titles(response, "upcoming_meetings") == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "abc"}, "There are no meetings in that year"),
        ({"year": "1850"}, "There are no meetings in that year"),
        ({"kind": "party"}, "That is not a kind of meeting"),
        ({"year": "99999999999999999999"}, "There are no meetings in that year"),
    ],
)
def test_a_bad_filter_explains_itself_and_lists_nothing(client, roles, meetings, params, message):
    response = client_for(client, roles["member"]).get(meetings["index"].url, params)
    assert response.status_code == 200
    assert message in response.text
    assert "error-summary" in response.text
    assert titles(response, "upcoming_meetings") == []
    assert titles(response, "past_meetings") == []


def test_meeting_page_shows_notes_decisions_and_action_items(client, roles, meetings):
    page = meetings["past_group"]
    page.decisions = "<p>We sign the coalition letter.</p>"
    page.action_items = [
        MeetingActionItem(
            what="Draft the letter", owner=roles["member"], due_date=datetime.date(2030, 1, 15)
        ),
        MeetingActionItem(what="Book the room", owner_name="Ana from Little Oaks", done=True),
    ]
    page.attendees.set([roles["member"]])
    page.save_revision().publish()
    response = client_for(client, roles["member"]).get(page.url)
    assert response.status_code == 200
    for text in [
        "We sign the coalition letter.",
        "Draft the letter",
        "Ana from Little Oaks",
        "Book the room",
    ]:
        assert text in response.text
    assert "no-store" in response["Cache-Control"]


def test_attachments_move_into_the_members_only_collection(meetings):
    document = get_document_model().objects.create(
        title="Minutes", file=ContentFile(b"%PDF-1.4 minutes", name="minutes.pdf")
    )
    assert not is_members_collection(document.collection)
    page = meetings["past_group"]
    page.attachments = [MeetingAttachment(document=document, title="Signed minutes")]
    page.save_revision()
    document.refresh_from_db()
    assert document.collection == members_collection()


def test_action_item_owners_are_members_in_good_standing_and_staff_by_name(
    client, roles, meetings, admin_user
):
    """Not every account: no lapsed or deactivated members, no visitors. An owner already chosen stays
    choosable, so saving old notes again keeps them."""
    get_user_model().objects.filter(pk=roles["staff"].pk).update(first_name="Sam", last_name="Staff")
    get_user_model().objects.filter(pk=roles["lapsed_member"].pk).update(first_name="Lapsa")
    page = meetings["past_group"]
    page.action_items.create(what="Send the letter", owner=roles["lapsed_member"])
    page.save_revision().publish()

    client.force_login(admin_user)
    form = client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    action_items = form.formsets["action_items"]
    new_row = {user.pk for user in action_items.empty_form.fields["owner"].queryset}
    assert roles["member"].pk in new_row and roles["staff"].pk in new_row
    absent = ("lapsed_member", "deactivated_member", "non_member")
    assert not new_row & {roles[role].pk for role in absent}
    [existing] = action_items.forms
    owners = existing.fields["owner"]
    assert roles["lapsed_member"].pk in {user.pk for user in owners.queryset}
    assert any(label.startswith("Sam Staff") for _value, label in owners.choices)


def test_attendees_are_chosen_among_members_in_good_standing_by_name(client, roles, meetings, admin_user):
    """Not every account: no staff, no lapsed or former members; each by name and ally, in order. Someone
    already on the list stays there."""
    people = {
        "member": ("Zoe", "Zamora"),
        "lapsed_member": ("Lapsa", "Vencida"),
        "deactivated_member": ("Former", "Member"),
        "staff": ("Staff", "Person"),
    }
    for role, (first, last) in people.items():
        get_user_model().objects.filter(pk=roles[role].pk).update(first_name=first, last_name=last)
    alba = MemberProfileFactory(user__first_name="alba", user__last_name="Ruiz").user
    page = meetings["past_group"]
    page.attendees.set([roles["lapsed_member"]])
    page.save_revision().publish()

    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    form = response.context["form"]
    # A box to find someone by name (static/js/choice-filter.js), above the list.
    assert "data-choice-filter-input" in response.text and "js/choice-filter.js" in response.text
    labels = [label for _value, label in form.fields["attendees"].choices]
    member = roles["member"].member_profile.organization.name
    lapsed = roles["lapsed_member"].member_profile.organization.name
    assert labels == [
        f"alba Ruiz ({alba.member_profile.organization.name})",
        f"Lapsa Vencida ({lapsed})",  # already on the list
        f"Zoe Zamora ({member})",
    ]
    assert [getattr(user, "pk", user) for user in form.initial["attendees"]] == [roles["lapsed_member"].pk]
