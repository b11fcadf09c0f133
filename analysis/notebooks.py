"""Execute the kit's notebooks with papermill and export them as offline HTML.

This is what ``make demo`` and ``python -m analysis notebooks`` run: every
notebook in a folder is executed with its ``parameters`` cell overridden
(``article_path`` by default), the executed copy is written to the output
folder, and a standalone ``.html`` beside it.  The HTML embeds plotly.js
once for all its charts, draws widgets from their saved state and drops
nbconvert's CDN scripts, so it opens with no network (:func:`export_html`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["NotebookRun", "export_html", "run_notebook", "run_notebooks"]

# nbconvert's templates load require.js and MathJax from a CDN; the kit's
# charts need neither (plotly.js is embedded), and a CDN tag makes an offline
# page wait for a network that is not there.
_CDN_SCRIPT = re.compile(r"<script[^>]+src=\"https?://[^\"]+\"[^>]*>\s*</script>\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NotebookRun:
    """Where one executed notebook was written.

    Attributes:
        notebook: The source notebook.
        executed: The executed ``.ipynb``.
        html: The standalone ``.html`` export.
    """

    notebook: Path
    executed: Path
    html: Path


def run_notebook(
    notebook: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    parameters: Mapping[str, Any] | None = None,
    *,
    kernel_name: str | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> NotebookRun:
    """Execute one notebook with papermill and export it to HTML.

    Args:
        notebook: Path of the ``.ipynb`` to run.
        out_dir: Folder for the executed notebook and its HTML (created).
        parameters: Values injected after the ``parameters`` cell; names the
            notebook does not declare there are ignored.
        kernel_name: Jupyter kernel; default: the notebook's own (``python3``,
            which papermill resolves to the running interpreter).
        cwd: Working directory of the kernel (default: the notebook's folder).

    Returns:
        The paths written.
    """
    import papermill

    src = Path(notebook)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    executed = out / src.name
    # Pass only what this notebook declares (notebook 04 takes corpus_path, not article_path).
    declared = papermill.inspect_notebook(str(src))
    papermill.execute_notebook(
        str(src),
        str(executed),
        parameters={k: v for k, v in (parameters or {}).items() if k in declared},
        kernel_name=kernel_name,
        cwd=str(cwd) if cwd is not None else str(src.parent),
        progress_bar=False,
        log_output=False,
        # Written once at the end (and on failure) instead of after every cell:
        # once a chart has embedded plotly.js each save is ~5 MB of JSON.
        request_save_on_cell_execute=False,
        # The kernel's own log goes to this terminal: recent ipykernels warn
        # about local TCP without encryption and log the interrupt papermill
        # shuts them down with, which reads as a failure.  Cell errors still
        # reach the notebook and raise here; a dying kernel still raises.
        extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
    )
    html_path = executed.with_suffix(".html")
    export_html(executed, html_path)
    return NotebookRun(src, executed, html_path)


def export_html(executed: str | os.PathLike[str], html_path: str | os.PathLike[str]) -> Path:
    """Write an executed notebook as a standalone HTML page that works offline.

    What a reader of the page should not see or wait for is left out:
    papermill's injected-parameters cell (it names the build machine's
    paths), nbconvert's CDN scripts, and the widget manager (a CDN script):
    each widget is drawn as static HTML from the state the kernel saved, with
    its output area's last outputs and a line saying how to use it live.
    Charts are kept in the notebook as plotly's own MIME type (JupyterLab
    draws it with its bundled plotly.js, so a live session never receives
    plotly.js) and drawn here with plotly.js embedded once in the page.

    Args:
        executed: An executed ``.ipynb``.
        html_path: Where to write the page.

    Returns:
        The path written.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    has_plotly = _static_notebook(nb)
    exporter = HTMLExporter(template_name="lab", exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    body = _CDN_SCRIPT.sub("", body)
    if has_plotly:
        body = body.replace("</head>", f"{_plotly_script()}\n</head>", 1)
    path = Path(html_path)
    path.write_text(body, encoding="utf-8")
    return path


# ---------------------------------------------------------------- static pages

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json"
#: Said above a widget drawn as a static copy in an exported page.
STATIC_WIDGET_NOTE = (
    "This is a copy of the box as it was last run, without its buttons. To paste and analyse another "
    "article, open this notebook in JupyterLab (<code>make lab</code>) and run it."
)
# The script plotly's "notebook" renderer displayed once per kernel (and, before the fix, once per
# figure of a widget): plotly.js itself.  The page gets plotly.js once instead.
_PLOTLYJS_OUTPUT = re.compile(r"window\.PlotlyConfig|plotly\.js v\d", re.IGNORECASE)
_PLOTLYJS_MIN_CHARS = 1_000_000


def _plotly_script() -> str:
    from plotly.offline import get_plotlyjs

    return f'<script type="text/javascript">window.PlotlyConfig = {{MathJaxConfig: "local"}};</script>\n<script type="text/javascript">{get_plotlyjs()}</script>'


def _static_notebook(nb: Any) -> bool:
    """Rewrite an executed notebook in place for a static page; returns whether it holds charts.

    Removes papermill's injected-parameters cell and outputs that only load
    plotly.js, turns plotly outputs into HTML (plotly.js is added to the page
    once), draws widgets from their saved state, and drops the widget state
    (nbconvert would load a widget manager from a CDN for it).
    """
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE_MIME, {}).get("state", {})
    found = False
    cells = []
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "code":
            outputs = []
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if WIDGET_VIEW_MIME in data:
                    markup, charts = _widget_html(data[WIDGET_VIEW_MIME].get("model_id"), state)
                    found = found or charts
                    output["data"] = {"text/html": markup}
                elif PLOTLY_MIME in data:
                    output["data"] = {"text/html": _plotly_html(data[PLOTLY_MIME])}
                    found = True
                elif _is_plotlyjs(data):
                    continue
                outputs.append(output)
            cell["outputs"] = outputs
        cells.append(cell)
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    return found


