"""Speaker opportunities for members (interviews, op-eds, testimony, panels) and members' answers.

A member says "I'm interested" on the opportunity's page. The answer is saved first; staff are then told
by email through the mail queue (mail.models.EmailDelivery), so a mail-server outage
never loses an answer. One answer per member and opportunity: sending again updates it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager
from wagtail.search import index

from core import access
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, CardQuerySet
from core.pagination import paginate
from extranet.models import MembersOnlyPageMixin
from mail.links import page_url, site_url
from mail.models import EmailDelivery, EmailDeliveryQuerySet
from mail.text import render_subject
from members.groups import STAFF

CLOSED_PER_PAGE = 12


class OpportunityKind(models.TextChoices):
    MEDIA_INTERVIEW = "media_interview", _("Media interview")
    OP_ED = "op_ed", _("Op-ed or blog post")
    TESTIMONY = "testimony", _("Legislative testimony")
    PANEL = "panel", _("Panel, moderator or speaker")


class OpportunityLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    BOTH = "en-es", _("English or Spanish")


class OpportunityTopic(TaggedItemBase):
    content_object = ParentalKey(
        "opportunities.SpeakerOpportunityPage", on_delete=models.CASCADE, related_name="topic_items"
    )


class OpportunityQuerySet(CardQuerySet):
    def open(self, now=None):
        return self.filter(response_deadline__gt=now or timezone.now())

    def closed(self, now=None):
        return self.filter(response_deadline__lte=now or timezone.now())


# MembersOnlyPageMixin comes before RoutablePageMixin in the bases: its access check runs before any
# route is resolved.
class SpeakerOpportunityIndexPage(MembersOnlyPageMixin, RoutablePageMixin, BasePage):
    """Open opportunities (soonest deadline first), then closed ones; and each member's "My responses"."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = Page.promote_panels

    parent_page_types = ["extranet.ExtranetIndexPage"]
    subpage_types = ["opportunities.SpeakerOpportunityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("speaker opportunity index")
        verbose_name_plural = _("speaker opportunity indexes")

    def opportunities(self, user):
        return SpeakerOpportunityPage.objects.child_of(self).visible_to(user)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        opportunities = self.opportunities(request.user).prefetch_related("topics")
        open_opportunities = list(opportunities.open(now).order_by("response_deadline"))
        answers = SpeakerResponse.objects.by_translation_key(request.user)
        for opportunity in open_opportunities:
            opportunity.my_answer = answers.get(opportunity.translation_key)
        context["open_opportunities"] = open_opportunities
        context["closed_opportunities"] = paginate(
            request, opportunities.closed(now).order_by("-response_deadline"), CLOSED_PER_PAGE
        )
        return context

    @property
    def my_responses_url(self):
        return self.url + self.reverse_subpage("my_responses")

    # In the reader's language (/es/.../mis-respuestas/); the English route keeps working in both.
    @path(_("my-responses/"), name="my_responses")
    @path("my-responses/", name="my_responses_untranslated")
    def my_responses(self, request):
        responses = list(SpeakerResponse.objects.for_member(request.user))
        pages = localized_opportunities([response.opportunity for response in responses])
        rows = [
            (response, pages.get(response.opportunity.translation_key, response.opportunity))
            for response in responses
        ]
        return self.render(
            request,
            context_overrides={"response_rows": rows},
            template="opportunities/my_responses.html",
        )


def localized_opportunities(opportunities):
    """The reader's language version of each opportunity, by translation key, in one query."""
    keys = {page.translation_key for page in opportunities}
    if not keys:
        return {}
    locale = Locale.get_active()
    pages = SpeakerOpportunityPage.objects.filter(translation_key__in=keys, locale=locale).live()
    return {page.translation_key: page for page in pages}


class SpeakerOpportunityPageForm(WagtailAdminPageForm):
    """A new opportunity cannot open with its deadline already passed (existing ones may pass it)."""

    def clean(self):
        cleaned = super().clean()
        deadline = cleaned.get("response_deadline")
        if self.instance.pk is None and deadline and deadline <= timezone.now():
            self.add_error(
                "response_deadline", _("The response deadline has already passed. Choose a later time.")
            )
        return cleaned


class SpeakerOpportunityPage(MembersOnlyPageMixin, RoutablePageMixin, BasePage):
    """An invitation to speak or write for the alliance; members answer "I'm interested" on the page."""

    kind = models.CharField(_("kind"), max_length=20, choices=OpportunityKind.choices)
    outlet = models.CharField(_("outlet or venue"), max_length=255)
    topics = ClusterTaggableManager(verbose_name=_("topics"), through=OpportunityTopic, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=OpportunityLanguage.choices, default=OpportunityLanguage.ENGLISH
    )
    event_date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("When the interview, publication or event happens.")
    )
    response_deadline = models.DateTimeField(
        _("response deadline"), help_text=_("Members can answer until this time (site's time zone).")
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)

    base_form_class = SpeakerOpportunityPageForm
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("outlet"),
                FieldPanel("topics"),
                FieldPanel("language"),
                FieldRowPanel([FieldPanel("event_date"), FieldPanel("response_deadline")]),
            ],
            heading=_("The opportunity"),
        ),
        FieldPanel("description"),
    ]
    promote_panels = Page.promote_panels
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("outlet"),
        index.SearchField("description"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("response_deadline"),
    ]

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    parent_page_types = ["opportunities.SpeakerOpportunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("speaker opportunity")
        verbose_name_plural = _("speaker opportunities")

    def clean(self):
        super().clean()
        if self.response_deadline and self.event_date:
            deadline_day = timezone.localtime(self.response_deadline).date()
            if deadline_day > self.event_date:
                raise ValidationError(
                    {"response_deadline": _("The response deadline must be on or before the date itself.")}
                )

    @property
    def is_open(self):
        return self.response_deadline > timezone.now()

    def source_opportunity(self):
        """Answers belong to the opportunity, not to one language version of it: the version in the
        default language (or this page, written in its own language first)."""
        source = (
            SpeakerOpportunityPage.objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            )
            .exclude(pk=self.pk)
            .first()
        )
        return source or self

    def answer_of(self, user):
        return SpeakerResponse.objects.filter(opportunity=self.source_opportunity(), member=user).first()

    # The form's views live in views.py, to keep this module about data.
    @path("", name="detail")
    def detail(self, request):
        from .views import opportunity_page

        return opportunity_page(self, request)

    @path("withdraw/", name="withdraw")
    def withdraw(self, request):
        from .views import withdraw_answer

        return withdraw_answer(self, request)


