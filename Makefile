# Two commands on a fresh machine (Python >= 3.11, no conda needed):
#   make demo   set up .venv, run every notebook on the bundled article into reports/
#   make test   set up .venv, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLE ?= data/articles/2022-02-08-macron-putin-talks.txt

.PHONY: setup demo test lab bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m analysis notebooks --article $(ARTICLE) --out reports

test: $(STAMP)
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf reports/*.ipynb reports/*.html .pytest_cache
