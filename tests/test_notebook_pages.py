"""Exported notebooks a journalist can publish, and light live sessions (issue 16).

Notebook 05's exported page is opened offline in headless Chromium (Debian's
``/usr/bin/chromium`` through Playwright, as ``tests/test_report.py`` does):
the paste box's last output — the annotated article and its charts — must be
visible with no network, and the page must carry plotly.js once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import export
from analysis.notebooks import export_html, run_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
#: plotly.js is ~4.7 MB; the page holds it once plus the article and about ten charts' JSON.
PAGE_LIMIT = 8_000_000
#: Largest output a live session may receive for one chart or widget (plotly.js is 4.9 MB).
OUTPUT_LIMIT = 1_000_000

pytestmark = pytest.mark.notebook


@pytest.fixture(scope="module")
def paste_run(tmp_path_factory, sample_path: Path):
    return run_notebook(
        NOTEBOOKS / "05-paste-an-article.ipynb", tmp_path_factory.mktemp("nb05"), {"article_path": str(sample_path)}
    )


def _outputs(executed: Path) -> list[dict]:
    nb = json.loads(executed.read_text(encoding="utf-8"))
    return [o for c in nb["cells"] for o in c.get("outputs", [])]


def test_a_live_session_receives_plotly_js_never_per_figure(paste_run) -> None:
    nb = json.loads(paste_run.executed.read_text(encoding="utf-8"))
    sizes = [len(json.dumps(o)) for o in _outputs(paste_run.executed)]
    assert max(sizes) < OUTPUT_LIMIT, f"an output of {max(sizes):,} characters: plotly.js sent to the browser"
    state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    outputs = [o for m in state.values() for o in m["state"].get("outputs", [])]
    assert len(outputs) >= 4 and all(len(json.dumps(o)) < OUTPUT_LIMIT for o in outputs)
    assert all(set(o["data"]) == {"application/vnd.plotly.v1+json", "text/plain"} for o in outputs[1:])
    assert paste_run.executed.stat().st_size < 3_000_000


def test_the_box_says_which_cells_follow_the_pasted_text(paste_run) -> None:
    nb = json.loads(paste_run.executed.read_text(encoding="utf-8"))
    state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    said = " ".join(str(m["state"].get("value", "")) for m in state.values() if m["model_name"] == "HTMLModel")
    assert "Run Selected Cell and All Below" in said
    markdown = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "Run Selected Cell and All Below" in markdown


def test_exported_page_is_small_and_shows_no_build_machine_details(paste_run) -> None:
    page = paste_run.html.read_text(encoding="utf-8")
    assert paste_run.html.stat().st_size < PAGE_LIMIT, f"{paste_run.html.stat().st_size:,} bytes"
    assert len(re.findall(r"plotly\.js v\d", page)) == 1, "plotly.js embedded once"
    assert "injected-parameters" not in page
    assert str(ROOT) not in page, "a build machine path in the page"
    assert not re.search(r"<script[^>]+src=", page), "no script loaded from elsewhere (widget manager, require.js)"
    assert "application/vnd.jupyter.widget-state+json" not in page


def test_exported_page_shows_the_box_output_offline_in_chromium(paste_run, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) not installed")
    browser_path = export.find_browser()
    if browser_path is None:
        pytest.skip("no Chrome/Chromium found (Debian: apt-get install chromium)")
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.on("pageerror", lambda e: errors.append(str(e)))

            def offline(route) -> None:
                if route.request.url.startswith(("file:", "data:")):
                    route.continue_()
                else:
                    requests.append(route.request.url)
                    route.abort()

            page.route("**/*", offline)
            page.goto(paste_run.html.as_uri(), wait_until="load")
            page.wait_for_selector(".main-svg", timeout=30_000)
            page.wait_for_timeout(500)
            seen = page.evaluate(
                """() => ({
                  articles: [...document.querySelectorAll('.na-article')].filter((e) => e.offsetHeight > 0).length,
                  charts: document.querySelectorAll('.js-plotly-plot .main-svg').length,
                  note: document.body.innerText.includes('copy of the box as it was last run'),
                  titles_cut: [...document.querySelectorAll('.js-plotly-plot')].flatMap((plot) => {
                    const f = plot.querySelector('.main-svg').getBoundingClientRect();
                    return [...plot.querySelectorAll('.gtitle')].map((t) => t.getBoundingClientRect().right - f.right);
                  }).filter((over) => over > -1).length,
                  text: document.body.innerText,
                })"""
            )
        finally:
            browser.close()
    assert not requests, f"the page asked the network for {requests}"
    assert not errors, errors
    assert seen["articles"] >= 2, "the box's annotated article (and the cell below's) visible"
    assert seen["charts"] >= 8, f"the box's charts drawn offline: {seen['charts']}"
    assert seen["note"] and "Macron and Putin have agreed" in seen["text"]
    assert not seen["titles_cut"]


@pytest.mark.parametrize("name", ["01-article-tone.ipynb"])
def test_exported_notebook_hides_papermill_and_the_source_path(name: str, tmp_path: Path, sample_path: Path) -> None:
    run = run_notebook(NOTEBOOKS / name, tmp_path, {"article_path": str(sample_path.resolve())})
    page = run.html.read_text(encoding="utf-8")
    assert "injected-parameters" not in page and "Injected parameters" not in page
    assert str(sample_path.resolve().parent) not in page, "the build machine's absolute path is shown"
    assert sample_path.name in page  # the source row names the file
    sizes = [len(json.dumps(o)) for o in _outputs(run.executed)]
    assert max(sizes) < OUTPUT_LIMIT, "the first chart cell carries plotly.js"
    assert len(re.findall(r"plotly\.js v\d", page)) == 1


def test_export_of_an_old_notebook_drops_per_figure_plotly_js(tmp_path: Path) -> None:
    """Notebooks executed before the fix carry plotly.js in outputs; the page keeps one copy."""
    import nbformat
    from plotly.offline import get_plotlyjs

    fig = {"data": [{"type": "bar", "x": [1], "y": [2]}], "layout": {"title": {"text": "t"}}}
    blob = f"<script>window.PlotlyConfig = {{}};</script><script>{get_plotlyjs()}</script>"
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("display_data", {"text/html": blob}),
        nbformat.v4.new_output("display_data", {"application/vnd.plotly.v1+json": fig, "text/html": "<div>old</div>"}),
        nbformat.v4.new_output("display_data", {"text/html": blob}),
    ]
    injected = nbformat.v4.new_code_cell(
        "article_path = '/home/someone/secret/a.txt'", metadata={"tags": ["injected-parameters"]}
    )
    nb.cells = [injected, cell]
    path = tmp_path / "old.ipynb"
    nbformat.write(nb, str(path))
    page = export_html(path, tmp_path / "old.html").read_text(encoding="utf-8")
    assert len(re.findall(r"plotly\.js v\d", page)) == 1
    assert "Plotly.newPlot" in page and "/home/someone/secret" not in page


def test_analyse_sends_no_display_from_the_button_callback(monkeypatch: pytest.MonkeyPatch, sample_path: Path) -> None:
    """A click's callback has no cell: anything it displays became an empty warning in JupyterLab's log."""
    pytest.importorskip("ipywidgets")
    import IPython.display
    import plotly.io as pio

    from analysis.widgets import FOLLOW_NOTE, PasteBox

    shown: list[object] = []
    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(IPython.display, "display_html", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(pio.renderers, "default", "plotly_mimetype+notebook")  # the old setting, worst case
    box = PasteBox(sample_path.read_text(encoding="utf-8"))
    box.button.click()
    assert box.result is not None and not shown, f"{len(shown)} displays from the callback"
    assert all(len(json.dumps(o)) < OUTPUT_LIMIT for o in box.output.outputs)
    assert FOLLOW_NOTE in box.status.value
