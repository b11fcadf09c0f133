"""Hostile, broken and odd input: each case has a defined outcome (README: "Bad input").

Cases that concern one stage only live with that stage's tests (e.g. the
encoding cases in test_article.py); this file holds the end-to-end matrix,
fuzzing of the parser, concurrency and side effects.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import tokenize

ROOT = Path(__file__).resolve().parents[1]


def _child_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python started in another folder: it imports the package under test (the
    checkout holding these tests first on its path), as a relative ``PYTHONPATH=.`` would not from a temp folder."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def _covers_body(res) -> None:
    art = res.article
    body = "".join("".join(art.text[s:e].split()) for s, e in art.paragraphs)
    assert "".join("".join(res.sentences["text"]).split()) == body


def test_mixed_crlf_and_lf(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_bytes(b"Headline\r\n\r\nFirst paragraph.\nSame paragraph.\n\nSecond.\r\n\r\nThird.\r\n")
    res = analysis.analyze(p)
    assert len(res.article.paragraphs) == 3
    _covers_body(res)


def test_fifty_thousand_characters_without_punctuation() -> None:
    words = " ".join(f"word{i % 50}" for i in range(8000))[:50000]
    with pytest.warns(analysis.ArticleWarning, match="English"):  # "word17" is no English
        res = analysis.analyze("A headline\n\n" + words)
    assert len(res.sentences) >= 50000 // tokenize.MAX_SENTENCE_CHARS
    _covers_body(res)


def test_one_word_longer_than_a_sentence_is_hard_cut() -> None:
    res = analysis.analyze("x" * 10000)
    assert (res.sentences["end"] - res.sentences["start"]).max() <= tokenize.MAX_SENTENCE_CHARS
    _covers_body(res)


def test_html_saved_from_a_browser(tmp_path: Path) -> None:
    page = textwrap.dedent(
        """\
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends | The Example Post</title>
        <script>window.dataLayer=[];function track(){}</script><style>body{font:14px serif}</style>
        <meta property="article:published_time" content="2023-06-01T08:00:00+00:00"></head>
        <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <main><article><h1>Port strike ends after ten days</h1>
        <p class="byline">By A. Reporter</p>
        <p>Dock workers returned to work on Thursday after a ten-day strike that halted shipping at the port.</p>
        <p>&ldquo;We have a fair deal at last,&rdquo; said union leader Maria Santos, speaking outside the gates.</p>
        <p>Shipping companies said it would take a week to clear the backlog of containers waiting at sea.</p>
        </article></main><aside>Most read: 1. Something else</aside>
        <footer>&copy; 2023 The Example Post. <script>track()</script></footer></body></html>"""
    )
    p = tmp_path / "saved.html"
    p.write_text(page, encoding="utf-8")
    res = analysis.analyze(p)
    assert "Dock workers returned" in res.article.body and "track()" not in res.article.text
    assert "Most read" not in res.article.body
    assert res.article.date is not None and res.article.date.year == 2023
    _covers_body(res)


def test_analyze_is_safe_from_many_threads(sample_path: Path) -> None:
    texts = [sample_path.read_text(encoding="utf-8")] + [
        f"Headline {i}\n\nThe {i} minister praised the good plan. Critics called it a disaster.\n\nMore text {i}."
        for i in range(6)
    ]
    serial = [analysis.analyze(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(analysis.analyze, texts * 2))
    for a, b in zip(serial * 2, threaded):
        pd.testing.assert_frame_equal(a.sentences, b.sentences)
        pd.testing.assert_frame_equal(a.keywords, b.keywords)


_TABLES = ("sentences", "paragraphs", "sections", "quotes", "speakers", "keywords")


def _assert_same_analysis(a, b) -> None:
    assert a.article == b.article
    for name in _TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def _concurrency_inputs(sample_path: Path) -> list:
    """The bundled article (as a path, a text and a parsed Article) and short articles with quotes and speakers."""
    text = sample_path.read_text(encoding="utf-8")
    return [sample_path, text, analysis.read_article(text)] + [
        f"Talks in city {i}\n\n\u201cWe will not give in,\u201d said Prime Minister Anna Berg{i}. "
        f"The opposition leader, Tom Reyes, called the plan \u201ca disaster.\u201d\n\n"
        f"Berg{i} said the vote would go ahead. \u201cIt is {i} days late,\u201d Reyes added. Critics were angry."
        for i in range(4)
    ]


def _cached_functions() -> list:
    """Every functools cache in the package: module-level state that threads share."""
    import importlib
    import inspect
    import pkgutil

    found = []
    for info in pkgutil.iter_modules(analysis.__path__):
        if info.name in {"__main__", "charts", "widgets", "notebooks", "report", "fetch"}:
            continue  # not on analyze()'s path
        module = importlib.import_module(f"analysis.{info.name}")
        found += [
            f for _, f in inspect.getmembers(module) if hasattr(f, "cache_clear") and f.__module__ == module.__name__
        ]
    return found


def test_analyze_from_sixteen_threads_started_together_on_cold_caches(sample_path: Path) -> None:
    inputs = _concurrency_inputs(sample_path)
    serial = [analysis.analyze(x) for x in inputs]
    caches = _cached_functions()
    assert len(caches) >= 10  # the loaders (Punkt, VADER, stop words, models) and the per-sentence caches
    for f in caches:
        f.cache_clear()  # so the threads race to build every shared resource, too
    jobs = list(range(len(inputs))) * 3
    barrier = threading.Barrier(len(jobs[:16]))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, to shake out races

    def run(i: int):
        barrier.wait()
        return i, analysis.analyze(inputs[i])

    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            threaded = list(pool.map(run, jobs[:16]))
    finally:
        sys.setswitchinterval(interval)
    for i, res in threaded:
        _assert_same_analysis(serial[i], res)


def test_packaged_models_load_only_through_the_locked_loader() -> None:
    # np.load parses headers with ast.literal_eval, which CPython 3.11 can break when threads parse at
    # once (gh-106905): every model must load through resources.load_weights, which holds a lock.
    package = Path(analysis.__file__).parent
    direct = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if p.name != "resources.py" and ("np.load(" in p.read_text() or "numpy.load(" in p.read_text())
    ]
    assert direct == []


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_analyze_from_several_processes_at_once(method: str, sample_path: Path) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method on this platform")
    inputs = _concurrency_inputs(sample_path)
    serial = [analysis.analyze(x) for x in inputs]  # also warms this process's caches before a fork
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context(method)) as pool:
        parallel = list(pool.map(analysis.analyze, inputs))
    for a, b in zip(serial, parallel, strict=True):
        _assert_same_analysis(a, b)


def test_two_command_line_runs_at_once_write_the_same_tables(tmp_path: Path, sample_path: Path) -> None:
    from analysis.__main__ import main

    assert main(["tables", str(sample_path), "--out", str(tmp_path / "serial")]) == 0
    env = _child_env()
    procs = [
        subprocess.Popen([sys.executable, "-m", "analysis", "tables", str(sample_path), "--out", str(tmp_path / name)],
                         cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    expected = {p.name: p.read_bytes() for p in (tmp_path / "serial").iterdir()}
    assert len(expected) == 6
    for name in ("a", "b"):
        assert {p.name: p.read_bytes() for p in (tmp_path / name).iterdir()} == expected


def test_nothing_is_written_outside_the_chosen_folder(tmp_path: Path, sample_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "work"
    out = tmp_path / "out"
    for d in (home, work):
        d.mkdir()
    code = (
        "import sys, analysis, analysis.charts as c\n"
        "res = analysis.analyze(sys.argv[1])\n"
        "c.tone_arc(res); c.section_tone(res); c.keyword_heatmap(res)\n"
        "from analysis.__main__ import main\n"
        "sys.exit(main(['tables', sys.argv[1], '--out', sys.argv[2]]))\n"
    )
    for d in (home, work):
        d.chmod(0o555)
    try:
        env = _child_env(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
        proc = subprocess.run(
            [sys.executable, "-c", code, str(sample_path), str(out)], cwd=work, env=env, capture_output=True, text=True
        )
    finally:
        for d in (home, work):
            d.chmod(0o755)
    assert proc.returncode == 0, proc.stderr
    assert list(home.iterdir()) == [] and list(work.iterdir()) == []
    assert sorted(p.suffix for p in out.iterdir()) == [".csv"] * 6


_MARKS = st.sampled_from(
    ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\n", "\n\n", "\r\n", ".", "?", "!", ":",
     " said ", "Mr. ", "date 2020-01-01 ", "# ", "## ", "NEW YORK", " ", "\u200f", "\U0001f600", "<script>", "&amp;"]
)  # fmt: skip
_WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=8)


@pytest.mark.filterwarnings("ignore::analysis.ArticleWarning")  # random text is rarely English
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_MARKS, _WORDS), max_size=80))
def test_fuzz_parser_and_pipeline_with_quote_marks_and_breaks(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        res = analysis.analyze(text)
    except analysis.ArticleError:
        return
    _covers_body(res)
    assert res.paragraphs["topic_segment"].is_monotonic_increasing
    assert set(res.sentences["paragraph_id"]) <= set(res.paragraphs["paragraph_id"])


def test_fuzz_harness_replays_its_seeds(tmp_path: Path) -> None:
    # fuzz/fuzz_article.py runs on demand for minutes; here it only replays its seeds, so it cannot rot.
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_article.py"), str(ROOT / "fuzz" / "seeds"), "-runs=0"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    # No crash-*, leak-* or timeout-* file: a finding.  A slow-unit-* file is libFuzzer's note that one input took
    # over 10 s, which the first seed (loading every lexicon under coverage instrumentation) can on a loaded machine.
    findings = [p.name for p in tmp_path.iterdir() if not p.name.startswith("slow-unit-")]
    assert "DONE" in proc.stderr and findings == []


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nA lone surrogate \udc80 here. \u201cQuote \ud800,\u201d he said.",  # found by probing the fuzz gap
        "Headline\n\nAn emoji split in two UTF-16 halves: \ud83d\ude00 and a \u201cquote\u201d.",
        "<html><body><article><p>Lone \udfff surrogate in a page, said the editor.</p></article></body></html>",
    ],
)
def test_lone_surrogates_are_replaced_with_a_warning(text: str, tmp_path: Path) -> None:
    # Regression: pandas' (pyarrow) string columns raised UnicodeEncodeError on them.
    html = text.startswith("<html>")
    with pytest.warns(analysis.ArticleWarning, match="surrogate"):
        art = analysis.read_article(text, html=html)
    assert "\ufffd" in art.text
    if html:
        res = analysis.analyze(art)
    else:
        assert len(art.text) == len(text)  # one for one: offsets unchanged
        with pytest.warns(analysis.ArticleWarning, match="surrogate"):
            res = analysis.analyze(text)
    _covers_body(res)
    from analysis.__main__ import main

    p = tmp_path / "a.txt"
    p.write_text(art.text, encoding="utf-8")
    assert main(["tables", str(p), "--out", str(tmp_path / "out")]) == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            _MARKS, st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=3), _WORDS
        ),
        max_size=40,
    )
)
def test_any_code_points_including_surrogates_are_analysed_or_refused(pieces: list[str]) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", analysis.ArticleWarning)
        try:
            res = analysis.analyze("".join(pieces))
        except analysis.ArticleError:
            return
    _covers_body(res)


_BACKTRACKING_TEXTS = {
    # Found by reading the parser's patterns after fuzzing: each took exponential or cubic time in
    # the regular-expression engine (the dateline block with 24 capitals: 7 s, each one more doubling it;
    # a heading line with 2,000 spaces: 21 s).  Run in a subprocess, so a regression fails, not hangs.
    "dateline block with a long capitalised word": "Head\n\nNEW YORK (" + "A" * 60 + "!\n\nBody text.",
    "Markdown heading with a long run of spaces": "Title\n\n# a" + " " * 100_000 + "x\n\nBody text.",
    "date line with a long run of spaces": "date 2020-01-01 a" + " " * 100_000 + "x\n\nBody text.",
    "url header line with a long run of spaces": "Head\nurl http" + " " * 100_000 + "x\n\nBody text.",
}


@pytest.mark.parametrize("name", sorted(_BACKTRACKING_TEXTS))
def test_parser_patterns_take_linear_time_on_hostile_lines(name: str) -> None:
    code = "import sys, analysis; art = analysis.read_article(sys.stdin.read()); print(len(art.paragraphs))"
    proc = subprocess.run(
        [sys.executable, "-c", code], input=_BACKTRACKING_TEXTS[name], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 1


def test_hostile_heading_and_header_lines_keep_their_meaning() -> None:
    art = analysis.read_article(
        "# Title  #  \n\nurl https://example.org/a   \noutlet   The Post \n\n## C#\n\nBody.\n\n## ##\n\nMore."
    )
    assert (art.headline, art.url, art.outlet) == ("Title", "https://example.org/a", "The Post")
    # Closing hashes are dropped only after a space (CommonMark): "C#" is a title, "##" alone is none.
    assert [sec.title for sec in art.sections] == ["C#", None]
    art = analysis.read_article("date 2020-01-01   Spaced   headline   \n\nBody.")
    assert art.headline == "Spaced   headline" and art.text[slice(*art.headline_span)] == art.headline


def test_non_english_text_is_analysed_with_a_warning() -> None:
    german = (
        "Regierung senkt Steuern\n\n"
        "Die Bundesregierung hat am Montag beschlossen, die Steuern für kleine Unternehmen deutlich zu senken. "
        "Der Finanzminister sagte, dass die Wirtschaft davon profitieren werde und neue Arbeitsplätze entstehen.\n\n"
        "Kritiker warnen vor einem großen Loch im Haushalt und fordern eine Gegenfinanzierung durch andere Abgaben."
    )
    with pytest.warns(analysis.ArticleWarning, match="does not look like English"):
        res = analysis.analyze(german)
    _covers_body(res)


def test_english_text_does_not_warn(sample_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", analysis.ArticleWarning)
        analysis.analyze(sample_path)


def test_an_article_made_only_of_quotes() -> None:
    text = (
        "\u201cWe will win.\u201d\n\n\u201cThey will lose,\u201d\n\n\u201cAnd then?\u201d\n\n"
        "\u201cNobody knows what comes next, and nobody can say when the talks will end.\u201d"
    )
    res = analysis.analyze(text)
    _covers_body(res)
    assert len(res.quotes) >= 3
    for s, e in zip(res.quotes["start"], res.quotes["end"]):
        assert 0 <= s < e <= len(res.article.text)


@pytest.mark.parametrize(
    "body",
    [
        "He said \u201cthis never closes. And the article goes on.",
        "She said \u201cnested \u2018inner \u00abdeep\u00bb\u2019 outer\u201d and left.",
        'Straight "quotes "inside" quotes" and "unclosed at the end',
        "\u00bb reversed guillemets \u00ab and \u201d closing first \u201c then opening.",
        "Single \u2018quote\u2019 and an apostrophe\u2019s cousin \u2018never closed.",
        "\u201e German low quote\u201c and \u201a low single\u2018 marks.",
        '"""triple""" and \'\'\'more\'\'\' and "" empty "".',
        "\u201c\n\n\u201d\n\n\u201c",
    ],
)
def test_unbalanced_and_nested_quote_marks_of_every_style(body: str) -> None:
    res = analysis.analyze("Quotes everywhere\n\n" + body + "\n\nA last plain paragraph.")
    _covers_body(res)
    starts = list(res.quotes["start"])
    assert starts == sorted(starts)
    assert all(0 <= s <= e <= len(res.article.text) for s, e in zip(res.quotes["start"], res.quotes["end"]))
    assert set(res.sentences["quote_id"].dropna()) <= set(res.quotes["quote_id"])


_QUOTEY = st.lists(
    st.sampled_from(
        ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\n\n", "\n", ", ", ". ", " ",
         "he said", "said Mr Smith", "according to the minister", "Smith", "she", ":", "we will", "It\u2019s", "\u2014"]
    ),
    max_size=60,
)  # fmt: skip


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_QUOTEY)
def test_fuzz_quote_finder_and_attribution(pieces: list[str]) -> None:
    from analysis import quotes as quote_finder

    text = "".join(pieces)
    found = quote_finder.find_quotes(text, [(0, len(text))])
    previous_end = 0
    for q in found:
        assert previous_end <= q.start <= q.end <= len(text)
        previous_end = q.end
    try:
        res = analysis.analyze("Headline\n\n" + text)
    except analysis.ArticleError:
        return
    _covers_body(res)
    assert set(res.quotes["speaker"].dropna()) <= set(res.speakers["speaker"])
    assert set(res.sentences["speaker"].dropna()) <= set(res.speakers["speaker"])


def test_long_work_shows_progress(capsys: pytest.CaptureFixture[str]) -> None:
    res = analysis.analyze("Headline\n\nA short body. It says little.\n", progress=True)
    err = capsys.readouterr().err
    assert "analysing" in err and "6/6" in err
    assert len(res.sentences) == 2
    analysis.analyze("Headline\n\nQuiet.\n")  # short articles: no bar by default
    assert "analysing" not in capsys.readouterr().err


def test_two_megabytes_finish_and_lose_nothing() -> None:
    folder = ROOT.parent / "shared" / "corpus" / "wikinews"
    bodies = [p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in sorted(folder.glob("2*.txt"))]
    if not bodies:
        pytest.skip(f"shared corpus not present ({folder})")
    body = "\n\n".join(bodies)
    text = "A very long article\n\n" + (body + "\n\n") * (2_000_000 // len(body) + 1)
    res = analysis.analyze(text[:2_000_000], progress=False)
    _covers_body(res)
    assert res.paragraphs["topic_segment"].is_monotonic_increasing
