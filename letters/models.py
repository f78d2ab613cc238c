"""Sign-on letters: statements, comment letters and testimony that allies and members sign.

Two page types carry a letter, one on each side of the access policy:

- `SignOnLetterPage` lives in the extranet (members only). It holds the text, the addressee, why it
  matters, the deadline, the state and the signing form. Signatures are stored against it.
- `PublicLetterPage` lives below a public `PublicLetterIndexPage`. Staff's "publish the final letter"
  action creates it (in every language the letter has) and it shows the final text and the approved
  signers. Before that action there is no public page, so no public door (page, listing, search, feed,
  sitemap, JSON-LD, cache) has a signer to show; and its own availability rule (`is_available_now`,
  asked by the access policy) keeps it from everyone unless its letter is in the published state.

Signatures belong to the letter, not to one language version of it: the version in the default language
(`source_letter`), like the answers of speaker opportunities.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from extranet.models import MembersOnlyPageMixin
from mail.links import page_url, site_url
from mail.models import EmailDelivery, EmailDeliveryQuerySet
from mail.text import render_subject
from members.models import MemberProfile, Organization

CONFIRM_SALT = "letters.public-signature"
CONFIRM_DAYS = 7


class LetterKind(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    COMMENT_LETTER = "comment_letter", _("Comment letter")
    TESTIMONY = "testimony", _("Testimony")


class LetterState(models.TextChoices):
    DRAFTING = "drafting", _("Drafting")
    OPEN = "open", _("Open for signatures")
    CLOSED = "closed", _("Closed")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class OpenTo(models.TextChoices):
    ORGANIZATIONS = "organizations", _("Organizations")
    INDIVIDUALS = "individuals", _("Individuals")
    BOTH = "both", _("Organizations and individuals")


class SignerOrder(models.TextChoices):
    NAME = "name", _("By name")
    REGION = "region", _("Grouped by region")
    SIGNED = "signed", _("In the order they signed")


# States in which the letter takes signatures (until its deadline): a published letter still takes
# late ones, marked as such on the public list.
SIGNING_STATES = (LetterState.OPEN, LetterState.PUBLISHED)


class SignOnLetterPageForm(WagtailAdminPageForm):
    """ "Published" is reached only through staff's publish action, which also creates the public page;
    choosing it in the editor would leave a letter marked published with nothing public."""

    def clean(self):
        cleaned = super().clean()
        state = cleaned.get("state")
        if state == LetterState.PUBLISHED and self.instance.state != LetterState.PUBLISHED:
            self.add_error(
                "state",
                _("Use “Publish the final letter” on the letter's signatures page to publish it."),
            )
        return cleaned


class SignOnLetterPage(MembersOnlyPageMixin, RoutablePageMixin, BasePage):
    """A letter members sign: its text, addressee, reason, deadline and state, and the signing form."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=LetterKind.choices, default=LetterKind.STATEMENT
    )
    addressee = models.CharField(_("addressed to"), max_length=255)
    why = RichTextField(_("why it matters"), features=["bold", "italic", "link"], blank=True)
    body = RichTextField(_("text of the letter"), features=RICH_TEXT_FEATURES)
    deadline = models.DateTimeField(
        _("deadline to sign"), help_text=_("Signatures are taken until this time (site's time zone).")
    )
    state = models.CharField(
        _("state"), max_length=20, choices=LetterState.choices, default=LetterState.DRAFTING
    )
    open_to = models.CharField(_("who may sign"), max_length=20, choices=OpenTo.choices, default=OpenTo.BOTH)
    accepts_public_signatures = models.BooleanField(
        _("accept public signatures"),
        default=False,
        help_text=_(
            "Once published, anyone may add their name on the public page, confirmed by email and "
            "shown after staff approve it."
        ),
    )
    signer_order = models.CharField(
        _("public signer list"), max_length=20, choices=SignerOrder.choices, default=SignerOrder.NAME
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    base_form_class = SignOnLetterPageForm
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("addressee"),
                FieldRowPanel([FieldPanel("state"), FieldPanel("deadline")]),
                FieldRowPanel([FieldPanel("open_to"), FieldPanel("signer_order")]),
                FieldPanel("accepts_public_signatures"),
            ],
            heading=_("The letter"),
        ),
        FieldPanel("why"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels
    # The text is searchable by members; signatures are not page fields and are never indexed.
    search_fields = [*BasePage.search_fields, index.SearchField("addressee"), index.SearchField("body")]

    parent_page_types = ["extranet.ExtranetIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sign-on letter")
        verbose_name_plural = _("sign-on letters")

    def source_letter(self):
        """The version in the default language (or this page, written in its own language first): its
        state, deadline and signatures are the letter's."""
        if self.locale_id == Locale.get_default().pk:
            return self
        source = (
            SignOnLetterPage.objects.filter(translation_key=self.translation_key, locale=Locale.get_default())
            .exclude(pk=self.pk)
            .first()
        )
        return source or self

    def is_past_deadline(self, now=None):
        return self.source_letter().deadline <= (now or timezone.now())

    def takes_signatures(self, now=None):
        source = self.source_letter()
        return source.state in SIGNING_STATES and not source.is_past_deadline(now)

    def allows(self, kind):
        open_to = self.source_letter().open_to
        return open_to == OpenTo.BOTH or open_to == {
            Signature.Kind.ORGANIZATION: OpenTo.ORGANIZATIONS,
            Signature.Kind.INDIVIDUAL: OpenTo.INDIVIDUALS,
        }.get(kind)

    def public_versions(self):
        return PublicLetterPage.objects.filter(letter=self.source_letter())

    @property
    def groups_by_region(self):
        return self.signer_order == SignerOrder.REGION

    def public_signer_lists(self):
        """What the public page shows: nothing unless the letter is published."""
        if self.state != LetterState.PUBLISHED:
            return [], []
        return self.signer_lists()

    def signer_lists(self):
        """The approved signers in the order staff chose, with late ones (signed after publication)
        marked: (organizations, individuals and public signers)."""
        signatures = list(self.signatures.shown_publicly().select_related("organization"))
        if self.signer_order == SignerOrder.REGION:
            signatures.sort(key=lambda s: ((s.region or "~").casefold(), s.sort_name.casefold()))
        elif self.signer_order == SignerOrder.SIGNED:
            signatures.sort(key=lambda s: s.signed_at)
        else:
            signatures.sort(key=lambda s: s.sort_name.casefold())
        for signature in signatures:
            signature.is_late = bool(self.published_at and signature.signed_at > self.published_at)
        organizations = [s for s in signatures if s.kind == Signature.Kind.ORGANIZATION]
        individuals = [s for s in signatures if s.kind != Signature.Kind.ORGANIZATION]
        return organizations, individuals

    # The signing views live in views.py, to keep this module about data.
    @path("", name="detail")
    def detail(self, request):
        from .views import letter_page

        return letter_page(self, request)

    @path("withdraw/", name="withdraw")
    def withdraw(self, request):
        from .views import withdraw_signature

        return withdraw_signature(self, request)


class PublicLetterIndexPage(BasePage):
    """The public list of published letters (e.g. /en/letters/)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("public letters index")
        verbose_name_plural = _("public letters indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = (
            PublicLetterPage.objects.child_of(self).visible_to(request.user).order_by("-first_published_at")
        )
        return context


class PublicLetterPage(RoutablePageMixin, BasePage):
    """The published letter: its final text and the approved signers. Created by staff's publish action
    (letters.publishing), never by hand with a letter attached: the `letter` link is not editable."""

    letter = models.ForeignKey(
        SignOnLetterPage,
        verbose_name=_("letter"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=LetterKind.choices, default=LetterKind.STATEMENT
    )
    addressee = models.CharField(_("addressed to"), max_length=255, blank=True)
    body = RichTextField(_("text of the letter"), features=RICH_TEXT_FEATURES)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("addressee"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("addressee"), index.SearchField("body")]
    parent_page_types = ["letters.PublicLetterIndexPage"]
    subpage_types = []
    shows_pages_of = ()
    serving_select_related = ("listing_image", "letter")

    class Meta:
        verbose_name = _("published letter")
        verbose_name_plural = _("published letters")

    def is_available_now(self):
        """The access policy's rule for this type: a public letter tied to a sign-on letter is shown only
        while that letter is published (withdrawing it takes the public page away at once)."""
        if self.letter_id is None:
            return True
        return SignOnLetterPage.objects.filter(pk=self.letter_id, state=LetterState.PUBLISHED).exists()

    def signers(self):
        """The approved signers in the order staff chose: (organizations, individuals), each a list."""
        if self.letter_id is None:
            return [], []
        return self.letter.public_signer_lists()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The signer list changes without a publish (a late signature, staff hiding one): the shared page
        # cache must not keep it (serving.middleware skips no-cache responses).
        patch_cache_control(response, no_cache=True)
        return response

    @path("", name="detail")
    def detail(self, request):
        from .views import public_letter_page

        return public_letter_page(self, request)

    def confirmation_path(self, token):
        parts = self.get_url_parts()
        return parts[2] + self.reverse_subpage("confirm", args=[token]) if parts else ""

    @path("confirm/<str:token>/", name="confirm")
    def confirm(self, request, token):
        from .views import confirm_public_signature

        return confirm_public_signature(self, request, token)


# ---------------------------------------------------------------------------------------------------
# Who signs for an ally
# ---------------------------------------------------------------------------------------------------


class Signatory(EmailDelivery):
    """A member an ally allows to sign letters on its behalf. Only they sign or withdraw its signature.

    Named by the ally's contact from "My account" (`named_by` is that person) or by staff in the admin.
    Its email tells the member, in their language, that they may now sign for the ally."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="signatories"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="signatory_for",
    )
    created_at = models.DateTimeField(_("named"), auto_now_add=True)
    named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EmailDeliveryQuerySet.as_manager()

    panels = [FieldPanel("organization"), FieldPanel("member")]

    class Meta:
        ordering = ["organization__name"]
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        constraints = [
            models.UniqueConstraint(fields=["organization", "member"], name="one_signatory_row_per_member"),
        ]

    def __str__(self):
        return f"{self.member.get_full_name() or self.member.email} ({self.organization})"

    def clean(self):
        profile = getattr(self.member, "member_profile", None) if self.member_id else None
        if (
            self.member_id
            and self.organization_id
            and (profile is None or profile.organization_id != self.organization_id)
        ):
            raise ValidationError({"member": _("A signatory must be a member of this organization.")})

    def email_still_wanted(self):
        # Removed again before the mail went out: the row is gone and nothing is sent. A member who has
        # since left, or an ally that lapsed, hears nothing.
        return (
            self.organization.is_active
            and nameable_members(self.organization).filter(pk=self.member_id).exists()
        )

    def build_email(self):
        if not self.member.email:
            return None
        profile = getattr(self.member, "member_profile", None)
        language = (profile.language if profile is not None else "") or settings.LANGUAGE_CODE
        named_by = self.named_by.get_full_name() if self.named_by_id else ""
        with translation.override(language):
            context = {
                "signatory": self,
                "organization": self.organization,
                "named_by": named_by,
                "letters_url": site_url(reverse("letters:letters")),
            }
            subject = render_subject("letters/emails/named_subject.txt", context)
            body = render_to_string("letters/emails/named.txt", context)
        return EmailMessage(subject=subject, body=body, to=[self.member.email])


