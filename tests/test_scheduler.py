"""The scheduler publishes pages whose go-live time has come."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_scheduled_page_goes_live_on_the_next_run(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live

    # Time passes: the go-live time is now a minute ago.
    a_minute_ago = timezone.now() - datetime.timedelta(minutes=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = a_minute_ago.isoformat()
    revision.approved_go_live_at = a_minute_ago
    revision.save()
    call_command("run_scheduler", once=True)
    article.refresh_from_db()
    assert article.live


def test_a_failing_job_does_not_stop_the_others(settings, home_page):
    settings.PERIODIC_COMMANDS = ["no_such_command", "publish_scheduled"]
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, live=False)
    article.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    assert not NewsPage.objects.get(pk=article.pk).live
    call_command("run_scheduler", once=True)
    article.refresh_from_db()
    assert article.live
