"""How long a new search takes in-process on the seeded site: the search page for a query not asked
before (nothing of it kept; the rest of the site kept, as between two publishes), for words matching
every article, about 2% of them, and none.

    .venv/bin/python bench/search_queries.py [--articles 100000]

Runs against the benchmark's database and Redis (bench/run.py seeds them; run it once first, at the
same size), with the production settings and the page cache off, through Django's test client. Each
query is a different word of the same kind (demo.bulk gives every article the same title words,
summary and body, and two of 100 tags, "Topic 0" to "Topic 99"), so none is kept from an earlier
request. Prints, for each
kind, the median and the slowest time of the first page of results, its queries and their time, and
the time of the second page of the same query (its matches kept). Not a test."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

from environment import production_env, use_size  # noqa: E402

# Words of the seeded articles: each in every article; a tag's number, in one article in fifty.
KINDS = {
    "every article": ["news", "next", "alliance", "matter", "topic", "happen", "article"],
    "about 2% of articles": ["27", "28", "29", "30", "31", "32", "33"],
    "no page": ["zebra", "giraffe", "okapi", "lynx", "tapir", "bison", "wolf"],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="the seeded site's size (as bench/run.py's)")
    args = parser.parse_args()
    use_size(args.articles)
    os.environ.update(production_env(PAGE_CACHE_SECONDS="0"))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from serving import generation

    generation.bump()  # forget the queries of earlier runs
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/en/search/", {"query": "warming"})  # the rest of the page: menus, footer, settings
    for kind, words in KINDS.items():
        times, queries, sql_ms = [], [], []
        for word in words:
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/en/search/", {"query": word})
                times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                sys.exit(f"/en/search/?query={word} answered {response.status_code}")
            queries.append(len(captured.captured_queries))
            sql_ms.append(sum(float(query["time"]) for query in captured.captured_queries) * 1000)
        started = time.perf_counter()
        client.get("/en/search/", {"query": words[-1], "page": 2})
        second_page = (time.perf_counter() - started) * 1000
        print(
            f"{kind}: new query {statistics.median(times):.1f} ms median, {max(times):.1f} slowest; "
            f"{statistics.median(queries):.0f} queries, {statistics.median(sql_ms):.1f} ms of SQL; "
            f"its second page {second_page:.1f} ms"
        )


if __name__ == "__main__":
    main()
