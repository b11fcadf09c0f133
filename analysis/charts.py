"""Plotly figures of one article's :class:`~analysis.results.ArticleAnalysis`, and the kit's shared theme.

Every function takes the analysis and returns a ``plotly.graph_objects.Figure``;
the caller decides to show or save it (nothing here calls ``.show()``).  All
figures share one template (:data:`TEMPLATE`) and one diverging tone scale,
and a speaker keeps the same colour in every chart (:func:`speaker_colors`).
Corpus figures are in :mod:`analysis.corpus_charts`, static export and
notebook set-up in :mod:`analysis.export`.

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
from analysis import sentiment as _sentiment

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.results import ArticleAnalysis

__all__ = [
    "TEMPLATE",
    "TONE_SCALE",
    "hover_text",
    "keyword_heatmap",
    "section_tone",
    "share_of_voice",
    "speaker_colors",
    "speaker_terms",
    "speaker_timeline",
    "speaker_tone",
    "speaker_tone_contrast",
    "speakers_by_segment",
    "tone_arc",
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

#: Qualitative colours for speakers, in order of first appearance.  None is a
#: red, a blue or a grey: those are the tone scale's (:data:`TONE_SCALE`), so a
#: speaker's colour must never read as "negative", "positive" or "neutral".
#: Greens, ambers, purples and browns from Okabe & Ito (2008) and ColorBrewer
#: (Harrower & Brewer 2003), ordered so neighbours differ in lightness too and
#: stay distinguishable for colour-blind readers.
SPEAKER_PALETTE: tuple[str, ...] = (
    "#009E73", "#E69F00", "#7B3294", "#8C510A", "#CC79A7", "#66A61E", "#B8860B", "#35978F",
)  # fmt: skip
NARRATION_COLOR = "#9a9a9a"
#: Fill of legend keys that explain a shape rather than name a speaker.
_KEY_COLOR = "#ffffff"
#: Qualitative colours for outlets, most articles first: Paul Tol's colour-blind
#: safe "muted" scheme, a different set from the speakers' so an outlet is never
#: mistaken for a person.
OUTLET_PALETTE: tuple[str, ...] = (
    "#332288", "#117733", "#882255", "#999933", "#44AA99", "#CC6677", "#AA4499", "#88CCEE", "#DDCC77",
)  # fmt: skip

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


#: Characters per title line: plotly never wraps a title, so a long one (with
#: the headline in it) ran off the right edge.  At the template's 17 px font
#: a line is under 560 px wide, inside a figure in the report, in JupyterLab
#: beside its file browser, in an exported notebook and in a 1000 px image.
TITLE_CHARS = 58
#: Lines a title may take; a longer headline ends in an ellipsis.
TITLE_LINES = 3
#: Height of one title line, and the space above the first, in pixels.
_TITLE_LINE_PX = 23
_TITLE_PAD_PX = 14


def wrap_title(title: str, width: int = TITLE_CHARS, max_lines: int = TITLE_LINES) -> list[str]:
    """A chart title cut into lines of at most ``width`` characters (plain text, not escaped).

    Args:
        title: The title (untrusted: it may hold the headline).
        width: Characters per line.
        max_lines: Lines kept; the last ends in "…" when text was left out.

    Returns:
        The lines.
    """
    lines = textwrap.wrap(" ".join(str(title).split()), width=width, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = textwrap.shorten(lines[-1] + " …", width=width, placeholder=" …")
    return lines


def _title_height(lines: int) -> int:
    return _TITLE_PAD_PX + _TITLE_LINE_PX * lines


def _layout(fig: go.Figure, title: str, *, height: int = 420, above: int = 0) -> go.Figure:
    """The shared look: template, a wrapped title at the top, room for it in the top margin.

    Args:
        fig: The figure.
        title: Plain-text title (escaped here).
        height: Height of the figure with a one-line title; each further
            title line adds its own height, so the plot keeps its size.
        above: Pixels between the title and the plot kept for labels drawn
            there (segment labels, a legend).
    """
    lines = wrap_title(title)
    extra = _TITLE_LINE_PX * (len(lines) - 1)
    top = _title_height(len(lines)) + max(above, 24)
    fig.update_layout(
        template="plotly_white+news_analysis",
        title={"text": "<br>".join(html.escape(line) for line in lines), "y": 1, "yref": "container",
               "yanchor": "top", "pad": {"t": _TITLE_PAD_PX, "l": 10}},
        height=height + extra,
        margin={"t": top},
    )  # fmt: skip
    return fig


#: Room below the plot for a horizontal legend under the x-axis title.
_LEGEND_BELOW_PX = 110


def _legend_below(fig: go.Figure) -> None:
    """A horizontal legend at the very bottom of the figure, under the x-axis title (never on it).

    Placed against the figure's bottom edge (``yref="container"``) rather
    than at a fraction of the plot's height, which put it on the axis title
    whenever the plot was short.
    """
    fig.update_layout(
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        margin={"b": _LEGEND_BELOW_PX},
    )


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
            int(r.section_id): html.escape(str(r.title)) if isinstance(r.title, str) else f"Section {r.section_id}"
            for r in res.sections.itertuples()
        }
    return {int(i): f"Segment {i}" for i in sorted(res.paragraphs["topic_segment"].unique())}


def _part_of(res: ArticleAnalysis, column: str) -> pd.Series:
    """The section, segment or paragraph id of each sentence."""
    sentence_paragraph = res.sentences["paragraph_id"]
    if column == "paragraph_id":
        return sentence_paragraph
    return sentence_paragraph.map(res.paragraphs.set_index("paragraph_id")[column])


def tone_arc(res: ArticleAnalysis, *, smooth: int = 3, tone_method: str | None = None) -> go.Figure:
    """Sentence tone along the article, with its sections (or topic segments) shaded.

    Hovering over a sentence shows its text, its score and the three words
    that moved the score most (:func:`analysis.sentiment.top_words`).

    Args:
        res: The analysis.
        smooth: Window (in sentences) of the centred moving average drawn as
            the trend line; 1 draws none.
        tone_method: Deprecated: the hover's words come from the method
            that scored ``res`` (``res.tone_method``).  Passing another one
            raises, as the words would not explain the scores.

    Returns:
        A figure: one marker per sentence (colour = tone), the trend line, and
        shaded bands for sections or, without sub-heads, topic segments.
    """
    method = _scoring_method(res, tone_method)
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
    why = [_top_words_label(words) for words in _sentiment.top_words(s["text"].tolist(), n=3, method=method)]
    custom = [
        [hover_text(t), html.escape(str(sp)) if sp is not None else "narration", int(p), w]
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
    fig.update_xaxes(title_text="sentence_id (reading order, from 0)")
    fig.update_yaxes(title_text="tone (compound)", range=[-1.08, 1.08])
    _legend_below(fig)
    fig.update_layout(hovermode="closest")
    return _layout(fig, f"Tone along the article, by {noun}: {_headline(res)}")


def _scoring_method(res: ArticleAnalysis, requested: str | None = None) -> str:
    """The tone method that scored ``res`` (what explanations must use).

    Raises:
        ValueError: If ``requested`` names another method.
    """
    method = getattr(res, "tone_method", _sentiment.DEFAULT_METHOD)
    if requested is not None and requested != method:
        raise ValueError(f"res was scored with tone_method={method!r}; its words cannot explain {requested!r} scores")
    return method


def _top_words_label(words: list[tuple[str, float]]) -> str:
    """Hover line naming the words that moved a sentence's score (escaped)."""
    if not words:
        return ""
    return " · driven by " + ", ".join(f"{html.escape(w)} ({c:+.2f})" for w, c in words)


