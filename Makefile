# Fast Track: `make run` serves the app, `make test` runs every check. A fresh clone needs
# Python 3.11+, Node.js 20.19+ (npm) and make: the first targets bootstrap uv and the locked
# virtualenv, and `npm ci` the frontends from clients/package-lock.json.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint typecheck format migrate seed openapi sdk serve install clean bench bench-intake bench-writers \
	bench-http \
	web-install web-build web-test browser audit

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(BIN)/fasttrack: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen
	@touch $@

install: $(BIN)/fasttrack

# The frontends (clients/): one npm workspace, one lock file, installed as locked.
NPM_STAMP := clients/node_modules/.package-lock.json
$(NPM_STAMP): clients/package.json clients/package-lock.json $(wildcard clients/*/package.json)
	cd clients && npm ci --no-audit --no-fund
	@touch $@

web-install: $(NPM_STAMP)

web-build: web-install
	cd clients && npm run build

# Type checks, then the Vitest suites (component and logic tests, the generated API types'
# freshness, the console's first-load JavaScript budget, which reads the build).
web-test: web-build
	cd clients && npm run typecheck && npm test

# The browser tests drive Debian's chromium (never a downloaded browser build).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium

browser: $(CHROMIUM)

migrate: install
	$(BIN)/fasttrack migrate

seed: install
	$(BIN)/fasttrack seed

serve: install
	$(BIN)/fasttrack serve

run: migrate seed web-build serve

openapi: install web-install
	$(BIN)/fasttrack openapi --output openapi.json
	cd clients && npm run generate

# The Python SDK in clients/python from the committed openapi.json (see clients/generate_sdk.py).
sdk: install
	$(BIN)/python clients/generate_sdk.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	# redundant-cast: openapi-python-client casts a list it has just isinstance-checked.
	cd clients/python && ../../$(BIN)/mypy --strict --no-incremental \
		--disable-error-code redundant-cast fasttrack_client examples

typecheck: install
	$(BIN)/mypy domain api infra tests bench tools

# Known vulnerabilities in uv.lock (pip-audit, nothing installed) and the npm lock files
# (npm audit), minus audit-allowlist.toml; retried when an advisory service is unreachable
# (see tools/supply_audit.py, and AUDIT_REQUIRE_ONLINE).
audit: install
	$(BIN)/python -m tools.supply_audit

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# pytest's browser tests (tests/e2e/test_console.py) run Playwright against live servers on
# SQLite and PostgreSQL, with the console built by web-test.
test: audit lint typecheck web-test browser
	$(BIN)/pytest -n auto

# The queue benchmark (bench/): drops and recreates the fasttrack_bench database on the local
# PostgreSQL, seeds N cases, times the queries over HTTP and asyncpg; then the concurrent
# writers (bench-writers below). `make bench N=1000000`.
N ?= 20000
SAMPLES ?= 100
bench: install
	$(BIN)/python -u -m bench.run -n $(N) --samples $(SAMPLES)
	$(BIN)/python -u -m bench.writers --seconds $(SECONDS) --processes $(PROCESSES)

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .mypy_cache .ruff_cache

# The smart-intake latency benchmark (bench/intake.py): every corpus complaint suggested once,
# cold start and with a trained model, in process and over HTTP. Target p95 < 20 ms.
bench-intake: install
	$(BIN)/python -u -m bench.intake

# The write-throughput benchmark (bench/writers.py): drops and recreates fasttrack_bench_writers
# on the local PostgreSQL; 1, 4, 16 and 32 concurrent writers file and transition cases for
# SECONDS each, measured after 10 s of ramp-up, the writers spread over PROCESSES client
# processes. `make bench-writers SECONDS=30 PROCESSES=4`.
SECONDS ?= 20
PROCESSES ?= 1
bench-writers: install
	$(BIN)/python -u -m bench.writers --seconds $(SECONDS) --processes $(PROCESSES)

# The HTTP benchmark (bench/http/): the app and a bare Starlette + asyncpg baseline serving the
# same SQL (bench/http/bare.py), under wrk (the Debian package, installed here when missing)
# on loopback, interleaved B A B A B A, servers pinned to core 0 and wrk to core 1; then the
# concurrent writers (bench/writers.py). Seeds fasttrack_bench_http with N cases (kept for the
# next run with the same N). Prints a Markdown table, also written to var/bench-http.md.
# `make bench-http N=200000 HTTP_SECONDS=10 ROUNDS=3 WRITERS_SECONDS=20`.
WRK := /usr/bin/wrk
$(WRK):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk

HTTP_SECONDS ?= 5
ROUNDS ?= 3
WRITERS_SECONDS ?= 20
bench-http: install $(WRK)
	$(BIN)/python -u -m bench.http.run -n $(N) --seconds $(HTTP_SECONDS) --rounds $(ROUNDS) \
		--writers-seconds $(WRITERS_SECONDS)
