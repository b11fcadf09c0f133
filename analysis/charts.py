"""Plotly figures of an :class:`~analysis.pipeline.ArticleAnalysis`.

Every function takes the analysis and returns a ``plotly.graph_objects.Figure``;
the caller decides to show or save it (nothing here calls ``.show()``).  All
figures share one template (:data:`TEMPLATE`) and one diverging tone scale,
and a speaker keeps the same colour in every chart (:func:`speaker_colors`).

Article text is untrusted input: hover text is HTML-escaped before plotly
renders it (plotly hover labels interpret a subset of HTML).
"""

from __future__ import annotations

import html
import os
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import plotly.graph_objects as go
import plotly.io as pio

from analysis import keywords as _keywords

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.pipeline import ArticleAnalysis

__all__ = [
    "TEMPLATE",
    "TONE_SCALE",
    "ExportError",
    "export",
    "find_browser",
    "hover_text",
    "keyword_heatmap",
    "section_tone",
    "setup_notebook",
    "speaker_colors",
    "tone_arc",
]

#: Diverging red–grey–blue scale for tone in [-1, 1] (colour-blind safe ends).
TONE_SCALE: list[list[float | str]] = [
    [0.0, "#b2182b"],
    [0.25, "#ef8a62"],
    [0.5, "#e6e6e6"],
    [0.75, "#67a9cf"],
    [1.0, "#2166ac"],
]

#: Qualitative colours for speakers, in order of first appearance (Okabe–Ito
#: first, as it stays distinguishable for colour-blind readers).
SPEAKER_PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442",
    "#6a3d9a", "#b15928", "#1b9e77", "#7570b3", "#e7298a",
)  # fmt: skip
NARRATION_COLOR = "#9a9a9a"

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        font={"family": "Inter, Helvetica Neue, Arial, sans-serif", "size": 13, "color": "#222"},
        title={"x": 0.0, "xanchor": "left", "font": {"size": 17}},
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(SPEAKER_PALETTE),
        hoverlabel={"bgcolor": "white", "font": {"size": 12}, "align": "left"},
        xaxis={"showgrid": False, "zeroline": False, "linecolor": "#bbb", "ticks": "outside"},
        yaxis={"gridcolor": "#eee", "zeroline": True, "zerolinecolor": "#bbb"},
        margin={"l": 60, "r": 30, "t": 70, "b": 50},
    )
)
pio.templates["news_analysis"] = TEMPLATE


def setup_notebook() -> None:
    """Make figures render in JupyterLab *and* in exported HTML, offline.

    Sets plotly's default renderer to ``plotly_mimetype+notebook``: JupyterLab
    uses the plotly MIME type, while the ``notebook`` part embeds plotly.js
    once in the notebook's outputs so HTML exported by nbconvert draws the
    charts with no network (no CDN).
    """
    pio.renderers.default = "plotly_mimetype+notebook"
    pio.templates.default = "plotly_white+news_analysis"


def speaker_colors(speakers: Iterable[str | None]) -> dict[str | None, str]:
    """A stable colour per speaker, in order of first appearance.

    Args:
        speakers: Speaker names in reading order (repeats and ``None`` allowed;
            ``None`` is narration).

    Returns:
        Mapping of each speaker to a hex colour; narration is grey.
    """
    colors: dict[str | None, str] = {None: NARRATION_COLOR}
    for name in speakers:
        if name is not None and name == name and name not in colors:  # name == name skips NaN
            colors[name] = SPEAKER_PALETTE[(len(colors) - 1) % len(SPEAKER_PALETTE)]
    return colors


