"""analysis.report: the annotated article, the self-contained report, static export, a real browser."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import charts, export, report
from analysis.results import QUOTE_COLUMNS, SPEAKER_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"

LONG_WORD = "x" * 10_000
#: An article made of hostile text: markup, attribute breakers, a huge word, bidi controls, emoji.
HOSTILE = (
    "date 2024-05-01 <script>alert('headline')</script> Big \u202enews\n\n"
    "A standfirst with <iframe src=javascript:alert(3)></iframe> inside.\n\n"
    "LONDON\n\n"
    "The minister said \u201c<img src=x onerror=alert(1)> is fine\u201d today. It was bad.\n\n"
    '" onmouseover="alert(2)" x=\' Critics were angry about the <b>plan</b> &amp; &lt;more&gt;.\n\n'
    f"A very long word follows: {LONG_WORD}. Then \u202bright-to-left \u05e9\u05dc\u05d5\u05dd\u202c and \u200femoji "
    "\U0001f600\U0001f1fa\U0001f1e6 \U0001f469\u200d\U0001f4bb.\n\n"
    "</p></div></article><style>body{display:none}</style> \u201cUnclosed quote <svg onload=alert(4)>\n"
)
HOSTILE_FRAGMENTS = (
    "<script>alert('headline')</script>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="alert(2)" x=\'',
    "<b>plan</b> &amp; &lt;more&gt;",
    LONG_WORD,
    "\u202bright-to-left \u05e9\u05dc\u05d5\u05dd\u202c",
    "\U0001f600\U0001f1fa\U0001f1e6 \U0001f469\u200d\U0001f4bb",
    "</p></div></article><style>body{display:none}</style>",
    "<svg onload=alert(4)>",
)


class _Page(HTMLParser):
    """Collects the tags, attributes and text of a page as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "script":
            self.scripts.append(data)
        elif not (self._in and self._in[-1] == "style"):
            self.text.append(data)

    @property
    def plain(self) -> str:
        return "".join(self.text)


def _parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


def _with_quotes(res: analysis.ArticleAnalysis) -> analysis.ArticleAnalysis:
    """The analysis with quote and speaker tables filled as the quotes stage fills them.

    Quote spans are the text between curly quotes (marks excluded); speakers
    alternate between the two leaders, one quote has none.  Enough to check
    the rendering, whatever the real attribution says.
    """
    text = res.article.text
    body_start = res.article.paragraphs[0][0]
    names = ["Vladimir Putin", "Emmanuel Macron"]
    rows = []
    for k, m in enumerate(re.finditer(r"\u201c([^\u201d]+)\u201d?", text[body_start:])):
        start, end = body_start + m.start(1), body_start + m.end(1)
        speaker = None if k == 3 else names[k % 2]
        rows.append((k, start, end, text[start:end], "full", speaker, speaker, "said", None, None, 0.9))
    quotes = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    speakers = pd.DataFrame(
        [(n, ("Putin",) if "Putin" in n else ("Macron",), "President", 3, 40, 0.1) for n in names],
        columns=list(SPEAKER_COLUMNS),
    )
    return dataclasses.replace(res, quotes=quotes, speakers=speakers)


@pytest.fixture(scope="module")
def quoted(sample_result) -> analysis.ArticleAnalysis:
    return _with_quotes(sample_result)


@pytest.fixture(scope="module")
def hostile_result() -> analysis.ArticleAnalysis:
    return analysis.analyze(HOSTILE)


# ---------------------------------------------------------------- the annotated article


def test_annotated_article_shows_header_sentences_and_segment_breaks(sample_result, two_stories_result) -> None:
    out = report.annotated_article(sample_result)
    page = _parse(out)
    assert "Macron and Putin have agreed" in page.plain and "8 February 2022" in page.plain
    assert "NEW YORK" in page.plain and "everything in his power" in page.plain  # dateline, standfirst
    spans = [a for t, a in page.tags if t == "span" and a.get("class") == "na-s"]
    assert len(spans) == len(sample_result.sentences)
    tones = [float(re.search(r"tone ([+-][\d.]+)", a["title"]).group(1)) for a in spans]
    assert tones == pytest.approx(sample_result.sentences["compound"].round(2).tolist(), abs=0.006)
    assert all(a["style"].startswith("background-color: #") for a in spans)
    n_breaks = int((sample_result.paragraphs["topic_segment"].diff().fillna(0) != 0).sum())
    assert sum(1 for t, a in page.tags if a.get("class") == "na-break") == n_breaks
    # The sample's turns are mild (one segment since issue 15); two stories
    # side by side turn for sure, and the break shows.
    tags = _parse(report.annotated_article(two_stories_result)).tags
    assert sum(1 for t, a in tags if a.get("class") == "na-break") == 1
    assert any(a.get("class") == "na-legend" for t, a in page.tags)


