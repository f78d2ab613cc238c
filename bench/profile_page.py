"""Where one page's time goes: serve it in-process with the production settings and profile it.

    .venv/bin/python bench/profile_page.py /en/news/ [--requests 200] [--sort tottime] [--top 40]
    .venv/bin/python bench/profile_page.py /en/members/notes/x/ --member
    .venv/bin/python bench/profile_page.py /en/news/ --cold   # each view as the first after a publish
    .venv/bin/python bench/profile_page.py /en/news/ --articles 2000   # the site of that size

Runs against the benchmark's database and Redis (bench/run.py seeds them; run it once first, at the
same size: BENCH_ARTICLES or --articles, 100,000 unless told), with
the page cache off, through Django's test client (so no gunicorn or network), after one warming
request. Prints the mean time per request, SQL queries and their time, cache calls, and the
cProfile table. A tool for finding the next cost, not a measurement to quote: bench/run.py is that.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

from environment import production_env, use_size  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--member", action="store_true", help="signed in as the benchmark's member")
    parser.add_argument("--sql", action="store_true", help="print each query of one view")
    parser.add_argument("--cold", action="store_true", help="nothing kept: a new generation before each view")
    parser.add_argument("--articles", type=int, help="the seeded site's size (as bench/run.py's)")
    args = parser.parse_args()
    use_size(args.articles)

    os.environ.update(production_env(PAGE_CACHE_SECONDS="0"))
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from serving import fragments, generation

    def forget_everything():
        if args.cold:
            generation.bump()
            fragments.process_copies.clear()

    client = Client(HTTP_HOST="127.0.0.1")
    if args.member:
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username="bench-member"))
    response = client.get(args.path)
    if response.status_code != 200:
        sys.exit(f"{args.path} answered {response.status_code}")

    calls = {"count": 0}
    original_get, original_get_many = cache.get, cache.get_many

    def counting(method):
        def wrapper(*a, **kw):
            calls["count"] += 1
            return method(*a, **kw)

        return wrapper

    cache.get, cache.get_many = counting(original_get), counting(original_get_many)
    forget_everything()
    with CaptureQueriesContext(connection) as queries:
        client.get(args.path)
    cache.get, cache.get_many = original_get, original_get_many
    sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
    print(f"{args.path}: {len(queries)} queries ({sql_ms:.1f} ms), {calls['count']} cache reads")
    if args.sql:
        for query in queries.captured_queries:
            print(f"  {query['time']}s  {query['sql'][:60]} … {query['sql'][-300:]}")

    profiler = cProfile.Profile()
    elapsed = 0.0
    for _ in range(args.requests):
        forget_everything()
        started = time.perf_counter()
        profiler.enable()
        client.get(args.path)
        profiler.disable()
        elapsed += time.perf_counter() - started
    print(f"{args.requests} requests, {elapsed / args.requests * 1000:.1f} ms each under the profiler")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
