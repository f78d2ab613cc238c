"""The side doors that once answered a different question than the extranet: each now asks the one
access policy (core.access). One test (or a few) per door, each failing if that door checked on its own
again: outbound mail, Wagtail's document address, a publication's own file, lapsed and ended members
behind Wagtail's own group and sign-in checks, pages restricted further inside the extranet, guessed
addresses, links to pages not yet public, previews and the shared cache, shared-password privacy."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from core import access
from members.factories import MemberProfileFactory, StaffUserFactory
from members.groups import MEMBERS, STAFF
from members.models import Organization
from news.factories import NewsIndexPageFactory, NewsPageFactory
from standardpages.factories import StandardPageFactory
from subscriptions.models import NewsDelivery, Subscriber
from tests.conftest import with_two_factor
from tests.extranet.conftest import SECRET_WORD, client_for
from tests.publications.conftest import (  # noqa: F401 (fixtures)
    attachments_of,
    draft,
    make_document,
    publication_index,
    scheduled_publication,
)

pytestmark = pytest.mark.django_db


def restrict_to(page, *group_names, kind=PageViewRestriction.GROUPS):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    if group_names:
        restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in group_names])
    return restriction


def superuser():
    """A superuser with the two-factor the admin requires of them."""
    user = StaffUserFactory(is_superuser=True)
    with_two_factor(user)
    return user


def lapse(user):
    organization = user.member_profile.organization
    organization.status = Organization.Status.LAPSED
    organization.save()


# ---------------------------------------------------------------------------------------------------
# 1. Outbound mail
# ---------------------------------------------------------------------------------------------------


@pytest.fixture
def subscriber():
    return Subscriber.objects.create(
        email="reader@example.org", status="active", news=True, confirmed_at=timezone.now()
    )


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, slug="news")


def test_a_members_only_article_published_with_email_ticked_is_not_mailed(
    news_index, subscriber, django_capture_on_commit_callbacks, mailoutbox
):
    article = NewsPageFactory(
        parent=news_index, title="Our private strategy", live=False, email_subscribers=True
    )
    restrict_to(article, MEMBERS)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert not NewsDelivery.objects.exists()
    assert mailoutbox == []


def test_a_public_article_published_with_email_ticked_is_mailed(
    news_index, subscriber, django_capture_on_commit_callbacks
):
    """The same path as above, for a public article: the door is open to what the public may read."""
    article = NewsPageFactory(parent=news_index, title="Public news", live=False, email_subscribers=True)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert list(NewsDelivery.objects.values_list("subscriber__email", flat=True)) == ["reader@example.org"]


def test_staff_cannot_send_a_restricted_article_and_the_button_says_so_first(
    client, news_index, subscriber, django_capture_on_commit_callbacks
):
    client.force_login(superuser())
    article = NewsPageFactory(parent=news_index, title="Our private strategy")
    restrict_to(article, kind=PageViewRestriction.LOGIN)
    edit = client.get(f"/admin/pages/{article.pk}/edit/")
    assert "Cannot send to subscribers: not public" in edit.text
    url = f"/admin/subscriptions/send/{article.pk}/"
    confirm = client.get(url, follow=True)
    assert "is not public" in confirm.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    assert not NewsDelivery.objects.exists()


def test_a_queued_article_made_private_before_sending_is_not_sent(
    news_index, subscriber, django_capture_on_commit_callbacks, mailoutbox
):
    """Email asks the policy when it goes out, not only when it was queued."""
    from mail.tasks import send_stored_email

    article = NewsPageFactory(parent=news_index, title="Soon private", live=False, email_subscribers=True)
    with django_capture_on_commit_callbacks(execute=False):
        article.save_revision().publish()
    delivery = NewsDelivery.objects.get()
    restrict_to(article, MEMBERS)
    send_stored_email.call("subscriptions.NewsDelivery", delivery.pk)
    assert mailoutbox == []
    assert NewsDelivery.objects.get().email_sent_at is None


# ---------------------------------------------------------------------------------------------------
# 2. Attachments of an embargoed draft: only through the stamped, logged download
# ---------------------------------------------------------------------------------------------------


def test_a_members_attachment_is_not_served_whole_at_the_document_address(client, roles, draft):  # noqa: F811
    pdf, text = attachments_of(draft)
    member = client_for(client, roles["member"])
    for attachment in (pdf, text):
        response = member.get(attachment.document.url)
        assert response.status_code in {403, 404}
        assert not response.get("Content-Disposition")
    # The stamped door still serves the member.
    assert member.get(pdf.get_download_url()).status_code == 200


def test_staff_may_fetch_an_attachment_whole(client, roles, draft):  # noqa: F811
    pdf, _text = attachments_of(draft)
    response = client_for(client, roles["staff"]).get(pdf.document.url)
    assert response.status_code == 200


def test_the_stamped_download_is_named_after_what_the_reader_was_shown(client, roles, draft):  # noqa: F811
    pdf, text = attachments_of(draft)
    assert pdf.document.filename.startswith("draft")  # stored under a name the reader was not shown
    member = client_for(client, roles["member"])
    assert (
        member.get(pdf.get_download_url())["Content-Disposition"]
        == 'attachment; filename="confidential-draft.pdf"'
    )
    assert (
        member.get(text.get_download_url())["Content-Disposition"]
        == 'attachment; filename="talking-points.txt"'
    )


# ---------------------------------------------------------------------------------------------------
# 4. The public version's own file stays private until the lift
# ---------------------------------------------------------------------------------------------------


def test_the_public_versions_file_downloads_only_after_the_lift(client, roles, draft, scheduled_publication):  # noqa: F811
    report = make_document("Final report", "final-report.pdf", b"%PDF-1.4 final")
    scheduled_publication.file = report
    scheduled_publication.save()
    assert client.get(report.url).status_code != 200
    assert client_for(client, roles["member"]).get(report.url).status_code != 200
    assert client_for(client, roles["staff"]).get(report.url).status_code == 200
    client.logout()

    draft.embargo_lifts_at = timezone.now() - datetime.timedelta(minutes=1)
    draft.save()
    response = client.get(report.url)
    assert response.status_code == 200


# ---------------------------------------------------------------------------------------------------
# 5. Lapsed and ended members, behind Wagtail's own group and sign-in checks
# ---------------------------------------------------------------------------------------------------


@pytest.fixture
def member():
    return MemberProfileFactory().user


def test_the_members_group_follows_the_membership(member):
    members = Group.objects.get(name=MEMBERS)
    assert members in member.groups.all()
    lapse(member)
    assert members not in member.groups.all()
    organization = member.member_profile.organization
    organization.status = Organization.Status.ACTIVE
    organization.save()
    assert members in member.groups.all()
    profile = member.member_profile
    profile.is_active = False
    profile.save()
    assert members not in member.groups.all()
    # Nor can it be given by hand to someone whose membership has ended.
    member.groups.add(members)
    assert members not in member.groups.all()


@pytest.mark.parametrize("end", ["lapse", "deactivate_profile"])
@pytest.mark.parametrize("kind", ["members_group", "any_signed_in_user"])
def test_an_ended_membership_opens_no_restricted_page_outside_the_extranet(
    client, home_page, member, end, kind
):
    page = StandardPageFactory(parent=home_page, title="Toolkit for members", slug="toolkit")
    if kind == "members_group":
        restrict_to(page, MEMBERS)
    else:
        restrict_to(page, kind=PageViewRestriction.LOGIN)
    client.force_login(member)
    assert client.get(page.url).status_code == 200
    if end == "lapse":
        lapse(member)
    else:
        profile = member.member_profile
        profile.is_active = False
        profile.save()
    response = client.get(page.url)
    assert response.status_code == 403
    assert "Toolkit for members" not in response.text


def test_a_lapse_done_without_signals_still_closes_the_door(client, home_page, member):
    """A bulk update sends no signal, so the group is not updated: the policy's standing rule holds."""
    page = StandardPageFactory(parent=home_page, title="Toolkit for members", slug="toolkit")
    restrict_to(page, MEMBERS)
    Organization.objects.filter(pk=member.member_profile.organization_id).update(
        status=Organization.Status.LAPSED
    )
    client.force_login(member)
    assert client.get(page.url).status_code == 403


