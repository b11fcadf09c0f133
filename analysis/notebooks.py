"""Execute the kit's notebooks with papermill and export them as offline HTML.

This is what ``make demo`` and ``python -m analysis notebooks`` run: every
notebook in a folder is executed with its ``parameters`` cell overridden
(``article_path`` by default), the executed copy is written to the output
folder, and a standalone ``.html`` beside it.  The HTML embeds plotly.js
(the notebooks call :func:`analysis.export.setup_notebook`) and drops
nbconvert's CDN scripts, so it opens with no network.
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

    Args:
        executed: An executed ``.ipynb``.
        html_path: Where to write the page.

    Returns:
        The path written.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    exporter = HTMLExporter(template_name="lab", exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    path = Path(html_path)
    path.write_text(_CDN_SCRIPT.sub("", body), encoding="utf-8")
    return path


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
