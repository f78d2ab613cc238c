"""Members' news by email: a digest per member with exactly what that member may see, once per period
(also when the mail server fails and recovers), immediate news, preferences and one-click unsubscribe
per kind."""

import contextlib
import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from mail.tasks import send_stored_email
from notifications.kinds import notification_kinds
from notifications.models import Frequency, NotificationEmail, set_frequency
from notifications.sending import plan_notification_emails
from tests.workinggroups.conftest import reader

pytestmark = pytest.mark.django_db

NEXT_WEEK = datetime.timedelta(days=7)


def send_all():
    """Work the queue once: what it would send now (a failure stays owed, as the worker leaves it)."""
    for pk in NotificationEmail.objects.unsent().values_list("pk", flat=True):
        with contextlib.suppress(ConnectionRefusedError):  # the failing server of tests.members.conftest
            send_stored_email.call("notifications.NotificationEmail", pk)


def digests_by_address():
    return {message.to[0]: message for message in mail.outbox}


def text_of(message):
    return message.body + message.alternatives[0][0]


def test_each_member_gets_a_digest_of_exactly_what_they_may_see(site):
    plan_notification_emails(timezone.now() + NEXT_WEEK)
    send_all()
    sent = digests_by_address()
    roles = site["roles"]
    group_member = text_of(sent[roles["group_member"].email])
    assert "zqgroupnotes" in group_member  # their group's page
    assert "zqopenmeeting" in group_member and "zqembargodraft" in group_member
    assert "zqothernotes" not in group_member  # another group's
    assert "zqstaffmeeting" not in group_member  # restricted further
    assert "zqpublicversion" not in group_member  # the public version the embargo holds back
    other = text_of(sent[roles["other_group_member"].email])
    assert "zqothernotes" in other and "zqgroupnotes" not in other
    plain = text_of(sent[roles["member"].email])
    assert "zqopenmeeting" in plain and "zqgroupnotes" not in plain and "zqothernotes" not in plain
    staff = text_of(sent[roles["staff"].email])
    assert "zqstaffmeeting" in staff
    # Nobody outside the extranet's audience gets one; a lapsed member neither.
    for role in ("non_member", "lapsed_member", "lapsed_group_member", "deactivated_member"):
        assert roles[role].email not in sent


def test_nothing_is_mailed_that_the_member_can_no_longer_open_when_it_is_sent(site):
    plan_notification_emails(timezone.now() + NEXT_WEEK)
    member = site["roles"]["group_member"]
    site["water"].memberships().filter(user=member).delete()  # left the group before the send
    send_all()
    text = text_of(digests_by_address()[member.email])
    assert "zqgroupnotes" not in text and "zqopenmeeting" in text


def test_an_empty_digest_is_not_sent(site):
    member = site["roles"]["member"]
    for key in ("meeting_notes", "embargoed_drafts", "speaker_opportunities", "group_activity"):
        set_frequency(member, key, Frequency.NEVER)
    plan_notification_emails(timezone.now() + NEXT_WEEK)
    send_all()
    assert member.email not in digests_by_address()
    assert not NotificationEmail.objects.filter(user=member).exists()


def test_the_digest_is_in_the_members_language(site):
    member = site["roles"]["group_member"]
    member.member_profile.language = "es"
    member.member_profile.save()
    plan_notification_emails(timezone.now() + NEXT_WEEK)
    send_all()
    message = digests_by_address()[member.email]
    assert "zqgroupnotesspanish" in text_of(message)  # the Spanish version of the group's notes
    assert "/es/" in text_of(message)


def test_once_per_period_with_the_mail_server_failing_and_recovering(site, settings):
    settings.MAIL_TRANSPORT = "tests.members.conftest.FailingEmailBackend"
    later = timezone.now() + NEXT_WEEK
    made = plan_notification_emails(later)
    assert made >= 3
    send_all()
    assert mail.outbox == []
    failed = NotificationEmail.objects.filter(user=site["roles"]["group_member"]).get()
    assert failed.email_error and failed.email_sent_at is None
    # The scheduler runs again (every minute): no second email for the week.
    assert plan_notification_emails(later + datetime.timedelta(minutes=1)) == 0
    settings.MAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
    send_all()
    send_all()
    addresses = [message.to[0] for message in mail.outbox]
    assert addresses.count(site["roles"]["group_member"].email) == 1
    assert NotificationEmail.objects.filter(user=site["roles"]["group_member"]).count() == 1


def test_immediate_news_goes_at_once_and_not_again_in_the_digest(site):
    member = site["roles"]["group_member"]
    set_frequency(member, "group_activity", Frequency.IMMEDIATELY)
    plan_notification_emails(timezone.now() + datetime.timedelta(minutes=2))
    send_all()
    immediate = [message for message in mail.outbox if message.to == [member.email]]
    assert len(immediate) == 1 and "zqgroupnotes" in text_of(immediate[0])
    assert "zqopenmeeting" not in text_of(immediate[0])  # meetings stay in the weekly digest
    plan_notification_emails(timezone.now() + datetime.timedelta(minutes=3))
    assert NotificationEmail.objects.filter(user=member, cadence="immediate").count() == 1


def test_one_click_unsubscribe_per_kind(site):
    member = site["roles"]["group_member"]
    plan_notification_emails(timezone.now() + NEXT_WEEK)
    send_all()
    message = digests_by_address()[member.email]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    links = re.findall(r'href="([^"]*/notifications/unsubscribe/[^"]*)"', message.alternatives[0][0])
    assert len(links) == 3  # one per kind in the digest
    path = re.sub(r"^https?://[^/]+", "", links[0])
    anonymous = Client()
    assert anonymous.get(path).status_code == 200  # a mail scanner's GET changes nothing
    assert not member.notification_preferences.filter(frequency=Frequency.NEVER).exists()
    assert anonymous.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    stopped = list(
        member.notification_preferences.filter(frequency=Frequency.NEVER).values_list("kind", flat=True)
    )
    assert len(stopped) == 1
    header = message.extra_headers["List-Unsubscribe"].strip("<>")
    anonymous.post(re.sub(r"^https?://[^/]+", "", header), {"List-Unsubscribe": "One-Click"})
    assert member.notification_preferences.filter(frequency=Frequency.NEVER).count() == 3


def test_a_forged_unsubscribe_link_changes_nothing(site):
    assert Client().post("/en/notifications/unsubscribe/forged/").status_code == 400


def test_the_member_chooses_per_kind(site):
    client = reader(site, "group_member")
    page = client.get("/en/my-account/notifications/")
    assert page.status_code == 200
    assert "Activity in your working groups" in page.text
    # Every registered kind is asked (events and letters register theirs too); these four are chosen.
    data = dict.fromkeys(notification_kinds(), "weekly")
    data.update(
        {
            "embargoed_drafts": "never",
            "meeting_notes": "immediately",
            "speaker_opportunities": "weekly",
            "group_activity": "weekly",
        }
    )
    assert client.post("/en/my-account/notifications/", data).status_code == 302
    member = site["roles"]["group_member"]
    assert dict(member.notification_preferences.values_list("kind", "frequency")) == data
    response = client.post("/en/my-account/notifications/", {**data, "meeting_notes": "hourly"})
    assert response.status_code == 400
    assert dict(member.notification_preferences.values_list("kind", "frequency")) == data
    assert "Email notifications" in client.get("/en/my-account/").text
