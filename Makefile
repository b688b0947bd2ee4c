# Porteføljetavlen. The two commands of the README: `make site` and `make test`.
# Everything is installed into .venv from pinned versions (constraints.txt); nothing else is needed
# on the machine beyond Python (3.11, 3.12 or 3.13) and make.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
# Material for MkDocs prints a banner about its end of life (5 May 2027) on every build; this is
# its documented switch. The date is noted in the README, with the way out (ProperDocs).
export NO_MKDOCS_2_WARNING := 1
# The Python versions the pinned set must install on (`make platforms` checks their wheels).
PYTHON_VERSIONS := 3.11 3.12 3.13

# Which Python makes the .venv, and from which pins: when either changes, the .venv is made anew,
# so a .venv from another Python (or a broken one) is never reused. An older Python gets one
# Danish line saying what to install.
PYTHON_FOUND := $(shell $(PYTHON) -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)
PYTHON_IS_NEW_ENOUGH := $(shell $(PYTHON) -c 'import sys; print(int(sys.version_info >= (3, 11)))' 2>/dev/null)
NEEDS_VENV := $(filter-out clean,$(or $(MAKECMDGOALS),site))
DRY_RUN := $(findstring n,$(firstword -$(MAKEFLAGS)))
ifneq ($(NEEDS_VENV),)
ifneq ($(PYTHON_IS_NEW_ENOUGH),1)
$(error Porteføljetavlen kræver Python 3.11 eller nyere, men $(PYTHON) er $(or $(PYTHON_FOUND),ikke fundet) — installér Python 3.12 (fx apt install python3.12 eller fra python.org) og kør igen med make PYTHON=python3.12)
endif
VENV_MADE_FROM := $(PYTHON_FOUND) $(shell $(PYTHON) -c 'import sys; print(sys.executable)') $(shell cksum < constraints.txt)
ifneq ($(wildcard $(VENV)),)
ifneq ($(file < $(VENV)/.made-from),$(VENV_MADE_FROM))
$(info .venv er lavet med en anden Python eller andre versioner end nu — den laves forfra.)
# Why not in a dry run: `make -n` must not remove anything.
$(if $(DRY_RUN),,$(shell rm -rf $(VENV)))
endif
endif
endif
# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# apt-get needs root: sudo when we are not root and have it (CI runs as root).
SUDO := $(if $(filter 0,$(shell id -u)),,$(shell command -v sudo))
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends

.PHONY: site validate serve test lint bench lock clean platforms hooks properdocs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	@echo '$(VENV_MADE_FROM)' > $(VENV)/.made-from

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

## test: lint, type check, the pinned set on every supported Python, and every test (browsers too)
test: $(VENV)/.installed-test $(CHROMIUM) lint platforms
	$(BIN)/pytest

## platforms: every pinned package has a wheel for CPython 3.11, 3.12 and 3.13 (nothing installed)
platforms: $(BIN)/python
	@wheels=$$(mktemp -d); trap 'rm -rf "$$wheels"' EXIT; \
	for version in $(PYTHON_VERSIONS); do \
	  $(PIP) download --only-binary=:all: --python-version $$version --no-deps -d "$$wheels/$$version" \
	    -r <(grep -v '^#' constraints.txt) 2>&1 | grep -v '^WARNING: Location' || true; \
	  [ "$$(ls "$$wheels/$$version" | wc -l)" -eq "$$(grep -vc '^#' constraints.txt)" ] \
	    || { echo "Ikke alle faste versioner har hjul til Python $$version (se ovenfor)." >&2; exit 1; }; \
	  echo "Alle $$(grep -vc '^#' constraints.txt) faste versioner har hjul til Python $$version."; \
	done

## properdocs: build the site with ProperDocs too and show that only the generator tag differs
properdocs: $(VENV)/.installed-test
	$(BIN)/portfolio validate
	rm -rf site-mkdocs site-properdocs
	SOURCE_DATE_EPOCH=0 $(BIN)/mkdocs build --strict -q -f mkdocs.yml -d site-mkdocs
	SOURCE_DATE_EPOCH=0 $(BIN)/properdocs build --strict -q -f mkdocs.yml -d site-properdocs
	@# Why not pagefind/: Pagefind writes its filter lists in a random order in every run.
	diff -r -x pagefind -I '<meta name="generator"' site-mkdocs site-properdocs
	@echo "ProperDocs bygger det samme site som MkDocs (kun generator-mærket er forskelligt)."

## hooks: install the pre-commit hook that validates the portfolio before each commit
hooks: $(VENV)/.installed-test
	$(BIN)/pre-commit install

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
	rm -rf site site-mkdocs site-properdocs $(VENV) .pytest_cache .mypy_cache .ruff_cache
