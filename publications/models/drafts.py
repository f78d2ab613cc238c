"""Embargoed drafts: confidential versions of a publication that members read before it is public."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import access
from core.models import BasePage
from extranet.blocks import ExtranetBodyBlock
from extranet.models import MembersOnlyPageMixin


class EmbargoedDraftPage(MembersOnlyPageMixin, BasePage):
    """A report or brief under embargo: members may read it and download its attachments (each PDF
    stamped with the reader's name) until it is published; the linked public page cannot go live first."""

    summary = models.TextField(_("summary"), blank=True, max_length=400)
    body = StreamField(ExtranetBodyBlock(), verbose_name=_("body"), blank=True)
    embargo_lifts_at = models.DateTimeField(
        _("embargo lifts at"),
        help_text=_("Until then nothing here may be shared, and the public version cannot be published."),
    )
    final_publication = models.ForeignKey(
        "publications.PublicationPage",
        verbose_name=_("public version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="embargoed_drafts",
        help_text=_("The public page that will carry the final version, if there is one yet."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("embargo_lifts_at"), PageChooserPanel("final_publication")], heading=_("Embargo")
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Confidential attachment")),
    ]
    promote_panels = Page.promote_panels
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["extranet.ExtranetIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("embargoed draft")
        verbose_name_plural = _("embargoed drafts")

    def clean(self):
        super().clean()
        errors = {}
        now = timezone.now()
        if self.embargo_lifts_at and self.embargo_lifts_at <= now and self._is_new():
            errors["embargo_lifts_at"] = _("The embargo must lift in the future.")
        publication = self.final_publication
        if (
            publication is not None
            and self.embargo_lifts_at
            and self.embargo_lifts_at > now
            and publication.live
        ):
            errors["final_publication"] = _(
                "This page is already public, so it cannot carry a version that is still under embargo."
            )
        if errors:
            raise ValidationError(errors)

    def _is_new(self):
        """Not yet created (a new page, or its first revision in the admin)."""
        return self.pk is None or not type(self).objects.filter(pk=self.pk).exists()

    # -------------------------------------------------------------------------------------------
    # Reading
    # -------------------------------------------------------------------------------------------

    @property
    def is_under_embargo(self):
        return self.embargo_lifts_at > timezone.now()

    @property
    def embargo_lifts_at_utc(self):
        return self.embargo_lifts_at.astimezone(datetime.UTC)

    def public_version(self):
        """The public page in the reader's language, once it is live and public."""
        if self.final_publication_id is None:
            return None
        publication = self.final_publication.localized
        return publication if access.public_may_view(publication) else None

    def attachment_items(self):
        return self.attachments.select_related("document").all()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200:
            from .access_log import AccessLog

            AccessLog.record(request, self, AccessLog.Action.VIEW)
        return response


class DraftAttachment(Orderable):
    """A confidential file of an embargoed draft. It moves to the members-only collection when a draft
    links it (extranet.privacy) and is downloaded only through the stamping view."""

    page = ParentalKey(EmbargoedDraftPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "documents.SiteDocument", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=200, blank=True, help_text=_("Shown instead of the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("confidential attachment")
        verbose_name_plural = _("confidential attachments")

    @property
    def title(self):
        return self.label or self.document.title

    def get_download_url(self):
        return reverse("publications:attachment", args=[self.page_id, self.pk])
