# Storyloom: `make run` starts the app on the embedded default, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run worker test lint typecheck pytest bench clean messages

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

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

test: lint typecheck pytest

bench: install
	$(BIN)/python -m bench

messages: install  ## collect the site's strings into the catalogues (storyloom/web/locales)
	$(BIN)/pybabel extract -F babel.cfg --no-location --omit-header -k N_ -o storyloom/web/locales/messages.pot .
	$(BIN)/pybabel update -i storyloom/web/locales/messages.pot -d storyloom/web/locales --no-fuzzy-matching --omit-header

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

shopify-dev: install  ## the Shopify Admin emulator and the app wired together (emulator on :8081)
	$(BIN)/python -m storyloom.devtools.shopify_dev --host $(HOST) --port $(PORT)
