"""Seed the benchmark's site (10,000 articles, 100 tags, 50 initiatives, an extranet page and a member)
into the database named by DATABASE_URL, once; print what bench/run.py needs as JSON.

Run by bench/run.py with the production settings; not a test."""

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

from demo.bulk import build_large_site, index_for_search  # noqa: E402
from news.models import NewsPage  # noqa: E402

ARTICLES, TAGS, INITIATIVES = 10_000, 100, 50


def seed():
    from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
    from members.factories import MemberProfileFactory, OrganizationFactory

    site = build_large_site(articles=ARTICLES, tags=TAGS, initiatives=INITIATIVES)
    index_for_search(200)
    extranet = ExtranetIndexPageFactory(parent=site["home"], title="Members", slug="members")
    page = ExtranetPageFactory(
        parent=extranet, title="Budget strategy", slug="budget-strategy", summary="Ours."
    )
    page.save_revision().publish()
    MemberProfileFactory(
        user__username="bench-member",
        user__email="bench-member@example.org",
        organization=OrganizationFactory(),
    )
    # What autovacuum does soon after a bulk load on a live database: without row counts the planner
    # guesses one row per table and picks plans that take seconds at 10,000 articles.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def addresses():
    from django.contrib.auth import get_user_model

    from extranet.models import ExtranetPage
    from news.models import NewsIndexPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    index = NewsIndexPage.objects.child_of(home).get()
    article = NewsPage.objects.child_of(index).order_by("-date", "-pk").first()
    member_page = ExtranetPage.objects.descendant_of(home).get()
    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-member"))
    return {
        "pages": {
            "home": home.url,
            "news index": index.url,
            "tag page": f"{index.url}tag/topic-7/",
            "article": article.url,
            "search": "/en/search/?query=article",
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
    if not NewsPage.objects.filter(slug=f"news-article-{ARTICLES - 1}").exists():
        seed()
    cache.clear()
    found = addresses()
    found["queries"] = {**query_counts(found["pages"]), **query_counts(found["member"], found["session"])}
    cache.clear()
    print(json.dumps(found))
