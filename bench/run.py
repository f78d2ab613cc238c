"""The benchmark: seed a large site, start the production profile on loopback, measure it with wrk.

    .venv/bin/python bench/run.py [--duration 10] [--connections 16] [--workers 2]

Uses its own PostgreSQL database and Redis database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/bench, created if missing; BENCH_REDIS_URL, default
redis://127.0.0.1:6379/5), seeded once by bench/seed.py with the development settings (the demo app
is theirs, not production's) and then served with the production ones. Prints requests/s, p50 and p99
latency and queries per page, with the page cache off and on, each page's share of the static-file
ceiling (the same server serving a static file), and the home page's weight. Not a test: numbers
depend on the machine and what else runs on it.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")


def production_env(**extra):
    """The production profile's environment, on the benchmark's own database, Redis and folders."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": "alliance-bench",
        "STATIC_ROOT": str(BASE_DIR / "bench" / ".results" / "static"),
        "MEDIA_ROOT": str(BASE_DIR / "bench" / ".results" / "media"),
        "DOCUMENTS_ROOT": str(BASE_DIR / "bench" / ".results" / "documents"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        **extra,
    }


def development_env(**extra):
    """The same database, Redis and folders with the development settings, the ones (besides the tests')
    that install the demo app, whose demo.bulk seeds the site: production settings hold no demo. Both
    settings read DATABASE_URL, REDIS_URL, CACHE_KEY_PREFIX, MEDIA_ROOT and DOCUMENTS_ROOT alike."""
    return production_env(DJANGO_SETTINGS_MODULE="config.settings.dev", **extra)


def run(command, **env):
    subprocess.run(command, cwd=BASE_DIR, env=production_env(**env), check=True)  # noqa: S603


def ensure_database():
    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(  # noqa: S603
        ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S607, S608
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", server, "-c", f'CREATE DATABASE "{name}"'], check=True)  # noqa: S603, S607


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with the production profile (gunicorn.conf.py), as `make serve` starts it."""

    def __init__(self, workers, page_cache_seconds, **extra_env):
        self.port = free_port()
        env = production_env(
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            PAGE_CACHE_SECONDS=str(page_cache_seconds),
            **extra_env,
        )
        self.process = subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "config.wsgi"], cwd=BASE_DIR, env=env
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)  # polling for start-up, bounded by the deadline

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def wrk(url, duration, connections, cookie=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: sessionid={cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)

    def percentile(label):
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": rps,
        "p50": percentile("50"),
        "p99": percentile("99"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
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


def prepare():
    """The benchmark's database migrated and seeded (once) and its static files collected; returns
    what bench/targets.py prints: the pages' addresses, the member's session and the query counts."""
    ensure_database()
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"])
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"])
    subprocess.run([PYTHON, "bench/seed.py"], cwd=BASE_DIR, env=development_env(), check=True)  # noqa: S603
    return json.loads(
        subprocess.run(  # noqa: S603
            [PYTHON, "bench/targets.py"],
            cwd=BASE_DIR,
            env=production_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--only",
        action="append",
        metavar="PAGE",
        help='measure only this page (e.g. "member page"); repeatable',
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")

    seeded = prepare()

    results = {"queries": seeded["queries"], "runs": {}}
    for label, seconds in (("cache off", 0), ("cache on", 600)):
        server = Server(args.workers, seconds)
        try:
            home_html, _ = fetch(server.base + seeded["pages"]["home"])
            css = re.search(rb'href="(/static/css/[^"]+\.css)"', home_html).group(1).decode()
            runs = {}
            targets = [(name, url, None) for name, url in seeded["pages"].items()]
            targets += [(name, url, seeded["session"]) for name, url in seeded["member"].items()]
            targets.append(("static file", css, None))
            if args.only:
                targets = [target for target in targets if target[0] in args.only]
            for name, url, cookie in targets:
                fetch(server.base + url, cookie)  # warm: renditions, the page cache
                runs[name] = wrk(server.base + url, args.duration, args.connections, cookie)
            if label == "cache off" and not args.only:
                results["weight"] = home_weight(server.base, seeded["pages"]["home"])
        finally:
            server.stop()
        results["runs"][label] = runs

    out = BASE_DIR / "bench" / ".results" / ("partial.json" if args.only else "latest.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print_table(results, args)


def print_table(results, args):
    print(
        f"\nwrk -t2 -c{args.connections} -d{args.duration}s, "
        f"gunicorn {args.workers} workers, {os.cpu_count()} cores"
    )
    print(
        f"{'page':<14}{'cache':<11}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'% static':>10}{'queries':>9}{'errors':>8}"
    )
    for label, runs in results["runs"].items():
        ceiling = runs.get("static file", {}).get("rps")  # not measured with --only
        for name, run_ in runs.items():
            queries = results["queries"].get(name, {}).get("queries", "")
            share = f"{100 * run_['rps'] / ceiling:.0f}%" if ceiling else "-"
            print(
                f"{name:<14}{label:<11}{run_['rps']:>9.0f}{run_['p50']:>9.1f}{run_['p99']:>9.1f}"
                f"{share:>10}{queries!s:>9}{run_['errors']:>8}"
            )
    weight = results.get("weight")
    if weight is None:
        return
    print(
        f"\nhome page HTML + CSS + JS: {weight['html_css_js_bytes'] / 1024:.1f} KB "
        f"({weight['with_gzip_assets_bytes'] / 1024:.1f} KB with gzipped CSS/JS)"
    )


if __name__ == "__main__":
    main()
