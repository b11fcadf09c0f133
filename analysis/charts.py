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
import textwrap
from collections.abc import Iterable, Sequence
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
    "hover_text",
    "keyword_heatmap",
    "section_tone",
    "setup_notebook",
    "share_of_voice",
    "speaker_colors",
    "speaker_timeline",
    "speaker_tone",
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


# ---------------------------------------------------------------- speakers


def _speaker_order(res: ArticleAnalysis) -> list[str]:
    """Speakers in order of first quote: the order :func:`speaker_colors` colours them in."""
    return [name for name in res.speakers["speaker"]]


def _no_data(fig: go.Figure, message: str) -> go.Figure:
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper", font={"size": 14, "color": "#777"})
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
    fig.update_yaxes(title_text="sentence tone (VADER compound)", range=[-1.08, 1.08])
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
