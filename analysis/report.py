"""The article annotated by tone and speaker, and a self-contained HTML report.

Two views of one :class:`~analysis.results.ArticleAnalysis`:

* :func:`annotated_article` – the article itself as an HTML fragment: the
  header (date, headline, standfirst, dateline), section heads and topic
  segment breaks, every sentence tinted by its tone on the charts' diverging
  scale, every quote underlined in its speaker's colour with the speaker on
  hover, and a legend.  JupyterLab shows it for ``res`` itself
  (this module registers it as ``ArticleAnalysis._repr_html_``: see
  :func:`analysis.results.register_html_view` and :func:`register_display`).
* :func:`report_html` / :func:`write_report` – one standalone page per article
  for readers who never open JupyterLab: header, the annotated article, every
  chart, the speakers and keywords tables.  plotly.js is embedded once, there
  is no CDN, web font or other network reference, so the file opens offline
  (e.g. as an e-mail attachment).

Article text is untrusted input.  Every piece of it goes through
:func:`html.escape` (with ``quote=True``, also in attributes), so ``<script>``
or ``" onmouseover=`` in an article shows as text and never runs; bidi
controls are fenced in with ``unicode-bidi: isolate`` so a stray right-to-left
override cannot flip the page around it, and ``overflow-wrap: anywhere`` keeps
a 10,000-character "word" from pushing the layout sideways.
"""

from __future__ import annotations

import datetime as _dt
import html
import inspect
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import charts, sentiment
from analysis.results import register_html_view, speaker_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import plotly.graph_objects as go

    from analysis.article import Article
    from analysis.results import ArticleAnalysis

__all__ = [
    "CHART_ORDER",
    "annotated_article",
    "report_charts",
    "report_filename",
    "report_html",
    "tone_color",
    "write_report",
]

#: Charts drawn first in the report, in this order; any other chart function
#: in :mod:`analysis.charts` (``f(res) -> go.Figure``) follows, so charts added
#: to the kit appear in the report without touching this module.
CHART_ORDER: tuple[str, ...] = ("tone_arc", "section_tone", "keyword_heatmap")

#: How the report's footer names each tone method (``res.tone_method``).
_TONE_METHODS = {
    "news": "the <code>news</code> method: VADER's rules (Hutto &amp; Gilbert 2014) with news corrections, "
    "learned news words and the article's context",
    "vader": "the <code>vader</code> method: VADER, the reference implementation (Hutto &amp; Gilbert 2014)",
}

# How much of the tone colour is mixed into white behind a sentence: full
# strength (the chart markers' colours) makes black text unreadable on the
# dark ends of the scale.
_TINT = 0.55

_CSS = """
.na-article { font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.65; color: #1a1a1a;
  max-width: 46em; overflow-wrap: anywhere; word-break: break-word; }
.na-article header { margin-bottom: 0.8em; }
.na-article .na-date { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 13px;
  color: #666; text-transform: uppercase; letter-spacing: 0.04em; margin: 0; }
.na-article h1 { font-size: 1.6em; line-height: 1.25; margin: 0.2em 0 0.4em; }
.na-article h2 { font-size: 1.2em; margin: 1.4em 0 0.4em; }
.na-article .na-standfirst { font-size: 1.08em; color: #444; margin: 0 0 0.6em; }
.na-article .na-dateline { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-weight: 600;
  font-size: 0.85em; letter-spacing: 0.04em; }
.na-article p { margin: 0 0 0.9em; }
.na-article .na-byline, .na-article .na-credits { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  font-size: 13px; color: #666; margin: 0 0 0.6em; }
.na-article .na-s { border-radius: 3px; padding: 0.1em 0; unicode-bidi: isolate;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.na-article .na-q { text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 4px;
  text-decoration-skip-ink: none; unicode-bidi: isolate; cursor: help; }
.na-article .na-q.na-unknown { text-decoration-style: dashed; }
.na-article .na-break { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 12px;
  color: #777; border-top: 1px dashed #bbb; margin: 1.2em 0 0.6em; padding-top: 0.2em; }
.na-legend { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 12.5px; color: #333;
  display: flex; flex-wrap: wrap; gap: 0.4em 1.6em; align-items: center; margin: 0 0 1.2em; padding: 0.6em 0.8em;
  background: #fafafa; border: 1px solid #e5e5e5; border-radius: 6px; overflow-wrap: anywhere; }
.na-legend .na-scale { display: inline-block; width: 150px; height: 12px; border-radius: 3px; vertical-align: middle;
  margin: 0 0.4em; border: 1px solid #ccc; }
.na-legend .na-key { white-space: nowrap; unicode-bidi: isolate; }
.na-legend .na-swatch { display: inline-block; width: 22px; border-bottom: 3px solid; margin-right: 0.35em;
  vertical-align: middle; }
"""