def test_annotated_article_loses_no_body_text(sample_result) -> None:
    plain = _parse(report.annotated_article(sample_result)).plain
    for start, end in sample_result.article.paragraphs:
        assert sample_result.article.text[start:end] in plain


def test_sentence_colours_follow_the_charts_tone_scale() -> None:
    assert report.tone_color(-1.0, tint=1.0) == charts.TONE_SCALE[0][1]
    assert report.tone_color(1.0, tint=1.0) == charts.TONE_SCALE[-1][1]
    assert report.tone_color(0.0, tint=1.0) == charts.TONE_SCALE[2][1]
    assert report.tone_color(5.0) == report.tone_color(1.0)
    assert report.tone_color(float("nan")) == report.tone_color(0.0)
    assert report.tone_color(0.0, tint=0.0) == "#ffffff"


def test_quotes_are_underlined_in_their_speakers_colour_with_the_name_on_hover(quoted) -> None:
    page = _parse(report.annotated_article(quoted))
    colors = charts.speaker_colors(quoted.quotes["speaker"])
    marks = [a for t, a in page.tags if t == "span" and "na-q" in (a.get("class") or "")]
    assert marks
    for name in ("Vladimir Putin", "Emmanuel Macron"):
        mine = [a for a in marks if a["title"].startswith(name)]
        assert mine and all(colors[name] in a["style"] for a in mine)
    unknown = [a for a in marks if "na-unknown" in a["class"]]
    assert unknown and all(a["title"].startswith("speaker unknown") for a in unknown)
    legend = "".join(page.text)
    assert "Vladimir Putin" in legend and "Emmanuel Macron" in legend
    # Quote marks stay outside the underline: the span's text is the quote's own text.
    assert "everything in his power" in page.plain


def test_quote_colours_in_the_report_match_the_charts(sample_result) -> None:
    page = _parse(report.annotated_article(sample_result))
    colors = charts.speaker_colors(charts._speaker_order(sample_result))
    marks = [a for t, a in page.tags if t == "span" and "na-q" in (a.get("class") or "")]
    marks = [a for a in marks if "na-unknown" not in a["class"]]
    assert len({a["title"] for a in marks}) >= 2
    for name in charts._speaker_order(sample_result):
        mine = [a for a in marks if a["title"].startswith(name)]
        assert all(colors[name] in a["style"] for a in mine)


def test_a_quote_running_across_sentences_and_paragraphs_is_cut_into_nested_pieces(sample_result) -> None:
    text = sample_result.article.text
    (s0, _), (_, e1) = sample_result.article.paragraphs[0], sample_result.article.paragraphs[1]
    quotes = pd.DataFrame([(0, s0 + 10, e1 - 5, text[s0 + 10 : e1 - 5], "full", "A <b>Person</b>", None, None, None, None, 0.9)],
                          columns=list(QUOTE_COLUMNS))  # fmt: skip
    out = report.annotated_article(dataclasses.replace(sample_result, quotes=quotes))
    page = _parse(out)
    pieces = [a for t, a in page.tags if "na-q" in (a.get("class") or "")]
    sentences_covered = sample_result.sentences.query("end > @s0 + 10 and start < @e1 - 5")
    assert len(pieces) >= len(sentences_covered) >= 2
    assert all(a["title"].startswith("A <b>Person</b>") for a in pieces)  # the parser unescaped it: it was text
    assert "A &lt;b&gt;Person&lt;/b&gt;" in out
    assert out.count("<span") == out.count("</span>")


def test_the_notebook_view_is_the_annotated_article(sample_result) -> None:
    assert sample_result._repr_html_() == report.annotated_article(sample_result)


def test_empty_quote_and_speaker_tables_render() -> None:
    res = analysis.analyze("Quiet day\n\nNothing was said. The market closed flat.\n\nTraders went home early.\n")
    assert res.quotes.empty and res.speakers.empty
    out = report.annotated_article(res)
    assert "na-q" not in out.replace(".na-q", "") and "No quotes found" in out


# ---------------------------------------------------------------- hostile text


def _assert_inert(markup: str, *, allowed_scripts: int = 0) -> _Page:
    page = _parse(markup)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in {"img", "iframe", "svg", "b", "object", "embed", "link", "a", "form"}, tag
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").lower().startswith(("http:", "https:", "javascript:", "//"))
    assert sum(1 for tag, _ in page.tags if tag == "script") == allowed_scripts
    assert sum(1 for tag, _ in page.tags if tag == "style") == (1 if allowed_scripts == 0 else 2)
    for fragment in HOSTILE_FRAGMENTS:
        assert fragment in page.plain, fragment
    return page


