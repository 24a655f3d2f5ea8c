# Two commands do all the set-up on a fresh machine (Python 3.10+ with venv):
#   make demo   builds the graph of corpus/, writes out/corpus.graphml and prints who met Zuckerberg
#   make test   runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/techpolgraph build corpus -o out/corpus.graphml
	$(VENV)/bin/techpolgraph who-met Zuckerberg --graph out/corpus.graphml

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/bench_build.py

clean:
	rm -rf out .pytest_cache
