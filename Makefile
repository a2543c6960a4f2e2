# The project's commands. `make run` and `make test` are what people and CI type; keep the names.
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
.PHONY: help run test lint setup db-ready clean

help:
	@echo "make run    set up, load the demo content and serve http://127.0.0.1:$(PORT)/"
	@echo "make test   set up and run the whole test suite (DATABASE_URL selects PostgreSQL)"
	@echo "make lint   ruff, Django's checks and the migrations check"

# Rebuilt only when the pinned dependencies change, so re-running is fast.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "pip>=25.1"
	$(PY) -m pip install --quiet --disable-pip-version-check --group dev
	@touch $@

setup: $(VENV)/.installed

db-ready: setup
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

# Debug pages are on for local development unless DJANGO_DEBUG says otherwise.
run: db-ready
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(MANAGE) runserver 127.0.0.1:$(PORT)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
