"""Every link in outgoing mail points at the site the reader came from: the site's address
(WAGTAILADMIN_BASE_URL) for mail sent later by the queue, the request's own address for allauth's mail,
which also greets from the alliance by name rather than by host and port."""

import re

import pytest
from django.core import mail
from wagtail.models import Site

from core.models import SiteSettings
from members.factories import (
    InvitationFactory,
    MemberProfileFactory,
    MembershipApplicationFactory,
    StaffUserFactory,
)
from news.factories import NewsIndexPageFactory, NewsPageFactory
from subscriptions.models import NewsDelivery, Subscriber
from subscriptions.sending import send_article

pytestmark = pytest.mark.django_db

SITE = "https://alliance.example:8443"
LINK = re.compile(r"""(?:href|src)="([^"]+)"|(https?://[^\s"'<>]+)""")


def links(message):
    bodies = [message.body] + [content for content, _mimetype in getattr(message, "alternatives", [])]
    found = []
    for body in bodies:
        for quoted, bare in LINK.findall(body):
            url = quoted or bare
            if not url.startswith(("mailto:", "#")):
                found.append(url)
    assert found, "a mail with no link at all"
    return found


def assert_all_point_home(message, home=SITE, besides=()):
    """Every link but the ones named in `besides` (an applicant's own website, say: what they typed)."""
    for url in links(message):
        if not url.startswith(besides):
            assert url.startswith(home + "/"), url


@pytest.fixture
def site_address(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE


def test_an_invitation(site_address, home_page):
    assert_all_point_home(InvitationFactory().build_email())


def test_a_staff_notice_of_an_application(site_address, home_page):
    StaffUserFactory(email="staff@example.org")
    application = MembershipApplicationFactory()
    assert_all_point_home(application.build_email(), besides=(application.organization_website,))


def test_a_subscription_confirmation_and_a_news_article(site_address, home_page):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"organization_name": "Fair Start Alliance", "address": "12 Main Street\nSpringfield"},
    )
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en")
    subscriber.sign_up(lists=["news"], language="en", name="", version="2026-11", page="/en/")
    assert_all_point_home(Subscriber.objects.get(pk=subscriber.pk).build_email())

    Subscriber.objects.filter(pk=subscriber.pk).update(status=Subscriber.Status.ACTIVE)
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="New funding")
    send_article(article, trigger="manual")
    message = NewsDelivery.objects.get().build_email()
    assert_all_point_home(message)
    # Whatever the Wagtail Site record calls the host (the demo's says "localhost", port 80).
    assert f"{SITE}/en/" in message.body
    # Bulk mail names its sender and its postal address.
    assert message.body.splitlines()[0] == "Fair Start Alliance"
    assert "12 Main Street\nSpringfield" in message.body
    assert "12 Main Street<br>Springfield" in message.alternatives[0][0]


def test_allauth_mail_uses_the_address_of_the_request_and_the_alliance_name(
    client, home_page, send_queued_mail
):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=site, defaults={"organization_name": "Fair Start Alliance"})
    profile = MemberProfileFactory()
    client.post("/en/accounts/password/reset/", {"email": profile.user.email}, HTTP_HOST="localhost:8206")
    send_queued_mail()
    [message] = mail.outbox
    assert_all_point_home(message, home="http://localhost:8206")
    assert "Fair Start Alliance" in message.body
    assert "Hello from localhost" not in message.body