def signatory_organizations(user):
    """The active allies `user` may sign for (what "My account" shows as "what you sign for")."""
    if not user.is_authenticated:
        return Organization.objects.none()
    return Organization.objects.active().filter(signatories__member=user).order_by("name")


def nameable_members(organization):
    """The accounts an ally may name as signatories: its members in good standing (an ended member, a
    deactivated account, anyone of another ally is not among them)."""
    return (
        get_user_model()
        .objects.filter(
            member_profile__in=MemberProfile.objects.in_good_standing().filter(organization=organization)
        )
        .select_related("member_profile")
        .order_by("last_name", "first_name", "email")
    )


def contact_organization(user):
    """The ally `user` names the signatories of: their own organization, while it is active, they are
    its contact (`MemberProfile.is_organization_contact`, set by staff) and their membership is in good
    standing. None for anyone else."""
    if not user.is_authenticated:
        return None
    profile = (
        MemberProfile.objects.in_good_standing()
        .select_related("organization")
        .filter(user=user, is_organization_contact=True, organization__status=Organization.Status.ACTIVE)
        .first()
    )
    return profile.organization if profile is not None else None


def name_signatories(organization, chosen, by):
    """Make `chosen` (accounts among `nameable_members(organization)`) the ally's signatories among its
    members in good standing: name those not named yet (each is emailed) and remove the others. Rows of
    people no longer nameable are left as they are (they sign for no one while out of good standing).
    Signatures already given stay. Returns (added, removed), lists of accounts."""
    nameable = {user.pk: user for user in nameable_members(organization)}
    wanted = {user.pk for user in chosen if user.pk in nameable}
    with transaction.atomic():
        current = set(
            Signatory.objects.select_for_update()
            .filter(organization=organization, member_id__in=nameable)
            .values_list("member_id", flat=True)
        )
        added, removed = [], []
        for pk in [pk for pk in nameable if pk in wanted - current]:
            signatory, created = Signatory.objects.get_or_create(
                organization=organization, member_id=pk, defaults={"named_by": by}
            )
            if created:
                signatory.queue_email()
                added.append(nameable[pk])
        gone = current - wanted
        if gone:
            Signatory.objects.filter(organization=organization, member_id__in=gone).delete()
            removed = [user for pk, user in nameable.items() if pk in gone]
    return added, removed


