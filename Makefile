# Fast Track: `make run` serves the app, `make test` runs every check. A fresh clone needs
# only Python 3.11+ and make: the first target bootstraps uv and the locked virtualenv.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint typecheck format migrate seed openapi sdk serve install clean bench bench-intake

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(BIN)/fasttrack: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen
	@touch $@

install: $(BIN)/fasttrack

migrate: install
	$(BIN)/fasttrack migrate

seed: install
	$(BIN)/fasttrack seed

serve: install
	$(BIN)/fasttrack serve

run: migrate seed serve

openapi: install
	$(BIN)/fasttrack openapi --output openapi.json

# The Python SDK in clients/python from the committed openapi.json (see clients/generate_sdk.py).
sdk: install
	$(BIN)/python clients/generate_sdk.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	cd clients/python && ../../$(BIN)/mypy --strict --no-incremental fasttrack_client examples

typecheck: install
	$(BIN)/mypy domain api infra tests bench

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint typecheck
	$(BIN)/pytest -n auto

# The queue benchmark (bench/): drops and recreates the fasttrack_bench database on the local
# PostgreSQL, seeds N cases, times the queries over HTTP and asyncpg. `make bench N=1000000`.
N ?= 20000
SAMPLES ?= 100
bench: install
	$(BIN)/python -u -m bench.run -n $(N) --samples $(SAMPLES)

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .mypy_cache .ruff_cache

# The smart-intake latency benchmark (bench/intake.py): every corpus complaint suggested once,
# cold start and with a trained model, in process and over HTTP. Target p95 < 20 ms.
bench-intake: install
	$(BIN)/python -u -m bench.intake