def speaker_tone_contrast(table: pd.DataFrame) -> go.Figure:
    """How each person speaks against how the narration treats them.

    One row per speaker: a dot for ``compound`` (the mean tone of their own
    quoted sentences) and a diamond for ``tone_toward`` (the mean
    :func:`analysis.toward.score_toward` of their mentions outside their
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
    for label, own, toward in zip(labels, table["compound"], table["tone_toward"], strict=True):
        if own == own and toward == toward:  # both present (x == x is False for NaN)
            fig.add_trace(
                go.Scatter(x=[own, toward], y=[label, label], mode="lines", line={"color": "#bbb", "width": 3},
                           hoverinfo="skip", showlegend=False)
            )  # fmt: skip
    for column, symbol, title in (
        ("compound", "circle", "how they speak (their quotes)"),
        ("tone_toward", "diamond", "how the narration treats them"),
    ):
        # Markers take each speaker's colour, so the legend gets its own neutral
        # marker: a legend draws a trace's first colour, which is one speaker's.
        fig.add_trace(
            go.Scatter(
                x=table[column],
                y=labels,
                mode="markers",
                name=title,
                showlegend=False,
                marker={"symbol": symbol, "size": 13, "color": [colors[n] for n in names],
                        "line": {"width": 1.5, "color": "#333"}},
                hovertemplate="<b>%{y}</b><br>" + html.escape(title) + ": %{x:+.2f}<extra></extra>",
            )
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(x=[None], y=[None], mode="markers", name=title, hoverinfo="skip",
                       marker={"symbol": symbol, "size": 13, "color": _KEY_COLOR, "line": {"width": 1.5, "color": "#333"}})
        )  # fmt: skip
    fig.add_vline(x=0, line={"color": "#999", "width": 1, "dash": "dot"})
    fig.update_xaxes(title_text="tone (−1 negative … +1 positive)", range=[-1.05, 1.05])
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    _legend_below(fig)
    return _layout(fig, "Tone of each speaker vs tone toward them", height=max(300, 45 * len(labels) + 180))


#: Fewest sentences a box is drawn for: with fewer, quartiles and a mean say
#: nothing a reader can trust, so the sentences are drawn as points alone.
MIN_BOX = 3


def _n_label(label: str, n: int) -> str:
    """A category label with the number of sentences behind it."""
    return f"{label}<br>n = {n}"


def _box_or_points(
    fig: go.Figure, label: str, values: pd.Series, texts: Sequence[str], color: str, fill: str, hover_head: str
) -> None:
    """One category of a box-and-points chart: a box when it has :data:`MIN_BOX` values or more, else points only."""
    custom = [[hover_text(t), hover_head] for t in texts]
    hover = "<b>%{customdata[1]}</b> · tone %{y:+.2f}<br><br>%{customdata[0]}<extra></extra>"
    if len(values) >= MIN_BOX:
        fig.add_trace(
            go.Box(
                x=[label] * len(values), y=values, name=label, boxpoints="all", jitter=0.35, pointpos=0,
                boxmean=True, marker={"color": color, "size": 7, "opacity": 0.85}, line={"color": color},
                fillcolor=fill, customdata=custom, hovertemplate=hover,
            )
        )  # fmt: skip
    else:
        fig.add_trace(
            go.Scatter(
                x=[label] * len(values), y=values, name=label, mode="markers",
                marker={"color": color, "size": 9, "opacity": 0.9, "line": {"width": 1, "color": "#333"}},
                customdata=custom, hovertemplate=hover,
            )
        )  # fmt: skip


def section_tone(res: ArticleAnalysis) -> go.Figure:
    """Mean and spread of sentence tone per section (or topic segment).

    With sub-heads, one box per section; without, one per topic segment; an
    article that is a single segment gets one box per paragraph, so the chart
    always compares parts.  Each sentence is a point, the box spans the middle
    half, the dashed line is the mean (the value in ``res.sections``).  Parts
    with fewer than :data:`MIN_BOX` sentences show their points only, and
    every label says how many sentences it holds (``n``).

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
        labels = {int(i): f"¶{i}" for i in res.paragraphs["paragraph_id"]}
    part_of = _part_of(res, column)
    fig = go.Figure()
    order = []
    for part in sorted(labels):
        rows = s[(part_of == part).to_numpy()]
        if not len(rows):
            continue
        label = _n_label(labels[part], len(rows))
        order.append(label)
        _box_or_points(
            fig, label, rows["compound"], list(rows["text"]), "#4a6fa5", "rgba(74,111,165,0.12)", labels[part]
        )
    fig.add_hline(y=0, line={"color": "#999", "width": 1, "dash": "dot"})
    id_note = " (paragraph_id)" if column == "paragraph_id" else ""
    fig.update_xaxes(title_text=noun + id_note, categoryorder="array", categoryarray=order)
    fig.update_yaxes(title_text="sentence tone (compound)", range=[-1.08, 1.08])
    fig.update_layout(showlegend=False)
    return _layout(fig, f"Tone per {noun}: every sentence, the middle half (box) and the mean (dashed)", height=450)


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
    totals = [_keywords.stem_totals(c) for c in counts]
    z = [
        [100.0 * _keywords.term_occurrences(term, c, t) / max(c.n_words, 1) for c, t in zip(counts, totals)]
        for term in terms
    ]
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

    What the figure says, on the figure itself (axis titles, a note under the
    plot, the hover): the line is each paragraph's ``shift``, how sure a topic
    turn is at the gap before it (0 = no stronger than turns the article's
    own paragraphs give in a shuffled order, 1 = stronger than the strongest
    of them, or a sub-head: :mod:`analysis.topics`); the shaded bands are
    the topic segments, whose boundaries C99 proposes from the similarities
    of all paragraph pairs at once and a permutation test keeps only where
    the turn beats chance, so a single-topic story is one segment; dashed
    lines are sub-heads, always boundaries.  Paragraphs are numbered by
    ``paragraph_id`` (0 = the first paragraph after the standfirst).

    Args:
        res: The analysis.
        n_terms: Terms per segment in its label.

    Returns:
        The figure; hover shows each paragraph's text, its segment and
        whether a new segment starts there.
    """
    p = res.paragraphs
    fig = go.Figure()
    terms = _segment_terms(res, n_terms)
    for k, (seg, group) in enumerate(p.groupby("topic_segment", sort=True)):
        seg = int(seg)
        x0, x1 = group["paragraph_id"].min() - 0.5, group["paragraph_id"].max() + 0.5
        fig.add_vrect(
            x0=x0, x1=x1, fillcolor=SEGMENT_FILLS[seg % len(SEGMENT_FILLS)], opacity=0.8, line_width=0, layer="below"
        )
        # One term a line, labels alternating in height, so the labels of
        # short neighbouring segments do not run into each other.
        label = f"<b>segment {seg}</b><br>" + "<br>".join(html.escape(t) for t in terms.get(seg, []))
        fig.add_annotation(
            x=(x0 + x1) / 2, y=1.02 if k % 2 == 0 else 1.0, yref="paper", yanchor="bottom" if k % 2 == 0 else "top",
            text=label, showarrow=False, font={"size": 10, "color": "#333"}, align="center",
        )  # fmt: skip
    for pid in p.loc[p["section_id"].diff().fillna(0) != 0, "paragraph_id"]:
        fig.add_vline(x=int(pid) - 0.5, line={"color": "#555", "dash": "dash", "width": 1})
    starts = p["topic_segment"].diff().fillna(0) != 0
    custom = [
        [hover_text(t), int(seg), ", ".join(html.escape(x) for x in terms.get(int(seg), [])),
         "<br><b>a new segment starts here</b>" if new else ""]
        for t, seg, new in zip(p["text"], p["topic_segment"], starts, strict=True)
    ]  # fmt: skip
    fig.add_trace(
        go.Scatter(
            x=p["paragraph_id"],
            y=p["shift"],
            mode="lines+markers",
            name="topic shift: how sure a turn is at the gap before a paragraph",
            line={"color": "#333", "width": 2},
            marker={"size": [12 if new else 7 for new in starts], "color": "#333",
                    "symbol": ["diamond" if new else "circle" for new in starts]},
            customdata=custom,
            hovertemplate="<b>paragraph %{x}</b> · segment %{customdata[1]} (%{customdata[2]})"
            "<br>shift %{y:.2f} (0 = a turn chance gives, 1 = stronger than any in shuffled orders)%{customdata[3]}"
            "<br><br>%{customdata[0]}<extra></extra>",
        )
    )  # fmt: skip
    fig.add_trace(
        go.Scatter(x=[None], y=[None], mode="markers", name="first paragraph of a new segment", hoverinfo="skip",
                   marker={"size": 12, "color": "#333", "symbol": "diamond"})
    )  # fmt: skip
    fig.update_xaxes(
        title_text="paragraph_id (0 = first paragraph after the standfirst)", range=[-0.5, len(p) - 0.5],
        dtick=1 if len(p) <= 30 else None,
    )  # fmt: skip
    fig.update_yaxes(
        title_text="topic shift (0 chance … 1 sure turn)", range=[0, 1.75], tickvals=[0, 0.25, 0.5, 0.75, 1.0]
    )
    _layout(fig, f"Topic segments along the article: {_headline(res)}", height=580, above=80)
    # Under the plot, from the bottom edge up: the note (two lines), the legend, the axis title.
    fig.update_layout(
        hovermode="closest",
        margin={"b": 150},
        legend={"orientation": "h", "yref": "container", "y": 40 / fig.layout.height, "yanchor": "bottom",
                "x": 0, "xanchor": "left"},
    )  # fmt: skip
    plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    fig.add_annotation(
        text="Shaded bands are topic segments. A boundary is kept only where the turn is stronger than the "
        "article's own paragraphs<br>give in shuffled orders (a permutation test), so a single-topic story is "
        "one segment; dashed lines are sub-heads.",
        xref="paper", yref="paper", x=0, y=-(fig.layout.margin.b - 4) / plot_height, xanchor="left",
        yanchor="bottom", showarrow=False, align="left", font={"size": 11, "color": "#555"},
    )  # fmt: skip
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
        {int(i): f"Segment {i}" for i in sorted(res.paragraphs[column].unique())}
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
    fig.update_layout(barmode="stack")
    _legend_below(fig)
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
    height = max(300, 60 + len(shown) * (26 * n_terms + 60))
    # One x scale for every panel (z-scores compare across speakers) with its tick labels under the
    # last panel only, and a gap in pixels, not a share of the height, for each panel's title: a
    # share of a tall figure left the second title on the first panel's tick labels.
    plot_height = height - 170
    fig = make_subplots(
        rows=len(shown), cols=1, subplot_titles=[html.escape(names[i]) for i in shown], shared_xaxes=True,
        vertical_spacing=min(0.3, _PANEL_GAP_PX / max(plot_height, 1)) if len(shown) > 1 else 0.0,
    )  # fmt: skip
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
    fig.update_xaxes(showticklabels=True, row=len(shown), col=1)
    return _layout(fig, "Terms that set each speaker apart", height=height)


#: Pixels between stacked panels: room for the next panel's title.
_PANEL_GAP_PX = 48


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
    """The one speaker order every chart colours by (:func:`analysis.results.speaker_order`).

    ``res.speakers`` in order of first quote, then any speaker found only in
    ``res.sentences``, so a speaker has the same colour in every chart.
    """
    from analysis.results import speaker_order

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
        return _layout(
            _no_data(fig, "No attributed quotes in this article"), "Share of voice: quoted words per speaker"
        )
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
    return _layout(
        fig, f"Share of voice: quoted words per speaker ({total} words)", height=max(300, 60 * len(ranked) + 160)
    )


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
            fill = "rgba(0,0,0,0.04)"
            _box_or_points(
                fig, _n_label(label, len(rows)), rows["compound"], list(rows["text"]), colors[name], fill, label
            )
        elif name is not None:
            value = float(res.speakers.loc[res.speakers["speaker"] == name, "compound"].iloc[0])
            fig.add_trace(
                go.Scatter(
                    x=[_n_label(label, 0)],
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
#: What each marker shape means, for the timeline's key.
_KIND_KEY = (("full", "full quote"), ("partial", "partial quote"), ("indirect", "reported speech"))
#: Horizontal spread (in paragraphs) of the quotes one speaker has in one paragraph, so none hides another.
_DODGE = 0.6


def _quote_size(words: int) -> float:
    """Marker diameter of a quote of ``words`` words (grows with length, capped)."""
    return min(34.0, 9 + 1.2 * words**0.8)


def _dodge(keys: Sequence[tuple[object, int]]) -> list[float]:
    """Offsets that spread the markers sharing a key (speaker, paragraph) side by side, centred."""
    counts: dict[tuple[object, int], int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[tuple[object, int], int] = {}
    out = []
    for key in keys:
        k, n = seen.get(key, 0), counts[key]
        seen[key] = k + 1
        out.append(0.0 if n == 1 else _DODGE * (k / (n - 1) - 0.5))
    return out


def speaker_timeline(res: ArticleAnalysis) -> go.Figure:
    """Where each speaker appears along the article.

    One row per speaker (unattributed quotes on their own row), one marker per
    quote at its paragraph (``paragraph_id`` as in ``res.paragraphs``; quotes
    in the standfirst sit at "standfirst", left of paragraph 0): filled circles
    for full quotes, open circles for partial ones, open squares for reported
    speech; the marker grows with the quote's length.  The legend is the key;
    quotes one speaker has in one paragraph are spread side by side.

    Args:
        res: The analysis.

    Returns:
        A scatter figure: x = paragraph id, y = speaker.
    """
    import bisect

    q = res.quotes
    fig = go.Figure()
    if not len(q):
        return _layout(_no_data(fig, "No quotes in this article"), "Where each speaker appears")
    order = _speaker_order(res)
    colors = speaker_colors(order)
    para_starts = [s for s, _ in res.article.paragraphs]
    # The paragraph_id holding each quote; -1 = before the body (headline, standfirst).
    paragraph = [bisect.bisect_right(para_starts, start) - 1 for start in q["start"]]
    speaker_key = [None if sp != sp or sp is None else sp for sp in q["speaker"]]  # sp != sp: NaN
    offsets = _dodge(list(zip(speaker_key, paragraph, strict=True)))
    rows = order + ([None] if q["speaker"].isna().any() else [])
    for name in rows:
        mask = q["speaker"].isna() if name is None else q["speaker"] == name
        part = q[mask]
        label = html.escape(str(name)) if name is not None else "unattributed"
        words = [len(str(t).split()) for t in part["text"]]
        where = [q.index.get_loc(i) for i in part.index]
        fig.add_trace(
            go.Scatter(
                x=[paragraph[j] + offsets[j] for j in where],
                y=[label] * len(part),
                mode="markers",
                name=label,
                showlegend=False,
                marker={
                    "color": colors[name],
                    "size": [_quote_size(w) for w in words],
                    "symbol": [_KIND_SYMBOL.get(k, "circle") for k in part["kind"]],
                    "line": {"width": 2, "color": colors[name]},
                    "opacity": 0.9,
                },
                customdata=[
                    [hover_text(t), html.escape(str(k)), html.escape(str(c)) if isinstance(c, str) else "—",
                     "standfirst" if paragraph[j] < 0 else f"paragraph {paragraph[j]}", w]
                    for t, k, c, j, w in zip(part["text"], part["kind"], part["cue"], where, words, strict=True)
                ],
                hovertemplate=f"<b>{label}</b> · %{{customdata[3]}} · %{{customdata[1]}} quote, "
                "%{customdata[4]} words, cue: %{customdata[2]}<br><br>%{customdata[0]}<extra></extra>",
            )
        )  # fmt: skip
    # The key: shapes (kinds of quote) and sizes (length), drawn in a neutral colour off the plot.
    for kind, text in _KIND_KEY:
        fig.add_trace(
            go.Scatter(x=[None], y=[None], mode="markers", name=text, hoverinfo="skip",
                       marker={"symbol": _KIND_SYMBOL[kind], "size": 12, "color": "#555", "line": {"width": 2, "color": "#555"}})
        )  # fmt: skip
    for n in (5, 40):
        fig.add_trace(
            go.Scatter(x=[None], y=[None], mode="markers", name=f"{n} words", hoverinfo="skip",
                       marker={"symbol": "circle-open", "size": _quote_size(n), "color": "#555", "line": {"width": 2, "color": "#555"}})
        )  # fmt: skip
    n_par = len(para_starts)
    ticks = list(range(0, n_par, 1 if n_par <= 30 else max(1, n_par // 15)))
    fig.update_xaxes(
        title_text="paragraph_id (0 = first paragraph after the standfirst)", range=[-1.6, n_par - 0.4],
        tickvals=[-1, *ticks], ticktext=["standfirst", *map(str, ticks)],
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed", showgrid=True, gridcolor="#eee")
    fig.update_layout(hovermode="closest", legend={"itemsizing": "trace", "title": {"text": "key: "}})
    _legend_below(fig)
    return _layout(fig, "Where each speaker appears along the article", height=max(340, 55 * len(rows) + 230))


# Moved: corpus figures to analysis.corpus_charts, export and notebook set-up to analysis.export.
_MOVED = {
    **dict.fromkeys(
        ("tone_over_time", "tone_toward_over_time", "speaker_tone_over_time", "share_of_voice_over_time",
         "term_trends_chart", "outlet_tone", "outlet_sources", "outlet_people_tone"),
        "analysis.corpus_charts",
    ),
    **dict.fromkeys(("setup_notebook", "export", "find_browser", "ExportError", "BROWSER_NAMES"), "analysis.export"),
}  # fmt: skip


def __getattr__(name: str) -> object:
    # PEP 562, for compatibility: ``charts.tone_over_time`` and ``charts.export`` still work, loading
    # their new module on first use (this module never imports them: they sit above it).
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module 'analysis.charts' has no attribute {name!r}")
