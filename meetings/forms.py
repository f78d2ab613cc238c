from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.functions import Lower
from wagtail.admin.forms import WagtailAdminPageForm

from members.groups import MODERATORS, STAFF
from members.models import MemberProfile


def attendee_label(user):
    """Who it is, as staff know them: the name (the email if there is none), and the ally."""
    name = user.get_full_name() or user.email or user.get_username()
    profile = getattr(user, "member_profile", None)
    if profile is not None and profile.organization_id:
        return f"{name} ({profile.organization.name})"
    return name


class FilterableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a box above them to find an option by typing part of its label
    (static/js/choice-filter.js); the box is hidden unless the script runs. The template is the app's
    own (meetings/templates/), where Django's form renderer looks."""

    template_name = "meetings/widgets/filterable_checkboxes.html"

    class Media:
        js = ["js/choice-filter.js"]


def by_name(users):
    return users.select_related("member_profile__organization").order_by(
        Lower("first_name"), Lower("last_name"), Lower("email")
    )


def action_item_owners(chosen_pk=None):
    """Who may own an action item: members in good standing and active staff, by name; and whoever
    already owns this one, whatever their standing now (saving the notes again must not drop them)."""
    members = MemberProfile.objects.in_good_standing().values("user_id")
    team = get_user_model().groups.through.objects.filter(group__name__in=[STAFF, MODERATORS])
    eligible = Q(pk__in=members) | (Q(is_active=True) & Q(pk__in=team.values("user_id")))
    if chosen_pk:
        eligible |= Q(pk=chosen_pk)
    return by_name(get_user_model().objects.filter(eligible))


class MeetingNotesPageForm(WagtailAdminPageForm):
    """The attendees are chosen among the members in good standing (active, at an ally that has not
    lapsed), by name and sorted; not among every account, staff and former members included. People
    already on the list stay on it, whatever their standing now. Action items' owners likewise, staff
    included (they take on action items too)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        action_items = self.formsets.get("action_items")
        if action_items is not None:
            # The formset builds its forms (and the blank one for a new row) on first use, from this class.
            action_items.form = type("ActionItemForm", (OwnerChoiceForm, action_items.form), {})
        field = self.fields.get("attendees")
        if field is None:
            return
        chosen = [getattr(user, "pk", user) for user in self.initial.get("attendees") or []]
        field.queryset = by_name(
            get_user_model()
            .objects.filter(Q(member_profile__in=MemberProfile.objects.in_good_standing()) | Q(pk__in=chosen))
            .distinct()
        )
        field.label_from_instance = attendee_label


class OwnerChoiceForm(forms.BaseForm):
    """Mixed into an action item's form: the owner is chosen by name among action_item_owners()."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("owner")
        if field is not None:
            field.queryset = action_item_owners(self.instance.owner_id if self.instance else None)
            field.label_from_instance = attendee_label
