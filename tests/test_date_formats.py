"""Every page writes a date and time the one way (DATETIME_FORMAT: "Dec. 17, 2026, noon"), and no
sentence puts its full stop after one: in English the time may end with its own ("5 p.m.")."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import formats, timezone

from members.factories import StaffUserFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from opportunities.models import SpeakerOpportunityPage
from subscriptions.models import Mailing
from tests.conftest import with_two_factor
from tests.extranet.conftest import client_for, extranet, roles  # noqa: F401  (fixtures)
from tests.opportunities.conftest import opportunities  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def local(year, month, day, hour, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def shown(when):
    return formats.date_format(timezone.localtime(when), "DATETIME_FORMAT")


def test_a_closed_opportunity_says_when_it_closed_without_a_double_full_stop(client, roles, opportunities):  # noqa: F811
    closed = opportunities["closed"]
    deadline = local(2025, 12, 17, 17)
    SpeakerOpportunityPage.objects.filter(translation_key=closed.translation_key).update(
        response_deadline=deadline
    )
    text = client_for(client, roles["member"]).get(closed.url).text
    assert f"Responses closed on {shown(deadline)};" in text
    assert "Dec. 17, 2025, 5 p.m.;" in text
    assert ".." not in re.sub(r"<[^>]*>", "", text)


def test_my_responses_writes_the_deadline_as_every_other_page_does(client, roles, opportunities):  # noqa: F811
    page = opportunities["open"]
    member = client_for(client, roles["member"])
    member.post(page.url, {"availability": "Mornings", "note": ""})
    deadline = local(timezone.localdate().year + 1, 12, 17, 12)
    SpeakerOpportunityPage.objects.filter(translation_key=page.translation_key).update(
        response_deadline=deadline
    )
    listing = member.get(opportunities["index"].url + "my-responses/").text
    detail = member.get(page.url).text
    assert f"Dec. 17, {deadline.year}, noon" in listing
    assert shown(deadline) in detail
    assert "12/17/" not in listing


def test_the_admin_says_when_an_article_was_already_sent_without_a_double_full_stop(client, home_page):
    administrator = StaffUserFactory(is_superuser=True)
    with_two_factor(administrator)
    client.force_login(administrator)
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Big news")
    sent = local(2026, 12, 3, 0, 48)
    Mailing.objects.create(
        article=article,
        article_key=article.translation_key,
        title="Big news",
        trigger="staff",
        created_at=sent,
    )
    text = client.get(f"/admin/subscriptions/send/{article.pk}/").text
    assert f"already sent on {shown(sent)}, so only" in text
    assert "12:48 a.m.," in text


def test_templates_use_the_one_date_format():
    """SHORT_DATETIME_FORMAT gives "12/17/2026 noon" where every other page says "Dec. 17, 2026, noon"."""
    base = Path(settings.BASE_DIR)
    templates = [*base.glob("templates/**/*.*"), *base.glob("*/templates/**/*.*")]
    offenders = [str(path.relative_to(base)) for path in templates if "SHORT_DATE" in path.read_text()]
    assert offenders == []
