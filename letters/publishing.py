"""Staff's actions on a letter as a whole: publish the final letter, withdraw it, remind the allies.

Publishing moves the letter (every language version, through a new published revision, so a later edit
keeps the state) to "published" and creates or updates its public page below the public letters index of
each language, with the letter's final text. Only then is there a public page to show the signers.

The callers (the admin views, the demo loader) decide who may do this: the admin views ask Wagtail's
publish permission on the letter, so the actions here skip Wagtail's own checks on each page they touch.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction

from mail.links import page_url
from mail.text import render_subject
from members.models import MemberProfile, Organization

from .models import LetterState, PublicLetterIndexPage, PublicLetterPage, SignOnLetterPage


class CannotPublish(Exception):
    pass


def letter_versions(letter):
    return SignOnLetterPage.objects.filter(translation_key=letter.translation_key).select_related("locale")


def _set_state(letter, user, **fields):
    """Every language version gets the fields in a new revision, published if the version was live."""
    for version in letter_versions(letter):
        for name, value in fields.items():
            setattr(version, name, value)
        revision = version.save_revision(user=user, log_action=True)
        if version.live:
            revision.publish(user=user, skip_permission_checks=True)


@transaction.atomic
def publish_letter(letter, user):
    """Publish the final letter: the public page in every language the letter has. Raises CannotPublish
    with the reason when there is nowhere to put it."""
    source = letter.source_letter()
    if source.state == LetterState.WITHDRAWN:
        raise CannotPublish(_("A withdrawn letter cannot be published."))
    if not source.live:
        raise CannotPublish(_("Publish the letter's page in the extranet first."))
    versions = [version for version in letter_versions(source) if version.live]
    indexes = {
        index.locale_id: index
        for index in PublicLetterIndexPage.objects.filter(locale__in=[v.locale_id for v in versions])
    }
    if source.locale_id not in indexes:
        raise CannotPublish(
            _("Create a public letters page (“Public letters index”) below the home page first.")
        )
    published_at = source.published_at or timezone.now()
    _set_state(source, user, state=LetterState.PUBLISHED, published_at=published_at)
    source.refresh_from_db()
    public_source = _public_page_for(source, source, indexes[source.locale_id], user)
    for version in versions:
        if version.pk != source.pk and version.locale_id in indexes:
            _public_page_for(source, version, indexes[version.locale_id], user, translation_of=public_source)
    return public_source


def _public_page_for(source, version, index, user, translation_of=None):
    page = PublicLetterPage.objects.filter(letter=source, locale_id=version.locale_id).first()
    if page is None:
        if translation_of is not None:
            page = translation_of.copy_for_translation(version.locale, copy_parents=False)
        else:
            page = PublicLetterPage(letter=source, slug=version.slug, locale_id=version.locale_id, live=False)
            page.title = version.title
            page.body = version.body
            index.add_child(instance=page)
    page.title = version.title
    page.slug = version.slug
    page.kind = version.kind
    page.addressee = version.addressee
    page.body = version.body
    page.listing_summary = version.listing_summary
    page.letter = source
    page.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
    return page


@transaction.atomic
def withdraw_letter(letter, user):
    """Withdraw the letter: no more signatures, and its public pages are unpublished."""
    source = letter.source_letter()
    _set_state(source, user, state=LetterState.WITHDRAWN)
    for page in PublicLetterPage.objects.filter(letter=source).live():
        UnpublishPageAction(page, user=user, log_action=True).execute(skip_permission_checks=True)


def allies_not_answered(letter):
    """Active allies that have not signed (or withdrew), each with its signatories' addresses, or its
    active members' when it has named none."""
    source = letter.source_letter()
    signed = source.signatures.active().filter(organization__isnull=False).values("organization")
    allies = Organization.objects.active().exclude(pk__in=signed).prefetch_related("signatories__member")
    result = []
    for ally in allies:
        emails = [s.member.email for s in ally.signatories.all() if s.member.is_active and s.member.email]
        if not emails:
            emails = list(
                MemberProfile.objects.in_good_standing()
                .filter(organization=ally)
                .exclude(user__email="")
                .values_list("user__email", flat=True)
            )
        if emails:
            result.append((ally, sorted(set(emails))))
    return result


def send_reminders(letter):
    """One reminder per ally that has not answered, to its signatories, through the mail queue (the
    site's email backend stores each message first). Returns how many allies were reminded."""
    source = letter.source_letter()
    reminded = 0
    for ally, emails in allies_not_answered(source):
        with translation.override(settings.LANGUAGE_CODE):
            context = {"letter": source, "ally": ally, "letter_url": page_url(source)}
            subject = render_subject("letters/emails/reminder_subject.txt", context)
            body = render_to_string("letters/emails/reminder.txt", context)
        send_mail(subject, body, None, emails)
        reminded += 1
    return reminded