def test_hostile_article_is_inert_text_in_the_notebook_view(hostile_result) -> None:
    out = hostile_result._repr_html_()
    _assert_inert(out)
    assert "\u202e" in out and "unicode-bidi: isolate" in out  # bidi controls kept, but fenced in
    assert "overflow-wrap: anywhere" in out


def test_hostile_article_is_inert_text_in_the_report(hostile_result) -> None:
    page_html = report.report_html(hostile_result)
    n_charts = len(report.report_charts(hostile_result))
    page = _assert_inert(page_html, allowed_scripts=1 + n_charts)
    title = re.search(r"<title>(.*?)</title>", page_html, re.S).group(1)
    assert "<script>" not in title and "&lt;script&gt;" in title
    # Chart scripts carry article text only inside JSON strings, escaped for plotly's labels.
    for script in page.scripts[1:]:
        assert "Plotly.newPlot" in script
        assert "<script" not in script.lower() and "<img" not in script and "</" not in script.replace("<\\/", "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=4))
def test_any_text_renders_as_text(paragraphs: list[str]) -> None:
    source = "\n\n".join(["Headline"] + [p.replace("\r", " ") for p in paragraphs])
    try:
        res = analysis.analyze(source)
    except analysis.ArticleError:
        return  # nothing readable: the reader said so
    out = report.annotated_article(res)
    page = _parse(out)
    assert {t for t, _ in page.tags} <= {"style", "div", "header", "h1", "h2", "p", "span", "article", "section"}
    assert all(not k.startswith("on") for _, a in page.tags for k in a)
    plain = page.plain
    for start, end in res.article.paragraphs:
        assert html.unescape(html.escape(res.article.text[start:end])) in plain


# ---------------------------------------------------------------- the report


def test_report_is_self_contained_with_every_chart_and_table(quoted, tmp_path: Path) -> None:
    path = report.write_report(quoted, tmp_path)
    assert path.name == "2022-02-08-macron-putin-talks.html"
    page_html = path.read_text(encoding="utf-8")
    page = _parse(page_html)
    figures = report.report_charts(quoted)
    assert set(figures) >= {"tone_arc", "section_tone", "keyword_heatmap"}
    for name in figures:
        assert f'id="chart-{name.replace("_", "-")}"' in page_html
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 1 + len(figures) and not any("src" in a for a in scripts)
    assert page.scripts[0].count("plotly.js v") == 1 and all("plotly.js v" not in s for s in page.scripts[1:])
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"?(https?:)?//", page_html, re.I)
    assert "@import" not in page_html and "@font-face" not in page_html and "fonts.googleapis" not in page_html
    assert "Vladimir Putin" in page.plain and "Emmanuel Macron" in page.plain  # the speakers table
    assert "Key terms" in page.plain and str(quoted.keywords.iloc[0]["term"]) in page.plain
    assert (
        "NEW YORK" in page.plain and page.plain.count("Macron and Putin have agreed") == 2
    )  # <title> and <h1>, not again above the article


def test_report_on_an_article_with_no_quotes_says_so() -> None:
    res = analysis.analyze("Quiet day\n\nNothing was said. The market closed flat.\n\nTraders went home early.\n")
    out = report.report_html(res)
    assert "No quoted speakers were found" in out


def test_report_names_the_speakers_of_the_bundled_article(sample_result) -> None:
    out = report.report_html(sample_result)
    assert "Vladimir Putin" in out and "Emmanuel Macron" in out
    assert "No quoted speakers were found" not in out
    assert re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", out) is None


def test_report_picks_up_new_chart_functions(sample_result, monkeypatch: pytest.MonkeyPatch) -> None:
    import plotly.graph_objects as go

    def speaker_bars(res: analysis.ArticleAnalysis, *, top: int = 3) -> go.Figure:
        return go.Figure(go.Bar(x=[1], y=[1]))

    speaker_bars.__annotations__["return"] = "go.Figure"
    monkeypatch.setattr(charts, "speaker_bars", speaker_bars, raising=False)
    monkeypatch.setattr(charts, "__all__", [*charts.__all__, "speaker_bars"])
    assert list(report.report_charts(sample_result))[:3] == list(report.CHART_ORDER)
    assert "speaker_bars" in report.report_charts(sample_result)
    assert "export" not in report.report_charts(sample_result)


def test_report_file_name_for_pasted_text_is_a_slug_of_the_headline() -> None:
    res = analysis.analyze("A <Bad> headline: with / slashes!\n\nSome body text here. More of it.\n")
    assert report.report_filename(res) == "a-bad-headline-with-slashes.html"


