# The two commands of the README: `make run` and `make test`. Both set everything up from a fresh clone
# (a virtual environment with the pinned dependencies of requirements/dev.txt) before doing their job.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The test suites run in this many processes side by side (pytest-xdist): one per core, at most 2.
# PYTEST_WORKERS=0 runs them in pytest's own process (e.g. for a debugger).
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); echo $$(( n < 2 ? n : 2 )))

.PHONY: run serve test test-browser install lint format lock clean audit print-pytest-workers

install: $(INSTALLED)

$(INSTALLED): requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	@echo "==> [1/4] Installing the pinned dependencies into $(VENV)/ (first run only: a minute or two)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	@touch $@

## Migrate, load the demo content and serve the site on http://$(HOST):$(PORT)/, with the scheduler
## (scheduled publishing and other periodic jobs, every minute) and the mail queue's worker beside it
# Links in mail (and the address printed at the end) are the address the site really runs on.
SITE_ADDRESS = WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}
run: install
	@echo "==> [2/4] Setting up the database (SQLite in db.sqlite3 unless DATABASE_URL says otherwise)"
	@$(BIN)/python manage.py migrate --noinput --verbosity 0
	@echo "==> [3/4] Loading the demo content in English and Spanish"
	@$(SITE_ADDRESS) $(BIN)/python manage.py load_demo_content
	@echo "==> [4/4] Serving the site with the scheduler and the mail worker (Ctrl-C stops all three)"
	@export $(SITE_ADDRESS); \
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	$(BIN)/python manage.py db_worker --backend email --no-reload & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## The production profile on loopback: production settings, collected and compressed static files,
## gunicorn (gunicorn.conf.py). Safe local values only: a throwaway key, no HTTPS redirect, console mail.
## REDIS_URL and DATABASE_URL from the environment are used if set (e.g. the benchmark's).
## The demo content is loaded with the development settings, the only ones (besides the tests') that
## have the demo app: production settings hold no demo. Both read the same DATABASE_URL, REDIS_URL,
## MEDIA_ROOT and DOCUMENTS_ROOT, with the same defaults, so the demo lands where gunicorn serves from.
SERVE_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-serve-only-$$(od -An -tx8 -N16 /dev/urandom | tr -d ' ')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 \
	EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend GUNICORN_BIND=$(HOST):$(PORT) $(SITE_ADDRESS)
DEMO_ENV = DJANGO_SETTINGS_MODULE=config.settings.dev
serve: install
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEMO_ENV) $(BIN)/python manage.py load_demo_content
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) exec $(BIN)/gunicorn -c gunicorn.conf.py config.wsgi

## Lint, Django's checks, migrations up to date, and the test suite (browser tests separately)
test: install lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -m "not browser" -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

print-pytest-workers:
	@echo $(PYTEST_WORKERS)

## The browser tests: headless Debian Chromium driven by Playwright, with axe-core and the Nu Html
## Checker (Java) from node_modules/
test-browser: install node_modules/.installed
	@test -x /usr/bin/chromium || { echo "Chromium is missing: sudo apt-get install -y chromium"; [ "$$CI" != true ] || exit 1; }
	@command -v java >/dev/null || { echo "Java is missing: sudo apt-get install -y default-jre-headless"; [ "$$CI" != true ] || exit 1; }
	$(BIN)/pytest -m browser -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# axe-core and vnu-jar, exactly as package-lock.json pins them; --ignore-scripts: vnu-jar's optional
# install script would download a Java runtime, and the machine's own Java is used instead.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: sudo apt-get install -y npm"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates */templates
	$(BIN)/lint-imports

## Known vulnerabilities in the pinned runtime dependencies (PyPI's advisory data, through pip-audit);
## --strict: a dependency that cannot be looked up fails the audit rather than passing unchecked
audit: install
	$(BIN)/pip-audit --vulnerability-service pypi --disable-pip --strict --progress-spinner off \
		-r requirements/base.txt

## Format Python and templates in place
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates */templates

## Re-pin dependencies after editing requirements/*.in
lock: install
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --no-emit-index-url --no-emit-find-links -o base.txt base.in
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --no-emit-index-url --no-emit-find-links -o dev.txt dev.in

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media .test-media staticfiles bench/.results
