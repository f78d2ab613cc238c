"""What bench/run.py measures on the seeded site, printed as JSON on the last line of stdout: the pages'
addresses, the member's session, and each page's queries and in-process time with the page cache off
and on.

    targets.py [--repeat 5] [--only NAME ...] [--addresses-only]

Run by bench/run.py with the production settings, after bench/seed.py has seeded the same database with
the development settings; the session is made with the production secret key gunicorn then uses, and
the pages are served in-process through the production middleware (Django's test client, as
bench/profile_page.py does). For each page and each state of the page cache:

- `queries` and `ms`: what each request of the wrk run does. Page cache off: the fragments kept (the
  page viewed before). Page cache on: a hit for the pages it keeps (the member page is never kept).
- `first_view_queries` and `first_view_ms`: the first view after a publish (a new generation: nothing
  kept, in any process), with the page cache off or on.

Times are the median of `--repeat` requests. Not a test."""

import argparse
import json
import os
import statistics
import sys
import time
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
from serving import fragments, generation  # noqa: E402

PAGE_CACHE = {"cache off": 0, "cache on": 600}


def addresses():
    """Every public page kind, the news feeds, the sitemaps, search and the member page, by name."""
    from django.contrib.auth import get_user_model

    from events.models import EventIndexPage, EventPage
    from extranet.models import ExtranetPage
    from initiatives.models import InitiativeIndexPage, InitiativePage
    from letters.models import PublicLetterIndexPage, PublicLetterPage
    from news.models import NewsIndexPage
    from policy.models import PolicyAgendaPage
    from publications.models import PublicationIndexPage, PublicationPage
    from standardpages.models import StandardPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    news = NewsIndexPage.objects.child_of(home).get()
    initiatives = InitiativeIndexPage.objects.child_of(home).get()
    publications = PublicationIndexPage.objects.child_of(home).get()
    events = EventIndexPage.objects.child_of(home).get()
    letters = PublicLetterIndexPage.objects.child_of(home).get()

    def first(model, parent):
        return model.objects.child_of(parent).order_by("pk").first().url

    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-member"))
    return {
        "pages": {
            "home": home.url,
            "news index": news.url,
            "tag page": f"{news.url}tag/topic-7/",
            "article": NewsPage.objects.child_of(news).order_by("-date", "-pk").first().url,
            "initiative index": initiatives.url,
            "initiative": first(InitiativePage, initiatives),
            "standard page": StandardPage.objects.child_of(home).get(slug="about").url,
            "allies page": StandardPage.objects.child_of(home).get(slug="allies").url,
            "policy agenda": PolicyAgendaPage.objects.child_of(home).get().url,
            "publication index": publications.url,
            "publication": first(PublicationPage, publications),
            "events index": events.url,
            "event": first(EventPage, events),
            "letters index": letters.url,
            "public letter": first(PublicLetterPage, letters),
            "news RSS": f"{news.url}feed/rss/",
            "news Atom": f"{news.url}feed/atom/",
            "sitemap index": "/sitemap.xml",
            "sitemap page": "/sitemap-en.xml",
            # "article" is in every article's title: a results page of all of them, ranked.
            "search": "/en/search/?query=article",
        },
        "member": {"member page": ExtranetPage.objects.descendant_of(home).get().url},
        "session": client.cookies["sessionid"].value,
    }


def forget_everything():
    """What a publish does to what is kept: a new generation (nothing of the old one is read again, in
    any process) and, in this process, the copies of the old one dropped."""
    generation.bump()
    fragments.process_copies.clear()


def timed_get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    return (time.perf_counter() - started) * 1000, response.status_code


def counted_get(client, url):
    with CaptureQueriesContext(connection) as queries:
        _ms, status = timed_get(client, url)
    return len(queries), status


def measure(client, url, repeat):
    """One page in the current state of the page cache: see the module's docstring."""
    client.get(url)  # warm: renditions, fragments, the page cache
    queries, status = counted_get(client, url)
    times = [timed_get(client, url)[0] for _ in range(repeat)]
    forget_everything()
    first_view_queries, _status = counted_get(client, url)
    first_view_times = []
    for _ in range(repeat):
        forget_everything()
        first_view_times.append(timed_get(client, url)[0])
    return {
        "status": status,
        "queries": queries,
        "ms": round(statistics.median(times), 1),
        "first_view_queries": first_view_queries,
        "first_view_ms": round(statistics.median(first_view_times), 1),
    }


def measure_all(found, repeat, only):
    """{"cache off": {name: ...}, "cache on": {...}} for every page (or those named in `only`)."""
    results = {}
    for label, seconds in PAGE_CACHE.items():
        results[label] = {}
        with override_settings(PAGE_CACHE_SECONDS=seconds):
            for urls, session in ((found["pages"], None), (found["member"], found["session"])):
                client = Client(HTTP_HOST="127.0.0.1")
                if session:
                    client.cookies["sessionid"] = session
                for name, url in urls.items():
                    if only and name not in only:
                        continue
                    results[label][name] = measure(client, url, repeat)
                    print(f"  {label}, {name}: {results[label][name]}", file=sys.stderr, flush=True)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="requests per median")
    parser.add_argument("--only", action="append", metavar="PAGE", help="measure only this page")
    parser.add_argument("--addresses-only", action="store_true", help="the addresses, nothing measured")
    args = parser.parse_args()
    cache.clear()
    found = addresses()
    if not args.addresses_only:
        found["in_process"] = measure_all(found, args.repeat, args.only)
    cache.clear()
    print(json.dumps(found))


if __name__ == "__main__":
    main()
