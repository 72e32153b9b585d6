# Storyloom: `make run` starts the app on the embedded default, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
# pytest-xdist: one test process per core (override: make pytest PYTEST_ARGS='-n 0 -k name')
PYTEST_ARGS ?= -n auto
PORT ?= 8000
EMULATOR_PORT ?= 8081

.PHONY: install run worker test lint typecheck themecheck pytest bench clean shopify-dev messages

# Bytecode is compiled at install (uv does not by default): where PYTHONDONTWRITEBYTECODE is set,
# as in many containers, every process otherwise compiles each module it imports again, and a
# worker or `storyloom generate` spent about half of its start-up (~3 of 6 CPU s) doing so.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python --quiet --compile-bytecode -e '.[dev]'
	$(BIN)/python -m compileall -q storyloom
	touch $(STAMP)

AXE := tests/web/axe/node_modules/axe-core/axe.min.js
$(AXE):
	npm ci --prefix tests/web/axe --no-audit --no-fund --loglevel=error

install: $(STAMP)

pytest: | $(AXE)

run: install
	$(BIN)/storyloom serve --host $(HOST) --port $(PORT)

worker: install
	$(BIN)/storyloom worker --queue $(QUEUE)

lint: install
	$(BIN)/ruff check storyloom tests bench
	$(BIN)/ruff format --check storyloom tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Shopify's Theme Check on the theme app extension, installed from npm into a project-local folder once.
THEME_CHECK_DIR := .cache/theme-check
THEME_CHECK_VERSION := 3.29.1
THEME_CHECK_STAMP := $(THEME_CHECK_DIR)/.installed-$(THEME_CHECK_VERSION)

$(THEME_CHECK_STAMP):
	mkdir -p $(THEME_CHECK_DIR)
	npm install --prefix $(THEME_CHECK_DIR) --no-audit --no-fund --loglevel=error @shopify/theme-check-node@$(THEME_CHECK_VERSION)
	touch $@

themecheck: $(THEME_CHECK_STAMP)
	THEME_CHECK_MODULES=$(abspath $(THEME_CHECK_DIR))/node_modules node .ci/theme-check.mjs extensions/storyloom-builder

test: lint typecheck themecheck pytest

bench: install
	$(BIN)/python -m bench

messages: install  ## collect the site's strings into the catalogues (storyloom/web/locales)
	$(BIN)/pybabel extract -F babel.cfg --no-location --omit-header --no-wrap -k N_ -o storyloom/web/locales/messages.pot .
	$(BIN)/pybabel update -i storyloom/web/locales/messages.pot -d storyloom/web/locales --no-fuzzy-matching --no-wrap

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

shopify-dev: install  ## the Shopify Admin emulator, the app and its workers wired together
	$(BIN)/python -m storyloom.devtools.shopify_dev --host $(HOST) --port $(PORT) --emulator-port $(EMULATOR_PORT)
