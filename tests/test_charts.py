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
    '" onmouseover="alert(2)" Critics were angry about the <b>plan</b>.\n'
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
    labels = {str(x).split("<br>")[0] for t in fig.data for x in t.x}
    assert labels == {"Section 0", "One", "Two"}  # untitled sections named by their section_id
    assert "section" in fig.layout.title.text


def test_tone_arc_hover_names_the_words_that_moved_the_score() -> None:
    res = analysis.analyze("Talks\n\nThe attack was brutal. The sky is blue.\n")
    points = [t for t in charts.tone_arc(res).data if t.name == "sentence"][0]
    assert "brutal" in points.customdata[0][3] and "driven by" in points.customdata[0][3]
    assert "%{customdata[3]}" in points.hovertemplate


def test_speaker_tone_contrast_from_a_literal_frame() -> None:
    import math

    import pandas as pd

    table = pd.DataFrame(
        {
            "speaker": ["Emmanuel Macron", "Vladimir Putin", "<b>Anon</b>"],
            "compound": [0.4, -0.2, math.nan],
            "tone_toward": [0.1, -0.6, 0.3],
        }
    )
    fig = charts.speaker_tone_contrast(table)
    markers = {t.name: t for t in fig.data if t.mode == "markers" and t.showlegend is False}  # not the legend keys
    assert set(markers) == {"how they speak (their quotes)", "how the narration treats them"}
    assert list(markers["how the narration treats them"].x) == [0.1, -0.6, 0.3]
    assert list(markers["how they speak (their quotes)"].y)[2] == "&lt;b&gt;Anon&lt;/b&gt;"
    # One connecting line per speaker with both values (none for the NaN row).
    assert len([t for t in fig.data if t.mode == "lines"]) == 2
    colors = charts.speaker_colors(table["speaker"])
    own = markers["how they speak (their quotes)"]
    assert list(own.marker.color)[:2] == [colors["Emmanuel Macron"], colors["Vladimir Putin"]]
    with pytest.raises(ValueError, match="tone_toward"):
        charts.speaker_tone_contrast(table.drop(columns="tone_toward"))


# --- topic and speaker figures ---------------------------------------------------------------


def _with_speakers(res):
    """The analysis with two speakers filled in (as the speakers stage will)."""
    import dataclasses

    import pandas as pd

    from analysis import pipeline

    def who(text: str) -> str | None:
        if "Macron said" in text:
            return "Emmanuel Macron"
        if "he warned" in text or "Putin said" in text or "he said" in text:
            return "Vladimir <Putin>"  # hostile characters in a name must be escaped too
        return None

    sentences = res.sentences.copy()
    sentences["speaker"] = pd.Series([who(t) for t in sentences["text"]], dtype=object)
    speakers = res.speakers.iloc[0:0]  # the speakers found in the sentences alone, in reading order
    keywords = pipeline._keyword_table(res.article, res.paragraphs, sentences, speakers)
    return dataclasses.replace(res, sentences=sentences, speakers=speakers, keywords=keywords)


@pytest.mark.parametrize("figure", [charts.topic_timeline, charts.speakers_by_segment])
def test_topic_figures_build_for_the_sample(sample_result, figure) -> None:
    fig = figure(sample_result)
    assert isinstance(fig, go.Figure) and fig.layout.title.text and len(fig.data) >= 1


def test_topic_timeline_has_a_point_per_paragraph_and_a_labelled_band_per_segment(sample_result) -> None:
    fig = charts.topic_timeline(sample_result)
    line = fig.data[0]
    assert list(line.y) == list(sample_result.paragraphs["shift"])
    n_segments = sample_result.paragraphs["topic_segment"].nunique()
    bands = [s for s in fig.layout.shapes if s.type == "rect"]
    assert len(bands) == n_segments
    labels = [a.text for a in fig.layout.annotations]
    top = sample_result.keywords.query("scope == 'segment' and scope_id == 0 and rank == 1")["term"].iloc[0]
    assert any(top in label for label in labels)


def test_speaker_figures_use_the_shared_colours_and_escape_names(sample_result) -> None:
    res = _with_speakers(sample_result)
    colors = charts.speaker_colors(["Emmanuel Macron", "Vladimir <Putin>"])
    fig = charts.speakers_by_segment(res)
    names = [t.name for t in fig.data]
    assert "Emmanuel Macron" in names and "narration" in names and "Vladimir &lt;Putin&gt;" in names
    bar = next(t for t in fig.data if t.name == "Emmanuel Macron")
    assert bar.marker.color == colors["Emmanuel Macron"]
    words = sum(sum(t.y) for t in fig.data)
    assert words == sum(len(t.split()) for t in res.sentences["text"])
    terms = charts.speaker_terms(res)
    assert {t.marker.color for t in terms.data} <= set(colors.values()) and len(terms.data) >= 2
    payload = json.dumps(terms.to_plotly_json())
    assert "<Putin>" not in payload and "&lt;Putin&gt;" in payload


