# Two commands on a fresh machine (Python >= 3.11, no conda needed):
#   make demo   set up .venv, run every notebook on the bundled article into reports/,
#               and write reports/<article>.html, the self-contained report
#   make test   set up .venv, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLE ?= data/articles/2022-02-08-macron-putin-talks.txt

REPORT  := reports/$(basename $(notdir $(ARTICLE))).html
CHROMIUM ?= chromium
# Charts pictured in docs/guide.md ("What the charts show"), refreshed by `make screenshot`.
DOC_CHARTS := tone_arc section_tone speaker_timeline topic_timeline

.PHONY: setup demo report screenshot pair hooks test docs lab bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m analysis notebooks --article $(ARTICLE) --out reports
	$(BIN)/python -m analysis report $(ARTICLE) --out reports

report: $(STAMP)
	$(BIN)/python -m analysis report $(ARTICLE) --out reports

# The README's picture of a report: the top of the bundled article's report, drawn by headless Chromium;
# and the guide's pictures of a few charts, drawn by kaleido with the same browser.
screenshot: report
	mkdir -p docs
	tmp=$$(mktemp -d) && $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-background-networking \
	  --user-data-dir=$$tmp --hide-scrollbars --window-size=900,1250 --force-device-scale-factor=1 \
	  --virtual-time-budget=10000 --screenshot=docs/report.png "file://$(abspath $(REPORT))" 2>/dev/null; \
	  status=$$?; rm -rf $$tmp; exit $$status
	$(BIN)/python -m analysis report $(ARTICLE) --out reports --format png --scale 1
	mkdir -p docs/charts
	cp $(foreach c,$(DOC_CHARTS),$(basename $(REPORT))/$(c).png) docs/charts/
	@ls -l docs/report.png

# Notebooks are paired with py:percent scripts (jupytext) so diffs are reviewable; this re-syncs the pairs.
pair: $(STAMP)
	$(BIN)/jupytext --sync notebooks/*.ipynb

# Strip notebook outputs on every commit (git filter); pre-commit users get the same from .pre-commit-config.yaml.
hooks: $(STAMP)
	$(BIN)/nbstripout --install --attributes .gitattributes

test: $(STAMP)
	$(BIN)/python -m pytest

# The documentation site, offline and strict (a broken link or an unreadable docstring fails): site/index.html.
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf reports/*.ipynb reports/*.html reports/*.png .pytest_cache site
