#!/usr/bin/env bash
# Lighthouse on the demo site in both languages: the home page, the newest article and the news index.
#
#   bench/lighthouse/run.sh                                      # SEO (as before)
#   bench/lighthouse/run.sh --categories seo,performance --runs 2
#   REDIS_URL=redis://127.0.0.1:6379/4 bench/lighthouse/run.sh --categories performance
#   bench/lighthouse/run.sh --serve                              # only serve it (screenshots, by hand)
#
# --categories: Lighthouse categories, comma-separated (seo, performance, accessibility, best-practices).
# --runs N: run each page N times and report the lowest performance score (simulated throttling varies,
# more so on a shared machine). Performance is Lighthouse's default: mobile form factor (Moto G Power
# emulation) with simulated throttling (slow 4G, 4x CPU slowdown).
#
# Serves the production profile as `make serve` does, on a free loopback port: the demo loaded with the
# development settings, then production settings, a throwaway secret key, no HTTPS redirect,
# collectstatic (whitenoise: compressed, hashed, far-future cache headers), gunicorn with
# gunicorn.conf.py; plus SEO_ALLOW_INDEXING=true so robots.txt allows crawling. Scratch SQLite
# database, static and media directories. Media, which production reads from S3 or its CDN, is served
# beside the app with the bucket's cache headers (media_wsgi.py). REDIS_URL, if set, is used as
# production would (the page cache and cached renditions; keys under a prefix of their own, deleted at
# the end). Each page is requested once before Lighthouse loads it, so renditions exist and the page
# cache (with Redis) is warm, as on a live site.
#
# Needs `make install`, Node 20 and Debian's chromium. Reports go to tests/artifacts/lighthouse/
# (ignored by git). Not part of pytest: it takes minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

categories=seo
runs=1
serve_only=
while [ $# -gt 0 ]; do
    case "$1" in
        --categories) categories="$2"; shift 2 ;;
        --categories=*) categories="${1#*=}"; shift ;;
        --runs) runs="$2"; shift 2 ;;
        --runs=*) runs="${1#*=}"; shift ;;
        --serve) serve_only=1; shift ;;
        -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

cd "$here"
[ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error

out="$root/tests/artifacts/lighthouse"
mkdir -p "$out"
scratch="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cache_prefix="alliance-lighthouse-$$"
export DJANGO_SETTINGS_MODULE=config.settings.production \
    SECRET_KEY="lighthouse-only-$(od -An -tx8 -N16 /dev/urandom | tr -d ' ')" \
    ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 \
    EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend \
    DATABASE_URL="sqlite:///$scratch/lighthouse.sqlite3" STATIC_ROOT="$scratch/static" \
    MEDIA_ROOT="$scratch/media" DOCUMENTS_ROOT="$scratch/documents" CACHE_KEY_PREFIX="$cache_prefix" \
    SEO_ALLOW_INDEXING=true GUNICORN_BIND="127.0.0.1:$port"

server=
cleanup() {
    [ -z "$server" ] || { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
    if [ -n "${REDIS_URL:-}" ] && command -v redis-cli >/dev/null; then
        redis-cli -u "$REDIS_URL" --scan --pattern "$cache_prefix*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

cd "$root"
.venv/bin/python manage.py migrate --noinput -v0
# The demo with the development settings (production's have no demo app), into the same scratch
# database, media and documents folders (the variables above) and the same Redis.
DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py load_demo_content >/dev/null
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/gunicorn -c gunicorn.conf.py --pythonpath "$here" media_wsgi >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

newest() {
    .venv/bin/python manage.py shell -c "from news.models import NewsPage; print(NewsPage.objects.live().public().filter(locale__language_code='$1').newest_first().first().url)" | tail -1
}
article_en="$(newest en)"
article_es="$(newest es)"
if [ -n "$serve_only" ]; then
    echo "Serving on http://127.0.0.1:$port/ (articles: $article_en $article_es); Ctrl-C or kill $$ stops it."
    wait "$server"
    exit
fi

export CHROME_PATH=/usr/bin/chromium
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
[[ ",$categories," == *,performance,* ]] || runs=1
echo "Lighthouse $("$here/node_modules/.bin/lighthouse" --version), categories: $categories, runs: $runs"
for path in /en/ "$article_en" /en/news/ /es/ "$article_es" /es/noticias/; do
    name="$(echo "$path" | tr '/' '_' | sed 's/^_//; s/_$//')"
    # Warm: renditions made, page cached (with Redis), as a visitor before this one would have left it.
    curl -sf -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path"
    reports=()
    for run in $(seq "$runs"); do
        report="$out/$name.$run.json"
        "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet --only-categories="$categories" \
            --chrome-flags="$flags" --output=json --output-path="$report" >/dev/null
        reports+=("$report")
    done
    node "$here/summary.js" "$path" "${reports[@]}"
done
