"""Plotly figures of a corpus (:class:`~analysis.corpus.CorpusAnalysis`): over time and across outlets.

Every function takes the corpus and returns a ``plotly.graph_objects.Figure``,
in the theme of :mod:`analysis.charts` (same template, tone scale and
palettes); the numbers come from :mod:`analysis.corpus.aggregates`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Literal

import plotly.graph_objects as go

# The shared theme and its layout helpers.
from analysis.charts import OUTLET_PALETTE, TONE_SCALE, _layout, _legend_below, _no_data, speaker_colors

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.corpus.aggregates import CorpusAnalysis

__all__ = [
    "gender_over_time",
    "outlet_gender",
    "outlet_people_tone",
    "outlet_sources",
    "outlet_tone",
    "share_of_voice_over_time",
    "speaker_tone_over_time",
    "term_trends_chart",
    "tone_over_time",
    "tone_toward_over_time",
]

# What to tell a user whose corpus names no outlet.
_NO_OUTLET = (
    "No article names its outlet: add an outlet column (JSONL/CSV), an 'outlet …' header line, or use HTML pages"
)


# ---------------------------------------------------------------- corpus over time


def tone_over_time(
    corpus: CorpusAnalysis, *, freq: str = "auto", by: Literal["outlet"] | None = None, top: int = 8
) -> go.Figure:
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
    from analysis.corpus.aggregates import tone_by_period

    data = tone_by_period(corpus, freq, by=by)
    if by == "outlet":
        fig, shown = _series_by_outlet(data, "compound", top, _NO_OUTLET + " (and a date).")
        title = (
            f"Tone over time by outlet ({shown} of {data['outlet'].nunique()} outlets)"
            if shown
            else "Tone over time by outlet"
        )
    else:
        fig = go.Figure()
        if data.empty:
            return _layout(
                _no_data(fig, "No dated articles: add a date line (date YYYY-MM-DD) or a date column."),
                "Tone over time",
            )
        _tone_series(fig, data, "mean tone")
        _tone_axes(fig)
        title = f"Tone over time ({len(corpus.articles)} articles)"
    fig.update_yaxes(title_text="mean article tone")
    return _layout(fig, title)


def tone_toward_over_time(
    corpus: CorpusAnalysis,
    person: str | None = None,
    *,
    freq: str = "auto",
    by: Literal["outlet"] | None = None,
    top: int = 8,
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
    from analysis.corpus.aggregates import tone_toward_by_period, top_people

    if person is None:
        leaders = top_people(corpus, n=1)
        if not leaders:
            return _layout(
                _no_data(go.Figure(), "No speakers in the corpus: name the person to follow."), "Tone toward a person"
            )
        person = leaders[0]
    data = tone_toward_by_period(corpus, person, freq, by=by)
    name = html.escape(person)
    if by == "outlet":
        fig, _ = _series_by_outlet(
            data, "tone_toward", top, f"No dated article with an outlet names {person} outside quotes."
        )
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
    _legend_below(fig)


def _tone_series(
    fig: go.Figure, data: pd.DataFrame, name: str, color: str | None = None, *, value: str = "compound"
) -> None:
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
    from analysis.corpus.aggregates import speakers_by_period

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
    from analysis.corpus.aggregates import speakers_by_period

    data = speakers_by_period(corpus, freq, top=top)
    fig = go.Figure()
    if data.empty:
        return _layout(_no_data(fig, "No quoted speakers with dated articles."), "Share of voice over time")
    order = [
        p for p in data.groupby("person")["quoted_words"].sum().sort_values(ascending=False).index if p != "others"
    ]
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
    from analysis.corpus.aggregates import term_trends

    data = term_trends(corpus, n=n)
    fig = go.Figure()
    if data.empty:
        return _layout(
            _no_data(fig, "Too few dated articles (or recurring key terms) to compare periods."),
            "Rising and falling terms",
        )
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
    from analysis.corpus.aggregates import tone_by_outlet

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
    shown = (
        f"{len(data)} of {n_outlets} outlets" if n_outlets > len(data) else f"{int(data['n_articles'].sum())} articles"
    )
    return _layout(fig, f"Tone by outlet ({shown})", height=max(300, 40 * len(labels) + 160))


#: How :func:`outlet_sources` names and colours each speaker kind: no blue or red, which are tone's
#: (the grey of unnamed sources is narration's, people nobody names).
_SOURCE_STYLE = {
    "person": ("named people", "#7B3294"),
    "organisation": ("organisations", "#E69F00"),
    "role": ("unnamed sources", "#9a9a9a"),
}


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
    from analysis.corpus.aggregates import SOURCE_KINDS, sources_by_outlet

    data = sources_by_outlet(corpus)
    if data.empty:
        return _layout(_no_data(go.Figure(), _NO_OUTLET + ", and quote someone."), "Who each outlet quotes")
    return _outlet_share_bars(
        data, "kind", [(kind, *_SOURCE_STYLE[kind]) for kind in SOURCE_KINDS],
        ["quoted_words", "n_quotes", "n_speakers"],
        "of quoted words (%{customdata[0]:.0f} words, %{customdata[1]:.0f} quotes, "
        "%{customdata[2]:.0f} speaker rows)",
        top=top, x_title="share of directly quoted words", title="Who each outlet quotes",
    )  # fmt: skip


def _outlet_share_bars(
    data: pd.DataFrame,
    column: str,
    parts: list[tuple[str, str, str]],
    custom: list[str],
    hover: str,
    *,
    top: int,
    x_title: str,
    title: str,
) -> go.Figure:
    """One stacked horizontal bar per outlet, its parts summing to 100 % (sources by kind, by gender).

    Args:
        data: An outlet table with ``outlet``, ``column``, ``share`` and the ``custom`` columns, most
            articles first (:func:`analysis.corpus.sources_by_outlet`, :func:`analysis.corpus.gender_by_outlet`).
        column: The column whose values are the parts.
        parts: ``(value, legend name, colour)`` per part, in stacking order.
        custom: Columns shown in the hover as ``customdata[0]``, ``[1]``…
        hover: The hover after "<outlet>: <part><br><share> ".
        top: Outlets drawn: those with most articles.
        x_title: The x-axis title.
        title: The figure title.
    """
    fig = go.Figure()
    outlets = list(dict.fromkeys(data["outlet"]))[:top]  # the table comes most articles first
    labels = [html.escape(str(o)) for o in outlets]
    for value, name, color in parts:
        rows = data[data[column] == value].set_index("outlet").reindex(outlets)
        fig.add_trace(
            go.Bar(
                x=rows["share"].fillna(0.0), y=labels, orientation="h", name=name, marker_color=color,
                customdata=rows[custom].fillna(0).to_numpy(dtype=float),
                hovertemplate=f"<b>%{{y}}</b>: {name}<br>%{{x:.0%}} {hover}<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    _legend_below(fig)
    fig.update_xaxes(title_text=x_title, tickformat=".0%", range=[0, 1])
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    return _layout(fig, title, height=max(300, 36 * len(labels) + 180))


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
    from analysis.corpus.aggregates import people_by_outlet

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
    text = [
        [f"{t:+.2f}<br>({k})" if t == t else "" for t, k in zip(row_t, row_n, strict=True)]
        for row_t, row_n in zip(tone, n, strict=True)
    ]
    custom = (
        grid[["n_toward", "n_mentions", "low", "high", "compound", "share"]].to_numpy(dtype=float).reshape((*shape, 6))
    )
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
    return _layout(
        fig,
        "Tone toward each person, by outlet (number of articles in brackets)",
        height=max(320, 48 * len(rows) + 200),
    )


#: How the gender charts name and colour each value (Okabe-Ito, readable by colour-blind readers).
_GENDER_STYLE = {
    "female": ("women", "#CC79A7"),
    "male": ("men", "#009E73"),
    "unknown": ("gender not shown", "#bbbbbb"),
}


def outlet_gender(corpus: CorpusAnalysis, *, top: int = 15) -> go.Figure:
    """Whose words each outlet quotes, by gender: shares of the words quoted from people.

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis` whose articles name their outlet.
        top: Outlets drawn: those with most articles.

    Returns:
        A stacked horizontal bar figure, one bar per outlet summing to 100 %
        (see :func:`analysis.corpus.aggregates.gender_by_outlet`).
    """
    from analysis.corpus.aggregates import GENDERS, gender_by_outlet

    data = gender_by_outlet(corpus)
    title = "Whose words each outlet quotes, by gender"
    if data.empty or not data["quoted_words"].sum():
        return _layout(_no_data(go.Figure(), _NO_OUTLET + ", and quote people."), title)
    return _outlet_share_bars(
        data, "gender", [(gender, *_GENDER_STYLE[gender]) for gender in GENDERS], ["quoted_words", "n_speakers"],
        "of the words quoted from people (%{customdata[0]:.0f} words, %{customdata[1]:.0f} speaker rows)",
        top=top, x_title="share of words quoted from people", title=title,
    )  # fmt: skip


def gender_over_time(corpus: CorpusAnalysis, *, freq: str = "auto") -> go.Figure:
    """Whose words the corpus quotes, by gender, period by period (stacked to 100 %).

    Args:
        corpus: A :class:`~analysis.corpus.CorpusAnalysis` with dated articles.
        freq: Pandas frequency or ``"auto"``.

    Returns:
        A stacked bar figure (see :func:`analysis.corpus.aggregates.gender_by_period`).
    """
    from analysis.corpus.aggregates import GENDERS, gender_by_period

    data = gender_by_period(corpus, freq)
    fig = go.Figure()
    if data.empty or not data["quoted_words"].sum():
        return _layout(_no_data(fig, "No quoted people in dated articles."), "Quoted words by gender over time")
    for gender in GENDERS:
        rows = data[data["gender"] == gender]
        name, color = _GENDER_STYLE[gender]
        fig.add_trace(
            go.Bar(
                x=rows["period"], y=rows["share"].fillna(0.0), name=name, marker_color=color,
                customdata=rows[["quoted_words", "n_speakers"]].to_numpy(dtype=float),
                hovertemplate=f"<b>{name}</b><br>%{{x|%Y-%m-%d}}: %{{y:.0%}} of the words quoted from people"
                "<br>(%{customdata[0]:.0f} words, %{customdata[1]:.0f} speaker rows)<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text="share of words quoted from people", tickformat=".0%", range=[0, 1])
    return _layout(fig, "Quoted words by gender over time")
