# Two commands on a fresh machine: `make run` (dashboard on the demo pool) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ENCORE := $(BIN)/encore

.PHONY: run test install browser lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test,postgres,onnx]"
	touch $@

install: $(VENV)/.installed

run: install
	$(ENCORE) init
	$(ENCORE) demo --if-empty
	$(ENCORE) index
	$(ENCORE) serve

# The end-to-end tests drive Debian's Chromium (never a downloaded browser).
browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: install browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Measured figures (docs/figures.md): ranking quality and speed, from a checkout.
eval: install
	$(ENCORE) eval --set all

bench: install browser
	$(ENCORE) bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