_PAGE_CSS = """
body { margin: 0; background: #f4f4f2; color: #1a1a1a;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.na-page { max-width: 1000px; margin: 0 auto; padding: 1.5em 1.5em 3em; background: #fff; }
.na-page > header { border-bottom: 2px solid #222; padding-bottom: 0.8em; margin-bottom: 1.5em; }
.na-kicker { font-size: 12px; text-transform: uppercase; letter-spacing: 0.08em; color: #666; margin: 0; }
.na-title { font-size: 1.5em; margin: 0.2em 0 0.5em; overflow-wrap: anywhere; unicode-bidi: isolate; }
.na-facts { display: flex; flex-wrap: wrap; gap: 0.3em 1.5em; font-size: 13.5px; color: #444; margin: 0;
  padding: 0; list-style: none; }
.na-facts strong { color: #111; }
.na-page .na-standfirst { font-family: Georgia, "Times New Roman", serif; font-size: 1.08em; color: #444;
  margin: 0 0 0.8em; overflow-wrap: anywhere; unicode-bidi: isolate; }
.na-page h2.na-part { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin: 2em 0 0.6em; }
.na-page .na-note { font-size: 13.5px; color: #555; max-width: 60em; }
.na-chart { margin: 0 0 1.5em; }
table.na-table { border-collapse: collapse; font-size: 13.5px; margin: 0.4em 0 1.2em; }
table.na-table th, table.na-table td { border-bottom: 1px solid #e3e3e3; padding: 0.3em 0.8em 0.3em 0; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; word-break: break-word; max-width: 28em; unicode-bidi: isolate; }
table.na-table th { border-bottom: 2px solid #999; font-weight: 600; }
table.na-table td.na-num { text-align: right; font-variant-numeric: tabular-nums; }
.na-page footer { margin-top: 3em; font-size: 12px; color: #777; border-top: 1px solid #ddd; padding-top: 0.6em; }
"""


def _esc(value: object) -> str:
    """Escape untrusted text for HTML content *and* attribute values."""
    return html.escape(str(value), quote=True)


def _hex_to_rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def tone_color(compound: float, *, tint: float = _TINT) -> str:
    """Background colour of a sentence of tone ``compound``.

    Interpolates :data:`analysis.charts.TONE_SCALE` (the tone arc's marker
    scale, so the article and the charts speak one colour language) and mixes
    the result with white, keeping black text readable.

    Args:
        compound: Tone in [-1, 1]; values outside are clipped, NaN is neutral.
        tint: Share of the scale colour (1 = the chart colour itself).

    Returns:
        A ``#rrggbb`` colour.
    """
    c = 0.0 if compound != compound else max(-1.0, min(1.0, float(compound)))  # NaN → neutral
    x = (c + 1.0) / 2.0
    stops = [(float(pos), _hex_to_rgb(str(col))) for pos, col in charts.TONE_SCALE]
    for (x0, c0), (x1, c1) in zip(stops, stops[1:], strict=False):
        if x <= x1:
            f = 0.0 if x1 == x0 else (x - x0) / (x1 - x0)
            rgb = [a + (b - a) * f for a, b in zip(c0, c1, strict=True)]
            break
    else:  # pragma: no cover - x == 1.0 is caught by the last stop
        rgb = list(stops[-1][1])
    mixed = [round(255 * (1 - tint) + v * tint) for v in rgb]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def _tone_word(compound: float, method: str) -> str:
    # The scoring method's own neutral band (VADER ±0.05, news ±0.10), the call the benchmark scores.
    if method not in sentiment.METHODS:  # a hand-built result naming another scorer: no band to call it by
        return "no neutral band for this method"
    return sentiment.tone_label(compound, method)


