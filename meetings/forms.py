from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.functions import Lower
from wagtail.admin.forms import WagtailAdminPageForm

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


class MeetingNotesPageForm(WagtailAdminPageForm):
    """The attendees are chosen among the members in good standing (active, at an ally that has not
    lapsed), by name and sorted; not among every account, staff and former members included. People
    already on the list stay on it, whatever their standing now."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("attendees")
        if field is None:
            return
        chosen = [getattr(user, "pk", user) for user in self.initial.get("attendees") or []]
        field.queryset = (
            get_user_model()
            .objects.filter(Q(member_profile__in=MemberProfile.objects.in_good_standing()) | Q(pk__in=chosen))
            .select_related("member_profile__organization")
            .order_by(Lower("first_name"), Lower("last_name"), Lower("email"))
            .distinct()
        )
        field.label_from_instance = attendee_label
