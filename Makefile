# The project's commands. `make run` and `make test` are what people and CI type; keep the names.
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/clinic_bench

.PHONY: help run test lint setup db-ready messages gettext ffmpeg clean bench-search bench-appointments bench \
	audit screenshots

help:
	@echo "make run    set up, load the demo content and serve http://127.0.0.1:$(PORT)/"
	@echo "make test   set up and run the whole test suite (DATABASE_URL selects PostgreSQL)"
	@echo "make lint   ruff, Django's checks and the migrations check"
	@echo "make messages   refresh locale/*/LC_MESSAGES/django.po from the code and templates"
	@echo "make bench-search   10,000 specialists on PostgreSQL, search latency p50/p95"
	@echo "make bench-appointments   200 requests while SMTP is down, then recovery"
	@echo "make bench   page throughput under gunicorn, as a share of a trivial view's"
	@echo "make audit   Lighthouse and axe-core on the public pages, page-weight budgets"
	@echo "make screenshots   every page type at 320, 390, 768 and 1280 px, with layout checks"

# Rebuilt only when the pinned dependencies change, so re-running is fast.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "pip>=25.1"
	$(PY) -m pip install --quiet --disable-pip-version-check --group dev
	@touch $@

setup: $(VENV)/.installed

# Interface text: each language's catalogue (committed) is compiled to the .mo Django reads
# (a build product, gitignored) whenever the catalogue is newer.
CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po)
COMPILED := $(CATALOGUES:.po=.mo)

gettext:
	@command -v msgfmt >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; } \
		|| { echo "translations need GNU gettext, and apt-get install -y gettext failed" >&2; exit 1; }

# Videos sent with appointment requests are checked and cleaned by Debian's ffmpeg.
ffmpeg:
	@command -v ffprobe >/dev/null || { apt-get update -qq && apt-get install -y -qq ffmpeg; } \
		|| { echo "videos need Debian's ffmpeg, and apt-get install -y ffmpeg failed" >&2; exit 1; }

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | gettext
	msgfmt --check -o $@ $<

# After adding or changing interface text: new strings into every catalogue, then translate them.
messages: setup gettext
	$(MANAGE) makemessages --all --no-obsolete --add-location=file \
		--ignore=tools --ignore=staticfiles --ignore=docs

db-ready: setup ffmpeg $(COMPILED)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) rebuild_search_index

# The site as patients see it (its own 404 and error pages; DJANGO_DEBUG=true for Django's
# debug pages); templates, CSS and code still reload on change. PORT goes to the settings too,
# so links in emails (SITE_URL) point at this server. The email worker runs beside the server
# (emails print to this console) and stops with it.
run: db-ready
	@PORT=$(PORT) $(MANAGE) task_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	PORT=$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

# One test process per core (at most 4; each has its own database and, for the browser tests,
# its own Chromium): on 2 cores the suite takes about 60% of the time it takes in one.
TEST_PROCESSES ?= auto
test: setup ffmpeg $(COMPILED)
	$(PY) -m pytest -n $(TEST_PROCESSES) --maxprocesses 4 $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# Its own database, so benchmark data never mixes with anything else.
bench-search: setup
	createdb -h 127.0.0.1 -U postgres clinic_bench 2>/dev/null || true
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --noinput -v0
	$(MANAGE) collectstatic --noinput -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_MEDIA_ROOT=$(CURDIR)/.bench-media \
		$(MANAGE) bench_search --specialists 10000 --output bench-search.json

# 200 requests from 8 clients to gunicorn on PostgreSQL while SMTP is down, then recovery.
bench-appointments: setup
	createdb -h 127.0.0.1 -U postgres clinic_bench_appointments 2>/dev/null || true
	$(PY) -m scripts.bench_appointments

# Each page's throughput under gunicorn (production settings, PostgreSQL, Redis) as a share of
# a trivial view's; fails when a page is under the target (FAIL_BELOW_TARGET in the script).
bench: setup $(COMPILED)
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } \
		|| { echo "make bench needs wrk, and apt-get install -y wrk failed" >&2; exit 1; }
	@# A fresh database each run: its content and the media folder must match.
	dropdb -h 127.0.0.1 -U postgres --if-exists clinic_bench_pages
	createdb -h 127.0.0.1 -U postgres clinic_bench_pages
	$(PY) -m scripts.bench_pages

# Lighthouse from npm (pinned in tools/lighthouse), reinstalled when its lock file changes.
tools/lighthouse/node_modules/.installed: tools/lighthouse/package-lock.json
	npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error
	@touch $@

# Lighthouse (mobile) on the key pages and axe-core on every public page, served by gunicorn
# with production settings from its own PostgreSQL database; results in audit.json.
audit: setup $(COMPILED) tools/lighthouse/node_modules/.installed
	@test -x /usr/bin/chromium || (apt-get update -q && apt-get install -y -q chromium)
	@# A fresh database each run: its content and the media folder must match.
	dropdb -h 127.0.0.1 -U postgres --if-exists clinic_audit
	createdb -h 127.0.0.1 -U postgres clinic_audit
	$(PY) -m scripts.audit

# Every page type at the four design widths (full-page PNGs and contact sheets in .screenshots/),
# checking the phone header's height, sideways scroll and wrapped radio and checkbox labels.
screenshots: setup $(COMPILED)
	@test -x /usr/bin/chromium || (apt-get update -q && apt-get install -y -q chromium)
	dropdb -h 127.0.0.1 -U postgres --if-exists clinic_shots
	createdb -h 127.0.0.1 -U postgres clinic_shots
	$(PY) -m scripts.screenshots

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