# ---------------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------------


class SignatureQuerySet(EmailDeliveryQuerySet):
    def active(self):
        return self.filter(status=Signature.Status.SIGNED)

    def shown_publicly(self):
        return self.active().filter(review=Signature.Review.APPROVED)


class Signature(EmailDelivery):
    """One signature of a letter: an ally's (by one of its signatories), a member's own, or a public
    signer's (confirmed by email). One per ally, member or public address and letter, a database rule;
    withdrawing keeps the row so that signing again reuses it. Its email is the signer's confirmation."""

    class Kind(models.TextChoices):
        ORGANIZATION = "organization", _("Organization")
        INDIVIDUAL = "individual", _("Individual member")
        PUBLIC = "public", _("Member of the public")

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Awaiting email confirmation")
        SIGNED = "signed", _("Signed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Review(models.TextChoices):
        PENDING = "pending", _("To review")
        APPROVED = "approved", _("Approved")
        HIDDEN = "hidden", _("Hidden")

    letter = models.ForeignKey(
        SignOnLetterPage, verbose_name=_("letter"), on_delete=models.CASCADE, related_name="signatures"
    )
    kind = models.CharField(_("signs as"), max_length=20, choices=Kind.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="letter_signatures",
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="letter_signatures",
    )
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=150, blank=True)
    organization_name = models.CharField(_("organization"), max_length=200, blank=True)
    region = models.CharField(_("city or region"), max_length=120, blank=True)
    comment = models.TextField(_("comment to staff"), max_length=2000, blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SIGNED)
    review = models.CharField(_("review"), max_length=20, choices=Review.choices, default=Review.APPROVED)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )
    signed_at = models.DateTimeField(_("signed"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_at"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "organization"],
                condition=Q(kind="organization"),
                name="one_signature_per_ally",
            ),
            models.UniqueConstraint(
                fields=["letter", "member"], condition=Q(kind="individual"), name="one_signature_per_member"
            ),
            models.UniqueConstraint(
                fields=["letter", "email"],
                condition=Q(kind="public"),
                name="one_signature_per_public_address",
            ),
            models.CheckConstraint(
                condition=~Q(kind="organization") | Q(organization__isnull=False),
                name="an_ally_signature_names_the_ally",
            ),
        ]

    def __str__(self):
        return f"{self.display_name}: {self.letter.title}"

    @property
    def display_name(self):
        return self.organization_name if self.kind == self.Kind.ORGANIZATION else self.name

    @property
    def sort_name(self):
        return self.display_name or ""

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def recipient(self):
        if self.kind == self.Kind.PUBLIC:
            return self.email
        return self.member.email if self.member_id else ""

    def confirmation_token(self):
        # Encoded whole: the signer's separators are refused in a page's sub-address.
        return urlsafe_base64_encode(_confirmation_signer().sign_object(self.pk).encode())

    @classmethod
    def from_confirmation_token(cls, token):
        """The public signature a confirmation link names, or None if the link is altered or expired."""
        try:
            signed = urlsafe_base64_decode(token).decode()
            pk = _confirmation_signer().unsign_object(signed, max_age=datetime.timedelta(days=CONFIRM_DAYS))
        except (signing.BadSignature, ValueError):
            return None
        return cls.objects.filter(pk=pk, kind=cls.Kind.PUBLIC).select_related("letter").first()

    def email_still_wanted(self):
        return not self.is_withdrawn

    def build_email(self):
        recipient = self.recipient
        if not recipient:
            return None
        with translation.override(self.language):
            letter = localized_letter(self.letter, self.language)
            context = {"signature": self, "letter": letter}
            if self.status == self.Status.UNCONFIRMED:
                public = public_version(self.letter, self.language)
                if public is None:
                    return None
                context["confirm_url"] = site_url(public.confirmation_path(self.confirmation_token()))
                context["confirm_days"] = CONFIRM_DAYS
                subject = render_subject("letters/emails/confirm_subject.txt", context)
                body = render_to_string("letters/emails/confirm.txt", context)
            else:
                context["letter_url"] = page_url(letter)
                subject = render_subject("letters/emails/signed_subject.txt", context)
                body = render_to_string("letters/emails/signed.txt", context)
        return EmailMessage(subject=subject, body=body, to=[recipient])


def _confirmation_signer():
    return signing.TimestampSigner(salt=CONFIRM_SALT)


def localized_letter(letter, language):
    """The letter's version in `language`, or the letter itself."""
    version = (
        SignOnLetterPage.objects.filter(
            translation_key=letter.translation_key, locale__language_code=language
        )
        .live()
        .first()
    )
    return version or letter


def public_version(letter, language):
    pages = PublicLetterPage.objects.filter(letter=letter).live()
    return pages.filter(locale__language_code=language).first() or pages.first()
