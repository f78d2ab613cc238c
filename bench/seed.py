"""Seed the benchmark's site into the database named by DATABASE_URL, once: BENCH_ARTICLES articles
(100,000 unless told), 100 tags, 50 initiatives, 1,000 events, 50 allies (listed on an allies page and
signing a published letter), 2,000 members (the first of them the benchmark's signed-in member, with an
extranet page to read), and every page in the search index.

Run by bench/run.py with the development settings: the site is built by demo.bulk, and the demo app is
installed only by the development and test settings (production holds no demo). bench/run.py passes the
same DATABASE_URL, REDIS_URL, MEDIA_ROOT and DOCUMENTS_ROOT it then serves with the production settings,
and bench/targets.py measures the seeded pages with those. Everything is written in one transaction, so
a seed that fails leaves nothing behind and the next run starts again. Prints how long each step took.
Not a test."""

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from environment import articles  # noqa: E402

from news.models import NewsPage  # noqa: E402

ARTICLES = articles()
TAGS, INITIATIVES, EVENTS = 100, 50, 1_000
ALLIES, MEMBERS = 50, 2_000
MEMBER_USERNAME = "bench-member"  # bench/targets.py signs this member in


@contextmanager
def step(what):
    started = time.monotonic()
    yield
    print(f"  {what}: {time.monotonic() - started:.1f} s", flush=True)


def seed():
    from demo.bulk import (
        build_allies,
        build_events,
        build_large_site,
        build_members,
        index_pages_for_search,
    )
    from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory

    with step(f"{ARTICLES:,} articles, {TAGS} tags, {INITIATIVES} initiatives and the other pages"):
        site = build_large_site(articles=ARTICLES, tags=TAGS, initiatives=INITIATIVES)
    with step(f"{EVENTS:,} events"):
        build_events(site["home"], EVENTS)
    with step(f"{ALLIES} allies and {MEMBERS:,} members"):
        allies = build_allies(ALLIES, images=site["images"])
        build_members(MEMBERS, allies, first_username=MEMBER_USERNAME)
    with step("the allies page, the extranet page and the published letter"):
        allies_page(site["home"])
        extranet = ExtranetIndexPageFactory(parent=site["home"], title="Members", slug="members")
        page = ExtranetPageFactory(
            parent=extranet, title="Budget strategy", slug="budget-strategy", summary="Ours."
        )
        page.save_revision().publish()
        published_letter(site["home"], extranet, allies)
    with step("the search index (every page)"):
        indexed = index_pages_for_search()
    print(f"  {indexed:,} pages indexed for search", flush=True)


def allies_page(home):
    """A standard page with the public allies list (every ally is listed)."""
    from standardpages.models import StandardPage

    return home.add_child(
        instance=StandardPage(
            title="Our allies",
            slug="allies",
            body=[("allies", {"heading": "Our allies", "text": "Organizations working with us."})],
        )
    )


def published_letter(home, extranet, allies):
    """A statement every ally signed, published: its public page lists all of them. The public letters
    index comes first (publishing puts the public page below it)."""
    from letters.factories import PublicLetterIndexPageFactory, SignOnLetterPageFactory
    from letters.models import LetterState, Signature
    from letters.publishing import publish_letter

    PublicLetterIndexPageFactory(parent=home)
    letter = SignOnLetterPageFactory(
        parent=extranet, title="Statement on school meals", slug="statement", state=LetterState.CLOSED
    )
    Signature.objects.bulk_create(
        [
            Signature(
                letter=letter,
                kind=Signature.Kind.ORGANIZATION,
                organization=ally,
                organization_name=ally.name,
                region=ally.region,
            )
            for ally in allies
        ]
    )
    return publish_letter(letter, None)


def analyze():
    # What autovacuum does soon after a bulk load on a live database: without row counts the planner
    # guesses one row per table and picks plans that take seconds at 10,000 articles; and the search
    # index's rows, written twice by the indexer (each entry, then its title norm), leave as many dead
    # rows and a GIN pending list, which doubled a search's time at 100,000 articles until vacuumed.
    # Done here because autovacuum may be off (it is on this project's CI machines).
    with step("VACUUM ANALYZE"), connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
        sys.exit(
            f"bench/seed.py builds demo content, which {settings.SETTINGS_MODULE} does not allow: run it "
            "with DJANGO_SETTINGS_MODULE=config.settings.dev (bench/run.py does)."
        )
    if not NewsPage.objects.filter(slug=f"news-article-{ARTICLES - 1}").exists():
        print(f"Seeding {connection.settings_dict['NAME']}:", flush=True)
        started = time.monotonic()
        with transaction.atomic():
            seed()
        analyze()
        print(f"Seeded in {time.monotonic() - started:.0f} s", flush=True)