def hover_text(text: str, width: int = 70, max_lines: int = 8) -> str:
    """Escape and wrap article text for a plotly hover label.

    Args:
        text: Untrusted article text.
        width: Characters per line.
        max_lines: Lines kept before an ellipsis.

    Returns:
        HTML-escaped text with ``<br>`` line breaks.
    """
    lines = textwrap.wrap(" ".join(str(text).split()), width=width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return "<br>".join(html.escape(line) for line in lines)


def _layout(fig: go.Figure, title: str, *, height: int = 420) -> go.Figure:
    fig.update_layout(template="plotly_white+news_analysis", title=html.escape(title), height=height)
    return fig


def _headline(res: ArticleAnalysis) -> str:
    return res.article.headline or (res.article.source or "Article")


def _part_column(res: ArticleAnalysis) -> tuple[str, str]:
    """Group by sections when the article has sub-heads, else by topic segment."""
    if len(res.sections) > 1:
        return "section_id", "section"
    return "topic_segment", "topic segment"


def _part_labels(res: ArticleAnalysis, column: str) -> dict[int, str]:
    if column == "section_id":
        return {
            int(r.section_id): html.escape(str(r.title)) if isinstance(r.title, str) else f"Section {r.section_id + 1}"
            for r in res.sections.itertuples()
        }
    return {int(i): f"Segment {i + 1}" for i in sorted(res.paragraphs["topic_segment"].unique())}


def _part_of(res: ArticleAnalysis, column: str) -> pd.Series:
    """The section, segment or paragraph id of each sentence."""
    sentence_paragraph = res.sentences["paragraph_id"]
    if column == "paragraph_id":
        return sentence_paragraph
    return sentence_paragraph.map(res.paragraphs.set_index("paragraph_id")[column])


def tone_arc(res: ArticleAnalysis, *, smooth: int = 3) -> go.Figure:
    """Sentence tone along the article, with its sections (or topic segments) shaded.

    Args:
        res: The analysis.
        smooth: Window (in sentences) of the centred moving average drawn as
            the trend line; 1 draws none.

    Returns:
        A figure: one marker per sentence (colour = tone), the trend line, and
        shaded bands for sections or, without sub-heads, topic segments.
    """
    s = res.sentences
    fig = go.Figure()
    column, noun = _part_column(res)
    labels = _part_labels(res, column)
    part_of = _part_of(res, column)
    for k, (part, group) in enumerate(s.groupby(part_of, sort=True)):
        fig.add_vrect(
            x0=group["sentence_id"].min() - 0.5,
            x1=group["sentence_id"].max() + 0.5,
            fillcolor="#f2f2f2" if k % 2 == 0 else "#ffffff",
            line_width=0,
            layer="below",
            annotation_text=labels.get(int(part), ""),
            annotation_position="top left",
            annotation_font={"size": 11, "color": "#777"},
        )
    speakers = s["speaker"].where(s["speaker"].notna(), None)
    custom = [
        [hover_text(t), html.escape(str(sp)) if sp is not None else "narration", int(p) + 1]
        for t, sp, p in zip(s["text"], speakers, s["paragraph_id"], strict=True)
    ]
    if smooth > 1 and len(s) >= smooth:
        trend = s["compound"].rolling(smooth, center=True, min_periods=1).mean()
        fig.add_trace(
            go.Scatter(
                x=s["sentence_id"], y=trend, mode="lines", name=f"trend ({smooth}-sentence mean)",
                line={"color": "#555", "width": 2, "shape": "spline"}, hoverinfo="skip",
            )
        )  # fmt: skip
    fig.add_trace(
        go.Scatter(
            x=s["sentence_id"],
            y=s["compound"],
            mode="markers",
            name="sentence",
            marker={
                "size": 11,
                "color": s["compound"],
                "colorscale": TONE_SCALE,
                "cmin": -1,
                "cmax": 1,
                "line": {"width": 1, "color": "#444"},
                "colorbar": {"title": {"text": "tone"}, "thickness": 12, "len": 0.7},
            },
            customdata=custom,
            hovertemplate="<b>sentence %{x}</b> · paragraph %{customdata[2]} · %{customdata[1]}"
            "<br>tone %{y:+.2f}<br><br>%{customdata[0]}<extra></extra>",
        )
    )
    fig.update_xaxes(title_text="sentence (reading order)")
    fig.update_yaxes(title_text="tone (VADER compound)", range=[-1.08, 1.08])
    fig.update_layout(legend={"orientation": "h", "y": -0.2}, hovermode="closest")
    return _layout(fig, f"Tone along the article, by {noun}: {_headline(res)}")


def section_tone(res: ArticleAnalysis) -> go.Figure:
    """Mean and spread of sentence tone per section (or topic segment).

    With sub-heads, one box per section; without, one per topic segment; an
    article that is a single segment gets one box per paragraph, so the chart
    always compares parts.  Each sentence is a point, the box spans the middle
    half, the dashed line is the mean (the value in ``res.sections``).

    Args:
        res: The analysis.

    Returns:
        A box-and-points figure.
    """
    s = res.sentences
    column, noun = _part_column(res)
    labels = _part_labels(res, column)
    if len(labels) < 2:
        column, noun = "paragraph_id", "paragraph"
        labels = {int(i): f"¶{i + 1}" for i in res.paragraphs["paragraph_id"]}
    part_of = _part_of(res, column)
    fig = go.Figure()
    fig.add_trace(
        go.Box(
            x=[labels[int(i)] for i in part_of],
            y=s["compound"],
            boxpoints="all",
            jitter=0.35,
            pointpos=0,
            boxmean=True,
            name="sentences",
            marker={"color": "#4a6fa5", "size": 7, "opacity": 0.8},
            line={"color": "#4a6fa5"},
            fillcolor="rgba(74,111,165,0.12)",
            customdata=[[hover_text(t)] for t in s["text"]],
            hovertemplate="tone %{y:+.2f}<br><br>%{customdata[0]}<extra></extra>",
        )
    )
    fig.add_hline(y=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_xaxes(title_text=noun, categoryorder="array", categoryarray=[labels[i] for i in sorted(labels)])
    fig.update_yaxes(title_text="sentence tone (VADER compound)", range=[-1.08, 1.08])
    fig.update_layout(showlegend=False)
    return _layout(fig, f"Tone per {noun}: every sentence, the middle half (box) and the mean (dashed)")


def keyword_heatmap(res: ArticleAnalysis, *, n_terms: int = 15) -> go.Figure:
    """Top terms × sections (or topic segments): where each key term is used.

    Args:
        res: The analysis.
        n_terms: How many terms (rows) at most.

    Returns:
        A heatmap of occurrences per 100 words of each part; terms are the
        article's key terms followed by each part's most distinctive ones.
    """
    column, noun = _part_column(res)
    labels = _part_labels(res, column)
    parts = sorted(labels)
    texts = ["\n\n".join(res.paragraphs.loc[res.paragraphs[column] == p, "text"]) for p in parts]
    scope = "section" if column == "section_id" else "segment"
    kw = res.keywords
    terms = _unique(
        list(kw.loc[kw["scope"] == "article", "term"])
        + list(kw.loc[(kw["scope"] == scope) & (kw["rank"] <= 3), "term"])
    )[:n_terms]
    counts = [_keywords.count_terms(t, all_phrases=True) for t in texts]
    z = [[100.0 * c.counts.get(term.lower(), 0) / max(c.n_words, 1) for c in counts] for term in terms]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[labels[p] for p in parts],
            y=[html.escape(t) for t in terms],
            colorscale="Blues",
            zmin=0,
            colorbar={"title": {"text": "per 100<br>words"}, "thickness": 12},
            hovertemplate="<b>%{y}</b> in %{x}: %{z:.1f} per 100 words<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(side="top")
    return _layout(fig, f"Key terms by {noun}", height=max(360, 28 * len(terms) + 160))


def _unique(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ------------------------------------------------------------ static images

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
    # kaleido reads BROWSER_PATH (choreographer); set it for the call so the browser found above is the one used.
    previous = os.environ.get("BROWSER_PATH")
    os.environ["BROWSER_PATH"] = browser
    try:
        kaleido.write_fig_from_object_sync(specs, kopts={"mathjax": False})
    except ChromeNotFoundError as exc:
        raise ExportError(f"kaleido could not start the browser at {browser}: {exc}") from exc
    except Exception as exc:  # kaleido surfaces browser crashes as assorted errors
        raise ExportError(f"static export failed ({type(exc).__name__}: {exc})") from exc
    finally:
        if previous is None:
            os.environ.pop("BROWSER_PATH", None)
        else:
            os.environ["BROWSER_PATH"] = previous
    return [target for _, target in targets]