def test_a_lapsed_member_gets_no_document_of_a_collection_restricted_to_members(client, member):
    collection = Collection.get_first_root_node().add_child(name="Toolkits")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MEMBERS)])
    document = make_document("Toolkit", "toolkit.pdf", b"%PDF-1.4 toolkit")
    document.collection = collection
    document.save()
    client.force_login(member)
    assert client.get(document.url).status_code == 200
    Organization.objects.filter(pk=member.member_profile.organization_id).update(
        status=Organization.Status.LAPSED
    )
    assert client.get(document.url).status_code != 200


def test_a_lapsed_member_sees_no_link_to_the_extranet_in_rich_text(client, home_page, extranet, member):
    about = StandardPageFactory(
        parent=home_page,
        slug="about",
        introduction=f'<p>Read <a linktype="page" id="{extranet["page"].pk}">our strategy</a>.</p>',
    )
    client.force_login(member)
    assert extranet["page"].url in client.get(about.url).text
    Organization.objects.filter(pk=member.member_profile.organization_id).update(
        status=Organization.Status.LAPSED
    )
    response = client.get(about.url)
    assert "our strategy" in response.text
    assert extranet["page"].url not in response.text


# ---------------------------------------------------------------------------------------------------
# 6. Pages restricted further inside the extranet
# ---------------------------------------------------------------------------------------------------


@pytest.fixture
def staff_only_page(extranet):
    page = extranet["page"]
    page.title = f"Staff planning {SECRET_WORD}"
    page.save_revision().publish()
    restrict_to(page, STAFF)
    return page


