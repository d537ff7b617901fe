# Set-up and everyday commands. `make run` and `make test` build .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: install run test lint lock clean dist dist-onefile bench-bundle bench screenshots quality

install: $(INSTALLED)

$(INSTALLED): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements.lock
	touch $(INSTALLED)

run: install
	$(PY) main.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Regenerate the pinned lock after changing dependencies in pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

# The standalone program (see build.spec): one folder, or one file.
dist: install
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/SteppeQuiz/SteppeQuiz --self-test

dist-onefile: install
	STEPPE_ONEFILE=1 $(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist/onefile build.spec
	QT_QPA_PLATFORM=offscreen dist/onefile/SteppeQuiz --self-test

bench-bundle: install
	$(PY) bench/bench_bundle.py

# Speed figures (printed, never asserted). Pass ARTICLE=path to also time an article of your own.
bench: install
	$(PY) bench/bench_generate.py $(ARTICLE)
	$(PY) bench/bench_progress.py
	$(PY) bench/bench_startup.py
	$(PY) bench/bench_class_results.py
	$(PY) bench/bench_hostile.py
	$(PY) bench/bench_grading.py
	$(PY) bench/bench_backup.py
	$(PY) bench/bench_database_check.py
	$(PY) bench/bench_import.py
	$(PY) bench/bench_sync_load.py

# A picture of every screen, light and dark, at 100 % and 200 % text, for the README (docs/screenshots/).
screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# Generator quality on the development set (and the held-out articles): printed, per article and in total.
quality: install
	$(PY) scripts/quality.py
