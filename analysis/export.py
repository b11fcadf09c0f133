"""Charts out of the notebook: static images through kaleido, and notebook set-up.

:func:`export` writes figures as PNG/SVG/PDF with a Chrome or Chromium found
on the machine; :func:`setup_notebook` makes plotly render in JupyterLab and
in exported HTML, offline, and shows an
:class:`~analysis.results.ArticleAnalysis` as its annotated article.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from analysis import charts as _charts  # noqa: F401 - registers the kit's plotly template
from analysis.report import register_display

__all__ = ["BROWSER_NAMES", "ExportError", "export", "find_browser", "setup_notebook"]


def setup_notebook() -> None:
    """Make figures render in JupyterLab *and* in exported HTML, offline.

    Sets plotly's default renderer to ``plotly_mimetype+notebook``: JupyterLab
    uses the plotly MIME type, while the ``notebook`` part embeds plotly.js
    once in the notebook's outputs so HTML exported by nbconvert draws the
    charts with no network (no CDN).  In IPython, an
    :class:`~analysis.results.ArticleAnalysis` shows as its annotated article
    (:func:`analysis.report.register_display`).
    """
    _load_renderers()
    pio.renderers.default = "plotly_mimetype+notebook"
    pio.templates.default = "plotly_white+news_analysis"
    register_display()


def _load_renderers() -> None:
    """Import plotly's renderers without jsonschema's optional IRI checker (2 s saved per kernel).

    plotly's renderers import nbformat, hence jsonschema, whose format module
    imports ``rfc3987_syntax`` when installed (jupyter-events requires it):
    that package compiles ~35 Earley parsers at import, about 2 s of CPU,
    a third of notebook 01's kernel work (jsonschema issue #1428).  Nothing
    in a notebook checks the ``iri`` format, so the package is hidden while
    jsonschema loads, which then skips that format exactly as when the
    package is not installed; it stays importable afterwards.
    """
    import sys

    if "jsonschema" in sys.modules or "rfc3987_syntax" in sys.modules:
        pio.renderers  # noqa: B018 - already paid for
        return
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        pio.renderers  # noqa: B018 - the lazy import of plotly.io._renderers
    finally:
        if sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


#: Browser names looked up on PATH for static export (Debian's package is ``chromium``).
BROWSER_NAMES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class ExportError(RuntimeError):
    """A static image could not be written (no browser, no kaleido); the message says how to fix it."""


def find_browser() -> str | None:
    """Path of the Chrome/Chromium that kaleido will drive, or ``None``.

    ``BROWSER_PATH`` (kaleido's own setting) wins; else the first of
    :data:`BROWSER_NAMES` on ``PATH``.
    """
    import shutil

    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if Path(env).is_file() else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def export(
    figures: go.Figure | Mapping[str, go.Figure],
    path: str | os.PathLike[str],
    *,
    format: str = "png",  # noqa: A002 - plotly's own name for it
    scale: float = 2.0,
    width: int = 1000,
) -> list[Path]:
    """Write figures as static images through kaleido (one browser for all).

    kaleido ≥ 1 draws with a Chrome or Chromium it finds on the machine (on
    Debian: ``apt-get install chromium``); it never downloads one here.
    MathJax is switched off, since kaleido would otherwise fetch it from a CDN.

    Args:
        figures: One figure, or a mapping name → figure.
        path: For one figure, the image file; for a mapping, a folder that
            receives ``<name>.<format>`` per figure (created).
        format: ``png``, ``svg``, ``pdf``, ``jpeg`` or ``webp``.
        scale: Pixel density (2 = sharp on high-resolution screens and print).
        width: Image width in CSS pixels; height is each figure's own.

    Returns:
        The files written.

    Raises:
        ExportError: If kaleido or a browser is missing, or the export fails.
    """
    if format not in {"png", "svg", "pdf", "jpeg", "webp"}:
        raise ExportError(f"unknown image format {format!r} (use png, svg, pdf, jpeg or webp)")
    try:
        import kaleido
        from kaleido.errors import ChromeNotFoundError
    except ImportError as exc:  # pragma: no cover - kaleido is a dependency
        raise ExportError("static export needs kaleido >= 1: pip install 'kaleido>=1'") from exc
    browser = find_browser()
    if browser is None:
        raise ExportError(
            "static export needs Chrome or Chromium and none was found: on Debian/Ubuntu "
            "`apt-get install chromium`, or set BROWSER_PATH to a Chrome executable"
        )
    if isinstance(figures, go.Figure):
        targets = [(figures, Path(path))]
    else:
        folder = Path(path)
        targets = [(fig, folder / f"{name}.{format}") for name, fig in figures.items()]
    specs = []
    for fig, target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        height = fig.layout.height or 500
        opts = {"format": format, "width": width, "height": height, "scale": scale}
        specs.append({"fig": fig.to_dict(), "path": target, "opts": opts})
    # The browser found above is handed to kaleido (passed on to choreographer's
    # Browser) rather than set in BROWSER_PATH: the environment is shared by threads.
    try:
        kaleido.write_fig_from_object_sync(specs, kopts={"mathjax": False, "path": browser})
    except ChromeNotFoundError as exc:
        raise ExportError(f"kaleido could not start the browser at {browser}: {exc}") from exc
    except Exception as exc:  # kaleido surfaces browser crashes as assorted errors
        raise ExportError(f"static export failed ({type(exc).__name__}: {exc})") from exc
    return [target for _, target in targets]
