# Two set-up commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
# Three jobs: the pinned dependencies install while the engine compiles, and `make test` installs the system
# packages its tests need meanwhile.
MAKEFLAGS += --jobs=3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-packages bench serve clean

$(STAMP): $(VENV)/.dependencies-stamp $(VENV)/.project-stamp
	$(BIN)/python -m pip check --disable-pip-version-check
	touch $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# every pinned package, the test tools too (constraints.txt holds the whole set)
$(VENV)/.dependencies-stamp: constraints.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r constraints.txt
	touch $@

# the project itself: setup.py compiles the engine's modules (COMPILED there), so a change to one of them rebuilds it
$(VENV)/.project-stamp: pyproject.toml setup.py $(wildcard src/nextseason/nlp/*.py src/nextseason/status/*.py) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	find src -name '*.so' -exec touch {} +  # rebuilt or not, they now match their sources
	touch $@

run: $(STAMP)
	$(BIN)/nextseason ingest --sample
	$(BIN)/nextseason serve --host 127.0.0.1 --port 8000

test: $(STAMP) test-packages
	$(BIN)/python -m pytest -n auto --dist worksteal  # one worker per core (pytest-xdist)

# Debian's PostgreSQL and Chromium, one after the other (one apt at a time)
test-packages:
	scripts/ensure-debian-package.sh postgresql '/usr/lib/postgresql/*/bin/initdb'
	-scripts/ensure-debian-package.sh chromium /usr/bin/chromium  # without it the browser tests skip

bench: $(STAMP)
	$(BIN)/python bench/__main__.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
	find src -name '*.so' -delete
