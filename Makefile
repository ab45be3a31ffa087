# Two set-up commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench serve clean

# setup.py compiles the engine's modules (COMPILED there): a change to one of them rebuilds it
$(STAMP): pyproject.toml constraints.txt setup.py $(wildcard src/nextseason/nlp/*.py src/nextseason/status/*.py)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	find src -name '*.so' -exec touch {} +  # rebuilt or not, they now match their sources
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/nextseason ingest --sample
	$(BIN)/nextseason serve --host 127.0.0.1 --port 8000

test: $(STAMP)
	scripts/ensure-debian-package.sh postgresql '/usr/lib/postgresql/*/bin/initdb'
	-scripts/ensure-debian-package.sh chromium /usr/bin/chromium  # without it the browser tests skip
	$(BIN)/python -m pytest -n auto --dist worksteal  # one worker per core (pytest-xdist)

bench: $(STAMP)
	$(BIN)/python bench/__main__.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
	find src -name '*.so' -delete
