"""Charts a journalist can publish as they are (issue 16), checked where it shows: in a real browser.

Each chart is drawn by headless Chromium (Debian's ``/usr/bin/chromium``
driven by Playwright, as ``tests/test_report.py`` does) at the width of a
narrow JupyterLab output and of the report, and the test measures what the
page drew: the title inside the figure, the legend clear of the axis title,
panel titles clear of tick labels, legend keys that do not borrow a speaker's
colour.  Figure-level checks (palette, numbering, n) need no browser.
"""

from __future__ import annotations

import colorsys
import json
import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

import analysis
from analysis import charts, export, report
from analysis.pipeline import QUOTE_COLUMNS

#: A headline as long as real ones get (the issue's were cut at "…in the Ukra").
LONG_HEADLINE = (
    "Macron and Putin agree that Russia will not escalate further in the Ukraine crisis, after five hours of talks "
    "in the Kremlin about security guarantees, sanctions and the Minsk agreements"
)
#: Output widths: JupyterLab beside its file browser on a laptop, and the report / an exported notebook.
WIDTHS = (640, 1000)

_MEASURE = """
(name) => {
  const root = document.getElementById(name);
  const svg = root.querySelector('.main-svg');
  const frame = svg.getBoundingClientRect();
  const box = (el) => { const r = el.getBoundingClientRect();
    return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]; };
  const all = (sel) => [...root.querySelectorAll(sel)].filter((el) => el.getBoundingClientRect().width > 0).map(box);
  return {
    width: frame.width, height: frame.height,
    title: all('.gtitle'),
    legend: all('.legend .bg'),
    legend_text: [...root.querySelectorAll('.legend .legendtext')].map((el) => el.textContent),
    legend_fills: [...root.querySelectorAll('.legend .legendpoints path')].map((el) => getComputedStyle(el).fill),
    axis_titles: all('.g-xtitle text, .g-x2title text, .g-x3title text, .g-x4title text'),
    xticks: all('.xaxislayer-above text'),
    annotations: all('.annotation-text-g'),
    points: [...root.querySelectorAll('.scatterlayer .trace')].map((tr) =>
      [...tr.querySelectorAll('.point')].map((p) => { const r = p.getBoundingClientRect();
        return [r.left + r.width / 2 - frame.left, r.top + r.height / 2 - frame.top]; })),
  };
}
"""


def _browser() -> str:
    browser = export.find_browser()
    if browser is None:
        pytest.skip("no Chrome/Chromium found (Debian: apt-get install chromium): browser checks skipped")
    return browser


def draw(figures: dict[str, go.Figure], width: int, tmp_path: Path) -> dict[str, dict]:
    """Draw figures in headless Chromium, ``width`` pixels wide each, offline; return what each drew."""
    import plotly.io as pio
    from plotly.offline import get_plotlyjs

    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) not installed")
    browser_path = _browser()
    parts = [
        f'<div id="{name}" style="width:{width}px">'
        f"{pio.to_html(fig, include_plotlyjs=False, full_html=False, default_width=f'{width}px')}</div>"
        for name, fig in figures.items()
    ]
    page_path = tmp_path / f"charts-{width}.html"
    page_path.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><script>{get_plotlyjs()}</script></head>"
        f"<body style='margin:0'>{''.join(parts)}</body></html>",
        encoding="utf-8",
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": width + 40, "height": 900})
            page.route(
                "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
            )
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_function(f"document.querySelectorAll('.main-svg').length >= {len(figures)}", timeout=30_000)
            page.wait_for_timeout(200)
            return {name: page.evaluate(_MEASURE, name) for name in figures}
        finally:
            browser.close()


def _overlap(a: list[float], b: list[float], slack: float = 1.0) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