def _present(value: object) -> bool:
    """True for a real value (not None, NaN or pandas' NA)."""
    if value is None:
        return False
    try:
        return bool(value == value)  # NaN != NaN; pd.NA raises in bool()
    except TypeError:
        return False


def _quote_colors(res: ArticleAnalysis) -> dict[str | None, str]:
    """Speaker colours as in the charts (:func:`analysis.results.speaker_order`).

    Speakers that only the quotes table names (a hand-built or filtered
    analysis) follow in order of first quote, so every quote still gets a colour.
    """
    names: list[str | None] = []
    if "speaker" in res.sentences and "speaker" in res.speakers:
        names.extend(speaker_order(res.sentences, res.speakers))
    quotes = res.quotes
    if len(quotes) and "speaker" in quotes:
        if "start" in quotes:
            quotes = quotes.sort_values("start", kind="stable")
        names.extend(sp if _present(sp) else None for sp in quotes["speaker"])
    return charts.speaker_colors(names)


#: A quote as the annotated article draws it: ``(start, end, speaker, kind, confidence)`` (NaN: no confidence).
_QuoteSpan = tuple[int, int, str | None, str | None, float]
#: Below this confidence a quote's hover asks the reader to check its speaker (``res.quotes["confidence"]``: on the
#: held-out labelled sets 17-24 % of rows fall below it, and they hold 45-62 % of the wrong speakers).
CHECK_BELOW = 0.9


def _quote_spans(res: ArticleAnalysis) -> list[_QuoteSpan]:
    """``(start, end, speaker, kind, confidence)`` of every quote, in reading order, overlaps dropped."""
    spans = []
    q = res.quotes
    if not len(q):
        return spans
    for row in q.sort_values("start", kind="stable").itertuples(index=False):
        if not (_present(row.start) and _present(row.end)) or int(row.end) <= int(row.start):
            continue
        speaker = str(row.speaker) if _present(row.speaker) else None
        kind = str(row.kind) if _present(getattr(row, "kind", None)) else None
        sure = getattr(row, "confidence", None)
        spans.append((int(row.start), int(row.end), speaker, kind, float(sure) if _present(sure) else math.nan))
    # A quote nested in another (a quote within a quote) keeps the outer one's colour.
    kept: list[_QuoteSpan] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _legend(colors: dict[str | None, str], *, has_quotes: bool, has_breaks: bool) -> str:
    stops = ", ".join(f"{tone_color(-1 + 2 * i / 8)} {100 * i / 8:.0f}%" for i in range(9))
    parts = [
        '<span class="na-key">Sentence tone: negative'
        f'<span class="na-scale" style="background: linear-gradient(to right, {stops});"></span>positive</span>'
    ]
    speakers = [(name, color) for name, color in colors.items() if name is not None]
    for name, color in speakers:
        parts.append(
            f'<span class="na-key"><span class="na-swatch" style="border-color: {color};"></span>{_esc(name)}</span>'
        )
    if has_quotes and None in colors and not speakers:
        parts.append(
            f'<span class="na-key"><span class="na-swatch" style="border-color: {colors[None]};"></span>quote</span>'
        )
    if has_quotes:
        parts.append(
            f'<span class="na-key"><span class="na-swatch" style="border-color: {charts.NARRATION_COLOR}; '
            'border-bottom-style: dashed;"></span>quote, speaker unknown</span>'
        )
    else:
        parts.append('<span class="na-key">No quotes found: underlines would mark quotes by speaker.</span>')
    if has_breaks:
        parts.append('<span class="na-key">┄ a new topic segment begins</span>')
    parts.append('<span class="na-key">Hover a sentence for its tone, a quote for its speaker.</span>')
    return '<div class="na-legend">' + "".join(parts) + "</div>"


