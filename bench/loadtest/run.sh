#!/usr/bin/env bash
# Load test on loopback only: gunicorn serving the demo site (production settings, PostgreSQL, Redis)
# to wrk, 64 connections for 60 s per scenario, public and member pages mixed, while
# bench/loadtest/submit.py sends newsletter signups (4 a second) and the demo member signs in (1 a
# second); after each scenario the signups acknowledged are looked for in the database:
#   baseline   nothing happens
#   redis      the Redis server is stopped 20 s in (and stays down)
#   postgres   PostgreSQL is restarted 20 s in; the app is not restarted
# PostgreSQL and Redis are private instances on their own ports, started and stopped here, so the
# machine's shared servers are never touched. Run by hand (`bash bench/loadtest/run.sh [scenario...]`);
# results go to docs/robustness.md. Needs wrk (apt-get install -y wrk) and `make install`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${LOADTEST_DIR:-/tmp/alliance-loadtest}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
APP_PORT=${APP_PORT:-58000}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
if [ $# -gt 0 ]; then SCENARIOS=("$@"); else SCENARIOS=(baseline redis postgres); fi

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
mkdir -p "$WORK"
chown postgres "$WORK" 2>/dev/null || true

export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY=loadtest-only-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=false
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/alliance"
export DATABASE_CONN_MAX_AGE=60
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media" DOCUMENTS_ROOT="$WORK/documents"
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
export LOG_LEVEL=ERROR

as_postgres() { su postgres -s /bin/bash -c "$*"; }
pg_start() { as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1' -w start" >/dev/null; }
redis_start() {
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
        --dir "$WORK" --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
    until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.2; done
}
redis_stop() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    redis_stop
    as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [ ! -d "$WORK/pg" ]; then
    as_postgres "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust" >/dev/null
fi
pg_start
redis_start
as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT alliance" 2>/dev/null || true

echo "==> Preparing the demo site"
.venv/bin/python manage.py migrate --noinput -v0
# With the development settings (production's have no demo app), into the same database and Redis.
DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py load_demo_content -v0 >/dev/null
.venv/bin/python manage.py collectstatic --noinput -v0
# The member's session, made directly (signing in over plain HTTP would need the Secure cookie).
MEMBER_SESSION=$(.venv/bin/python manage.py shell --no-imports -c "
from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from importlib import import_module
from django.conf import settings
user = get_user_model().objects.get(email='member@example.org')
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)")
export MEMBER_SESSION
export PATHS_FILE="$WORK/paths.txt"
.venv/bin/python manage.py shell --no-imports -c "
from wagtail.models import Page
for page in Page.objects.live().filter(depth__gt=1).specific().order_by('path'):
    kind = 'member' if page.get_view_restrictions().exists() else 'public'
    print(kind, page.url)
print('public /en/search/?query=funding')
print('public /es/buscar/?q=familias')
print('member /en/members/speaking/my-responses/')
" >"$PATHS_FILE"
echo "$(grep -c '^public' "$PATHS_FILE") public and $(grep -c '^member' "$PATHS_FILE") member addresses"

echo "==> Starting gunicorn on 127.0.0.1:$APP_PORT"
.venv/bin/gunicorn config.wsgi --bind "127.0.0.1:$APP_PORT" --workers 3 --threads 8 \
    --worker-class gthread --timeout 30 --error-logfile "$WORK/gunicorn.log" &
app_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/en/"; do sleep 0.5; done

# Both kinds of page answer as expected before the clock starts.
curl -fsS -o /dev/null -w "public: %{http_code}\n" "http://127.0.0.1:$APP_PORT/en/news/"
curl -fsS -o /dev/null -w "member: %{http_code}\n" -H "Cookie: sessionid=$MEMBER_SESSION" \
    "http://127.0.0.1:$APP_PORT/en/members/"

# Warm-up: the first view of a page makes its image renditions (AVIF is slow to encode), which a
# running site has long done; one pass over every address keeps that out of the numbers.
echo "==> Warming up (one request per address)"
while read -r kind path; do
    cookie=""; [ "$kind" = member ] && cookie="sessionid=$MEMBER_SESSION"
    curl -s -o /dev/null --max-time 120 -H "Cookie: $cookie" "http://127.0.0.1:$APP_PORT$path"
done <"$PATHS_FILE"

for scenario in "${SCENARIOS[@]}"; do
    echo
    echo "==> Scenario: $scenario ($CONNECTIONS connections, ${DURATION}s)"
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || redis_start
    fault_pid=""
    case "$scenario" in
        baseline) ;;
        redis) (sleep 20; echo "   [t=20s] stopping Redis"; redis_stop) & fault_pid=$! ;;
        postgres)
            (
                sleep 20
                echo "   [t=20s] restarting PostgreSQL"
                as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -m fast -w restart -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1'" >/dev/null
                echo "   PostgreSQL back"
            ) &
            fault_pid=$!
            ;;
        *) echo "unknown scenario $scenario"; exit 1 ;;
    esac
    .venv/bin/python bench/loadtest/submit.py "http://127.0.0.1:$APP_PORT" signup --seconds "$DURATION" \
        --rate 4 --out "$WORK/$scenario-signups.json" & signups_pid=$!
    .venv/bin/python bench/loadtest/submit.py "http://127.0.0.1:$APP_PORT" signin --seconds "$DURATION" \
        --rate 1 --out "$WORK/$scenario-signins.json" & signins_pid=$!
    wrk --threads 2 --connections "$CONNECTIONS" --duration "${DURATION}s" --timeout 10s \
        --latency --script bench/loadtest/paths.lua "http://127.0.0.1:$APP_PORT" | tee "$WORK/$scenario.txt"
    # Only the fault's and the forms' own jobs: a bare `wait` would wait for gunicorn too.
    [ -z "$fault_pid" ] || wait "$fault_pid"
    wait "$signups_pid" "$signins_pid"
    # Which signups the database holds, by the answer each got (PostgreSQL is back by now).
    .venv/bin/python manage.py shell --no-imports -c "
import json, collections
from subscriptions.models import Subscriber
signups = json.load(open('$WORK/$scenario-signups.json'))
stored = set(Subscriber.objects.filter(email__in=[s['email'] for s in signups]).values_list('email', flat=True))
by_answer = collections.defaultdict(lambda: [0, 0])
for signup in signups:
    by_answer[str(signup['answer'])][0] += 1
    by_answer[str(signup['answer'])][1] += signup['email'] in stored
print('   signups (answer: sent, stored):', dict(sorted((k, tuple(v)) for k, v in by_answer.items())))
signins = collections.Counter(str(s['answer']) for s in json.load(open('$WORK/$scenario-signins.json')))
print('   sign-ins (answer: count):', dict(sorted(signins.items())))
"
    # The site answers again afterwards (Redis is started again for the next scenario).
    curl -s -o /dev/null -w "   after the run: %{http_code}\n" "http://127.0.0.1:$APP_PORT/en/"
done