def _quoted(res: analysis.ArticleAnalysis) -> analysis.ArticleAnalysis:
    """The sample with two quotes in one paragraph by one speaker (to check that markers do not hide each other)."""
    import dataclasses

    q = res.quotes
    if len(q) < 2:
        pytest.skip("the sample article has fewer than two quotes")
    first = q.iloc[0]
    extra = pd.DataFrame([{**first.to_dict(), "quote_id": len(q), "start": int(first["start"]) + 1}])
    return dataclasses.replace(res, quotes=pd.concat([q, extra[list(q.columns)]], ignore_index=True))


@pytest.fixture(scope="module")
def long_result(sample_result) -> analysis.ArticleAnalysis:
    import dataclasses

    article = dataclasses.replace(sample_result.article, headline=LONG_HEADLINE)
    return dataclasses.replace(_quoted(sample_result), article=article)


@pytest.fixture(scope="module")
def all_figures(long_result) -> dict[str, go.Figure]:
    figures = dict(report.report_charts(long_result))
    figures["topic_timeline"] = charts.topic_timeline(long_result)
    figures["speaker_tone_contrast"] = charts.speaker_tone_contrast(long_result.speakers)
    return figures


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w}px")
def drawn(request, all_figures, tmp_path_factory) -> dict[str, dict]:
    return draw(all_figures, request.param, tmp_path_factory.mktemp("draw"))


# ---------------------------------------------------------------- what the browser drew


def test_titles_with_the_headline_fit_inside_the_figure(drawn) -> None:
    for name, seen in drawn.items():
        assert seen["title"], f"{name}: no title drawn"
        for left, top, right, _bottom in seen["title"]:
            assert left >= -2 and top >= -3, (name, seen["title"])
            assert right <= seen["width"] - 2, (
                f"{name}: title runs past the right edge ({right:.0f} > {seen['width']:.0f})"
            )


def test_legends_sit_clear_of_axis_titles(drawn) -> None:
    for name, seen in drawn.items():
        for legend in seen["legend"]:
            assert legend[3] <= seen["height"] + 1, f"{name}: legend cut at the bottom"
            for title in seen["axis_titles"]:
                assert not _overlap(legend, title), f"{name}: the legend is drawn over the x-axis title"


def test_panel_titles_sit_clear_of_tick_labels(drawn) -> None:
    seen = drawn["speaker_terms"]
    assert len(seen["annotations"]) >= 2, "the sample has two speakers with terms"
    for title in seen["annotations"]:
        for tick in seen["xticks"]:
            assert not _overlap(title, tick), "a speaker's panel title sits on the tick labels above it"


def test_tone_contrast_legend_keys_are_neutral_not_a_speakers_colour(drawn, long_result) -> None:
    seen = drawn["speaker_tone_contrast"]
    assert len(seen["legend_text"]) == 2
    speaker_rgb = {_rgb(c) for c in charts.speaker_colors(long_result.speakers["speaker"]).values()}
    fills = {_css_rgb(f) for f in seen["legend_fills"]}
    assert fills and not fills & speaker_rgb, f"legend keys in a speaker's colour: {seen['legend_fills']}"


def test_speaker_timeline_has_a_key_and_no_marker_hides_another(drawn) -> None:
    seen = drawn["speaker_timeline"]
    text = " ".join(seen["legend_text"])
    for key in ("full quote", "partial quote", "reported speech", "words"):
        assert key in text, f"the timeline's key lacks {key!r}: {text}"
    for trace in seen["points"]:
        centres = [(round(x), round(y)) for x, y in trace]
        assert len(centres) == len(set(centres)), "two quotes drawn on the same spot"


def test_report_draws_every_chart_title_inside_its_figure(long_result, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) not installed")
    path = report.write_report(long_result, tmp_path)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_browser(), headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            page.route(
                "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
            )
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_selector(".main-svg", timeout=20_000)
            page.wait_for_timeout(300)
            cut = page.evaluate(
                """() => [...document.querySelectorAll('.js-plotly-plot')].map((plot) => {
                     const frame = plot.querySelector('.main-svg').getBoundingClientRect();
                     return [...plot.querySelectorAll('.gtitle')].map((t) => t.getBoundingClientRect().right - frame.right);
                   }).flat().filter((over) => over > -1)"""
            )
        finally:
            browser.close()
    assert not cut, f"titles past the right edge of their chart by {cut} px"


