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
    assert "article_path" in "".join(nb["cells"][0]["source"])


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


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_what_it_shows_and_how_to_use_another_article(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    intro = next(c for c in cells if c["cell_type"] == "markdown")
    assert cells.index(intro) == 1, "the cell after the parameters says what the notebook shows"
    assert "".join(intro["source"]).startswith("# ")
    opening = "".join(cells[0]["source"]) + "".join(intro["source"])
    assert re.search(r"another article|own article", opening, re.IGNORECASE)
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "%load_ext autoreload" in code and "%autoreload 2" in code


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_an_up_to_date_py_percent_twin(notebook: Path) -> None:
    import jupytext

    twin = notebook.with_suffix(".py")
    assert twin.is_file(), f"{twin.name} missing: run `make pair` (jupytext --sync) and commit it"
    paired = jupytext.read(twin, fmt="py:percent")
    nb = jupytext.read(notebook)
    assert [(c.cell_type, c.source) for c in paired.cells] == [(c.cell_type, c.source) for c in nb.cells], (
        f"{notebook.name} and {twin.name} differ: run `make pair` and commit both"
    )
    assert paired.cells[0].metadata.get("tags") == ["parameters"]


def test_outputs_are_stripped_on_commit() -> None:
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "nbstripout" in config and "jupytext --sync" in config
    assert "nbstripout --install" in (ROOT / "Makefile").read_text(encoding="utf-8")
