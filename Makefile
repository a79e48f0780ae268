# Timeline Desk. Needs GNU make and python3 (3.11+); everything else goes into $(VENV).
#   make run                    the dashboard on the built-in dataset
#   make run DATASET=path.csv   the dashboard on another dataset (CSV or JSON)
#   make run DATASET=history    the dashboard on a built-in dataset by name (news, history)
#   make run ADDRESS=0.0.0.0    the same, shared on the local network (a classroom)
#   make test                   ruff + pytest (what .ci/run does)

VENV ?= .venv
PY = $(VENV)/bin/python
CHROMIUM ?= /usr/bin/chromium
DATASET ?=
ADDRESS ?=
PORT ?=

.PHONY: venv install install-dev run test browser lint bench clean distclean

venv: $(PY)

$(PY):
	python3 -m venv $(VENV) || { echo "python3 -m venv failed: on Debian/Ubuntu, apt-get install python3-venv"; exit 1; }

# Stamp files: pip reruns only when a requirements file changes.
install: $(VENV)/.installed

# The pinned requirements, then the project itself (editable, without dependencies): the
# commands timeline-desk, timeline-desk-export and timeline-desk-app in $(VENV)/bin.
$(VENV)/.installed: requirements.txt pyproject.toml | $(PY)
	$(PY) -m pip install -r requirements.txt
	$(PY) -m pip install --no-deps -e .
	touch $@

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install -r requirements-dev.txt
	touch $@

# Prints the URL it really uses: the first free port from 8501 (or PORT) on.
run: install
	$(VENV)/bin/timeline-desk-app $(if $(DATASET),"$(DATASET)") $(if $(ADDRESS),--address $(ADDRESS)) $(if $(PORT),--port $(PORT))

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

test: install-dev browser lint timelinejs axe
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

# axe-core for tests/test_browser_access.py (every tab checked for accessibility), pinned the
# same way; the timelinejs target first makes sure npm is there.
AXE = tests/axe
.PHONY: axe
axe: $(AXE)/node_modules/.package-lock.json

$(AXE)/node_modules/.package-lock.json: $(AXE)/package-lock.json | timelinejs
	cd $(AXE) && npm ci --no-audit --no-fund
	touch $@

# Rewrite tests/data/golden/ after a deliberate change to a format's output.
golden: install
	$(PY) -m tests.golden

# Timings, never part of `make test`. bench_dashboard drives Chromium through playwright;
# bench_extract also times the corpus at CORPUS when there is one.
bench: install-dev browser
	@for script in bench/bench_*.py; do \
		echo "== $$script"; \
		case $$script in *bench_extract.py) args="--corpus $(CORPUS)";; *) args="";; esac; \
		$(PY) -u $$script $$args || exit 1; \
	done

# TempEval-3 figures of events.extract on a TimeML corpus, against dateparser (never in `make test`).
# Corpora are not shipped with the project (see the README):
#   make evaluate CORPUS="path/to/tbaq path/to/wikiwars"   (each folder scored in turn)
CORPUS ?= ../shared/corpora/tbaq
.PHONY: evaluate
evaluate: install
	@for corpus in $(CORPUS); do [ -d "$$corpus" ] || { \
		echo "evaluate: no corpus at $$corpus. Corpora are not shipped with Timeline Desk:"; \
		echo "evaluate: get TimeBank + AQUAINT (TBAQ, TempEval-3) or WikiWars in TimeML and"; \
		echo "evaluate: pass its folder, e.g. make evaluate CORPUS=path/to/tbaq"; exit 2; }; done
	$(VENV)/bin/timeline-desk evaluate $(CORPUS) --baseline dateparser

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis test-output bench/results
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

# Also removes the virtualenv; the next make target rebuilds it.
distclean: clean
	rm -rf $(VENV) $(TIMELINEJS)/node_modules $(AXE)/node_modules
