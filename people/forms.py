from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Person


class PeopleInThePageLanguageForm(WagtailAdminPageForm):
    """A page form whose people pickers (`people_fields`, e.g. the authors) list each person once, in the
    page's language. The people already chosen are shown as their translation in that language, so a
    translated page's authors stay ticked; either record gives the same byline (Person.localized_list).

    Each picker is a list of checkboxes: a multiple select box takes a second author only with Ctrl or
    ⌘ held down, which nothing on the screen says (the comms team's week, issue 20)."""

    people_fields = ("authors",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.people_fields:
            if name in self.fields:
                field = self.fields[name]
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        locale = self.instance.locale if self.instance.locale_id else None
        if locale is None:
            return
        for name in self.people_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            field.queryset = Person.one_per_person(locale)  # the widget's choices follow
            chosen = self.initial.get(name)
            if chosen:
                chosen = Person.objects.filter(pk__in=[getattr(person, "pk", person) for person in chosen])
                self.initial[name] = [person.pk for person in Person.in_locale(chosen, locale)]
