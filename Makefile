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

# Browser tests (tests/test_browser.py, never skipped) and image export use Debian's chromium;
# never `playwright install`. As root, a missing chromium is installed with apt.
browser:
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "browser: $(CHROMIUM)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	else \
		echo "browser: $(CHROMIUM) is missing; install it with: sudo apt-get install -y chromium"; \
		echo "browser: (or set CHROMIUM=/path/to/chrome); the browser tests need it"; \
		exit 1; \
	fi

lint: install-dev
	$(VENV)/bin/ruff check .

test: install-dev browser lint timelinejs
	$(PY) -m pytest

# The real TimelineJS for tests/test_timelinejs_browser.py, pinned by its lock file; npm ci
# reruns only when the lock file changes. As root, missing node/npm come from Debian.
TIMELINEJS = tests/timelinejs
.PHONY: timelinejs golden
timelinejs: $(TIMELINEJS)/node_modules/.package-lock.json

$(TIMELINEJS)/node_modules/.package-lock.json: $(TIMELINEJS)/package-lock.json
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm; } || \
		{ echo "timelinejs: npm is missing; install it with: sudo apt-get install -y nodejs npm"; exit 1; }
	cd $(TIMELINEJS) && npm ci --no-audit --no-fund
	touch $@

# Rewrite tests/data/golden/ after a deliberate change to a format's output.
golden: install
	$(PY) -m tests.golden

# Timings, never part of `make test`. bench_dashboard drives Chromium through playwright.
bench: install-dev browser
	@for script in bench/bench_*.py; do \
		echo "== $$script"; \
		$(PY) $$script || exit 1; \
	done

# TempEval-3 figures of events.extract on a TimeML corpus, against dateparser (never in `make test`).
#   make evaluate CORPUS=../shared/corpora/tbaq
CORPUS ?= ../shared/corpora/tbaq
.PHONY: evaluate
evaluate: install
	$(PY) -m events evaluate $(CORPUS) --baseline dateparser

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis test-output bench/results
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

# Also removes the virtualenv; the next make target rebuilds it.
distclean: clean
	rm -rf $(VENV) $(TIMELINEJS)/node_modules
