from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..photos import photo_path, photo_storage


class Expertise(TagBase):
    """A member's area of expertise."""

    free_tagging = True

    class Meta:
        verbose_name = _("area of expertise")
        verbose_name_plural = _("areas of expertise")


class MemberExpertise(ItemBase):
    tag = models.ForeignKey(Expertise, on_delete=models.CASCADE, related_name="tagged_members")
    content_object = models.ForeignKey(
        "members.MemberProfile", on_delete=models.CASCADE, related_name="expertise_items"
    )


class MemberProfileQuerySet(models.QuerySet):
    def in_good_standing(self):
        """Active profiles of active users whose organization (if any) has not lapsed."""
        from .organizations import Organization

        return self.filter(is_active=True, user__is_active=True).exclude(
            organization__status=Organization.Status.LAPSED
        )


class MemberProfile(models.Model):
    """A member user: someone from an ally organization, or an individual member (no organization)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    organization = models.ForeignKey(
        "members.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        # An organization with members is lapsed, not deleted: its people would silently become
        # individual members otherwise.
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("Leave empty for an individual member."),
    )
    title = models.CharField(_("title or role"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    languages = models.CharField(
        _("languages"), max_length=200, blank=True, help_text=_("For example: English, Spanish.")
    )
    expertise = TaggableManager(verbose_name=_("areas of expertise"), through=MemberExpertise, blank=True)
    spokesperson = models.BooleanField(_("willing to act as a spokesperson"), default=False)
    language = models.CharField(
        _("language for emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language the site writes to this member in. Empty: the site's main language."),
    )
    is_organization_contact = models.BooleanField(
        _("contact for the organization"),
        default=False,
        help_text=_(
            "Speaks for the organization on the site: names, from My account, the members who sign "
            "letters on its behalf. Members of an organization only."
        ),
    )
    photo = models.ImageField(
        _("photo"),
        blank=True,
        storage=photo_storage,
        upload_to=photo_path,
        editable=False,
        help_text=_("Optional; the member uploads it in My account. Kept privately (members.photos)."),
    )
    is_active = models.BooleanField(
        _("active member"),
        default=True,
        help_text=_("Untick to end this person's access to the extranet at once."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    panels = [
        FieldPanel("user", read_only=True),
        FieldPanel("organization"),
        FieldPanel("is_organization_contact"),
        FieldPanel("is_active"),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("phone"),
                FieldPanel("languages"),
                FieldPanel("expertise"),
                FieldPanel("spokesperson"),
                FieldPanel("language"),
            ],
            heading=_("Profile"),
        ),
    ]

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.user.get_full_name() or self.user.email or self.user.get_username()

    def clean(self):
        super().clean()
        if self.is_organization_contact and self.organization_id is None:
            raise ValidationError(
                {"is_organization_contact": _("Only a member of an organization can be its contact.")}
            )

    @property
    def photo_url(self):
        """The photo's address (its view asks the policy), or "" without a photo. The file's random name
        is in the address, so a replaced photo gets a new one."""
        if not self.photo:
            return ""
        from django.urls import reverse

        key = self.photo.name.rsplit("/", 1)[-1].removesuffix(".jpg")
        return reverse("members:member_photo", args=[self.pk, key])

    @property
    def in_good_standing(self):
        if not (self.is_active and self.user.is_active):
            return False
        return self.organization is None or self.organization.is_active
