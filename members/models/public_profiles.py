"""What readers see of an ally, in their language.

An `Organization` is a membership record (status, extranet access, members): one row per ally, never
one per language. The words about it that readers see in a language live beside it, in translatable
snippets that wagtail-localize translates like a page: the ally's profile (a short description, its
region as readers would say it) and the focus areas' names. Focus areas are one vocabulary shared by
many allies, so each name is translated once (`FocusAreaLabel`), not once per ally.
"""

from dataclasses import dataclass, field

from django.db import models
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from serving import api as serving
from serving.api import shown_on_public_pages

from .organizations import FocusArea, Organization


class OneRecordInEveryLanguageForm(WagtailAdminModelForm):
    """The admin form of a translatable snippet that describes one non-translatable record: the record
    is chosen when the snippet is created and fixed after that. wagtail-localize copies it to every
    translation (`override_translatable_fields`), so the translations always describe the same record;
    moving one text to another record would leave its translations describing the old one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        for synchronized in getattr(self._meta.model, "override_translatable_fields", []):
            if isinstance(synchronized, SynchronizedField) and synchronized.field_name in self.fields:
                self.fields[synchronized.field_name].disabled = True


@shown_on_public_pages
class OrganizationProfile(TranslatableMixin, models.Model):
    """An ally's public profile in one language, for the public allies list. Only words meant for the
    public belong here: nothing from the membership record (status, members, contacts) is copied in, and
    the list shows a profile only while its organization is listed (`Organization.objects.listed()`)."""

    organization = models.ForeignKey(
        "members.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="public_profiles",
        help_text=_("Fixed once saved: every translation of the profile describes this organization."),
    )
    description = models.TextField(
        _("short description"),
        max_length=400,
        help_text=_("One or two sentences for the public allies list: what the organization does."),
    )
    region = models.CharField(
        _("region, as readers say it"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to show the organization's own region."),
    )

    override_translatable_fields = [SynchronizedField("organization", overridable=False)]
    base_form_class = OneRecordInEveryLanguageForm

    panels = [FieldPanel("organization"), FieldPanel("description"), FieldPanel("region")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("public profile of an organization")
        verbose_name_plural = _("public profiles of organizations")
        ordering = ["organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "locale"], name="one_public_profile_per_organization_and_language"
            )
        ]

    def __str__(self):
        return str(self.organization)


@shown_on_public_pages
class FocusAreaLabel(TranslatableMixin, models.Model):
    """A focus area's name as readers see it in one language. Without one, readers see the default
    language's label, else the focus area's own name."""

    focus_area = models.ForeignKey(
        FocusArea,
        verbose_name=_("focus area"),
        on_delete=models.CASCADE,
        related_name="labels",
        help_text=_("Fixed once saved: every translation of the label names this focus area."),
    )
    label = models.CharField(_("name shown to readers"), max_length=100)

    override_translatable_fields = [SynchronizedField("focus_area", overridable=False)]
    base_form_class = OneRecordInEveryLanguageForm

    panels = [FieldPanel("focus_area"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("focus area label")
        verbose_name_plural = _("focus area labels")
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(
                fields=["focus_area", "locale"], name="one_label_per_focus_area_and_language"
            )
        ]

    def __str__(self):
        return self.label


@dataclass(frozen=True)
class Words:
    """Text for the page, with `lang` set when it is not in the page's language (a fallback), so
    screen readers pronounce it right."""

    text: str
    lang: str | None = None

    def __str__(self):
        return self.text


@dataclass
class PublicAlly:
    """One entry of the public allies list: the organization's name, website and logo, and its words in
    the reader's language as far as they exist."""

    organization: Organization
    description: Words | None
    region: Words | None
    focus_areas: list[Words] = field(default_factory=list)


def _languages():
    """The locales to look in, best first (the reader's, then the default), and each one's language."""
    active, default = serving.active_locale(), serving.default_locale()  # kept: no query of their own
    locales = [active] if active.pk == default.pk else [active, default]
    return locales, {locale.pk: locale.language_code for locale in locales}


def _first_words(candidates, reader_language):
    """The first non-empty (text, language) of `candidates`, marked with its language if it is not the
    reader's."""
    for text, language in candidates:
        if text:
            return Words(text, None if language == reader_language else language)
    return None


def with_public_words(organizations):
    """`organizations` (a queryset) with what the allies list needs prefetched in one query each
    (profiles and focus-area labels in the reader's and the default language), whatever their number."""
    locales, _codes = _languages()
    in_these_languages = {"locale__in": locales}
    return organizations.prefetch_related(
        Prefetch(
            "public_profiles",
            queryset=OrganizationProfile.objects.filter(**in_these_languages),
            to_attr="profiles_for_readers",
        ),
        # taggit's manager takes no custom queryset; the labels go one level down.
        Prefetch(
            "focus_areas__labels",
            queryset=FocusAreaLabel.objects.filter(**in_these_languages),
            to_attr="labels_for_readers",
        ),
    )


def public_allies(organizations):
    """Each organization (prefetched by `with_public_words`) with its words in the reader's language,
    else the default language's, else the organization's own fields (entered in the default
    language)."""
    locales, language_of = _languages()
    reader_language = translation.get_language() or locales[0].language_code
    default_language = locales[-1].language_code
    rank = {locale.pk: position for position, locale in enumerate(locales)}

    def best_first(translations):
        return sorted(translations, key=lambda obj: rank[obj.locale_id])

    allies = []
    for organization in organizations:
        profiles = best_first(organization.profiles_for_readers)
        description = _first_words(
            [(p.description, language_of[p.locale_id]) for p in profiles], reader_language
        )
        region = _first_words(
            [(p.region, language_of[p.locale_id]) for p in profiles]
            + [(organization.region, default_language)],
            reader_language,
        )
        focus_areas = [
            _first_words(
                [(label.label, language_of[label.locale_id]) for label in best_first(area.labels_for_readers)]
                + [(area.name, default_language)],
                reader_language,
            )
            for area in organization.focus_areas.all()
        ]
        focus_areas.sort(key=lambda words: words.text.casefold())
        allies.append(PublicAlly(organization, description, region, focus_areas))
    return allies