def _is_plotlyjs(data: Mapping[str, Any]) -> bool:
    markup = data.get("text/html", "")
    markup = "".join(markup) if isinstance(markup, list) else str(markup)
    return (
        len(markup) > _PLOTLYJS_MIN_CHARS
        and bool(_PLOTLYJS_OUTPUT.search(markup[:5000]))
        and "Plotly.newPlot" not in markup[-20000:]
    )


def _plotly_html(figure: Mapping[str, Any]) -> str:
    """A figure as a div and the script that draws it (plotly.js must be on the page)."""
    import plotly.io as pio

    fig = {k: v for k, v in figure.items() if k in ("data", "layout", "frames")}
    config = {"displaylogo": False, **figure.get("config", {})}
    height = fig.get("layout", {}).get("height") or 500
    return pio.to_html(fig, include_plotlyjs=False, full_html=False, config=config, validate=False,
                       default_width="100%", default_height=f"{height}px")  # fmt: skip


def _output_html(output: Mapping[str, Any]) -> tuple[str, bool]:
    """One saved output as HTML (and whether it is a chart)."""
    import html

    kind = output.get("output_type")
    if kind == "stream":
        return f"<pre>{html.escape(''.join(output.get('text', '')))}</pre>", False
    if kind == "error":
        return f"<pre>{html.escape(str(output.get('ename')))}: {html.escape(str(output.get('evalue')))}</pre>", False
    data = output.get("data", {})
    if PLOTLY_MIME in data:
        return _plotly_html(data[PLOTLY_MIME]), True
    if "text/html" in data:
        value = data["text/html"]
        return ("".join(value) if isinstance(value, list) else str(value)), False
    if "image/png" in data:
        return f'<img src="data:image/png;base64,{"".join(data["image/png"]).strip()}">', False
    if "text/plain" in data:
        return f"<pre>{html.escape(''.join(data['text/plain']))}</pre>", False
    return "", False


def _widget_html(model_id: str | None, state: Mapping[str, Any]) -> tuple[str, bool]:
    """A saved widget drawn as static HTML: boxes, HTML text, the text area's text, an output area's outputs."""
    import html

    if not model_id or model_id not in state:
        return (
            f"<p><em>{STATIC_WIDGET_NOTE}</em> (The box's saved state is missing: run the notebook to see it.)</p>",
            False,
        )
    charts = False

    def draw(ref: str) -> str:
        nonlocal charts
        model = state.get(ref.removeprefix("IPY_MODEL_"), {})
        name, value = model.get("model_name", ""), model.get("state", {})
        if name in ("VBoxModel", "BoxModel", "HBoxModel", "GridBoxModel"):
            flex = "display:flex;gap:1em;align-items:center" if name == "HBoxModel" else ""
            return f'<div style="{flex}">' + "".join(draw(child) for child in value.get("children", [])) + "</div>"
        if name in ("HTMLModel", "HTMLMathModel"):
            return f"<div>{value.get('value', '')}</div>"
        if name in ("TextareaModel", "TextModel"):
            text = str(value.get("value", ""))
            return (f"<details><summary>The text in the box ({len(text.split())} words)</summary>"
                    f'<pre style="white-space:pre-wrap">{html.escape(text)}</pre></details>')  # fmt: skip
        if name == "OutputModel":
            parts = []
            for output in value.get("outputs", []):
                markup, chart = _output_html(output)
                charts = charts or chart
                parts.append(f"<div>{markup}</div>")
            return "".join(parts)
        return ""  # buttons and other controls do nothing in a static page

    body = draw(model_id)
    note = f'<p style="background:#fff8e1;border-left:4px solid #E69F00;padding:.5em 1em"><em>{STATIC_WIDGET_NOTE}</em></p>'
    return note + body, charts


def run_notebooks(
    notebook_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    parameters: Mapping[str, Any] | None = None,
    *,
    kernel_name: str | None = None,
) -> list[NotebookRun]:
    """Execute every notebook in a folder, in name order (``01-…``, ``02-…``).

    Args:
        notebook_dir: Folder holding the notebooks.
        out_dir: Folder for the results.
        parameters: Values injected into each notebook's ``parameters`` cell.
        kernel_name: See :func:`run_notebook`.

    Returns:
        One :class:`NotebookRun` per notebook.

    Raises:
        FileNotFoundError: If the folder holds no notebook.
    """
    notebooks = sorted(p for p in Path(notebook_dir).glob("*.ipynb") if not p.name.startswith("."))
    if not notebooks:
        raise FileNotFoundError(f"{notebook_dir}: no notebooks (*.ipynb) found")
    return [run_notebook(nb, out_dir, parameters, kernel_name=kernel_name) for nb in notebooks]