def test_a_page_restricted_further_is_not_listed_to_members(client, roles, extranet, staff_only_page):
    member = client_for(client, roles["member"])
    home = member.get(extranet["index"].url)
    assert home.status_code == 200
    assert "Staff planning" not in home.text
    found = member.get("/en/search/", {"query": SECRET_WORD})
    assert list(found.context["search_results"] or []) == []


def test_a_page_restricted_further_is_listed_to_those_it_admits(client, roles, extranet, staff_only_page):
    staff = client_for(client, roles["staff"])
    assert "Staff planning" in staff.get(extranet["index"].url).text
    found = staff.get("/en/search/", {"query": SECRET_WORD})
    assert [page.pk for page in found.context["search_results"]] == [staff_only_page.pk]


# ---------------------------------------------------------------------------------------------------
# 7. The same answer for what exists and what does not, under the extranet, per role
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "non_member", "lapsed_member", "member", "staff"])
def test_a_guessed_address_says_nothing_about_what_exists(client, roles, extranet, staff_only_page, role):
    draft_page = extranet["page"].copy(update_attrs={"slug": "draft-plan", "title": "Draft plan"})
    draft_page.unpublish()
    client = client_for(client, roles[role])
    base = extranet["index"].url
    answers = set()
    for path in ("budget-strategy/", "draft-plan/", "no-such-page/", "no/such/page/"):
        response = client.get(base + path)
        location = response.get("Location", "").split("?")[0]
        answers.add((response.status_code, location))
    if role == "staff":
        # Staff may read the page restricted further: the others are not found.
        assert len(answers) == 2 and (200, "") in answers
    else:
        assert len(answers) == 1, answers
        (status, _location) = answers.pop()
        assert status == {"anonymous": 302, "non_member": 403, "lapsed_member": 403, "member": 404}[role]


def test_spanish_extranet_addresses_answer_alike_too(client, roles, extranet):
    client = client_for(client, roles["non_member"])
    assert client.get(extranet["spanish_page"].url).status_code == 403
    assert client.get(extranet["spanish_index"].url + "no-existe/").status_code == 403


# ---------------------------------------------------------------------------------------------------
# 8. Links to pages not yet public
# ---------------------------------------------------------------------------------------------------


def test_a_link_to_a_publication_not_yet_live_is_its_text_alone(client, home_page, scheduled_publication):  # noqa: F811
    about = StandardPageFactory(
        parent=home_page,
        slug="about",
        introduction=f'<p>Soon: <a linktype="page" id="{scheduled_publication.pk}">the final report</a>.</p>',
    )
    response = client.get(about.url)
    assert "the final report" in response.text
    assert "final-report" not in response.text


# ---------------------------------------------------------------------------------------------------
# 9. Previews never read from or write to the shared cache
# ---------------------------------------------------------------------------------------------------


def test_a_preview_neither_reads_nor_writes_the_shared_cache(news_index):
    """The article's aside (its authors) is kept as a fragment for the public. An editor's preview of a
    draft with another author shows that author, not the kept public one, and leaves nothing behind."""
    from django.test import Client

    from people.factories import PersonFactory

    # The public on the site's own host, which the preview request is made for too.
    public = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    article = NewsPageFactory(parent=news_index, title="Cached article", slug="cached")
    article.authors.set([PersonFactory(name="Ana Public")])
    article.save_revision().publish()
    assert "Ana Public" in public.get(article.url).text  # now kept as a fragment

    article.authors.set([PersonFactory(name="Draft Byline")])  # the editor's unsaved change
    preview = article.make_preview_request()
    assert "Draft Byline" in preview.content.decode()
    assert "Ana Public" not in preview.content.decode()
    assert "Draft Byline" not in public.get(article.url).text
    assert "Ana Public" in public.get(article.url).text


# ---------------------------------------------------------------------------------------------------
# 10. Shared-password privacy is not offered
# ---------------------------------------------------------------------------------------------------


def test_the_privacy_dialogs_offer_no_shared_password(client, home_page):
    client.force_login(superuser())
    page = StandardPageFactory(parent=home_page, slug="about")
    response = client.get(f"/admin/pages/{page.pk}/privacy/")
    assert response.status_code == 200
    assert 'value="password"' not in response.json()["html"]
    collection = Collection.get_first_root_node().add_child(name="Reports")
    response = client.get(f"/admin/collections/{collection.pk}/privacy/")
    assert 'value="password"' not in response.json()["html"]


# ---------------------------------------------------------------------------------------------------
# The policy itself
# ---------------------------------------------------------------------------------------------------


def test_the_public_listing_rule_is_the_policys_answer_for_the_anonymous_reader(home_page, extranet):
    from core.models import public_q

    assert public_q() == access.visible_q(access.ANONYMOUS)
    assert extranet["index"].path in access.hidden_sections(access.ANONYMOUS)


def test_a_shared_password_restriction_admits_nobody(home_page, member):
    page = StandardPageFactory(parent=home_page, slug="secret")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert not access.may_view_page(member, page)
    assert not access.may_view_page(access.ANONYMOUS, page)