def _paragraph_html(
    text: str,
    start: int,
    end: int,
    sentences: Sequence[tuple[int, int, float]],
    quotes: Sequence[_QuoteSpan],
    colors: dict[str | None, str],
    method: str = sentiment.DEFAULT_METHOD,
) -> str:
    """One paragraph: sentence spans tinted by tone (named with ``method``'s band), quote spans inside them.

    A quote may run across sentences (and paragraphs); it is cut at every
    sentence edge so the spans nest properly.
    """
    cuts = {start, end}
    for s0, s1, _ in sentences:
        cuts.update((max(start, min(end, s0)), max(start, min(end, s1))))
    for q0, q1, *_ in quotes:
        cuts.update((max(start, min(end, q0)), max(start, min(end, q1))))
    points = sorted(cuts)
    out: list[str] = []
    open_sentence: int | None = None
    si = 0
    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        while si < len(sentences) and sentences[si][1] <= a:
            si += 1
        in_sentence = si if si < len(sentences) and sentences[si][0] <= a and b <= sentences[si][1] else None
        if in_sentence != open_sentence:
            if open_sentence is not None:
                out.append("</span>")
            if in_sentence is not None:
                tone = sentences[in_sentence][2]
                out.append(
                    f'<span class="na-s" style="background-color: {tone_color(tone)};" '
                    f'title="tone {tone:+.2f} ({_tone_word(tone, method)})">'
                )
            open_sentence = in_sentence
        piece = _esc(text[a:b])
        quote = next((q for q in quotes if q[0] <= a and b <= q[1]), None)
        if quote is not None:
            speaker, kind = quote[2], quote[3]
            label = f"{speaker or 'speaker unknown'} · {kind or 'quote'} quote"
            if speaker is not None and quote[4] < CHECK_BELOW:
                label += f" · check the speaker (confidence {quote[4]:.2f})"
            if open_sentence is not None:
                label += f" · sentence tone {sentences[open_sentence][2]:+.2f}"
            color = colors.get(speaker, charts.NARRATION_COLOR)
            cls = "na-q" if speaker is not None else "na-q na-unknown"
            piece = f'<span class="{cls}" style="text-decoration-color: {color};" title="{_esc(label)}">{piece}</span>'
        out.append(piece)
    if open_sentence is not None:
        out.append("</span>")
    return "".join(out)


def annotated_article(res: ArticleAnalysis, *, legend: bool = True, header: bool = True) -> str:
    """The article as HTML: tone behind every sentence, speakers under every quote.

    Args:
        res: The analysis.
        legend: Include the colour legend above the text.
        header: Include the date, headline and standfirst (the report shows
            them in its own page header instead).

    Returns:
        A self-styled HTML fragment (``<div class="na-article">`` with its own
        ``<style>``, no script) that can go in a notebook output or a page.
        Every piece of article text in it is HTML-escaped.
    """
    a = res.article
    text = a.text
    colors = _quote_colors(res)
    quotes = _quote_spans(res)
    by_paragraph: dict[int, list[tuple[int, int, float]]] = {}
    for row in res.sentences.itertuples(index=False):
        by_paragraph.setdefault(int(row.paragraph_id), []).append((int(row.start), int(row.end), float(row.compound)))
    segment_of = dict(zip(res.paragraphs["paragraph_id"], res.paragraphs["topic_segment"], strict=True))
    shift_of = dict(zip(res.paragraphs["paragraph_id"], res.paragraphs["shift"], strict=True))

    head: list[str] = []
    if a.date is not None:
        head.append(f'<p class="na-date">{_esc(_format_date(a.date))}</p>')
    if a.headline:
        head.append(f"<h1>{_esc(a.headline)}</h1>")
    if a.standfirst:
        head.append(f'<p class="na-standfirst">{_esc(a.standfirst)}</p>')
    if a.byline:
        head.append(f'<p class="na-byline">By {_esc(a.byline)}</p>')

    body: list[str] = []
    has_breaks = False
    previous_segment = None
    first = True
    for section in a.sections:
        body.append("<section>")
        if section.title:
            body.append(f"<h2>{_esc(section.title)}</h2>")
        for k, pid in enumerate(section.paragraph_ids):
            segment = segment_of.get(pid)
            if previous_segment is not None and segment != previous_segment and k > 0:
                # A segment that starts with a section already has its break: the heading.
                has_breaks = True
                shift = shift_of.get(pid)
                strength = f" · topic shift {float(shift):.2f}" if _present(shift) else ""
                body.append(f'<div class="na-break" role="separator">topic segment {int(segment)}{strength}</div>')
            previous_segment = segment
            start, end = a.paragraphs[pid]
            inner = _paragraph_html(text, start, end, by_paragraph.get(pid, []), quotes, colors, res.tone_method)
            if first and a.dateline:
                inner = f'<span class="na-dateline">{_esc(_dateline_as_printed(a))} —</span> {inner}'
            first = False
            body.append(f'<p dir="auto">{inner}</p>')
        body.append("</section>")

    parts = [f"<style>{_CSS}</style>", '<div class="na-article">']
    if head and header:
        parts.append("<header>" + "".join(head) + "</header>")
    if legend:
        parts.append(_legend(colors, has_quotes=bool(quotes), has_breaks=has_breaks))
    if a.credits:  # the credit lines wire copy ends with, small, after the story: read, never scored
        body.append('<footer class="na-credits">' + "".join(f"<p>{_esc(c)}</p>" for c in a.credits) + "</footer>")
    parts.append("<article>" + "".join(body) + "</article>")
    parts.append("</div>")
    return "\n".join(parts)


