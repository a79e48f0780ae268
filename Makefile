# Timeline Desk. Needs GNU make and python3 (3.11+); everything else goes into $(VENV).
#   make run                    the dashboard on the built-in dataset
#   make run DATASET=path.csv   the dashboard on another dataset (CSV or JSON)
#   make test                   ruff + pytest (what .ci/run does)

VENV ?= .venv
PY = $(VENV)/bin/python
CHROMIUM ?= /usr/bin/chromium
DATASET ?=

.PHONY: venv install install-dev run test browser lint bench clean distclean

venv: $(PY)

$(PY):
	python3 -m venv $(VENV) || { echo "python3 -m venv failed: on Debian/Ubuntu, apt-get install python3-venv"; exit 1; }

# Stamp files: pip reruns only when a requirements file changes.
install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install -r requirements.txt
	touch $@

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install -r requirements-dev.txt
	touch $@

run: install
	$(VENV)/bin/streamlit run streamlit_app.py --server.headless true -- $(DATASET)

# Browser tests and image export use Debian's chromium; never `playwright install`.
browser:
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "browser: $(CHROMIUM)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update && apt-get install -y chromium; \
	else \
		echo "browser: $(CHROMIUM) is missing; install it with: sudo apt-get install -y chromium"; \
		echo "browser: (or set CHROMIUM=/path/to/chrome); browser tests are skipped without it"; \
	fi

lint: install-dev
	$(VENV)/bin/ruff check .

test: install-dev browser lint
	$(PY) -m pytest

# Timings, never part of `make test`.
bench: install
	@for script in bench/bench_*.py; do \
		echo "== $$script"; \
		$(PY) $$script || exit 1; \
	done

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis test-output bench/results
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

# Also removes the virtualenv; the next make target rebuilds it.
distclean: clean
	rm -rf $(VENV)