# ---------------------------------------------------------------- static images


def _need_browser() -> str:
    browser = export.find_browser()
    if browser is None:
        pytest.skip(
            "no Chrome/Chromium found (Debian: apt-get install chromium): static export and browser tests skipped"
        )
    return browser


def test_export_writes_png_images_of_every_chart(sample_result, tmp_path: Path) -> None:
    _need_browser()
    written = export.export(report.report_charts(sample_result), tmp_path, scale=1)
    assert [p.name for p in written] == [f"{n}.png" for n in report.report_charts(sample_result)]
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5_000


def test_export_without_a_browser_says_how_to_get_one(sample_result, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    with pytest.raises(export.ExportError, match="apt-get install chromium"):
        export.export(charts.tone_arc(sample_result), tmp_path / "x.png")


# ---------------------------------------------------------------- a real browser


def _render(page_path: Path, screenshot: Path) -> dict:
    """Open a page in headless Chromium; return what it drew and logged."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) not installed")
    browser_path = _need_browser()
    seen: dict = {"console_errors": [], "page_errors": [], "dialogs": [], "requests": []}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=browser_path,
            headless=True,  # playwright gives it a fresh, temporary --user-data-dir
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.on("console", lambda m: m.type == "error" and seen["console_errors"].append(m.text))
            page.on("pageerror", lambda e: seen["page_errors"].append(str(e)))

            def on_dialog(dialog) -> None:
                seen["dialogs"].append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)

            def on_route(route) -> None:  # offline: anything but the file itself is refused and recorded
                if route.request.url.startswith("file:"):
                    route.continue_()
                else:
                    seen["requests"].append(route.request.url)
                    route.abort()

            page.route("**/*", on_route)
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_selector(".main-svg", timeout=20_000)
            page.wait_for_timeout(300)
            seen["main_svg"] = page.locator(".main-svg").count()
            seen["charts"] = page.locator(".js-plotly-plot").count()
            seen["sentences"] = page.locator(".na-s").count()
            seen["scroll_width"] = page.evaluate("document.documentElement.scrollWidth")
            seen["visible_text"] = page.inner_text("article")
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    return seen


def test_report_draws_its_charts_in_headless_chromium(quoted, tmp_path: Path) -> None:
    path = report.write_report(quoted, tmp_path)
    shot = REPORTS / "report-screenshot.png"  # kept for humans to look at
    seen = _render(path, shot)
    n_charts = len(report.report_charts(quoted))
    assert seen["charts"] == n_charts and seen["main_svg"] >= n_charts
    assert seen["sentences"] == len(quoted.sentences)
    assert not seen["console_errors"] and not seen["page_errors"], seen
    assert not seen["requests"], f"the report asked the network for {seen['requests']}"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hostile_report_runs_nothing_in_headless_chromium(hostile_result, tmp_path: Path) -> None:
    path = report.write_report(hostile_result, tmp_path)
    seen = _render(path, REPORTS / "hostile-report-screenshot.png")
    assert not seen["dialogs"], f"article text ran as script: {seen['dialogs']}"
    assert not seen["console_errors"] and not seen["page_errors"] and not seen["requests"], seen
    assert "<script>alert" in seen["visible_text"] or "<img src=x onerror=alert(1)>" in seen["visible_text"]
    assert seen["scroll_width"] <= 1100, "a 10,000-character word must wrap, not widen the page"


def test_find_browser_honours_browser_path(monkeypatch, tmp_path: Path) -> None:
    fake = tmp_path / "chrome"
    fake.write_text("")
    monkeypatch.setenv("BROWSER_PATH", str(fake))
    assert export.find_browser() == str(fake)
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "missing"))
    assert export.find_browser() is None
    monkeypatch.delenv("BROWSER_PATH")
    assert export.find_browser() == (shutil.which("chromium") or export.find_browser())


def test_a_quote_whose_speaker_is_unsure_asks_the_reader_to_check_it_on_hover(quoted) -> None:
    import dataclasses

    q = quoted.quotes.copy()
    q["confidence"] = [0.5 if k % 2 else 0.97 for k in range(len(q))]
    page = _parse(report.annotated_article(dataclasses.replace(quoted, quotes=q)))
    marks = [a for t, a in page.tags if t == "span" and "na-q" in (a.get("class") or "")]
    unsure = [a for a in marks if "check the speaker (confidence 0.50)" in a["title"]]
    sure = [a for a in marks if "na-unknown" not in a["class"] and "check the speaker" not in a["title"]]
    assert unsure and sure
    # a quote without a speaker has nothing to check: it says so already
    assert all("check the speaker" not in a["title"] for a in marks if "na-unknown" in a["class"])
