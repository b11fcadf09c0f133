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
from typing import TYPE_CHECKING, Literal

import plotly.graph_objects as go
import plotly.io as pio

from analysis import keywords as _keywords
from analysis import sentiment as _sentiment

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.corpus import CorpusAnalysis
    from analysis.pipeline import ArticleAnalysis

__all__ = [
    "TEMPLATE",
    "TONE_SCALE",
    "ExportError",
    "export",
    "find_browser",
    "hover_text",
    "keyword_heatmap",
    "outlet_people_tone",
    "outlet_sources",
    "outlet_tone",
    "section_tone",
    "setup_notebook",
    "share_of_voice",
    "share_of_voice_over_time",
    "speaker_colors",
    "speaker_terms",
    "speaker_timeline",
    "speaker_tone",
    "speaker_tone_contrast",
    "speaker_tone_over_time",
    "speakers_by_segment",
    "term_trends_chart",
    "tone_arc",
    "tone_over_time",
    "tone_toward_over_time",
    "topic_timeline",
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
#: Qualitative colours for outlets, most articles first: Paul Tol's colour-blind
#: safe "muted" scheme, a different set from the speakers' so an outlet is never
#: mistaken for a person.
OUTLET_PALETTE: tuple[str, ...] = (
    "#332288", "#117733", "#882255", "#999933", "#44AA99", "#CC6677", "#AA4499", "#88CCEE", "#DDCC77",
)  # fmt: skip
# What to tell a user whose corpus names no outlet.
_NO_OUTLET = "No article names its outlet: add an outlet column (JSONL/CSV), an 'outlet …' header line, or use HTML pages"

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
    _load_renderers()
    pio.renderers.default = "plotly_mimetype+notebook"
    pio.templates.default = "plotly_white+news_analysis"


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


def tone_arc(res: ArticleAnalysis, *, smooth: int = 3, tone_method: str = _sentiment.DEFAULT_METHOD) -> go.Figure:
    """Sentence tone along the article, with its sections (or topic segments) shaded.

    Hovering over a sentence shows its text, its score and the three words
    that moved the score most (:func:`analysis.sentiment.top_words`).

    Args:
        res: The analysis.
        smooth: Window (in sentences) of the centred moving average drawn as
            the trend line; 1 draws none.
        tone_method: The method ``res`` was scored with (for the hover's
            words; pass what was given to ``analyze(..., tone_method=)``).

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
    why = [_top_words_label(words) for words in _sentiment.top_words(s["text"].tolist(), n=3, method=tone_method)]
    custom = [
        [hover_text(t), html.escape(str(sp)) if sp is not None else "narration", int(p) + 1, w]
        for t, sp, p, w in zip(s["text"], speakers, s["paragraph_id"], why, strict=True)
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
            "<br>tone %{y:+.2f}%{customdata[3]}<br><br>%{customdata[0]}<extra></extra>",
        )
    )
    fig.update_xaxes(title_text="sentence (reading order)")
    fig.update_yaxes(title_text="tone (compound)", range=[-1.08, 1.08])
    fig.update_layout(legend={"orientation": "h", "y": -0.2}, hovermode="closest")
    return _layout(fig, f"Tone along the article, by {noun}: {_headline(res)}")


def _top_words_label(words: list[tuple[str, float]]) -> str:
    """Hover line naming the words that moved a sentence's score (escaped)."""
    if not words:
        return ""
    return " · driven by " + ", ".join(f"{html.escape(w)} ({c:+.2f})" for w, c in words)


def speaker_tone_contrast(table: pd.DataFrame) -> go.Figure:
    """How each person speaks against how the narration treats them.

    One row per speaker: a dot for ``compound`` (the mean tone of their own
    quoted sentences) and a diamond for ``tone_toward`` (the mean
    :func:`analysis.sentiment.score_toward` of their mentions outside their
    quotes), joined by a line so the gap reads at a glance.  Both are in
    [-1, 1]; a missing value (no quote, or no mention) is simply not drawn.

    Args:
        table: DataFrame with columns ``speaker``, ``compound``,
            ``tone_toward`` (``res.speakers`` once speakers carry
            ``tone_toward``).

    Returns:
        A dumbbell figure, speakers in the table's order, top to bottom.

    Raises:
        ValueError: If a column is missing.
    """
    missing = {"speaker", "compound", "tone_toward"} - set(table.columns)
    if missing:
        raise ValueError(f"speaker_tone_contrast() needs columns {sorted(missing)}")
    names = [str(n) for n in table["speaker"]]
    labels = [html.escape(n) for n in names]
    colors = speaker_colors(names)
    fig = go.Figure()
    for label, name, own, toward in zip(labels, names, table["compound"], table["tone_toward"], strict=True):
        if own == own and toward == toward:  # both present (x == x is False for NaN)
            fig.add_trace(
                go.Scatter(x=[own, toward], y=[label, label], mode="lines", line={"color": "#bbb", "width": 3},
                           hoverinfo="skip", showlegend=False)
            )  # fmt: skip
    for column, symbol, title in (
        ("compound", "circle", "how they speak (their quotes)"),
        ("tone_toward", "diamond", "how the narration treats them"),
    ):
        fig.add_trace(
            go.Scatter(
                x=table[column],
                y=labels,
                mode="markers",
                name=title,
                marker={"symbol": symbol, "size": 13, "color": [colors[n] for n in names],
                        "line": {"width": 1.5, "color": "#333"}},
                hovertemplate="<b>%{y}</b><br>" + html.escape(title) + ": %{x:+.2f}<extra></extra>",
            )
        )  # fmt: skip
    fig.add_vline(x=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_xaxes(title_text="tone (−1 negative … +1 positive)", range=[-1.05, 1.05])
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    fig.update_layout(legend={"orientation": "h", "y": -0.25})
    return _layout(fig, "Tone of each speaker vs tone toward them", height=max(300, 45 * len(labels) + 180))


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
    fig.update_yaxes(title_text="sentence tone (compound)", range=[-1.08, 1.08])
    fig.update_layout(showlegend=False)
    return _layout(fig, f"Tone per {noun}: every sentence, the middle half (box) and the mean (dashed)")


def keyword_heatmap(res: ArticleAnalysis, *, n_terms: int = 15, by: str | None = None) -> go.Figure:
    """Top terms × sections (or topic segments): where each key term is used.

    Args:
        res: The analysis.
        n_terms: How many terms (rows) at most.
        by: ``'section'`` or ``'segment'``; default: sections when the article
            has sub-heads, else topic segments.

    Returns:
        A heatmap of occurrences per 100 words of each part.  Terms are each
        part's top characteristic terms, then the article's key terms; rows
        are ordered by the part where the term peaks, so a story that moves
        from one subject to another reads as a diagonal from top left.

    Raises:
        ValueError: If ``by`` is not ``None``, ``'section'`` or ``'segment'``.
    """
    if by is None:
        column, noun = _part_column(res)
    elif by in ("section", "segment"):
        column, noun = ("section_id", "section") if by == "section" else ("topic_segment", "topic segment")
    else:
        raise ValueError(f"by must be 'section' or 'segment', got {by!r}")
    labels = _part_labels(res, column)
    parts = sorted(labels)
    texts = ["\n\n".join(res.paragraphs.loc[res.paragraphs[column] == p, "text"]) for p in parts]
    scope = "section" if column == "section_id" else "segment"
    kw = res.keywords
    per_part = max(1, min(3, n_terms // max(1, len(parts))))
    part_terms = [
        t
        for rank in range(1, per_part + 1)
        for t in kw.loc[(kw["scope"] == scope) & (kw["rank"] == rank)].sort_values("scope_id")["term"]
    ]
    terms = _unique(part_terms + list(kw.loc[kw["scope"] == "article", "term"]))[:n_terms]
    counts = [_keywords.count_terms(t, all_phrases=True) for t in texts]
    # Counted as a reader finds them (inflections, a name's surname: "Blair"
    # for "Tony Blair"); a term found in no part (a headline's) is no row.
    z = [[100.0 * _keywords.term_occurrences(term, c) / max(c.n_words, 1) for c in counts] for term in terms]
    found = [i for i in range(len(terms)) if any(z[i])]
    terms, z = [terms[i] for i in found], [z[i] for i in found]
    order = sorted(range(len(terms)), key=lambda i: (max(range(len(parts)), key=lambda j: z[i][j]) if parts else 0, i))
    terms, z = [terms[i] for i in order], [z[i] for i in order]
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


#: Light fills for topic segments in the timeline (ColorBrewer Pastel1/Set3).
SEGMENT_FILLS: tuple[str, ...] = (
    "#cfe3f3", "#fde0c5", "#d5ecd4", "#eadcf0", "#fbe5ef", "#e8e3cf", "#d9f0f0", "#f3dada",
)  # fmt: skip


def _segment_terms(res: ArticleAnalysis, n: int = 3) -> dict[int, list[str]]:
    """Each topic segment's top ``n`` terms from ``res.keywords``."""
    kw = res.keywords
    rows = kw.loc[(kw["scope"] == "segment") & (kw["rank"] <= n)].sort_values(["scope_id", "rank"])
    out: dict[int, list[str]] = {}
    for sid, term in zip(rows["scope_id"], rows["term"], strict=True):
        out.setdefault(int(sid), []).append(str(term))
    return out


def topic_timeline(res: ArticleAnalysis, *, n_terms: int = 3) -> go.Figure:
    """Paragraphs along the article: topic segments and how sharply the topic turns.

    Args:
        res: The analysis.
        n_terms: Terms per segment in its label.

    Returns:
        A figure with one shaded band per topic segment, labelled with its top
        terms; a line of the ``shift`` at each paragraph (how little it shares
        with the paragraphs before it: 0 same words, 1 none); and dashed
        lines at sub-heads.  Hover shows each paragraph's text.
    """
    p = res.paragraphs
    fig = go.Figure()
    terms = _segment_terms(res, n_terms)
    for k, (seg, group) in enumerate(p.groupby("topic_segment", sort=True)):
        seg = int(seg)
        x0, x1 = group["paragraph_id"].min() + 0.5, group["paragraph_id"].max() + 1.5
        fig.add_vrect(
            x0=x0, x1=x1, fillcolor=SEGMENT_FILLS[seg % len(SEGMENT_FILLS)], opacity=0.8, line_width=0, layer="below"
        )
        # One term a line, labels alternating in height, so the labels of
        # short neighbouring segments do not run into each other.
        label = f"<b>{seg + 1}</b><br>" + "<br>".join(html.escape(t) for t in terms.get(seg, []))
        fig.add_annotation(
            x=(x0 + x1) / 2, y=1.02 if k % 2 == 0 else 1.0, yref="paper", yanchor="bottom" if k % 2 == 0 else "top",
            text=label, showarrow=False, font={"size": 10, "color": "#333"}, align="center",
        )  # fmt: skip
    for pid in p.loc[p["section_id"].diff().fillna(0) != 0, "paragraph_id"]:
        fig.add_vline(x=int(pid) + 0.5, line={"color": "#555", "dash": "dash", "width": 1})
    custom = [
        [hover_text(t), int(seg) + 1, ", ".join(html.escape(x) for x in terms.get(int(seg), []))]
        for t, seg in zip(p["text"], p["topic_segment"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=p["paragraph_id"] + 1,
            y=p["shift"],
            mode="lines+markers",
            name="topic shift before the paragraph",
            line={"color": "#333", "width": 2},
            marker={"size": 8, "color": "#333"},
            customdata=custom,
            hovertemplate="<b>paragraph %{x}</b> · segment %{customdata[1]} (%{customdata[2]})"
            "<br>shift %{y:.2f}<br><br>%{customdata[0]}<extra></extra>",
        )
    )
    fig.update_xaxes(
        title_text="paragraph (reading order)", range=[0.5, len(p) + 0.5], dtick=1 if len(p) <= 30 else None
    )
    fig.update_yaxes(title_text="topic shift (1 − similarity)", range=[0, 1.75], tickvals=[0, 0.25, 0.5, 0.75, 1.0])
    fig.update_layout(legend={"orientation": "h", "y": -0.2}, hovermode="closest")
    _layout(fig, f"Topic segments along the article: {_headline(res)}", height=520)
    fig.update_layout(margin={"t": 150})
    return fig


def speakers_by_segment(res: ArticleAnalysis, *, by: str = "segment") -> go.Figure:
    """Who talks in which part: words per speaker (and narration) in each segment.

    Args:
        res: The analysis.
        by: ``'segment'`` (topic segments) or ``'section'``.

    Returns:
        Stacked bars, one per part, split by speaker in the shared speaker
        colours (narration grey); hover gives the words and sentences.

    Raises:
        ValueError: If ``by`` is not ``'segment'`` or ``'section'``.
    """
    if by not in ("segment", "section"):
        raise ValueError(f"by must be 'segment' or 'section', got {by!r}")

    column = "topic_segment" if by == "segment" else "section_id"
    labels = (
        {int(i): f"Segment {i + 1}" for i in sorted(res.paragraphs[column].unique())}
        if by == "segment"
        else _part_labels(res, column)
    )
    s = res.sentences
    part_of = _part_of(res, column)
    speaker = [x if isinstance(x, str) else None for x in s["speaker"]]
    n_words = [len(str(t).split()) for t in s["text"]]
    names = _speaker_order(res)
    colors = speaker_colors(names)
    fig = go.Figure()
    parts = sorted(labels)
    for name in [*names, None]:
        words = {p: 0 for p in parts}
        sents = {p: 0 for p in parts}
        for sp, part, w in zip(speaker, part_of, n_words, strict=True):
            if sp == name:
                words[int(part)] += w
                sents[int(part)] += 1
        if not any(words.values()):
            continue
        shown = html.escape(name) if name is not None else "narration"
        fig.add_trace(
            go.Bar(
                x=[labels[p] for p in parts],
                y=[words[p] for p in parts],
                name=shown,
                marker={"color": colors[name]},
                customdata=[[shown, sents[p]] for p in parts],
                hovertemplate="<b>%{customdata[0]}</b> in %{x}: %{y} words, %{customdata[1]} sentences<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.2})
    fig.update_xaxes(title_text="topic segment" if by == "segment" else "section")
    fig.update_yaxes(title_text="words")
    title = "Who talks in each topic segment" if by == "segment" else "Who talks in each section"
    if not names:
        title += " (no speakers attributed: narration only)"
    return _layout(fig, title)


def speaker_terms(res: ArticleAnalysis, *, n_terms: int = 8) -> go.Figure:
    """Each speaker's most distinctive terms, with their log-odds z-scores.

    Args:
        res: The analysis.
        n_terms: Terms per speaker.

    Returns:
        Horizontal bars per speaker (one panel each, in the shared speaker
        colours): the terms of ``res.keywords`` with ``scope='speaker'``,
        longest bar = most over-used compared with everyone else and the
        narration (z > 1.96 is unlikely by chance at the 5 % level).
    """
    from plotly.subplots import make_subplots

    names = _speaker_order(res)
    colors = speaker_colors(names)
    kw = res.keywords
    rows = kw.loc[(kw["scope"] == "speaker") & (kw["rank"] <= n_terms)]
    shown = [i for i in range(len(names)) if (rows["scope_id"] == i).any()]
    if not shown:
        fig = go.Figure()
        fig.add_annotation(
            text="No speaker has attributed sentences in this article.", showarrow=False, x=0.5, y=0.5,
            xref="paper", yref="paper", font={"size": 14, "color": "#777"},
        )  # fmt: skip
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        return _layout(fig, "Terms that set each speaker apart", height=240)
    fig = make_subplots(
        rows=len(shown), cols=1, subplot_titles=[html.escape(names[i]) for i in shown], vertical_spacing=0.08
    )
    for row, i in enumerate(shown, start=1):
        part = rows.loc[rows["scope_id"] == i].sort_values("rank", ascending=False)
        fig.add_trace(
            go.Bar(
                x=part["score"],
                y=[html.escape(str(t)) for t in part["term"]],
                orientation="h",
                name=html.escape(names[i]),
                marker={"color": colors[names[i]]},
                hovertemplate="<b>%{y}</b>: z = %{x:.2f}<extra>" + html.escape(names[i]) + "</extra>",
                showlegend=False,
            ),
            row=row,
            col=1,
        )
        fig.add_vline(x=1.96, line={"color": "#999", "dash": "dot", "width": 1}, row=row, col=1)
    fig.update_xaxes(title_text="log-odds z-score vs. everyone else", row=len(shown), col=1)
    return _layout(fig, "Terms that set each speaker apart", height=max(300, 60 + len(shown) * (26 * n_terms + 60)))


def _unique(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ---------------------------------------------------------------- speakers


def _speaker_order(res: ArticleAnalysis) -> list[str]:
    """The one speaker order every chart colours by (:func:`analysis.pipeline.speaker_order`).

    ``res.speakers`` in order of first quote, then any speaker found only in
    ``res.sentences``, so a speaker has the same colour in every chart.
    """
    from analysis.pipeline import speaker_order

    return speaker_order(res.sentences, res.speakers)


def _no_data(fig: go.Figure, message: str) -> go.Figure:
    fig.add_annotation(text=html.escape(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 14, "color": "#777"})  # fmt: skip
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def share_of_voice(res: ArticleAnalysis) -> go.Figure:
    """Quoted words per speaker: who gets to speak in the article.

    Counts words inside direct quotes (``full`` and ``partial`` rows of
    ``res.quotes``), the usual measure of voice in quote studies; reported
    speech is left out because its words are the writer's.

    Args:
        res: The analysis.

    Returns:
        A horizontal bar chart, one bar per speaker in its colour, largest first,
        labelled with the share of all attributed quoted words.
    """
    sp = res.speakers
    fig = go.Figure()
    total = int(sp["quoted_words"].sum()) if len(sp) else 0
    if total == 0:
        return _layout(_no_data(fig, "No attributed quotes in this article"), "Share of voice: quoted words per speaker")
    colors = speaker_colors(_speaker_order(res))
    ranked = sp[sp["quoted_words"] > 0].sort_values("quoted_words", ascending=True, kind="stable")
    fig.add_trace(
        go.Bar(
            x=ranked["quoted_words"],
            y=[html.escape(str(n)) for n in ranked["speaker"]],
            orientation="h",
            marker={"color": [colors[n] for n in ranked["speaker"]]},
            text=[f"{100 * w / total:.0f}%" for w in ranked["quoted_words"]],
            textposition="outside",
            customdata=[
                [html.escape(str(r.title)) if isinstance(r.title, str) else "", int(r.n_quotes)]
                for r in ranked.itertuples()
            ],
            hovertemplate="<b>%{y}</b> %{customdata[0]}<br>%{x} quoted words in %{customdata[1]} quotes"
            "<br>%{text} of all quoted words<extra></extra>",
        )
    )
    fig.update_xaxes(title_text="words in direct quotes")
    fig.update_layout(showlegend=False)
    return _layout(fig, f"Share of voice: quoted words per speaker ({total} words)", height=max(300, 60 * len(ranked) + 160))


def speaker_tone(res: ArticleAnalysis) -> go.Figure:
    """Tone per speaker: every sentence of theirs, the middle half and the mean.

    A speaker's sentences are those ``res.sentences`` assigns to them (quoted,
    or reporting their words); narration is shown in grey for comparison.  A
    speaker whose words never make up a sentence of their own is drawn as one
    diamond at their ``res.speakers.compound`` (their quotes' own tone).

    Args:
        res: The analysis.

    Returns:
        A box-and-points figure, one box per speaker in its colour.
    """
    s = res.sentences
    fig = go.Figure()
    order = _speaker_order(res)
    colors = speaker_colors(order)
    if not order:
        return _layout(_no_data(fig, "No attributed quotes in this article"), "Tone per speaker")
    groups: list[tuple[str | None, pd.DataFrame]] = [(name, s[s["speaker"] == name]) for name in order]
    groups.append((None, s[s["speaker"].isna()]))
    for name, rows in groups:
        label = html.escape(str(name)) if name is not None else "narration"
        if len(rows):
            fig.add_trace(
                go.Box(
                    x=[label] * len(rows),
                    y=rows["compound"],
                    name=label,
                    boxpoints="all",
                    jitter=0.35,
                    pointpos=0,
                    boxmean=True,
                    marker={"color": colors[name], "size": 7, "opacity": 0.85},
                    line={"color": colors[name]},
                    customdata=[[hover_text(t), label] for t in rows["text"]],
                    hovertemplate="<b>%{customdata[1]}</b> · tone %{y:+.2f}<br><br>%{customdata[0]}<extra></extra>",
                )
            )
        elif name is not None:
            value = float(res.speakers.loc[res.speakers["speaker"] == name, "compound"].iloc[0])
            fig.add_trace(
                go.Scatter(
                    x=[label],
                    y=[value],
                    name=label,
                    mode="markers",
                    marker={"color": colors[name], "size": 12, "symbol": "diamond"},
                    hovertemplate=f"<b>{label}</b> · tone of their quotes %{{y:+.2f}}<extra></extra>",
                )
            )
    fig.add_hline(y=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_yaxes(title_text="sentence tone (compound)", range=[-1.08, 1.08])
    fig.update_layout(showlegend=False)
    return _layout(fig, "Tone per speaker: every sentence, the middle half (box) and the mean (dashed)")


_KIND_SYMBOL = {"full": "circle", "partial": "circle-open", "indirect": "square-open"}


def speaker_timeline(res: ArticleAnalysis) -> go.Figure:
    """Where each speaker appears along the article.

    One row per speaker (unattributed quotes on their own row), one marker per
    quote at its paragraph: filled for full quotes, open for partial ones,
    squares for reported speech; the marker grows with the quote's length.

    Args:
        res: The analysis.

    Returns:
        A scatter figure: x = paragraph (0 = the standfirst), y = speaker.
    """
    import bisect

    q = res.quotes
    fig = go.Figure()
    if not len(q):
        return _layout(_no_data(fig, "No quotes in this article"), "Where each speaker appears")
    order = _speaker_order(res)
    colors = speaker_colors(order)
    para_starts = [s for s, _ in res.article.paragraphs]
    paragraph = [bisect.bisect_right(para_starts, start) for start in q["start"]]  # 0 = before the body
    rows = order + ([None] if q["speaker"].isna().any() else [])
    for name in rows:
        mask = q["speaker"].isna() if name is None else q["speaker"] == name
        part = q[mask]
        label = html.escape(str(name)) if name is not None else "unattributed"
        words = [len(str(t).split()) for t in part["text"]]
        fig.add_trace(
            go.Scatter(
                x=[paragraph[i] for i in part.index],
                y=[label] * len(part),
                mode="markers",
                name=label,
                marker={
                    "color": colors[name],
                    "size": [min(34, 9 + 1.2 * w ** 0.8) for w in words],
                    "symbol": [_KIND_SYMBOL.get(k, "circle") for k in part["kind"]],
                    "line": {"width": 2, "color": colors[name]},
                },
                customdata=[
                    [hover_text(t), html.escape(str(k)), html.escape(str(c)) if isinstance(c, str) else "—"]
                    for t, k, c in zip(part["text"], part["kind"], part["cue"], strict=True)
                ],
                hovertemplate=f"<b>{label}</b> · paragraph %{{x}} · %{{customdata[1]}} quote, cue: %{{customdata[2]}}"
                "<br><br>%{customdata[0]}<extra></extra>",
            )
        )
    fig.update_xaxes(title_text="paragraph (0 = standfirst)", range=[-0.5, len(para_starts) + 0.5], dtick=1 if len(para_starts) <= 30 else None)
    fig.update_yaxes(autorange="reversed", showgrid=True, gridcolor="#eee")
    fig.update_layout(showlegend=False, hovermode="closest")
    return _layout(fig, "Where each speaker appears along the article", height=max(300, 55 * len(rows) + 170))


# ---------------------------------------------------------------- corpus over time


def tone_over_time(corpus: CorpusAnalysis, *, freq: str = "auto", by: Literal["outlet"] | None = None, top: int = 8) -> go.Figure:
    """Mean article tone per day/week/month with its 95 % band.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis`.
        freq: Pandas frequency or ``"auto"`` (chosen from the date range).
        by: ``"outlet"`` for one line per outlet (the ``top`` outlets with
            most articles; bands in the hover) instead of the whole corpus.
        top: Outlets drawn when ``by="outlet"``.

    Returns:
        A line-and-band figure; marker size grows with the number of articles.
    """
    from analysis.corpus import tone_by_period

    data = tone_by_period(corpus, freq, by=by)
    if by == "outlet":
        fig, shown = _series_by_outlet(data, "compound", top, _NO_OUTLET + " (and a date).")
        title = f"Tone over time by outlet ({shown} of {data['outlet'].nunique()} outlets)" if shown else "Tone over time by outlet"
    else:
        fig = go.Figure()
        if data.empty:
            return _layout(_no_data(fig, "No dated articles: add a date line (date YYYY-MM-DD) or a date column."), "Tone over time")
        _tone_series(fig, data, "mean tone")
        _tone_axes(fig)
        title = f"Tone over time ({len(corpus.articles)} articles)"
    fig.update_yaxes(title_text="mean article tone")
    return _layout(fig, title)


def tone_toward_over_time(
    corpus: CorpusAnalysis, person: str | None = None, *, freq: str = "auto", by: Literal["outlet"] | None = None, top: int = 8
) -> go.Figure:
    """How the coverage treats one person over time (:func:`analysis.corpus.tone_toward_by_period`).

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis`.
        person: The name to follow (its default aliases: see
            :func:`analysis.corpus.tone_toward`); ``None`` for the speaker in
            most articles (:func:`analysis.corpus.top_people`).
        freq: Pandas frequency or ``"auto"``.
        by: ``"outlet"`` for one line per outlet.
        top: Outlets drawn when ``by="outlet"``.

    Returns:
        A line figure of the mean tone toward the person per period (with a
        band for the whole corpus; in the hover by outlet).
    """
    from analysis.corpus import tone_toward_by_period, top_people

    if person is None:
        leaders = top_people(corpus, n=1)
        if not leaders:
            return _layout(_no_data(go.Figure(), "No speakers in the corpus: name the person to follow."), "Tone toward a person")
        person = leaders[0]
    data = tone_toward_by_period(corpus, person, freq, by=by)
    name = html.escape(person)
    if by == "outlet":
        fig, _ = _series_by_outlet(data, "tone_toward", top, f"No dated article with an outlet names {person} outside quotes.")
        title = f"Tone toward {name} over time, by outlet"
    else:
        fig = go.Figure()
        if data.empty:
            fig = _no_data(fig, f"No dated article names {person} outside quotes.")
        else:
            _tone_series(fig, data, f"tone toward {name}", value="tone_toward")
            _tone_axes(fig)
        title = f"Tone toward {name} over time ({int(data['n_articles'].sum()) if len(data) else 0} articles)"
    fig.update_yaxes(title_text=f"mean tone toward {name}")
    return _layout(fig, title)


def _series_by_outlet(data: pd.DataFrame, value: str, top: int, empty: str) -> tuple[go.Figure, int]:
    """One line per outlet (the ``top`` with most articles) of ``period, outlet, n_articles, <value>, low, high``."""
    fig = go.Figure()
    if data.empty:
        return _no_data(fig, empty), 0
    outlets = list(data.groupby("outlet")["n_articles"].sum().sort_values(ascending=False, kind="stable").index[:top])
    colors = dict(zip(outlets, OUTLET_PALETTE, strict=False))
    for outlet in outlets:
        _tone_series(fig, data[data["outlet"] == outlet], html.escape(str(outlet)), colors[outlet], value=value)
    _tone_axes(fig)
    return fig, len(outlets)


def _tone_axes(fig: go.Figure) -> None:
    """The shared look of tone-over-time charts: a zero line, the full [-1, 1] range, legend below."""
    fig.add_hline(y=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_yaxes(range=[-1.05, 1.05])
    fig.update_layout(legend={"orientation": "h", "y": -0.2})


def _tone_series(fig: go.Figure, data: pd.DataFrame, name: str, color: str | None = None, *, value: str = "compound") -> None:
    """One tone line (``period, n_articles, <value>, low, high``).

    Without ``color`` (the whole corpus) the band is drawn and markers take the
    tone scale; with it (one of several outlets) the line and markers take the
    outlet's colour and the band is left to the hover, as overlapping bands
    would hide the lines.
    """
    if color is None:
        fig.add_trace(
            go.Scatter(
                x=list(data["period"]) + list(data["period"])[::-1],
                y=list(data["high"]) + list(data["low"])[::-1],
                mode="lines", fill="toself", fillcolor="rgba(74,111,165,0.15)", line={"width": 0},
                hoverinfo="skip", name="95% band",
            )
        )  # fmt: skip
    marker_color = data[value] if color is None else color
    fig.add_trace(
        go.Scatter(
            x=data["period"],
            y=data[value],
            mode="lines+markers",
            name=name,
            line={"color": color or "#4a6fa5", "width": 2},
            marker={"size": [6 + min(14, 2 * n**0.5) for n in data["n_articles"]], "color": marker_color,
                    "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1, "line": {"width": 1, "color": "#444"}},
            customdata=data[["n_articles", "low", "high"]].to_numpy(),
            hovertemplate=f"<b>{name}</b><br>"
            "%{x|%Y-%m-%d}: tone %{y:+.2f} (95%% band %{customdata[1]:+.2f} to %{customdata[2]:+.2f})"
            "<br>%{customdata[0]} article(s)<extra></extra>",
        )
    )  # fmt: skip


def speaker_tone_over_time(corpus: CorpusAnalysis, *, freq: str = "auto", top: int = 5) -> go.Figure:
    """Tone of the most-quoted people over time, one line per person.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis`.
        freq: Pandas frequency or ``"auto"``.
        top: How many people (by quoted words).

    Returns:
        A line figure in the shared speaker colours.
    """
    from analysis.corpus import speakers_by_period

    data = speakers_by_period(corpus, freq, top=top)
    data = data[data["person"] != "others"]
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, "No quoted speakers with dated articles."), "Speaker tone over time")
    order = list(data.groupby("person")["quoted_words"].sum().sort_values(ascending=False).index)
    colors = speaker_colors(order)
    for person in order:
        rows = data[data["person"] == person]
        fig.add_trace(
            go.Scatter(
                x=rows["period"], y=rows["compound"], mode="lines+markers", name=html.escape(person),
                line={"color": colors[person]}, customdata=rows[["n_articles", "quoted_words"]].to_numpy(),
                hovertemplate=f"<b>{html.escape(person)}</b><br>%{{x|%Y-%m-%d}}: tone %{{y:+.2f}}"
                "<br>%{customdata[0]} article(s), %{customdata[1]} quoted words<extra></extra>",
            )
        )  # fmt: skip
    fig.add_hline(y=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_yaxes(title_text="mean tone of their quotes", range=[-1.05, 1.05])
    return _layout(fig, f"Tone of the {len(order)} most-quoted people over time")


def share_of_voice_over_time(corpus: CorpusAnalysis, *, freq: str = "auto", top: int = 6) -> go.Figure:
    """Who gets quoted, period by period: share of quoted words, stacked.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis`.
        freq: Pandas frequency or ``"auto"``.
        top: People shown by name; the rest are pooled as "others".

    Returns:
        A stacked bar figure (bars sum to 100 % per period).
    """
    from analysis.corpus import speakers_by_period

    data = speakers_by_period(corpus, freq, top=top)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, "No quoted speakers with dated articles."), "Share of voice over time")
    order = [p for p in data.groupby("person")["quoted_words"].sum().sort_values(ascending=False).index if p != "others"]
    colors = speaker_colors(order)
    for person in [*order, "others"]:
        rows = data[data["person"] == person]
        if rows.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=rows["period"], y=rows["share"], name=html.escape(person),
                marker_color=colors.get(person, "#cccccc"), customdata=rows[["quoted_words"]].to_numpy(),
                hovertemplate=f"<b>{html.escape(person)}</b><br>%{{x|%Y-%m-%d}}: %{{y:.0%}} of quoted words"
                "<br>(%{customdata[0]} words)<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text="share of quoted words", tickformat=".0%", range=[0, 1])
    return _layout(fig, "Share of voice over time")


def term_trends_chart(corpus: CorpusAnalysis, *, n: int = 10) -> go.Figure:
    """Key terms rising (later articles) and falling (earlier articles).

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis`.
        n: Terms per direction.

    Returns:
        A horizontal bar figure of log-odds z-scores.
    """
    from analysis.corpus import term_trends

    data = term_trends(corpus, n=n)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, "Too few dated articles (or recurring key terms) to compare periods."), "Rising and falling terms")
    data = data.sort_values("z")
    fig.add_trace(
        go.Bar(
            x=data["z"], y=[html.escape(t) for t in data["term"]], orientation="h",
            marker_color=["#2166ac" if z > 0 else "#b2182b" for z in data["z"]],
            hovertemplate="<b>%{y}</b>: z = %{x:+.2f}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_xaxes(title_text="log-odds z (→ more frequent in later articles)")
    return _layout(fig, "Key terms rising and falling over the corpus", height=max(360, 24 * len(data) + 140))


# ---------------------------------------------------------------- corpus across outlets


def outlet_tone(corpus: CorpusAnalysis, *, top: int = 25) -> go.Figure:
    """Mean article tone per outlet with its 95 % band, most negative at the top.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis` whose articles name
            their outlet.
        top: Outlets drawn: those with most articles (an archive may have
            hundreds; the table has them all).

    Returns:
        A dot-and-whisker figure (see :func:`analysis.corpus.tone_by_outlet`).
    """
    from analysis.corpus import tone_by_outlet

    data = tone_by_outlet(corpus)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, _NO_OUTLET + "."), "Tone by outlet")
    n_outlets = len(data)
    data = data.head(top).sort_values("compound", kind="stable")  # the table comes most articles first
    labels = [html.escape(str(o)) for o in data["outlet"]]
    fig.add_trace(
        go.Scatter(
            x=data["compound"], y=labels, mode="markers",
            error_x={"type": "data", "symmetric": False, "array": data["high"] - data["compound"],
                     "arrayminus": data["compound"] - data["low"], "color": "#888", "thickness": 1.5, "width": 0},
            marker={"size": [8 + min(14, 2 * n**0.5) for n in data["n_articles"]], "color": data["compound"],
                    "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1, "line": {"width": 1, "color": "#444"}},
            customdata=data[["n_articles", "n_quotes", "low", "high", "subjectivity", "certainty"]].to_numpy(dtype=float),
            hovertemplate="<b>%{y}</b>: tone %{x:+.2f} (95%% band %{customdata[2]:+.2f} to %{customdata[3]:+.2f})"
            "<br>%{customdata[0]:.0f} article(s), %{customdata[1]:.0f} quotes"
            "<br>subjectivity %{customdata[4]:.2f}, certainty %{customdata[5]:+.2f}<extra></extra>",
        )
    )  # fmt: skip
    fig.add_vline(x=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_xaxes(title_text="mean article tone (each article counts once)")
    fig.update_yaxes(categoryorder="array", categoryarray=labels, showgrid=True, gridcolor="#eee")
    fig.update_layout(showlegend=False)
    shown = f"{len(data)} of {n_outlets} outlets" if n_outlets > len(data) else f"{int(data['n_articles'].sum())} articles"
    return _layout(fig, f"Tone by outlet ({shown})", height=max(300, 40 * len(labels) + 160))


#: How :func:`outlet_sources` names and colours each speaker kind.
_SOURCE_STYLE = {"person": ("named people", "#0072B2"), "organisation": ("organisations", "#E69F00"), "role": ("unnamed sources", "#9a9a9a")}


def outlet_sources(corpus: CorpusAnalysis, *, top: int = 15) -> go.Figure:
    """Who each outlet quotes: shares of quoted words from named people, organisations and unnamed sources.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis` whose articles name
            their outlet.
        top: Outlets drawn: those with most articles.

    Returns:
        A stacked horizontal bar figure, one bar per outlet summing to 100 %
        (see :func:`analysis.corpus.sources_by_outlet`).
    """
    from analysis.corpus import SOURCE_KINDS, sources_by_outlet

    data = sources_by_outlet(corpus)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, _NO_OUTLET + ", and quote someone."), "Who each outlet quotes")
    outlets = list(dict.fromkeys(data["outlet"]))[:top]  # the table comes most articles first
    labels = [html.escape(str(o)) for o in outlets]
    for kind in SOURCE_KINDS:
        rows = data[data["kind"] == kind].set_index("outlet").reindex(outlets)
        name, color = _SOURCE_STYLE[kind]
        fig.add_trace(
            go.Bar(
                x=rows["share"].fillna(0.0), y=labels, orientation="h", name=name, marker_color=color,
                customdata=rows[["quoted_words", "n_quotes", "n_speakers"]].fillna(0).to_numpy(dtype=float),
                hovertemplate=f"<b>%{{y}}</b>: {name}<br>%{{x:.0%}} of quoted words (%{{customdata[0]:.0f}} words, "
                "%{customdata[1]:.0f} quotes, %{customdata[2]:.0f} speaker rows)<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.2, "traceorder": "normal"})
    fig.update_xaxes(title_text="share of directly quoted words", tickformat=".0%", range=[0, 1])
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    return _layout(fig, "Who each outlet quotes", height=max(300, 36 * len(labels) + 180))


def outlet_people_tone(corpus: CorpusAnalysis, *, top: int = 6, outlets: int = 15) -> go.Figure:
    """How each outlet treats the most widely quoted people: tone toward them, outlet × person.

    Each cell is the mean tone toward a person in one outlet's narration
    (outside quotes), with the number of articles behind it (those naming
    the person outside quotes); the hover adds
    the band, the mentions, the tone of the person's own quotes in that outlet
    and their share of its quoted words (:func:`analysis.corpus.people_by_outlet`).
    The colour scale is centred on 0 and spans the largest value shown, so
    small differences stay visible; an empty cell means the outlet never
    names that person outside a quote.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis` whose articles name
            their outlet.
        top: How many people (columns).
        outlets: How many outlets (rows): those with most articles.

    Returns:
        A heatmap figure: outlets as rows (most articles first), people as columns.
    """
    from analysis.corpus import people_by_outlet

    data = people_by_outlet(corpus, top=top)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, _NO_OUTLET + ", and quote people."), "Tone toward people by outlet")
    rows = list(dict.fromkeys(data["outlet"]))[:outlets]  # the table comes most articles first
    people = list(dict.fromkeys(data["person"]))
    cells = data.set_index(["outlet", "person"])
    grid = cells.reindex([(o, p) for o in rows for p in people])
    shape = (len(rows), len(people))
    tone = grid["tone_toward"].to_numpy(dtype=float).reshape(shape)
    n = grid["n_toward"].fillna(0).to_numpy(dtype=int).reshape(shape)
    text = [[f"{t:+.2f}<br>({k})" if t == t else "" for t, k in zip(row_t, row_n, strict=True)] for row_t, row_n in zip(tone, n, strict=True)]
    custom = grid[["n_toward", "n_mentions", "low", "high", "compound", "share"]].to_numpy(dtype=float).reshape((*shape, 6))
    span = max(0.1, float(abs(tone[tone == tone]).max()) if (tone == tone).any() else 0.1)  # tone == tone: not NaN
    fig.add_trace(
        go.Heatmap(
            z=tone, x=[html.escape(str(p)) for p in people], y=[html.escape(str(o)) for o in rows],
            text=text, texttemplate="%{text}", customdata=custom, colorscale=TONE_SCALE, zmid=0, zmin=-span, zmax=span,
            colorbar={"title": {"text": "tone toward"}}, xgap=2, ygap=2,
            hovertemplate="<b>%{y}</b> on <b>%{x}</b><br>tone toward: %{z:+.2f} "
            "(95%% band %{customdata[2]:+.2f} to %{customdata[3]:+.2f})"
            "<br>%{customdata[0]:.0f} article(s), %{customdata[1]:.0f} mention(s)"
            "<br>their own quotes: %{customdata[4]:+.2f}; share of quoted words: %{customdata[5]:.0%}<extra></extra>",
        )
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed", showgrid=False, zeroline=False)
    fig.update_xaxes(side="top", showline=False, ticks="")
    return _layout(fig, "Tone toward each person, by outlet (number of articles in brackets)", height=max(320, 48 * len(rows) + 200))


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
    # The browser found above is handed to kaleido (passed on to choreographer's
    # Browser) rather than set in BROWSER_PATH: the environment is shared by threads.
    try:
        kaleido.write_fig_from_object_sync(specs, kopts={"mathjax": False, "path": browser})
    except ChromeNotFoundError as exc:
        raise ExportError(f"kaleido could not start the browser at {browser}: {exc}") from exc
    except Exception as exc:  # kaleido surfaces browser crashes as assorted errors
        raise ExportError(f"static export failed ({type(exc).__name__}: {exc})") from exc
    return [target for _, target in targets]
