"""What bench/run.py measures on the seeded site, printed as JSON: the pages' addresses, the member's
session and each page's query count.

Run by bench/run.py with the production settings, after bench/seed.py has seeded the same database with
the development settings; the session is made with the production secret key gunicorn then uses, and
the queries are counted with the production middleware. Not a test."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Site  # noqa: E402

from news.models import NewsPage  # noqa: E402


def addresses():
    from django.contrib.auth import get_user_model

    from events.models import EventIndexPage, EventPage
    from extranet.models import ExtranetPage
    from news.models import NewsIndexPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    index = NewsIndexPage.objects.child_of(home).get()
    article = NewsPage.objects.child_of(index).order_by("-date", "-pk").first()
    member_page = ExtranetPage.objects.descendant_of(home).get()
    # A site seeded before the events existed has none (bench/seed.py adds them to a new seed).
    events = EventIndexPage.objects.child_of(home).first()
    event = EventPage.objects.child_of(events).order_by("pk").first() if events else None
    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-member"))
    return {
        "pages": {
            "home": home.url,
            "news index": index.url,
            "tag page": f"{index.url}tag/topic-7/",
            "article": article.url,
            "search": "/en/search/?query=article",
            **({"events index": events.url, "event": event.url} if event else {}),
        },
        "member": {"member page": member_page.url},
        "session": client.cookies["sessionid"].value,
    }


def query_counts(urls, session=None):
    """Queries per page with the page cache off, the second request of each (as the tests count)."""
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"], SECURE_SSL_REDIRECT=False):
        client = Client()
        if session:
            client.cookies["sessionid"] = session
        for name, url in urls.items():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                status = client.get(url).status_code
            counts[name] = {"queries": len(queries), "status": status}
    return counts


if __name__ == "__main__":
    cache.clear()
    found = addresses()
    found["queries"] = {**query_counts(found["pages"]), **query_counts(found["member"], found["session"])}
    cache.clear()
    print(json.dumps(found))
