"""Signing a letter in the extranet: only an ally's signatories sign for it, one signature per ally or
member (a database rule, also when two submissions meet), withdrawal until the deadline, nothing after
it, and the signer's confirmation email through the mail queue."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from letters.models import LetterState, Signatory, Signature, SignOnLetterPage, signatory_organizations
from letters.views import sign
from members.factories import OrganizationFactory
from tests.letters.conftest import SIGNER, move_deadline

pytestmark = pytest.mark.django_db


def as_ally(letters):
    return {**SIGNER, "sign_as": f"org-{letters['ally'].pk}"}


AS_MYSELF = {**SIGNER, "sign_as": "individual"}


def test_a_signatory_signs_for_the_ally_in_one_click_and_gets_a_confirmation(
    client, letters, run_mail_queue, django_capture_on_commit_callbacks
):
    client.force_login(letters["signatory"])
    page = client.get(letters["letter"].url)
    assert "Valley Parents Network" in page.text  # offered as "sign as", with the details filled in
    assert 'value="Sam Signer"' in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(letters["letter"].url, {**as_ally(letters), "organization_name": "Typed Inc"})
    assert response.status_code == 302
    signature = Signature.objects.get()
    assert signature.kind == Signature.Kind.ORGANIZATION
    assert signature.organization == letters["ally"]
    assert signature.organization_name == "Valley Parents Network"  # an ally signs under its own name
    assert signature.member == letters["signatory"]
    assert signature.email_queued_at is not None and mail.outbox == []  # stored first, mailed later
    run_mail_queue()
    assert [message.to for message in mail.outbox] == [[letters["signatory"].email]]
    assert "School meals for every child" in mail.outbox[0].subject
    assert "Valley Parents Network" in mail.outbox[0].body


def test_a_member_who_is_not_a_signatory_cannot_sign_for_the_ally(client, letters):
    client.force_login(letters["colleague"])
    page = client.get(letters["letter"].url)
    assert f"org-{letters['ally'].pk}" not in page.text
    response = client.post(letters["letter"].url, as_ally(letters))
    assert response.status_code == 400
    assert "You cannot sign for that" in response.text
    assert not Signature.objects.exists()
    # The colleague may still sign as an individual.
    client.post(letters["letter"].url, AS_MYSELF)
    signature = Signature.objects.get()
    assert (signature.kind, signature.member, signature.organization) == (
        Signature.Kind.INDIVIDUAL,
        letters["colleague"],
        None,
    )


def test_a_letter_open_to_organizations_only_takes_no_individual_signature(client, letters):
    SignOnLetterPage.objects.filter(pk=letters["letter"].pk).update(open_to="organizations")
    client.force_login(letters["individual"])
    response = client.get(letters["letter"].url)
    assert "Only the signatories an ally has named sign for it" in response.text
    assert client.post(letters["letter"].url, AS_MYSELF).status_code == 400
    assert not Signature.objects.exists()


def test_one_signature_per_ally_whichever_signatory_signs(client, letters):
    second = letters["colleague"]
    Signatory.objects.create(organization=letters["ally"], member=second)
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    client.force_login(second)
    response = client.post(letters["letter"].url, as_ally(letters), follow=True)
    assert "Valley Parents Network has already signed this letter" in response.text
    assert Signature.objects.count() == 1
    assert Signature.objects.get().member == letters["signatory"]


def test_one_signature_per_ally_is_a_database_rule(letters):
    Signature.objects.create(
        letter=letters["letter"], kind="organization", organization=letters["ally"], name="A"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            letter=letters["letter"], kind="organization", organization=letters["ally"], name="B"
        )
    Signature.objects.create(
        letter=letters["letter"], kind="individual", member=letters["individual"], name="C"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            letter=letters["letter"], kind="individual", member=letters["individual"], name="D"
        )


def test_two_submissions_at_once_leave_one_signature(letters, monkeypatch):
    """The other submission commits between this one's look-up and its insert: the unique constraint
    refuses the second row, and the signer is told the ally has signed, with no second email."""
    other = Signature.objects.create(
        letter=letters["letter"], kind="organization", organization=letters["ally"], name="Other tab"
    )
    original_first = QuerySet.first
    looked = []

    def first_before_the_other_commit(self):
        if self.model is Signature and not looked:
            looked.append(True)
            return None  # what this request saw before the other one committed
        return original_first(self)

    monkeypatch.setattr(QuerySet, "first", first_before_the_other_commit)
    signature, new = sign(letters["letter"], letters["signatory"], as_ally(letters))
    assert looked and not new
    assert signature.pk == other.pk
    assert Signature.objects.count() == 1
    assert Signature.objects.get().email_queued_at is None


def test_signing_from_the_spanish_page_signs_the_same_letter(client, letters):
    client.force_login(letters["individual"])
    client.post(letters["spanish"].url, AS_MYSELF)
    signature = Signature.objects.get()
    assert signature.letter_id == letters["letter"].pk
    assert signature.language == "es"
    response = client.post(letters["letter"].url, AS_MYSELF, follow=True)
    assert "has already signed" in response.text
    assert Signature.objects.count() == 1


def test_the_signatory_withdraws_and_may_sign_again_before_the_deadline(client, letters):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    signature = Signature.objects.get()
    withdraw_url = letters["letter"].url + "withdraw/"
    response = client.post(withdraw_url, {"signature": signature.pk}, follow=True)
    assert "The signature has been withdrawn" in response.text
    signature.refresh_from_db()
    assert signature.status == Signature.Status.WITHDRAWN and signature.withdrawn_at
    client.post(letters["letter"].url, as_ally(letters))
    signature.refresh_from_db()
    assert signature.status == Signature.Status.SIGNED and signature.withdrawn_at is None
    assert Signature.objects.count() == 1


def test_only_a_signatory_of_the_ally_may_withdraw_its_signature(client, letters):
    signature = Signature.objects.create(
        letter=letters["letter"], kind="organization", organization=letters["ally"], name="Sam"
    )
    client.force_login(letters["colleague"])
    client.post(letters["letter"].url + "withdraw/", {"signature": signature.pk})
    signature.refresh_from_db()
    assert signature.status == Signature.Status.SIGNED


def test_after_the_deadline_signing_and_withdrawing_are_closed_with_a_message(client, letters):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    signature = Signature.objects.get()
    move_deadline(letters["letter"], hours=-1)
    page = client.get(letters["letter"].url)
    assert "Signing closed on" in page.text
    assert 'name="sign_as"' not in page.text
    refused = client.post(letters["letter"].url + "withdraw/", {"signature": signature.pk})
    assert refused.status_code == 409
    signature.refresh_from_db()
    assert signature.status == Signature.Status.SIGNED
    client.force_login(letters["individual"])
    assert client.post(letters["letter"].url, AS_MYSELF).status_code == 409
    assert Signature.objects.count() == 1


def test_a_letter_in_drafting_takes_no_signature(client, letters):
    SignOnLetterPage.objects.filter(translation_key=letters["letter"].translation_key).update(
        state=LetterState.DRAFTING
    )
    client.force_login(letters["individual"])
    assert "still being drafted" in client.get(letters["letter"].url).text
    assert client.post(letters["letter"].url, AS_MYSELF).status_code == 409
    assert not Signature.objects.exists()


def test_an_invalid_form_is_explained_and_nothing_stored(client, letters):
    client.force_login(letters["individual"])
    response = client.post(letters["letter"].url, {**AS_MYSELF, "name": "", "region": "Line\nbreak"})
    assert response.status_code == 400
    assert "Enter the name to sign with." in response.text
    assert "without line breaks" in response.text
    assert not Signature.objects.exists()


def test_signatories_are_members_of_their_ally(letters):
    other = OrganizationFactory()
    signatory = Signatory(organization=other, member=letters["colleague"])
    with pytest.raises(Exception, match="must be a member of this organization"):
        signatory.full_clean()
    assert list(signatory_organizations(letters["signatory"])) == [letters["ally"]]
    assert list(signatory_organizations(letters["colleague"])) == []


def test_the_extranet_home_shows_open_letters_and_what_the_organization_signed(client, letters, extranet):
    client.force_login(letters["signatory"])
    client.post(letters["letter"].url, as_ally(letters))
    client.force_login(letters["colleague"])  # same ally, not a signatory
    home = client.get(extranet["index"].url)
    assert "Letters open for signature" in home.text
    assert "School meals for every child" in home.text
    assert "Signed by your organization" in home.text
    spanish_home = client.get(extranet["spanish_index"].url)
    assert "Comidas escolares para todos" in spanish_home.text
