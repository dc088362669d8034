# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Every absolute address (e-mails, iCal, sitemap, canonical links, the admin's notifications)
# starts with this; `make run` gives the server it starts its own port.
PORTAL_BASE_URL ?= http://127.0.0.1:$(PORT)
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
MANAGE := $(BIN)/python manage.py

.PHONY: help install lock run test demo migrate admin messages compilemessages lint format check clean

help:
	@echo "make run    - install, migrate, compile translations, load demo content, serve on 127.0.0.1:$(PORT)"
	@echo "make test   - install and run the whole test suite (browser tests need /usr/bin/chromium)"
	@echo "make demo   - load the Finnish and Swedish demo content (safe to run again)"
	@echo "make messages - update the gettext catalogues in locale/"
	@echo "make lock   - re-resolve requirements*.txt (hashed lock files) from requirements*.in"
	@echo "make lint   - ruff check, ruff format --check, djlint, import contracts"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs exactly the locked tree: every package pinned, every file checked against its hash.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.txt
	touch $@

# Re-resolves the lock files from requirements.in and requirements-dev.in (needs PyPI).
lock: | $(BIN)/python
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile --quiet --python-version 3.11 --generate-hashes requirements.in -o requirements.txt
	$(BIN)/uv pip compile --quiet --python-version 3.11 --generate-hashes requirements-dev.in -o requirements-dev.txt

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate compilemessages
	$(MANAGE) load_demo

admin: migrate
	PORTAL_BASE_URL=$(PORTAL_BASE_URL) $(MANAGE) ensure_dev_admin

# Mail and Wagtail's tasks run on django-tasks' immediate backend (TASKS_BACKEND's default) in
# the server process after each commit, so no task worker is started (docs/deployment.md).
run: demo admin
	PORTAL_BASE_URL=$(PORTAL_BASE_URL) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install compilemessages node_modules/.installed
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

messages: install
	$(MANAGE) makemessages -l fi -l sv --ignore=.venv --ignore=node_modules --no-obsolete --add-location=file

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --lint templates */templates */*/templates
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3 .pytest_cache
