# Two commands do all the set-up on a fresh machine (Python 3.10+ with venv):
#   make demo   builds the graph of corpus/, writes out/corpus.graphml and prints who met Zuckerberg
#   make test   runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench eval clean chromium picture

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/techpolgraph build corpus -o out/corpus.graphml
	$(VENV)/bin/techpolgraph who-met Zuckerberg --graph out/corpus.graphml

test: $(STAMP) chromium
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/bench_build.py

# Precision and recall per relation on corpus/ and on the real-text set (bench/realtext/).
eval: $(STAMP)
	$(PY) bench/eval_realtext.py

clean:
	rm -rf out .pytest_cache

# Headless Chromium for the test of the HTML page (Debian package; installed when missing and root).
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "tests/test_html.py needs Chromium: install the chromium package (as root: make chromium)"; \
		fi; \
	fi

# The picture of corpus/ shown in the README (matplotlib, seeded layout).
picture: $(STAMP)
	$(PY) docs/make_picture.py
