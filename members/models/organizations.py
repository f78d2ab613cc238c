from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from serving.api import shown_on_public_pages


@shown_on_public_pages
class FocusArea(TagBase):
    """What an organization works on. Kept apart from the news tags so each list stays short."""

    free_tagging = True

    class Meta:
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


@shown_on_public_pages
class OrganizationFocusArea(ItemBase):
    tag = models.ForeignKey(FocusArea, on_delete=models.CASCADE, related_name="tagged_organizations")
    content_object = models.ForeignKey(
        "members.Organization", on_delete=models.CASCADE, related_name="focus_area_items"
    )


class OrganizationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Organization.Status.ACTIVE)

    def listed(self):
        """The allies the public may see: active members that agreed to be listed."""
        return self.active().filter(listed_publicly=True).order_by("name")


@shown_on_public_pages
class Organization(models.Model):
    """An ally: a member organization of the alliance."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        LAPSED = "lapsed", _("Lapsed")

    name = models.CharField(_("name"), max_length=200, unique=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = models.CharField(_("region"), max_length=120, blank=True)
    focus_areas = TaggableManager(verbose_name=_("focus areas"), through=OrganizationFocusArea, blank=True)
    listed_publicly = models.BooleanField(
        _("shown on the public allies list"),
        default=False,
        help_text=_("Only with the organization's agreement."),
    )
    status = models.CharField(
        _("membership status"),
        max_length=10,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("The members of a lapsed organization lose access to the extranet at once."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("logo"), FieldPanel("region"), FieldPanel("focus_areas")],
            heading=_("Profile"),
        ),
        FieldPanel("listed_publicly"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.name

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE
