#!/usr/bin/env bash
# Lighthouse's SEO audit (and the other categories' scores, for information) of the demo site in both
# languages: the home page, a news article and the news index. Serves the demo on a free local port
# with SEO_ALLOW_INDEXING=true, as production would, so robots.txt allows crawling.
#
#   bench/lighthouse/run.sh            # needs `make install` and Debian's chromium
#
# Reports go to tests/artifacts/lighthouse/ (ignored by git). Not part of pytest: it takes minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error

out="$root/tests/artifacts/lighthouse"
mkdir -p "$out"
db="$(mktemp -d)/lighthouse.sqlite3"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export DATABASE_URL="sqlite:///$db" SEO_ALLOW_INDEXING=true DJANGO_SETTINGS_MODULE=config.settings.dev

cd "$root"
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_demo_content >/dev/null
.venv/bin/python manage.py runserver "127.0.0.1:$port" --noreload >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null && break; sleep 0.2; done

article_en="$(.venv/bin/python manage.py shell -c "from news.models import NewsPage; print(NewsPage.objects.live().public().filter(locale__language_code='en').newest_first().first().url)" | tail -1)"
article_es="$(.venv/bin/python manage.py shell -c "from news.models import NewsPage; print(NewsPage.objects.live().public().filter(locale__language_code='es').newest_first().first().url)" | tail -1)"

export CHROME_PATH=/usr/bin/chromium
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-50s %s\n' page "SEO (failed audits)"
for path in /en/ "$article_en" /en/news/ /es/ "$article_es" /es/noticias/; do
    name="$(echo "$path" | tr '/' '_' | sed 's/^_//; s/_$//')"
    "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet --only-categories=seo \
        --chrome-flags="$flags" --output=json --output-path="$out/$name.json" >/dev/null
    node -e '
        const r = require(process.argv[1]);
        const failed = r.categories.seo.auditRefs
            .map(ref => r.audits[ref.id])
            .filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
            .map(a => a.id);
        console.log(`${process.argv[2].padEnd(50)} ${Math.round(r.categories.seo.score * 100)} ${failed.join(", ")}`);
    ' "$out/$name.json" "$path"
done
