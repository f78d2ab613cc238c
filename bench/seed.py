"""Seed the benchmark's site (10,000 articles, 100 tags, 50 initiatives, an extranet page and a member)
into the database named by DATABASE_URL, once.

Run by bench/run.py with the development settings: the site is built by demo.bulk, and the demo app is
installed only by the development and test settings (production holds no demo). bench/run.py passes the
same DATABASE_URL, REDIS_URL, MEDIA_ROOT and DOCUMENTS_ROOT it then serves with the production settings,
and bench/targets.py measures the seeded pages with those. Not a test."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.conf import settings  # noqa: E402

from news.models import NewsPage  # noqa: E402

ARTICLES, TAGS, INITIATIVES = 10_000, 100, 50
EVENTS = 1_000


def seed():
    from demo.bulk import build_events, build_large_site, index_for_search
    from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
    from members.factories import MemberProfileFactory, OrganizationFactory

    site = build_large_site(articles=ARTICLES, tags=TAGS, initiatives=INITIATIVES)
    index_for_search(200)
    build_events(site["home"], EVENTS)
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


if __name__ == "__main__":
    if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
        sys.exit(
            f"bench/seed.py builds demo content, which {settings.SETTINGS_MODULE} does not allow: run it "
            "with DJANGO_SETTINGS_MODULE=config.settings.dev (bench/run.py does)."
        )
    if not NewsPage.objects.filter(slug=f"news-article-{ARTICLES - 1}").exists():
        seed()