# ---------------------------------------------------------------- the figures themselves


def test_long_titles_are_wrapped_and_bounded() -> None:
    lines = charts.wrap_title("Tone along the article, by topic segment: " + LONG_HEADLINE * 3)
    assert 1 < len(lines) <= charts.TITLE_LINES and all(len(line) <= charts.TITLE_CHARS for line in lines)
    assert lines[-1].endswith("…")
    fig = charts.tone_arc(analysis.analyze("A <b>bold</b> headline\n\nSome text here. More of it.\n"))
    assert "&lt;b&gt;" in fig.layout.title.text  # still escaped


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _css_rgb(css: str) -> tuple[int, int, int]:
    r, g, b = (int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])
    return r, g, b


def test_speaker_colours_cannot_be_read_as_tone() -> None:
    """No red, blue or grey (the tone scale's hues), each colour far from every tone colour."""
    tone = [_rgb(c) for _, c in charts.TONE_SCALE]
    for color in charts.SPEAKER_PALETTE:
        r, g, b = (x / 255 for x in _rgb(color))
        hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
        degrees = hue * 360
        assert saturation > 0.3, f"{color} is greyish"
        assert not (degrees < 20 or degrees > 340), f"{color} is a red: reads as negative tone"
        assert not (185 <= degrees <= 255), f"{color} is a blue: reads as positive tone"
        nearest = min(sum((a - c) ** 2 for a, c in zip(_rgb(color), t, strict=True)) ** 0.5 for t in tone)
        assert nearest > 60, f"{color} is too close to a tone colour"
    assert len(set(charts.SPEAKER_PALETTE)) == len(charts.SPEAKER_PALETTE) >= 8


def test_a_speaker_has_one_colour_in_every_chart_and_the_report(sample_result) -> None:
    colors = charts.speaker_colors(charts._speaker_order(sample_result))
    named = {n: c for n, c in colors.items() if n is not None}
    assert named
    for fig in (
        charts.speakers_by_segment(sample_result),
        charts.speaker_tone(sample_result),
        charts.speaker_terms(sample_result),
    ):
        for trace in fig.data:
            color = getattr(trace.marker, "color", None)
            for name, expected in named.items():
                if trace.name and trace.name.startswith(name) and isinstance(color, str):
                    assert color == expected, (fig.layout.title.text, name, color, expected)
    page = report.annotated_article(sample_result)
    for name, color in named.items():
        if f'title="{name}' in page:
            assert color in page


def _figure_numbers(fig: go.Figure) -> str:
    return json.dumps(fig.to_plotly_json(), default=str)


def test_paragraph_numbers_are_the_tables_ids_everywhere(sample_result) -> None:
    """The convention: every chart, hover and table numbers paragraphs by ``paragraph_id`` (0 = first body paragraph)."""
    res = sample_result
    last = int(res.paragraphs["paragraph_id"].max())
    timeline = charts.topic_timeline(res)
    line = next(t for t in timeline.data if t.mode == "lines+markers")
    assert list(line.x) == res.paragraphs["paragraph_id"].tolist()
    assert timeline.layout.xaxis.range[1] == pytest.approx(last + 0.5)
    arc = charts.tone_arc(res)
    sentences = next(t for t in arc.data if t.name == "sentence")
    assert [c[2] for c in sentences.customdata] == res.sentences["paragraph_id"].tolist()
    assert "paragraph_id" in _figure_numbers(timeline)
    speakers = charts.speaker_timeline(res)
    expected = []
    for start in res.quotes["start"]:
        inside = res.paragraphs[(res.paragraphs["start"] <= start) & (res.paragraphs["end"] > start)]
        expected.append(int(inside["paragraph_id"].iloc[0]) if len(inside) else -1)
    drawn = sorted(round(x) for t in speakers.data if t.x and t.x[0] is not None for x in t.x)
    assert drawn == sorted(expected)
    one = analysis.analyze("Headline\n\nOnly one topic here. Cats purr.\n\nCats sleep a lot. Cats purr more.\n")
    labels = [str(x) for t in charts.section_tone(one).data for x in t.x]
    assert any(x.startswith("¶0") for x in labels) and not any(x.startswith(f"¶{len(one.paragraphs)}") for x in labels)


