"""Where the benchmark's site lives and how each of its scripts reaches it: the size, the database, the
Redis database and the settings (production to serve and measure, development to seed).

The size is the number of articles, BENCH_ARTICLES (100,000 unless told; `--articles N` sets it), and it
names the database and the cache keys: a site of another size is another database (`bench_100000`,
`bench_2000`) and other keys, so sizes never mix. Imports nothing of Django: run.py starts the Django
scripts (seed.py, targets.py, gunicorn) as processes with these environments.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_ARTICLES = 100_000
# The server and the start of the database's name; the size is appended (bench_100000).
DATABASE_BASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
RESULTS = BASE_DIR / "bench" / ".results"


def use_size(articles):
    """Set the size every later call (and every process started from here) works with."""
    if articles is not None:
        os.environ["BENCH_ARTICLES"] = str(articles)


def articles():
    return int(os.environ.get("BENCH_ARTICLES", DEFAULT_ARTICLES))


def database_url():
    return f"{DATABASE_BASE_URL}_{articles()}"


def production_env(**extra):
    """The production profile's environment, on the benchmark's own database, Redis and folders."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        # Each size its own keys: a page, fragment or Site kept for one database is never read for another.
        "CACHE_KEY_PREFIX": f"alliance-bench-{articles()}",
        "STATIC_ROOT": str(RESULTS / "static"),
        "MEDIA_ROOT": str(RESULTS / "media"),
        "DOCUMENTS_ROOT": str(RESULTS / "documents"),
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
    url = database_url()
    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(  # noqa: S603
        ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S607, S608
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], check=True)  # noqa: S603, S607


def prepare(measure=True, only=None, repeat=5):
    """The benchmark's database migrated and seeded (once) and its static files collected; returns
    what bench/targets.py prints: the pages' addresses and the member's session, and (with `measure`)
    each page's queries and in-process time, of the pages named in `only` if given."""
    ensure_database()
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"])
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"])
    subprocess.run([PYTHON, "bench/seed.py"], cwd=BASE_DIR, env=development_env(), check=True)  # noqa: S603
    command = [PYTHON, "bench/targets.py", f"--repeat={repeat}"]
    command += [f"--only={name}" for name in only or ()]
    if not measure:
        command.append("--addresses-only")
    # Its progress goes to stderr, shown as it comes; its answer is the last line of stdout.
    output = subprocess.run(  # noqa: S603
        command, cwd=BASE_DIR, env=production_env(), stdout=subprocess.PIPE, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])