def staff_recipients():
    """The active users of the Staff group with an address: they review the answers."""
    users = get_user_model().objects.filter(groups__name=STAFF, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


class SpeakerResponseQuerySet(EmailDeliveryQuerySet):
    def for_member(self, user):
        return self.filter(member=user).select_related("opportunity").order_by("-updated_at")

    def by_translation_key(self, user):
        """The member's answers by their opportunity's translation key (the same in every language)."""
        if not user.is_authenticated:
            return {}
        answers = self.filter(member=user).select_related("opportunity")
        return {answer.opportunity.translation_key: answer for answer in answers}


class SpeakerResponse(EmailDelivery):
    """A member's "I'm interested" for an opportunity; stored before staff are told."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        SELECTED = "selected", _("Selected")
        NOT_SELECTED = "not_selected", _("Not selected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    opportunity = models.ForeignKey(
        SpeakerOpportunityPage,
        verbose_name=_("opportunity"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="speaker_responses",
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    availability = models.CharField(_("availability"), max_length=500)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SpeakerResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("speaker response")
        verbose_name_plural = _("speaker responses")
        constraints = [
            models.UniqueConstraint(fields=["opportunity", "member"], name="one_response_per_member"),
        ]

    def __str__(self):
        return f"{self.member_name}: {self.opportunity.title}"

    @property
    def member_name(self):
        return self.member.get_full_name() or self.member.email

    @property
    def member_email(self):
        return self.member.email

    @property
    def member_profile(self):
        """The member's profile; None for a staff account that answered (it has none)."""
        return getattr(self.member, "member_profile", None)

    @property
    def member_organization(self):
        profile = self.member_profile
        return profile.organization.name if profile and profile.organization_id else ""

    @property
    def member_languages(self):
        profile = self.member_profile
        return profile.languages if profile else ""

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    def email_still_wanted(self):
        return not self.is_withdrawn

    def build_email(self):
        recipients = staff_recipients()
        if not recipients:
            return None
        context = {
            "response": self,
            "admin_url": site_url(reverse("speaker_responses:edit", args=[self.pk])),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_subject("emails/speaker_response_subject.txt", context)
            body = render_to_string("emails/speaker_response.txt", context)
        reply_to = [self.member.email] if self.member.email else None
        return EmailMessage(subject=subject, body=body, to=recipients, reply_to=reply_to)


class SpeakerStatusNotice(EmailDelivery):
    """The email that tells a member staff shortlisted, chose or did not choose their answer: one per
    change of status, stored with the change and sent by the queue. It is sent only while the answer
    still has that status (staff may correct a slip before it goes) and the member may still open the
    opportunity on the site (the access policy): a lapsed member hears nothing about member-only work."""

    # The statuses a member is told about; "received" and "withdrawn" are their own doing.
    TOLD = {
        SpeakerResponse.Status.SHORTLISTED,
        SpeakerResponse.Status.SELECTED,
        SpeakerResponse.Status.NOT_SELECTED,
    }

    response = models.ForeignKey(
        SpeakerResponse, verbose_name=_("answer"), on_delete=models.CASCADE, related_name="status_notices"
    )
    status = models.CharField(_("status"), max_length=20, choices=SpeakerResponse.Status.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("status email to a member")
        verbose_name_plural = _("status emails to members")

    def __str__(self):
        return f"{self.response}: {self.get_status_display()}"

    @classmethod
    def for_change(cls, response, previous_status):
        """Store (and queue) the notice a status change owes, if it owes one."""
        if response.status == previous_status or response.status not in cls.TOLD:
            return None
        notice = cls.objects.create(response=response, status=response.status)
        notice.queue_email()
        return notice

    def opportunity_page(self):
        """The opportunity in the language the member answered in (else the one they answered)."""
        opportunity = self.response.opportunity
        translated = localized_opportunities_in(opportunity, self.response.language)
        return translated or opportunity

    def email_still_wanted(self):
        member = self.response.member
        return (
            self.response.status == self.status
            and bool(member.email)
            and access.may_view_page(member, self.opportunity_page())
        )

    def build_email(self):
        member = self.response.member
        opportunity = self.opportunity_page()
        index = opportunity.get_parent().specific
        with translation.override(self.response.language):
            context = {
                "notice": self,
                "name": member.first_name or member.get_full_name() or member.email,
                "title": opportunity.title,
                "opportunity_url": page_url(opportunity),
                "my_responses_url": page_url(index) + index.reverse_subpage("my_responses"),
            }
            subject = render_subject("emails/speaker_status_subject.txt", context)
            body = render_to_string("emails/speaker_status.txt", context)
        return EmailMessage(subject=subject, body=body, to=[member.email])


def localized_opportunities_in(opportunity, language):
    """The live version of `opportunity` in `language`, or None."""
    return (
        SpeakerOpportunityPage.objects.live()
        .filter(translation_key=opportunity.translation_key, locale__language_code=language)
        .first()
    )