def test_topic_timeline_says_what_its_line_and_boundaries_mean(two_stories_result) -> None:
    fig = charts.topic_timeline(two_stories_result)
    words = " ".join(
        [fig.layout.yaxis.title.text, *(a.text for a in fig.layout.annotations), *(t.name or "" for t in fig.data)]
    )
    assert "shift" in words and "0 chance" in words and "sure turn" in words
    assert "boundary" in words.lower() and "sub-head" in words and "permutation test" in words
    line = next(t for t in fig.data if t.mode == "lines+markers")
    assert "new segment starts here" in json.dumps(
        line.customdata.tolist() if hasattr(line.customdata, "tolist") else line.customdata
    )


def test_boxes_on_one_or_two_sentences_show_points_and_n() -> None:
    res = analysis.analyze(
        "Headline\n\nA wonderful day. Great news for all. Happy people everywhere.\n\n## Second\n\nA terrible loss.\n"
    )
    fig = charts.section_tone(res)
    if len(res.sections) < 2:
        pytest.skip("the text was not split into sections")
    for trace in fig.data:
        n = len(trace.y)
        assert all(f"n = {n}" in str(x) for x in trace.x), "each label says how many sentences it holds"
        if n < charts.MIN_BOX:
            assert trace.type == "scatter", "no box drawn on fewer than three sentences"


def test_speaker_tone_boxes_say_n(sample_result) -> None:
    for trace in charts.speaker_tone(sample_result).data:
        assert "n = " in str(trace.x[0])
        if trace.type == "box":
            assert len(trace.y) >= charts.MIN_BOX


def test_speaker_timeline_spreads_quotes_in_one_paragraph(long_result) -> None:
    fig = charts.speaker_timeline(long_result)
    for trace in fig.data:
        if trace.x and trace.x[0] is not None:
            assert len(set(trace.x)) == len(trace.x)


def test_a_quote_before_the_body_sits_at_standfirst(sample_result) -> None:
    import dataclasses

    res = sample_result
    head_end = res.article.paragraphs[0][0]
    quotes = pd.DataFrame([(0, 0, min(5, head_end), res.article.text[: min(5, head_end)], "full", None, None, "said", None, None, float("nan"))],
                          columns=list(QUOTE_COLUMNS))  # fmt: skip
    fig = charts.speaker_timeline(dataclasses.replace(res, quotes=quotes))
    unattributed = next(t for t in fig.data if t.name == "unattributed")
    assert unattributed.x[0] == -1 and fig.layout.xaxis.ticktext[0] == "standfirst"


# ---------------------------------------------------------------- what the docs say

ROOT = Path(__file__).resolve().parents[1]


def test_readme_says_what_the_charts_show_and_stays_short() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) < 8 * 1024, "README.md must stay under 8 KB: put detail in docs/guide.md"
    section = readme.split("## What the charts show", 1)[1].split("\n## ", 1)[0]
    for point in ("red", "blue", "grey", "speaker", "n", "paragraph 0", "docs/guide.md#what-the-charts-show"):
        assert point in section, point
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    assert "## What the charts show" in guide
    for image in re.findall(r"!\[[^\]]*\]\((charts/[^)]+\.png)\)", guide):
        assert (ROOT / "docs" / image).is_file(), image
    assert len(re.findall(r"!\[[^\]]*\]\(charts/", guide)) >= 3, "screenshots of a few charts in the guide"
