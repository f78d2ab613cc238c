"""The benchmark: seed a large site, start the production profile on loopback, measure it with wrk.

    .venv/bin/python bench/run.py [--articles 100000] [--duration 10] [--connections 16] [--workers 2]

Uses its own PostgreSQL database and Redis database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/bench, to which the size is appended: bench_100000, created if
missing; BENCH_REDIS_URL, default redis://127.0.0.1:6379/5, keys prefixed with the size), seeded once
by bench/seed.py with the development settings (the demo app is theirs, not production's) and then
served with the production ones. For every page kind, the news feeds, the sitemaps, search and the
member page, with the page cache off and on: queries and in-process time (bench/targets.py), requests/s,
p50 and p99 latency (wrk), the workers' processor time per request, the share of the static-file
ceiling (the same server serving a static file), and how busy the rest of the machine was during each
run (`other`); the load average at the start and the end, and the home page's weight. Prints a
markdown table for docs/performance.md and writes bench/.results/latest.json. Not a test: numbers
depend on the machine and what else runs on it.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import urllib.request

from environment import RESULTS, articles, prepare, use_size
from machine import load_average, snapshot, usage
from report import markdown_table
from server import Server

PAGE_CACHE = {"cache off": 0, "cache on": 600}
WRK_TIMEOUT = "30s"  # gunicorn's own (GUNICORN_TIMEOUT): a slow page is measured, not dropped at 2 s


def wrk(url, duration, connections, cookie=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", f"--timeout={WRK_TIMEOUT}", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: sessionid={cookie}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)

    def percentile(label):
        if not requests:  # wrk prints 0 for latencies it never saw
            return None
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": rps,
        "requests": requests,
        "p50": percentile("50"),
        "p99": percentile("99"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    }


def fetch(url, cookie=None, gzip=False):
    headers = {"Cookie": f"sessionid={cookie}"} if cookie else {}
    if gzip:
        headers["Accept-Encoding"] = "gzip"
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310  (first views make renditions)
        return response.read(), dict(response.headers)


def home_weight(base, home):
    html, _ = fetch(base + home)
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    raw = len(html)
    compressed = len(html)  # gunicorn sends HTML uncompressed; a proxy or CDN would gzip it
    for asset in sorted(set(assets)):
        raw += len(fetch(base + asset.decode())[0])
        compressed += len(fetch(base + asset.decode(), gzip=True)[0])
    return {
        "html_css_js_bytes": raw,
        "with_gzip_assets_bytes": compressed,
        "assets": [a.decode() for a in assets],
    }


def targets(seeded, server, only):
    """(name, address, session cookie) of each page measured, the static file (the ceiling) last."""
    home_html, _ = fetch(server.base + seeded["pages"]["home"])
    css = re.search(rb'href="(/static/css/[^"]+\.css)"', home_html).group(1).decode()
    found = [(name, url, None) for name, url in seeded["pages"].items()]
    found += [(name, url, seeded["session"]) for name, url in seeded["member"].items()]
    found.append(("static file", css, None))
    return [target for target in found if not only or target[0] in only]


def measure(server, name, url, cookie, args):
    """One wrk run on a warmed page, with the processors' time around it."""
    fetch(server.base + url, cookie)  # warm: renditions, the page cache
    before = snapshot(server)
    result = wrk(server.base + url, args.duration, args.connections, cookie)
    after = snapshot(server)
    result.update(usage(before, after, result["requests"]))
    result["drained"] = server.wait_until_idle()
    print(
        f"  {name}: {result['rps']:.0f} req/s, {result['cpu_ms_per_request'] or 0:.1f} CPU ms/request, "
        f"other {result['other_ms_per_s']:.0f} ms/s",
        flush=True,
    )
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, help="the site's size (BENCH_ARTICLES, else 100,000); each its own database"
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="in-process requests per median")
    parser.add_argument(
        "--only",
        action="append",
        metavar="PAGE",
        help='measure only this page (e.g. "member page"); repeatable',
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    use_size(args.articles)

    results = {
        "articles": articles(),
        "settings": {"duration": args.duration, "connections": args.connections, "workers": args.workers},
        "load_average": {"start": load_average()},
    }
    seeded = prepare(only=args.only, repeat=args.repeat)
    results["in_process"] = seeded["in_process"]
    results["runs"] = {}
    for label, seconds in PAGE_CACHE.items():
        print(f"wrk, {label}:", flush=True)
        server = Server(args.workers, seconds)
        try:
            results["runs"][label] = {
                name: measure(server, name, url, cookie, args)
                for name, url, cookie in targets(seeded, server, args.only)
            }
            if label == "cache off" and not args.only:
                results["weight"] = home_weight(server.base, seeded["pages"]["home"])
        finally:
            server.stop()
    results["load_average"]["end"] = load_average()

    out = RESULTS / ("partial.json" if args.only else "latest.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print()
    print(markdown_table(results))


if __name__ == "__main__":
    main()