register_html_view(annotated_article)  # the notebook view of every ArticleAnalysis


def register_display(shell: object | None = None) -> bool:
    """Show an :class:`~analysis.results.ArticleAnalysis` as :func:`annotated_article` in IPython.

    Registers the view with IPython's HTML formatter by the record's type
    name (nothing is imported for it).  ``import analysis`` does the same
    lazily inside IPython, and :func:`analysis.export.setup_notebook` calls
    this.

    Args:
        shell: The IPython shell; default: the running one.

    Returns:
        Whether a shell was there to register with.
    """
    if shell is None:
        import sys

        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["text/html"]  # type: ignore[attr-defined]
    formatter.for_type_by_name("analysis.results", "ArticleAnalysis", annotated_article)
    return True


def _dateline_as_printed(a: Article) -> str:
    """The dateline as the story prints it ("LONDON (Reuters)"), without its dash; the place for a dateline block."""
    if a.dateline_span is None:
        return a.dateline
    printed = a.text[a.dateline_span[0] : a.dateline_span[1]].rstrip(" -\u2013\u2014:")
    return " ".join(printed.split()) or a.dateline


def _format_date(date: _dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


# ------------------------------------------------------------------ charts


def _chart_functions() -> list[tuple[str, Callable[[ArticleAnalysis], go.Figure]]]:
    """Every ``charts.f(res) -> go.Figure`` with only ``res`` required, preferred ones first."""
    found: dict[str, Callable[[ArticleAnalysis], go.Figure]] = {}
    for name in getattr(charts, "__all__", dir(charts)):
        func = getattr(charts, name, None)
        if name.startswith("_") or not inspect.isfunction(func):
            continue
        sig = inspect.signature(func)
        params = list(sig.parameters.values())
        required = [
            p for p in params if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        returns = str(sig.return_annotation)
        if len(required) == 1 and required[0].name == "res" and returns.endswith("Figure"):
            found[name] = func
    ordered = [n for n in CHART_ORDER if n in found] + sorted(n for n in found if n not in CHART_ORDER)
    return [(n, found[n]) for n in ordered]


def report_charts(res: ArticleAnalysis) -> dict[str, go.Figure]:
    """Every chart of the kit for one analysis, in report order.

    A chart that cannot be drawn for this article (e.g. a speakers chart for
    an article with no quotes raising ``ValueError``) is left out with an
    :class:`analysis.ArticleWarning`.

    Args:
        res: The analysis.

    Returns:
        Chart function name → figure.
    """
    from analysis.article import warn

    figures: dict[str, go.Figure] = {}
    for name, func in _chart_functions():
        try:
            figures[name] = func(res)
        except (ValueError, KeyError, IndexError) as exc:
            warn(f"chart {name} not drawn for this article: {exc}", stacklevel=2)
    return figures


# ------------------------------------------------------------------ tables


#: Longest text shown in a table cell; a key "term" can be any run of characters.
_MAX_CELL = 120


def _format_cell(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        text = ", ".join(str(v) for v in value)
    elif not _present(value):
        return "—"
    elif isinstance(value, float):
        return f"{value:+.2f}" if -1.0 <= value <= 1.0 else f"{value:.2f}"
    else:
        text = str(value)
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _table(df: pd.DataFrame, columns: Sequence[str], *, numeric: Iterable[str] = ()) -> str:
    numeric = set(numeric)
    cols = [c for c in columns if c in df.columns]
    head = "".join(f"<th>{_esc(c.replace('_', ' '))}</th>" for c in cols)
    rows = []
    for row in df[cols].itertuples(index=False):
        cells = []
        for col, value in zip(cols, row, strict=True):
            cls = ' class="na-num"' if col in numeric else ""
            cells.append(f"<td{cls}>{_esc(_format_cell(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="na-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _speakers_part(res: ArticleAnalysis) -> str:
    if not len(res.speakers):
        return '<p class="na-note">No quoted speakers were found in this article.</p>'
    return _table(
        res.speakers,
        ("speaker", "title", "aliases", "n_quotes", "quoted_words", "compound"),
        numeric=("n_quotes", "quoted_words", "compound"),
    )


def _keywords_part(res: ArticleAnalysis) -> str:
    kw = res.keywords
    if not len(kw):
        return '<p class="na-note">No key terms found.</p>'
    out = []
    article = kw[kw["scope"] == "article"].sort_values("rank")
    if len(article):
        out.append('<p class="na-note">Key terms of the whole article (frequency × how unusual the term is in '
                   "general English):</p>")  # fmt: skip
        out.append(_table(article, ("rank", "term", "score"), numeric=("rank", "score")))
    labels = {int(r.section_id): r.title for r in res.sections.itertuples(index=False)}
    for scope, noun in (("section", "section"), ("segment", "topic segment"), ("speaker", "speaker")):
        part = kw[kw["scope"] == scope]
        if part["scope_id"].nunique() < 2:
            continue  # one part: its terms are the article's
        rows = []
        for scope_id, group in part.groupby("scope_id", sort=True):
            if scope == "section":
                title = labels.get(int(scope_id))
                name = title if isinstance(title, str) and title else f"Section {int(scope_id)}"
            elif scope == "segment":
                name = f"Segment {int(scope_id)}"
            else:
                name = str(scope_id)
            rows.append({noun: name, "distinctive terms": ", ".join(group.sort_values("rank")["term"].head(8))})
        import pandas as pd

        out.append(f'<p class="na-note">Terms that set each {noun} apart from the rest of the article:</p>')
        out.append(_table(pd.DataFrame(rows), (noun, "distinctive terms")))
    return "".join(out)


# ------------------------------------------------------------------ the page


def report_html(res: ArticleAnalysis, *, generated: _dt.datetime | None = None) -> str:
    """One self-contained HTML page for an article.

    Args:
        res: The analysis.
        generated: Time stamp printed in the footer (default: now).

    Returns:
        The page: plotly.js is embedded once in ``<head>``; nothing is loaded
        from the network (no CDN, no web fonts).
    """
    import plotly.io as pio
    from plotly.offline import get_plotlyjs

    from analysis._version import __version__

    a = res.article
    title = a.headline or (Path(a.source).name if a.source else "Article")
    figures = report_charts(res)
    chart_parts = []
    for name, fig in figures.items():
        div = pio.to_html(
            fig,
            full_html=False,
            include_plotlyjs=False,
            include_mathjax=False,
            div_id=f"chart-{name.replace('_', '-')}",
            config={"displaylogo": False, "responsive": True, "toImageButtonOptions": {"filename": name}},
        )
        chart_parts.append(f'<div class="na-chart">{div}</div>')

    s = res.sentences
    tone = float(s["compound"].mean()) if len(s) else float("nan")
    facts = [
        ("date", _format_date(a.date) if a.date else "not given"),
        ("dateline", a.dateline or "—"),
        *([("byline", ", ".join(filter(None, [a.byline, a.agency])))] if a.byline or a.agency else []),
        ("source", Path(a.source).name if a.source else "pasted text"),
        ("sentences", len(s)),
        ("paragraphs", len(res.paragraphs)),
        ("sections", len(res.sections)),
        ("topic segments", int(res.paragraphs["topic_segment"].nunique()) if len(res.paragraphs) else 0),
        ("quotes", len(res.quotes)),
        ("speakers", len(res.speakers)),
        ("mean tone", f"{tone:+.2f} ({_tone_word(tone, res.tone_method)})" if tone == tone else "—"),
    ]
    stamp = (generated or _dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_esc(title)} · news analysis report</title>",
            f"<style>{_PAGE_CSS}</style>",
            # Embedded once; every chart below only draws with it.
            f'<script type="text/javascript">{get_plotlyjs()}</script>',
            "</head>",
            "<body>",
            '<main class="na-page">',
            "<header>",
            '<p class="na-kicker">News analysis report</p>',
            f'<h1 class="na-title">{_esc(title)}</h1>',
            f'<p class="na-standfirst">{_esc(a.standfirst)}</p>' if a.standfirst else "",
            '<ul class="na-facts">'
            + "".join(f"<li>{_esc(k)}: <strong>{_esc(v)}</strong></li>" for k, v in facts)
            + "</ul>",
            "</header>",
            '<h2 class="na-part" id="article">The article, annotated</h2>',
            '<p class="na-note">Each sentence is tinted by its tone (compound score from −1 to +1, from red = negative '
            "through grey = neutral to blue = positive); quotes are underlined in their speaker's colour. "
            "Dashed rules mark where the topic shifts.</p>",
            annotated_article(res, header=False),
            '<h2 class="na-part" id="charts">Charts</h2>',
            '<p class="na-note">Interactive: hover a point to read its sentence, drag to zoom, double-click to '
            "reset; the camera icon saves a chart as PNG.</p>",
            *chart_parts,
            '<h2 class="na-part" id="speakers">Speakers</h2>',
            _speakers_part(res),
            '<h2 class="na-part" id="keywords">Key terms</h2>',
            _keywords_part(res),
            "<footer>",
            f"Generated {_esc(stamp)} by news-analysis-kit {_esc(__version__)}, offline. Tone: "
            f"{_TONE_METHODS.get(res.tone_method, _esc(res.tone_method))}; quotes and speakers: the kit's rule-based "
            "attribution; "
            "key terms: background specificity (wordfreq) and log-odds with an informative prior (Monroe et al. "
            "2008); topic segments: C99 (Choi 2000). Scores are machine estimates: check the text.",
            "</footer>",
            "</main>",
            "</body>",
            "</html>",
        ]
    )


def report_filename(res: ArticleAnalysis, fallback: str = "article") -> str:
    """File name (without folder) for an article's report: its file's stem, else a slug of the headline."""
    a = res.article
    if a.source:
        stem = Path(a.source).stem
    else:
        stem = re.sub(r"[^\w-]+", "-", (a.headline or fallback).lower(), flags=re.ASCII).strip("-")[:60] or fallback
    return f"{stem}.html"


def write_report(
    res: ArticleAnalysis,
    out_dir: str | os.PathLike[str],
    *,
    name: str | None = None,
) -> Path:
    """Write an article's report into a folder.

    Args:
        res: The analysis.
        out_dir: Output folder (created).
        name: File name; default :func:`report_filename`.

    Returns:
        Path of the ``.html`` written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / (name or report_filename(res))
    path.write_text(report_html(res), encoding="utf-8")
    return path
