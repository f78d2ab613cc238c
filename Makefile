# The two commands of the README: `make run` and `make test`. Both set everything up from a fresh clone
# (a virtual environment with the pinned dependencies of requirements/dev.txt) before doing their job.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-browser install lint format lock clean audit

install: $(INSTALLED)

$(INSTALLED): requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

## Migrate, load the demo content and serve the site on http://$(HOST):$(PORT)/, with the scheduler
## (scheduled publishing and other periodic jobs, every minute) and the mail queue's worker beside it
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	$(BIN)/python manage.py db_worker --backend email --no-reload & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Lint, Django's checks, migrations up to date, and the test suite (browser tests separately)
test: install lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS)

## The browser tests: headless Debian Chromium driven by Playwright, with axe-core and the Nu Html
## Checker (Java) from node_modules/
test-browser: install node_modules/.installed
	@test -x /usr/bin/chromium || { echo "Chromium is missing: sudo apt-get install -y chromium"; [ "$$CI" != true ] || exit 1; }
	@command -v java >/dev/null || { echo "Java is missing: sudo apt-get install -y default-jre-headless"; [ "$$CI" != true ] || exit 1; }
	$(BIN)/pytest -m browser $(PYTEST_ARGS)

# axe-core and vnu-jar, exactly as package-lock.json pins them; --ignore-scripts: vnu-jar's optional
# install script would download a Java runtime, and the machine's own Java is used instead.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: sudo apt-get install -y npm"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

## Known vulnerabilities in the pinned runtime dependencies (PyPI's advisory data, through pip-audit);
## --strict: a dependency that cannot be looked up fails the audit rather than passing unchecked
audit: install
	$(BIN)/pip-audit --vulnerability-service pypi --disable-pip --strict --progress-spinner off \
		-r requirements/base.txt

## Format Python and templates in place
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

## Re-pin dependencies after editing requirements/*.in
lock: install
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --generate-hashes -o base.txt base.in
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --generate-hashes -o dev.txt dev.in

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media .test-media staticfiles
