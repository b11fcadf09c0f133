"""analysis.widgets: the paste-an-article box analyses what is pasted, and says why when it cannot."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")

from analysis.widgets import PasteBox  # noqa: E402


@pytest.fixture
def notebook_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plotly's renderer as in a notebook after charts.setup_notebook(), restored afterwards."""
    import plotly.io as pio

    monkeypatch.setattr(pio.renderers, "default", "plotly_mimetype")


def test_pressing_analyse_charts_the_pasted_text(sample_path: Path, notebook_renderer: None) -> None:
    box = PasteBox(sample_path.read_text(encoding="utf-8"))
    assert box.result is None
    box.button.click()  # what a reader's click does
    res = box.result
    assert res is not None and res.article.headline.startswith("Macron and Putin have agreed")
    bundles = [o["data"] for o in box.output.outputs]
    assert "na-article" in bundles[0]["text/html"]  # the annotated article first
    assert len(bundles) >= 4 and all("application/vnd.plotly.v1+json" in b for b in bundles[1:])
    assert "16 sentences" in box.status.value


def test_pasting_another_article_replaces_the_result(sample_path: Path) -> None:
    box = PasteBox(sample_path.read_text(encoding="utf-8"), figures=["tone_arc"])
    box.analyse()
    box.text.value = "A calm day\n\nThe weather was lovely. Everyone was happy.\n"
    res = box.analyse()
    assert res is box.result and res.article.headline == "A calm day"
    assert len(box.output.outputs) == 2  # old outputs cleared: article + one chart


def test_unreadable_text_shows_the_reason_and_keeps_the_last_result(sample_path: Path) -> None:
    box = PasteBox(sample_path.read_text(encoding="utf-8"), figures=[])
    first = box.analyse()
    box.text.value = "   \n\n  "
    assert box.analyse() is None
    assert box.error and html.escape(box.error) in box.status.value  # escaped: the message quotes the text
    assert box.result is first


def test_the_box_displays_as_a_widget() -> None:
    bundle = PasteBox("x")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_charts_in_the_box_are_plain_json_even_without_a_notebook_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    import plotly.io as pio

    monkeypatch.setattr(pio.renderers, "default", "json")
    box = PasteBox("A day\n\nThe weather was lovely. Everyone was happy.\n", figures=["tone_arc", "section_tone"])
    box.analyse()
    for output in box.output.outputs[1:]:
        figure = output["data"]["application/vnd.plotly.v1+json"]
        assert json.loads(json.dumps(figure))["data"]  # what the widget comm will send
