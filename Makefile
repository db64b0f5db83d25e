# Kizuna: `make run` builds kizuna.db from the bundled sample corpus; `make test` runs the checks.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= sqlite:///kizuna.db

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/kizuna ingest --sample --db $(DB)
	$(BIN)/kizuna facts --db $(DB)

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench scripts

test: lint
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) kizuna.db .pytest_cache .ruff_cache .mypy_cache
