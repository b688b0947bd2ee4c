# Porteføljetavlen. The two commands of the README: `make site` and `make test`.
# Everything is installed into .venv from pinned versions (constraints.txt); nothing else is needed
# on the machine beyond Python 3.11 and make.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
export NO_MKDOCS_2_WARNING := 1
# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# apt-get needs root: sudo when we are not root and have it (CI runs as root).
SUDO := $(if $(filter 0,$(shell id -u)),,$(shell command -v sudo))
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends

.PHONY: site validate serve test lint bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-site: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-site
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@

# Only when missing: the package lists are refreshed only if the first install fails.
$(CHROMIUM):
	$(APT_INSTALL) chromium || { $(SUDO) apt-get update && $(APT_INSTALL) chromium; }
	@test -x $@ || { echo "Chromium mangler stadig: $@ findes ikke efter installationen." >&2; exit 1; }

## validate: check every file of the portfolio (GitHub annotations when run in Actions)
validate: $(VENV)/.installed-site
	$(BIN)/portfolio validate

## site: validate the portfolio and build the site into site/
site: $(VENV)/.installed-site
	$(BIN)/portfolio validate
	$(BIN)/mkdocs build --strict
	@echo
	@echo "Sitet er bygget i site/. Se det med: make serve  (åbner http://127.0.0.1:8000)"

## serve: show the site at http://127.0.0.1:8000 while you edit
serve: $(VENV)/.installed-site
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

## test: lint, type check and every test, the browser tests included
test: $(VENV)/.installed-test $(CHROMIUM) lint
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy macros
	$(BIN)/portfolio schema --check

## bench: validation, full build against bare Material (1,000 and 3,000 indsatser), sizes and filter speed; prints, asserts nothing
bench: $(VENV)/.installed-test $(CHROMIUM)
	$(BIN)/python tests/bench/bench.py

## lock: re-pin every dependency after changing pyproject.toml
lock: $(VENV)/.installed-test
	{ echo "# Every package pinned; regenerate with: make lock"; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v '^portefoeljetavlen'; } > constraints.txt

clean:
	rm -rf site $(VENV) .pytest_cache .mypy_cache .ruff_cache
