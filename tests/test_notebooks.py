"""The notebooks run end to end in a Jupyter kernel, on the bundled article and others."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.notebooks import run_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.notebook


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_clean_with_a_parameters_cell(notebook: Path) -> None:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "strip outputs"
    assert "parameters" in nb["cells"][0]["metadata"].get("tags", [])
    source = "".join(nb["cells"][0]["source"])
    assert "article_path" in source or "corpus_path" in source


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_the_bundled_article_and_exports_offline_html(notebook: Path, tmp_path: Path, sample_path: Path) -> None:
    run = run_notebook(notebook, tmp_path, {"article_path": str(sample_path)})
    executed = json.loads(run.executed.read_text(encoding="utf-8"))
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    html = run.html.read_text(encoding="utf-8")
    assert "plotly-graph-div" in html
    assert re.search(r"<script[^>]+src=\"https?://", html) is None, "the HTML must not load scripts from a CDN"
    assert "Macron and Putin have agreed" in html


def test_first_notebook_runs_on_other_articles(tmp_path: Path, polnear_articles: list[Path]) -> None:
    for i, article in enumerate(polnear_articles[:: max(1, len(polnear_articles) // 3)][:3]):
        run = run_notebook(NOTEBOOKS[0], tmp_path / str(i), {"article_path": str(article)})
        assert run.html.exists()
