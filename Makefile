# Yhdistysinfo: `make run` serves the portal with demo data on SQLite; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test ci lint format migrations-check messages demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --editable .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --editable ".[test]"
	touch $@ $(VENV)/.installed-run

run: export DJANGO_DEBUG ?= 1
run: $(VENV)/.installed-run
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) compiletranslations
	$(MANAGE) load_demo
	@echo "Emails are sent by a task worker started beside the web server; both print to this console."
	$(MANAGE) db_worker --queue-name default & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(MANAGE) runserver $(HOST):$(PORT)

test: export DJANGO_SECRET_KEY ?= insecure-key-for-tests-only
test: $(VENV)/.installed-test
	$(MANAGE) compiletranslations --verbosity 0
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: export DJANGO_SECRET_KEY ?= insecure-key-for-checks-only
migrations-check: $(VENV)/.installed-run
	$(MANAGE) makemigrations --check --dry-run

# Needs GNU gettext: extracts new strings into locale/*/LC_MESSAGES/django.po.
messages: export DJANGO_DEBUG ?= 1
messages: $(VENV)/.installed-run
	$(MANAGE) updatetranslations

demo: export DJANGO_DEBUG ?= 1
demo: $(VENV)/.installed-run
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache *.egg-info
