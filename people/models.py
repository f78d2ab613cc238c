from django.db import models
from django.db.models import Min, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from serving import api as serving
from serving.api import shown_on_public_pages


@shown_on_public_pages
class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone the site names: a facilitator, an author, a speaker. A snippet, so one record serves every
    page that mentions them; translatable, so the role and bio can be read in Spanish."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    organization = models.CharField(_("organization"), max_length=160, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=800)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organization"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("organization"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def localized_list(cls, people):
        """`people` in the active language (each one's translation, or itself if it has none), in the
        same order, with photos loaded: what `person.localized` gives, in two queries for the lot."""
        return cls.in_locale(people, serving.active_locale())

    @classmethod
    def in_locale(cls, people, locale):
        """`people` in `locale` (each one's translation, or itself if it has none), in the same order, with
        photos loaded."""
        people = list(people)
        if not people:
            return []
        if all(p.locale_id == locale.id for p in people):
            return people
        translations = {
            person.translation_key: person
            for person in cls.objects.filter(
                translation_key__in=[p.translation_key for p in people], locale=locale
            ).select_related("photo")
        }
        return [translations.get(p.translation_key, p) for p in people]

    @classmethod
    def one_per_person(cls, locale):
        """Everyone once, for a picker in `locale`: each person's record in `locale`, or, for someone not yet
        translated into it, their record in another language (the first made). Without this a picker
        lists everyone once per language, and the editor cannot tell the records apart."""
        in_locale = cls.objects.filter(locale=locale)
        untranslated = (
            cls.objects.exclude(translation_key__in=in_locale.values("translation_key"))
            .values("translation_key")
            .annotate(first=Min("pk"))
            .values("first")
        )
        return cls.objects.filter(Q(locale=locale) | Q(pk__in=untranslated))

    @classmethod
    def prefetch_authors(cls):
        """For `prefetch_related` on pages with `authors`: the lot's authors and photos in one query."""
        return Prefetch("authors", queryset=cls.objects.select_related("photo"))

    @classmethod
    def authors_by_page(cls, pages):
        """{page pk: [person]}: each page's authors in the active language, as `author_people` gives them
        for one page, for pages whose authors were prefetched (`prefetch_authors`). Their translations
        are looked up once for every page together, not once per page."""
        per_page = [(page.pk, list(page.authors.all())) for page in pages]
        localized = iter(cls.localized_list([person for _pk, people in per_page for person in people]))
        return {pk: [next(localized) for _person in people] for pk, people in per_page}
