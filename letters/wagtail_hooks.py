"""Staff's side of sign-on letters (signatures as they come in, approve or hide, CSV export, the letter's
own page with publish, withdraw, reminders and the print view; allies' signatories) and the members'
panel on the extranet home. Signatures come only from signers, so staff get no "add" permission on
them (letters/migrations/0002_permissions.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button

from core import access
from core.dashboard import WorkItem
from core.exports import SafeExportIndexView
from core.notifications import NotificationKind
from extranet.dashboard import DASHBOARD_ITEMS, Panel
from members.account import AccountSection
from members.admin_views import ReadableInspectView

from . import admin_views
from .models import (
    Signatory,
    Signature,
    SignOnLetterPage,
    contact_organization,
    localized_letter,
    signatory_organizations,
)


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "edit"
    menu_label = _("Signatures")
    list_display = [
        TitleColumn("display_name", label=_("Signer"), url_name="letter_signatures:edit"),
        Column("letter", label=_("Letter")),
        Column("get_kind_display", label=_("Signs as")),
        StatusTagColumn(
            "get_status_display", label=_("Status"), primary=lambda s: s.status == Signature.Status.SIGNED
        ),
        StatusTagColumn(
            "get_review_display", label=_("Review"), primary=lambda s: s.review == Signature.Review.PENDING
        ),
        DateColumn("signed_at", label=_("Signed")),
    ]
    list_filter = ["letter", "kind", "status", "review"]
    search_fields = ["name", "organization_name", "region", "email", "comment"]
    list_export = [
        "letter",
        "kind",
        "organization_name",
        "name",
        "title",
        "region",
        "status",
        "review",
        "comment",
        "signed_at",
        "withdrawn_at",
    ]
    export_headings = {
        "letter": _("Letter"),
        "kind": _("Signs as"),
        "organization_name": _("Organization"),
        "name": _("Name"),
        "title": _("Title"),
        "region": _("City or region"),
        "status": _("Status"),
        "review": _("Review"),
        "comment": _("Comment to staff"),
        "signed_at": _("Signed"),
        "withdrawn_at": _("Withdrawn"),
    }
    export_filename = "signatures"
    index_view_class = SafeExportIndexView  # what signers typed cannot become a formula
    # Staff approve or hide; what the signer sent is shown read-only.
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("letter", read_only=True),
                FieldPanel("kind", read_only=True),
                FieldPanel("organization_name", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("title", read_only=True),
                FieldPanel("region", read_only=True),
                FieldPanel("comment", read_only=True),
                FieldPanel("status", read_only=True),
            ],
            heading=_("The signature"),
        ),
        FieldPanel("review"),
    ]
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    inspect_view_fields = [
        "letter",
        "kind",
        "organization",
        "member",
        "name",
        "title",
        "organization_name",
        "region",
        "email",
        "comment",
        "status",
        "review",
        "language",
        "signed_at",
        "withdrawn_at",
        "email_status",
    ]
    copy_view_enabled = False
    url_namespace = "letter_signatures"
    url_prefix = "letters/signatures"

    def get_queryset(self, request):
        return Signature.objects.select_related("letter", "organization")


class SignatoryCreateView(generic.CreateView):
    """Staff naming a signatory: recorded as named by them, and the member is emailed (as when the
    ally's contact names one from "My account")."""

    def save_instance(self):
        self.form.instance.named_by = self.request.user
        instance = super().save_instance()
        instance.queue_email()
        return instance


class SignatoryViewSet(ModelViewSet):
    model = Signatory
    add_view_class = SignatoryCreateView
    icon = "user"
    menu_label = _("Signatories of allies")
    list_display = [
        "member",
        "organization",
        DateColumn("created_at", label=_("Named")),
        Column("named_by", label=_("Named by"), accessor=lambda signatory: signatory.named_by or ""),
    ]
    list_filter = ["organization"]
    search_fields = ["member__first_name", "member__last_name", "member__email", "organization__name"]
    copy_view_enabled = False
    url_namespace = "letter_signatories"
    url_prefix = "letters/signatories"

    def get_queryset(self, request):
        return Signatory.objects.select_related("member", "organization", "named_by")


class LettersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Sign-on letters")
    menu_icon = "edit"
    menu_order = 265
    items = [SignatureViewSet, SignatoryViewSet]


@hooks.register("register_admin_viewset")
def register_letter_viewsets():
    return LettersViewSetGroup()


@hooks.register("register_admin_urls")
def register_letter_admin_urls():
    return [
        path("letters/letter/<int:page_id>/", admin_views.letter_signatures, name="letters_admin_letter"),
        path("letters/letter/<int:page_id>/publish/", admin_views.publish, name="letters_admin_publish"),
        path("letters/letter/<int:page_id>/withdraw/", admin_views.withdraw, name="letters_admin_withdraw"),
        path("letters/letter/<int:page_id>/remind/", admin_views.remind, name="letters_admin_remind"),
        path("letters/letter/<int:page_id>/print/", admin_views.print_signers, name="letters_admin_print"),
    ]


@hooks.register("register_page_header_buttons")
def letter_signatures_button(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, SignOnLetterPage) or not user.has_perm(
        "letters.view_signature"
    ):
        return
    yield Button(
        _("Signatures and publishing"),
        url=reverse("letters_admin_letter", args=[page.pk]),
        icon_name="list-ul",
        priority=90,
    )


@hooks.register("register_extranet_dashboard_panel", order=35)
def letters_panel(home, request, now):
    """Letters open for signature below this extranet home (nearest deadline first), and the letters the
    member's organization has signed, each in the home's language."""
    from .models import signatory_organizations

    letters = (
        SignOnLetterPage.objects.descendant_of(home)
        .visible_to(request.user)
        .filter(locale_id=home.locale_id)
        .order_by("deadline")
    )
    open_letters = [letter for letter in letters if letter.takes_signatures(now)][:DASHBOARD_ITEMS]
    profile = getattr(request.user, "member_profile", None)
    signed = []
    if profile is not None and profile.organization_id:
        signatures = (
            Signature.objects.active()
            .filter(organization_id=profile.organization_id)
            .select_related("letter")
            .order_by("-signed_at")[:DASHBOARD_ITEMS]
        )
        language = home.locale.language_code
        signed = [(signature, localized_letter(signature.letter, language)) for signature in signatures]
    if not open_letters and not signed:
        return None
    return Panel(
        "letters/dashboard/letters.html",
        open_letters=open_letters,
        signed=signed,
        signs_for=list(signatory_organizations(request.user)),
    )


@hooks.register("register_staff_work_item")
def signatures_to_review_item(request):
    """Confirmed public signatures no one has approved or hidden yet (core.dashboard)."""
    if not request.user.has_perm("letters.change_signature"):
        return None
    count = Signature.objects.active().filter(review=Signature.Review.PENDING).count()
    url = reverse("letter_signatures:index") + f"?review={Signature.Review.PENDING}"
    return WorkItem(_("Signatures to review"), count, url, order=35)


# ---------------------------------------------------------------------------------------------------
# "My account", "download my data" (members.account) and members' notifications (core.notifications)
# ---------------------------------------------------------------------------------------------------


@hooks.register("register_account_section", order=26)
def signing_section(request):
    """Letters in "My account": a link to the letters the member may see, the allies they sign for, and
    for an ally's contact the page where they name its signatories. Nothing for someone outside the
    extranet's audience who signs for no ally."""
    from .account_views import in_extranet_audience

    organizations = list(signatory_organizations(request.user))
    contact_of = contact_organization(request.user)
    member = in_extranet_audience(request)
    if not (organizations or contact_of or member):
        return None
    return AccountSection(
        "signing",
        _("Sign-on letters"),
        "letters/account_section.html",
        organizations=organizations,
        contact_of=contact_of,
        has_organization=bool(
            getattr(getattr(request.user, "member_profile", None), "organization_id", None)
        ),
        letters_url=reverse("letters:letters") if member else "",
    )


@hooks.register("register_personal_data", order=60)
def signatures_data(user):
    signatures = Signature.objects.filter(member=user).select_related("letter").order_by("signed_at")
    return "letter_signatures", [
        {
            "letter": signature.letter.title,
            "signs_as": signature.kind,
            "name": signature.name,
            "title": signature.title,
            "organization": signature.organization_name,
            "region": signature.region,
            "comment": signature.comment,
            "status": signature.status,
            "signed_at": signature.signed_at,
            "withdrawn_at": signature.withdrawn_at,
        }
        for signature in signatures
    ]


@hooks.register("register_notification_kind")
def letters_kind():
    def items(user, since, until, locale):
        # Published (a letter opens for signatures by a publish of its new state) in the period, and
        # taking signatures now; the policy decides who may see each.
        letters = access.visible_pages(SignOnLetterPage.objects.all(), user).filter(
            locale=locale, last_published_at__gte=since, last_published_at__lt=until
        )
        return [
            letter
            for letter in letters.order_by("deadline")
            if letter.takes_signatures() and access.may_view_page(user, letter)
        ]

    return NotificationKind("letters", _("Letters open for your signature"), items, order=45)
