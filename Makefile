# veille: the two commands of the README, and the helpers behind them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= data/demo
SYSTEM_DEPS ?= chromium postgresql-15 postgresql-client-15

.PHONY: setup setup-dev demo test lint bench-captures clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install -q --no-deps -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install -q --no-deps -r requirements-dev.lock
	$(BIN)/pip check
	touch $@

setup: $(VENV)/.installed

setup-dev: $(VENV)/.installed-dev

## The main job on the embedded defaults: ingest the demo corpus, then serve it (polling
## the registered sources and sending alerts in the same process).
demo: setup
	$(BIN)/veille --data-dir $(DATA_DIR) ingest demo/
	$(BIN)/veille --data-dir $(DATA_DIR) enrich
	$(BIN)/veille --data-dir $(DATA_DIR) latest -n 10
	$(BIN)/veille --data-dir $(DATA_DIR) serve --watch

## Set up and run the tests.
test: setup-dev
	bash scripts/system-deps.sh $(SYSTEM_DEPS)
	$(BIN)/python -m pytest -q -n auto --dist loadfile --durations=40

lint: setup-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

bench-captures: setup-dev
	$(BIN)/python bench/captures.py

clean:
	rm -rf $(VENV) $(DATA_DIR)