def test_speaker_terms_says_so_when_nobody_is_attributed() -> None:
    res = analysis.analyze("Quiet day\n\nNothing was said. The market closed flat.\n\nTraders went home early.\n")
    assert res.speakers.empty
    fig = charts.speaker_terms(res)
    assert "No speaker" in fig.layout.annotations[0].text


def test_keyword_heatmap_by_segment_orders_terms_along_the_article(sample_result) -> None:
    fig = charts.keyword_heatmap(sample_result, by="segment")
    z = fig.data[0].z
    peaks = [max(range(len(row)), key=lambda j: row[j]) for row in z]
    assert peaks == sorted(peaks)
    with pytest.raises(ValueError, match="by must be"):
        charts.keyword_heatmap(sample_result, by="paragraph")


@pytest.mark.parametrize("figure", [charts.topic_timeline, charts.speakers_by_segment, charts.speaker_terms])
def test_new_figures_escape_article_text(figure) -> None:
    res = analysis.analyze(HOSTILE)
    payload = json.dumps(figure(res).to_plotly_json())
    for raw in ("<script>", "<img src=x", "<b>plan</b>", 'onmouseover="'):
        assert raw not in payload


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
    assert sum(len([x for x in t.x if x is not None]) for t in fig.data) == len(sample_result.quotes)  # key: x None


@pytest.mark.parametrize("figure", SPEAKER_FIGURES)
def test_speaker_figures_escape_article_text_and_survive_no_quotes(figure) -> None:
    res = analysis.analyze(HOSTILE)
    payload = json.dumps(figure(res).to_plotly_json()["data"])
    for raw in ("<script>", "<img src=x", "<b>plan</b>", 'onmouseover="'):
        assert raw not in payload
    quiet = analysis.analyze("Headline\n\nNobody is quoted here. It is all narration.")
    assert isinstance(figure(quiet), go.Figure)


def test_setup_notebook_loads_plotly_renderers_without_the_slow_iri_checker() -> None:
    """In a fresh process, as in a kernel: renderers ready, rfc3987_syntax not compiled, yet still importable."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from analysis import export\n"
        "export.setup_notebook()\n"
        "import plotly.io as pio\n"
        "assert pio.renderers.default == 'plotly_mimetype', pio.renderers.default\n"
        "assert 'nbformat' in sys.modules and 'rfc3987_syntax' not in sys.modules\n"
        "import importlib.util\n"
        "assert importlib.util.find_spec('rfc3987_syntax') is None or __import__('rfc3987_syntax')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_keyword_heatmap_has_no_empty_rows_for_headline_terms() -> None:
    # "Ministers" and "unveil" are only in the headline; "Tony Blair" is
    # mostly "Mr Blair" in the body, and "timetables" is written "timetable".
    text = (
        "Ministers unveil rail timetables\n\n"
        "Tony Blair said the new rail timetable starts in May.\n\n"
        "Mr Blair told MPs the timetable would cut delays on the rail network.\n\n"
        "Rail unions said the timetable changes came too fast for drivers.\n"
    )
    res = analysis.analyze(text)
    fig = charts.keyword_heatmap(res)
    rows = dict(zip(fig.data[0].y, fig.data[0].z, strict=True))
    assert rows and all(any(v > 0 for v in row) for row in rows.values())
    assert not {"Ministers", "unveil"} & set(rows)


def test_speaker_terms_leave_out_the_speakers_own_names_and_attribution() -> None:
    text = (
        "Bridge to reopen\n\n"
        '"The bridge will reopen in June," said Mayor Tom Lee. "The bridge is safe now," Lee added.\n\n'
        '"Drivers deserve a safe bridge," said Mayor Tom Lee.\n\n'
        'Councillor Ann Park disagreed. "The budget is too small for repairs," Park said.\n'
    )
    res = analysis.analyze(text)
    kw = res.keywords
    names = analysis.pipeline.speaker_order(res.sentences, res.speakers)
    for sid, name in enumerate(names):
        terms = [t.lower() for t in kw.loc[(kw["scope"] == "speaker") & (kw["scope_id"] == sid), "term"]]
        own = {w.lower() for w in name.split()} | {"mayor", "councillor", "said", "added"}
        assert not [t for t in terms if set(t.split()) & own], (name, terms)
