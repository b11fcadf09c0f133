"""analysis.charts: figures build, share a template, and escape article text."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

import analysis
from analysis import charts

HOSTILE = (
    "date 2024-05-01 <script>alert('headline')</script> Big news\n\n"
    "The minister said \u201c<img src=x onerror=alert(1)> is fine\u201d today. It was bad.\n\n"
    "\" onmouseover=\"alert(2)\" Critics were angry about the <b>plan</b>.\n"
)


@pytest.mark.parametrize("figure", [charts.tone_arc, charts.section_tone, charts.keyword_heatmap])
def test_figures_build_for_the_sample(sample_result, figure) -> None:
    fig = figure(sample_result)
    assert isinstance(fig, go.Figure)
    assert fig.layout.title.text
    assert len(fig.data) >= 1


def test_tone_arc_has_one_point_per_sentence_with_hover_text(sample_result) -> None:
    fig = charts.tone_arc(sample_result)
    points = [t for t in fig.data if t.name == "sentence"][0]
    assert len(points.y) == len(sample_result.sentences)
    assert "Emmanuel Macron" in points.customdata[0][0]
    assert list(points.marker.colorscale[0]) == [0.0, charts.TONE_SCALE[0][1]]


@pytest.mark.parametrize("figure", [charts.tone_arc, charts.section_tone, charts.keyword_heatmap])
def test_article_text_is_escaped_in_every_figure(figure) -> None:
    res = analysis.analyze(HOSTILE)
    payload = json.dumps(figure(res).to_plotly_json()["data"]) + str(figure(res).layout.title.text)
    for raw in ("<script>", "<img src=x", "<b>plan</b>", 'onmouseover="'):
        assert raw not in payload
    if figure is not charts.keyword_heatmap:
        assert "&lt;img src=x" in payload


def test_hover_text_wraps_and_truncates() -> None:
    text = "word " * 400
    out = charts.hover_text(text, width=40, max_lines=3)
    assert out.count("<br>") == 2 and out.endswith("…")


def test_speaker_colours_are_stable_and_narration_grey() -> None:
    colors = charts.speaker_colors(["Putin", None, "Macron", "Putin", float("nan")])
    assert colors[None] == charts.NARRATION_COLOR
    assert list(colors) == [None, "Putin", "Macron"]
    assert colors["Putin"] != colors["Macron"]


def test_article_with_sections_charts_by_section() -> None:
    res = analysis.analyze("# T\n\nLead text here.\n\n## One\n\nGood news.\n\n## Two\n\nBad news. Terrible.\n")
    fig = charts.section_tone(res)
    assert set(fig.data[0].x) == {"Section 1", "One", "Two"}
    assert "section" in fig.layout.title.text


SPEAKER_FIGURES = [charts.share_of_voice, charts.speaker_tone, charts.speaker_timeline]


@pytest.mark.parametrize("figure", SPEAKER_FIGURES)
def test_speaker_figures_use_one_colour_per_speaker(sample_result, figure) -> None:
    fig = figure(sample_result)
    assert fig.layout.title.text
    colors = charts.speaker_colors(sample_result.speakers["speaker"])
    used = set()
    for trace in fig.data:
        color = trace.marker.color
        used |= set(color) if isinstance(color, (list, tuple)) else {color}
    assert colors["Vladimir Putin"] in used and colors["Emmanuel Macron"] in used


def test_share_of_voice_bars_are_quoted_words(sample_result) -> None:
    bars = charts.share_of_voice(sample_result).data[0]
    expected = sample_result.speakers.set_index("speaker")["quoted_words"]
    assert dict(zip(bars.y, bars.x)) == {name: int(n) for name, n in expected.items()}


def test_speaker_timeline_has_a_marker_per_quote(sample_result) -> None:
    fig = charts.speaker_timeline(sample_result)
    assert sum(len(t.x) for t in fig.data) == len(sample_result.quotes)


@pytest.mark.parametrize("figure", SPEAKER_FIGURES)
def test_speaker_figures_escape_article_text_and_survive_no_quotes(figure) -> None:
    res = analysis.analyze(HOSTILE)
    payload = json.dumps(figure(res).to_plotly_json()["data"])
    for raw in ("<script>", "<img src=x", "<b>plan</b>", 'onmouseover="'):
        assert raw not in payload
    quiet = analysis.analyze("Headline\n\nNobody is quoted here. It is all narration.")
    assert isinstance(figure(quiet), go.Figure)
