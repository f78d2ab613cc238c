"""Publishing a letter: before staff publish it no door shows who signed; publishing creates the public
page in both languages with the approved signers, late signatures marked; public signatures confirmed by
email; withdrawal; and staff's tools (review, CSV export, print view, reminders)."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from letters.models import LetterState, PublicLetterPage, Signature, SignOnLetterPage
from letters.publishing import publish_letter
from tests.conftest import SEARCH_PATHS
from tests.extranet.conftest import make_member
from tests.letters.conftest import SIGNER
from tests.test_exports import csv_rows

pytestmark = pytest.mark.django_db

ALLY = "Valley Parents Network"
PERSON = "Quintana Zubiria"  # the individual signer: a name no page would show by chance


def sign_up(letters):
    """The ally signs through its signatory; an individual member signs; a hidden one is hidden."""
    Signature.objects.create(
        letter=letters["letter"],
        kind="organization",
        organization=letters["ally"],
        member=letters["signatory"],
        organization_name=ALLY,
        name="Sam Signer",
        region="Valley",
    )
    Signature.objects.create(
        letter=letters["letter"], kind="individual", member=letters["individual"], name=PERSON, region="Coast"
    )
    Signature.objects.create(
        letter=letters["letter"],
        kind="individual",
        member=letters["colleague"],
        name="Hidden Person",
        review=Signature.Review.HIDDEN,
    )


def public_doors(client, letters, extranet):
    """Every address an outsider (or another member) could read a signer from."""
    pages = [letters["index"].url, letters["spanish_index"].url, "/sitemap.xml", "/sitemap-en.xml"]
    pages += [
        f"{SEARCH_PATHS[lang]}?query={word}" for lang in ("en", "es") for word in ("Valley", "Quintana")
    ]
    pages += [letters["letter"].url, letters["spanish"].url, extranet["index"].url]
    return {url: client.get(url).content.decode() for url in pages}


def test_before_publication_no_door_shows_who_signed(letters, extranet, roles):
    sign_up(letters)
    other_member = make_member("othermember")
    readers = {"anonymous": Client(), "non_member": Client(), "member of another ally": Client()}
    readers["non_member"].force_login(roles["non_member"])
    readers["member of another ally"].force_login(other_member)
    for who, client in readers.items():
        for url, text in public_doors(client, letters, extranet).items():
            assert PERSON not in text, (who, url)
            assert "Sam Signer" not in text, (who, url)
    # Even a public letter page tied to the letter (made in code, say) is no door before publication:
    # the access policy's availability rule for the type refuses it.
    public = PublicLetterPage(title="Early copy", slug="early", body="<p>x</p>", letter=letters["letter"])
    letters["index"].add_child(instance=public)
    public.save_revision().publish()
    for client in readers.values():
        response = client.get("/en/letters/early/")
        assert response.status_code == 404
        assert PERSON not in response.content.decode()
    assert PERSON not in Client().get(SEARCH_PATHS["en"], {"query": "Early"}).content.decode()


def test_signers_and_staff_alone_see_a_signature_before_publication(client, letters):
    sign_up(letters)
    client.force_login(letters["individual"])
    assert PERSON in client.get(letters["letter"].url).text  # their own
    assert ALLY not in client.get(letters["letter"].url).text.split("Sign this letter")[1]


def test_moderators_publish_the_final_letter_with_its_approved_signers_in_both_languages(
    client, letters, roles
):
    sign_up(letters)
    client.force_login(roles["staff"])  # the comms team submit pages for moderation: no publish button
    assert "Publish the final letter" not in client.get(f"/admin/letters/letter/{letters['letter'].pk}/").text
    client.force_login(roles["moderator"])
    overview = client.get(f"/admin/letters/letter/{letters['letter'].pk}/")
    assert overview.status_code == 200
    assert "Publish the final letter" in overview.text
    response = client.post(f"/admin/letters/letter/{letters['letter'].pk}/publish/", follow=True)
    assert "The final letter is published" in response.text
    letter = SignOnLetterPage.objects.get(pk=letters["letter"].pk)
    assert letter.state == LetterState.PUBLISHED and letter.published_at
    assert letter.get_latest_revision().as_object().state == LetterState.PUBLISHED  # a later edit keeps it
    english = PublicLetterPage.objects.get(locale__language_code="en")
    spanish = PublicLetterPage.objects.get(locale__language_code="es")
    assert spanish.translation_key == english.translation_key
    assert spanish.title == "Comidas escolares para todos"
    public = Client().get(english.url)
    assert public.status_code == 200
    assert ALLY in public.text and PERSON in public.text
    assert "Hidden Person" not in public.text
    assert "1 organization" in public.text and "1 individual" in public.text
    assert "no-cache" in public["Cache-Control"]  # the list changes without a publish: never kept shared
    assert PERSON in Client().get(spanish.url).text
    assert "Signed after publication" not in public.text
    assert english.title in Client().get(letters["index"].url).text


def test_signatures_after_publication_are_marked_late(client, letters, roles):
    sign_up(letters)
    publish_letter(letters["letter"], roles["moderator"])
    client.force_login(letters["signatory"])
    Signature.objects.filter(organization=letters["ally"]).update(status=Signature.Status.WITHDRAWN)
    client.post(letters["letter"].url, {**SIGNER, "sign_as": f"org-{letters['ally'].pk}"})
    text = Client().get(PublicLetterPage.objects.get(locale__language_code="en").url).text
    late_line = text.split(ALLY)[1].split("</li>")[0]
    assert "Signed after publication" in late_line
    assert "Signed after publication" not in text.split(PERSON)[1].split("</li>")[0]


def test_a_withdrawn_letter_takes_its_public_page_away(client, letters, roles):
    sign_up(letters)
    publish_letter(letters["letter"], roles["moderator"])
    url = PublicLetterPage.objects.get(locale__language_code="en").url
    client.force_login(roles["moderator"])
    client.post(f"/admin/letters/letter/{letters['letter'].pk}/withdraw/")
    assert Client().get(url).status_code == 404
    client.force_login(letters["individual"])
    assert "has been withdrawn" in client.get(letters["letter"].url).text


DRAFTAIL_TEXT = (
    '{"blocks": [{"key": "a", "text": "We ask.", "type": "unstyled", "depth": 0, '
    '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}'
)


def test_the_editor_cannot_mark_a_letter_published_without_publishing_it(letters):
    form_class = SignOnLetterPage.get_edit_handler().get_form_class()
    letter = letters["letter"]
    data = {
        "title": letter.title,
        "slug": letter.slug,
        "kind": "statement",
        "addressee": "The Board",
        "state": LetterState.PUBLISHED,
        "deadline": timezone.localtime(letter.deadline).strftime("%Y-%m-%d %H:%M"),
        "open_to": "both",
        "signer_order": "name",
        "body": DRAFTAIL_TEXT,
        "why": DRAFTAIL_TEXT,
    }
    form = form_class(data, instance=letter, parent_page=letter.get_parent(), for_user=None)
    assert not form.is_valid()
    assert "Publish the final letter" in str(form.errors["state"])
    form = form_class({**data, "state": LetterState.CLOSED}, instance=letter, parent_page=letter.get_parent())
    assert form.is_valid(), form.errors


def test_public_signatures_are_confirmed_by_email_and_shown_once_approved(
    client, letters, roles, run_mail_queue, django_capture_on_commit_callbacks
):
    SignOnLetterPage.objects.filter(pk=letters["letter"].pk).update(accepts_public_signatures=True)
    publish_letter(letters["letter"], roles["moderator"])
    url = PublicLetterPage.objects.get(locale__language_code="en").url
    public = Client()
    assert "Add your name" in public.get(url).text
    details = {**SIGNER, "name": "Pat Public", "email": "Pat@Example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        response = public.post(url, details, follow=True)
    assert "check your inbox" in response.text
    signature = Signature.objects.get(kind="public")
    assert signature.status == Signature.Status.UNCONFIRMED and signature.email == "pat@example.org"
    assert "Pat Public" not in public.get(url).text
    run_mail_queue()
    assert [m.to for m in mail.outbox] == [["pat@example.org"]]
    link = next(line for line in mail.outbox[0].body.splitlines() if "/confirm/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert "Confirm my signature" in public.get("/" + path).text  # a link scanner's GET confirms nothing
    signature.refresh_from_db()
    assert signature.status == Signature.Status.UNCONFIRMED
    public.post("/" + path)
    signature.refresh_from_db()
    assert signature.status == Signature.Status.SIGNED and signature.review == Signature.Review.PENDING
    assert "Pat Public" not in public.get(url).text  # staff approve it first
    client.force_login(roles["staff"])
    client.post(f"/admin/letters/signatures/edit/{signature.pk}/", {"review": "approved"})
    signature.refresh_from_db()
    assert signature.review == Signature.Review.APPROVED
    assert "Pat Public" in public.get(url).text
    # The same address again: the same answer, no second signature.
    public.post(url, details)
    assert Signature.objects.filter(kind="public").count() == 1


def test_an_altered_confirmation_link_confirms_nothing(letters, roles):
    SignOnLetterPage.objects.filter(pk=letters["letter"].pk).update(accepts_public_signatures=True)
    publish_letter(letters["letter"], roles["moderator"])
    url = PublicLetterPage.objects.get(locale__language_code="en").url
    response = Client().post(url + "confirm/not-a-token/", follow=True)
    assert "not valid or has expired" in response.text


def test_staff_export_the_signatures_as_formula_safe_csv(client, letters, roles):
    Signature.objects.create(
        letter=letters["letter"], kind="individual", member=letters["individual"], name="=HYPERLINK(1)"
    )
    client.force_login(roles["staff"])
    rows = csv_rows(
        client.get("/admin/letters/signatures/", {"export": "csv", "letter": letters["letter"].pk})
    )
    assert rows[0][:3] == ["Letter", "Signs as", "Organization"]
    assert rows[1][3] == "'=HYPERLINK(1)"
    client.force_login(roles["member"])
    assert client.get("/admin/letters/signatures/", {"export": "csv"}).status_code in (302, 403)


def test_the_print_view_lists_the_approved_signers_for_staff_only(client, letters, roles):
    sign_up(letters)
    client.force_login(roles["staff"])
    text = client.get(f"/admin/letters/letter/{letters['letter'].pk}/print/").text
    assert ALLY in text and PERSON in text and "Hidden Person" not in text
    client.force_login(roles["member"])
    assert PERSON not in client.get(f"/admin/letters/letter/{letters['letter'].pk}/print/").content.decode()


def test_staff_remind_the_allies_that_have_not_answered(
    client, letters, roles, run_mail_queue, django_capture_on_commit_callbacks
):
    sign_up(letters)
    waiting = make_member("waiting").member_profile.organization
    client.force_login(roles["staff"])
    overview = client.get(f"/admin/letters/letter/{letters['letter'].pk}/")
    assert waiting.name in overview.text and ALLY not in overview.text.split("have not answered")[1]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/letters/letter/{letters['letter'].pk}/remind/")
    run_mail_queue()
    recipients = {address for message in mail.outbox for address in message.to}
    assert "waiting@example.org" in recipients
    assert letters["signatory"].email not in recipients
    for message in mail.outbox:
        assert PERSON not in message.body and ALLY not in message.body  # a reminder names no signer
