"""analysis.corpus: ingestion, errors, engines, Parquet, and over-time tables."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, corpus_charts
from analysis.__main__ import main
from analysis.article import ArticleError

ARTICLES = {
    "a.txt": "date 2024-01-01 Markets rally\n\nStocks rose sharply. Investors cheered the strong results.\n\nThe rally lifted banks.\n",
    "b.md": "# Storm damage\n\nA storm destroyed homes. Residents were angry and afraid.\n",
    "c.txt": "date 2024-03-15 Talks collapse\n\nThe talks failed. Both sides blamed each other for the terrible outcome.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Not an article\n\nAbout this folder.\n", encoding="utf-8")
    return tmp_path


def test_folder_with_bad_files_reports_errors_and_keeps_going(folder: Path) -> None:
    res = corpus.analyze_corpus(folder, workers=1, progress=False)
    assert list(res.articles.columns) == list(corpus.ARTICLE_COLUMNS)
    assert sorted(Path(s).name for s in res.articles["source"]) == ["a.txt", "b.md", "c.txt"]
    assert sorted(Path(s).name for s in res.errors["source"]) == ["broken.txt", "empty.txt"]
    assert res.errors["reason"].str.contains("PNG").any()
    assert (res.sentences.columns[0], res.keywords.columns[0]) == ("article_id", "article_id")
    assert set(res.sentences["article_id"]) == set(res.articles["article_id"])
    assert res.articles["date"].dtype == "datetime64[ns]"
    assert res.articles.loc[res.articles["headline"] == "Storm damage", "date"].isna().all()


def test_jsonl_and_csv_with_metadata_columns(tmp_path: Path) -> None:
    rows = [
        {
            "text": "Prices fell again. Shoppers were worried.",
            "date": "2024-02-01",
            "headline": "Prices fall",
            "outlet": "Daily",
            "url": "https://example.org/1",
        },
        {"text": "The team won the final. Fans celebrated.", "date": "2024-02-08T10:00:00Z", "outlet": "Sport"},
        {"nottext": "missing"},
    ]
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken json\n", encoding="utf-8")
    res = corpus.analyze_corpus(jsonl, workers=1, progress=False)
    assert res.articles["headline"].iloc[0] == "Prices fall" and pd.isna(res.articles["headline"].iloc[1])
    assert list(res.articles["outlet"]) == ["Daily", "Sport"]
    assert list(res.articles["date"].dt.strftime("%Y-%m-%d")) == ["2024-02-01", "2024-02-08"]
    assert len(res.errors) == 2 and res.errors["reason"].str.contains("no text|invalid JSON").all()

    csv = tmp_path / "c.csv"
    pd.DataFrame(rows[:2]).to_csv(csv, index=False)
    from_csv = corpus.analyze_corpus(csv, workers=1, progress=False)
    from_frame = corpus.analyze_corpus(pd.DataFrame(rows[:2]), workers=1, progress=False)
    pd.testing.assert_frame_equal(from_csv.sentences, from_frame.sentences)
    assert from_csv.articles["url"].iloc[0] == "https://example.org/1" and pd.isna(from_csv.articles["url"].iloc[1])


def test_table_without_text_column_is_a_clear_error() -> None:
    with pytest.raises(ArticleError, match="'text' column"):
        corpus.analyze_corpus(pd.DataFrame({"body": ["x"]}), workers=1, progress=False)


def test_missing_source() -> None:
    with pytest.raises(ArticleError, match="no such file"):
        corpus.analyze_corpus("/nonexistent/folder", workers=1, progress=False)


def test_process_pool_and_dask_give_identical_results(folder: Path) -> None:
    serial = corpus.analyze_corpus(folder, workers=1, progress=False)
    pooled = corpus.analyze_corpus(folder, workers=2, progress=False, batch_size=2)
    pytest.importorskip("dask.distributed")
    dasked = corpus.analyze_corpus(folder, workers=2, engine="dask", progress=False, batch_size=2)
    for other in (pooled, dasked):
        for name in ("articles", "sentences", "keywords", "errors"):
            pd.testing.assert_frame_equal(getattr(serial, name), getattr(other, name))


def test_parquet_round_trip_in_batches(folder: Path, tmp_path: Path) -> None:
    out = corpus.analyze_corpus_to_parquet(folder, tmp_path / "out", workers=1, progress=False, batch_size=2)
    assert len(list((out / "articles").glob("part-*.parquet"))) == 2
    back = corpus.read_corpus(out)
    direct = corpus.analyze_corpus(folder, workers=1, progress=False)
    pd.testing.assert_frame_equal(back.articles, direct.articles, check_dtype=False)
    pd.testing.assert_frame_equal(back.sentences, direct.sentences, check_dtype=False)
    assert len(back.errors) == 2
    with pytest.raises(ArticleError, match="not a corpus dataset"):
        corpus.read_corpus(tmp_path)
    # load_corpus: a dataset is read back, anything else analysed (even a folder with an "articles" subfolder).
    pd.testing.assert_frame_equal(corpus.load_corpus(out).articles, back.articles)
    nested = tmp_path / "nested"
    (nested / "articles").mkdir(parents=True)
    (nested / "articles" / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    assert list(corpus.load_corpus(nested, workers=1, progress=False).articles["headline"]) == ["Markets rally"]


def test_read_table_reads_columns_and_rows_of_one_table(tmp_path: Path) -> None:
    # Batches of one article: the second has no quotes, so its parts hold
    # all-empty speaker columns (Arrow's null type) beside the first's strings.
    texts = {
        "q.txt": 'date 2024-02-01 Vote\n\n"We will win this vote," said Senator Jane Smith. Her rivals disagreed.\n',
        "n.txt": "date 2024-05-01 Rain\n\nRain fell all day. Roads were closed.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = corpus.analyze_corpus_to_parquet(tmp_path, tmp_path / "out", workers=1, progress=False, batch_size=1)
    whole = corpus.read_corpus(out)
    for name in ("articles", "sentences", "quotes", "speakers", "keywords"):
        pd.testing.assert_frame_equal(corpus.read_table(out, name), getattr(whole, name), check_dtype=False)
    assert whole.speakers["person"].tolist() == ["Jane Smith"]
    later = corpus.read_table(
        out, "articles", columns=["article_id", "date"], filters=[("date", ">=", pd.Timestamp("2024-03-01"))]
    )
    assert list(later.columns) == ["article_id", "date"] and len(later) == 1
    ids = later["article_id"].tolist()
    rows = corpus.read_table(out, "sentences", columns=["article_id", "compound"], filters=[("article_id", "in", ids)])
    assert set(rows["article_id"]) == set(ids) and len(rows) == 2
    with pytest.raises(ArticleError, match="unknown table"):
        corpus.read_table(out, "paragraphs")
    with pytest.raises(ArticleError, match="no column"):
        corpus.read_table(out, "articles", columns=["nope"])


def test_best_effort_articles_are_listed_in_the_warnings_table(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("date 2024-01-01 Fine\n\nThe vote passed. Everyone agreed.\n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(
        "date 2024-01-02 Caf\u00e9\n\nThe caf\u00e9 \u201creopened\u201d today.\n".encode("cp1252")
    )
    (tmp_path / "bad-date.txt").write_text("date 2024-02-30 Odd\n\nThe date above is impossible.\n", encoding="utf-8")
    res = corpus.analyze_corpus(tmp_path, workers=1, progress=False)
    assert list(res.warnings.columns) == list(corpus.WARNING_COLUMNS)
    warned = {Path(s).name for s in res.warnings["source"]}
    assert warned == {"latin.txt", "bad-date.txt"}
    assert len(res.articles) == 3 and res.errors.empty
    assert set(res.warnings["article_id"]) <= set(res.articles["article_id"])
    out = corpus.analyze_corpus_to_parquet(tmp_path, tmp_path / "out", workers=2, progress=False)
    pd.testing.assert_frame_equal(corpus.read_corpus(out).warnings, res.warnings, check_dtype=False)


def test_warnings_stay_with_their_article_when_threads_share_a_worker() -> None:
    # A Dask worker may run several threads: each article's warnings must be its own.
    from concurrent.futures import ThreadPoolExecutor

    english = "The council voted on the budget. Members said the plan was fair and the city would pay."
    german = (
        "Der Rat hat heute über den Haushalt der Stadt abgestimmt. Die Mitglieder sagten, der Plan sei gerecht "
        "und die Stadt werde im nächsten Jahr mehr für Schulen, Straßen und Wohnungen ausgeben."
    )
    docs = [corpus.Document(i, f"row{i}", text=(german if i % 3 == 0 else english) + f" Item {i}.") for i in range(24)]
    serial = [corpus.analyze_document(d)["warnings"] for d in docs]
    assert sum(bool(w) for w in serial) == 8
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so an unguarded recorder would catch another's warning
    try:
        with ThreadPoolExecutor(4) as pool:
            threaded = list(pool.map(lambda d: corpus.analyze_document(d)["warnings"], docs))
    finally:
        sys.setswitchinterval(interval)
    assert threaded == serial


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="engine"):
        corpus.analyze_corpus([], engine="spark", progress=False)  # type: ignore[arg-type]


def test_people_are_linked_across_articles_by_name() -> None:
    speakers = pd.DataFrame({"article_id": [0, 1, 2, 3], "speaker": ["Vladimir Putin", "Putin", "Smith", None]})
    linked = corpus.link_speakers(speakers)
    assert list(linked["person"].iloc[:3]) == ["Vladimir Putin", "Vladimir Putin", "Smith"]
    assert pd.isna(linked["person"].iloc[3])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # Middle initials and full stops: outlets differ in house style.
        (["Donald J. Trump", "Donald Trump", "Donald J Trump", "Donald J. Trump"], ["Donald J. Trump"] * 4),
        # A surname alone goes to the one person bearing it, however that person is spelled.
        (["Donald Trump", "Donald J. Trump", "Trump"], ["Donald J. Trump"] * 3),
        # Ambiguous short names stay as given.
        (["Trump", "Donald Trump", "Melania Trump"], ["Trump", "Donald Trump", "Melania Trump"]),
        (
            ["George Bush", "George W. Bush", "George H. W. Bush"],
            ["George Bush", "George W. Bush", "George H. W. Bush"],
        ),
        # Roles are not names: the same last word does not make them one person.
        (["a spokesman", "a Kremlin spokesman", "spokesman"], ["a spokesman", "a Kremlin spokesman", "spokesman"]),
    ],
)
def test_name_variants_link_only_when_unambiguous(names: list[str], expected: list[str]) -> None:
    linked = corpus.link_speakers(pd.DataFrame({"article_id": range(len(names)), "speaker": names}))
    assert list(linked["person"]) == expected


def _outlet_corpus() -> corpus.CorpusAnalysis:
    """Three outlets, hand-made tables: A twice, B once, one article without an outlet."""
    articles = pd.DataFrame(
        {
            "article_id": [0, 1, 2, 3],
            "date": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-02", "2024-01-03"]),
            "outlet": ["A", " A ", "B", None],
            "n_quotes": [2, 1, 1, 5],
            "compound": [0.2, 0.4, -0.5, 0.9],
        }
    )
    speakers = pd.DataFrame(
        {
            "article_id": [0, 0, 1, 2, 2, 3],
            "speaker": ["Ann Lee", "Bo Chan", "Lee", "Ann Lee", "Cy Dee", "Ann Lee"],
            "quoted_words": [30, 10, 0, 5, 15, 100],
            "compound": [0.5, -0.5, 0.3, 0.1, 0.0, 0.9],
            "tone_toward": [0.4, float("nan"), 0.0, -0.6, float("nan"), 0.9],
            "n_mentions": [2, 0, 1, 3, 0, 4],
        }
    )
    return corpus.CorpusAnalysis(
        articles=articles, sentences=pd.DataFrame(), quotes=pd.DataFrame(), speakers=corpus.link_speakers(speakers),
        keywords=pd.DataFrame(columns=["article_id", "scope"]), errors=pd.DataFrame(),
    )  # fmt: skip


def test_tone_by_outlet_counts_each_article_once_and_skips_unknown_outlets() -> None:
    table = corpus.tone_by_outlet(_outlet_corpus())
    assert list(table.columns) == [
        "outlet",
        "n_articles",
        "n_quotes",
        "compound",
        "low",
        "high",
        "subjectivity",
        "certainty",
    ]
    assert table["subjectivity"].isna().all()  # these hand-made tables have no sentences
    assert list(table["outlet"]) == ["A", "B"]  # " A " is A; the article without an outlet is left out
    a, b = table.iloc[0], table.iloc[1]
    assert (a["n_articles"], a["n_quotes"], a["compound"]) == (2, 3, pytest.approx(0.3))
    assert a["low"] < 0.3 < a["high"]
    assert b["low"] == b["high"] == b["compound"] == -0.5  # one article: no band


def test_people_by_outlet_tone_toward_share_and_own_words() -> None:
    table = corpus.people_by_outlet(_outlet_corpus(), top=2)
    assert list(table.columns) == [
        "outlet", "person", "n_articles", "n_mentions", "n_toward", "tone_toward", "low", "high", "quoted_words", "share",
        "compound",
    ]  # fmt: skip
    # Ann Lee is in three articles ("Lee" linked to her); Bo Chan and Cy Dee tie (one article, no mention): name order.
    assert set(table["person"]) == {"Ann Lee", "Bo Chan"}
    rows = table.set_index(["outlet", "person"])
    ann_a = rows.loc[("A", "Ann Lee")]
    assert (ann_a["n_articles"], ann_a["n_mentions"], ann_a["n_toward"], ann_a["quoted_words"]) == (2, 3, 2, 30)
    assert ann_a["tone_toward"] == pytest.approx(0.2)  # articles 0.4 and 0.0, each counted once
    assert ann_a["share"] == pytest.approx(30 / 40)
    assert ann_a["compound"] == pytest.approx(0.5)  # only the article where she is quoted directly
    assert pd.isna(rows.loc[("A", "Bo Chan"), "tone_toward"])  # quoted, never named outside a quote
    assert rows.loc[("A", "Bo Chan"), "n_toward"] == 0
    assert rows.loc[("B", "Ann Lee"), "share"] == pytest.approx(5 / 20)
    assert list(table["outlet"]) == ["A", "A", "B"]


def test_outlet_tables_and_charts_without_outlets(folder: Path) -> None:
    res = corpus.analyze_corpus(folder, workers=1, progress=False)
    assert corpus.tone_by_outlet(res).empty and corpus.people_by_outlet(res).empty
    assert corpus.tone_by_period(res, by="outlet").empty
    with pytest.raises(ValueError, match="outlet"):
        corpus.tone_by_period(res, by="speaker")  # type: ignore[arg-type]
    for figure in (
        corpus_charts.outlet_tone,
        corpus_charts.outlet_people_tone,
        lambda r: corpus_charts.tone_over_time(r, by="outlet"),
    ):
        fig = figure(res)
        assert "outlet" in fig.layout.annotations[0].text  # says how to name outlets, rather than drawing nothing


def test_outlet_charts(tmp_path: Path) -> None:
    rows = [
        {"text": "The talks failed badly. Critics called it a disaster.", "outlet": "Daily A", "date": "2024-01-01"},
        {"text": "The rally lifted markets. Investors were delighted.", "outlet": "Daily A", "date": "2024-01-08"},
        {
            "text": 'Ann Lee praised the deal. "It is a wonderful result," Lee said.',
            "outlet": "Weekly B",
            "date": "2024-01-03",
        },
    ]
    res = corpus.analyze_corpus(pd.DataFrame(rows), workers=1, progress=False)
    style = corpus.tone_by_outlet(res).set_index("outlet")
    # Subjectivity of the outlet's own voice: Weekly B's quoted sentence is Ann Lee's, not the outlet's.
    narration = res.sentences[res.sentences["speaker"].isna()].merge(res.articles[["article_id", "outlet"]])
    assert style.loc["Weekly B", "subjectivity"] == pytest.approx(
        narration.loc[narration["outlet"] == "Weekly B", "subjectivity"].mean()
    )
    tone = corpus_charts.outlet_tone(res)
    assert list(tone.data[0].y) == ["Daily A", "Weekly B"] or list(tone.data[0].y) == ["Weekly B", "Daily A"]
    assert list(tone.data[0].x) == sorted(tone.data[0].x)  # most negative first
    over_time = corpus_charts.tone_over_time(res, by="outlet", freq="W")
    assert {t.name for t in over_time.data} == {"Daily A", "Weekly B"}
    heat = corpus_charts.outlet_people_tone(res)
    assert (
        list(heat.data[0].x) == ["Ann Lee"] and list(heat.data[0].y) == ["Weekly B", "Daily A"][: len(heat.data[0].y)]
    )


def test_over_time_tables_and_charts(folder: Path) -> None:
    res = corpus.analyze_corpus(folder, workers=1, progress=False)
    tone = corpus.tone_by_period(res, "MS")
    assert list(tone["n_articles"]) == [1, 1]
    assert (tone["low"] <= tone["compound"]).all() and (tone["compound"] <= tone["high"]).all()
    assert corpus.choose_frequency(res.articles["date"]) == "W"
    ends = corpus.extremes(res, n=1, reports_dir="reports")
    assert list(ends["end"]) == ["most negative", "most positive"]
    assert ends["report"].str.endswith(".html").all()
    for figure in (
        corpus_charts.tone_over_time,
        corpus_charts.speaker_tone_over_time,
        corpus_charts.share_of_voice_over_time,
        corpus_charts.term_trends_chart,
    ):
        assert figure(res).layout.title.text


def test_speakers_by_period_pools_others() -> None:
    articles = pd.DataFrame({"article_id": [0, 1], "date": pd.to_datetime(["2024-01-01", "2024-01-02"])})
    speakers = pd.DataFrame(
        {
            "article_id": [0, 0, 1],
            "speaker": ["A B", "C D", "A B"],
            "quoted_words": [30, 10, 20],
            "compound": [0.5, -0.5, 0.1],
        }
    )
    res = corpus.CorpusAnalysis(
        articles=articles, sentences=pd.DataFrame(), quotes=pd.DataFrame(), speakers=corpus.link_speakers(speakers),
        keywords=pd.DataFrame(columns=["article_id", "scope"]), errors=pd.DataFrame(),
    )  # fmt: skip
    table = corpus.speakers_by_period(res, "D", top=1)
    assert set(table["person"]) == {"A B", "others"}
    day1 = table[table["period"] == pd.Timestamp("2024-01-01")].set_index("person")
    assert day1.loc["A B", "share"] == pytest.approx(0.75)
    assert pd.isna(day1.loc["others", "compound"])


def test_corpus_command_line(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", str(folder), "--out", str(tmp_path / "res"), "--workers", "1", "--quiet"]) == 0
    out = capsys.readouterr()
    assert "3 articles analysed (0 with warnings, in the warnings table), 2 failed" in out.out
    assert "broken.txt" in out.err
    assert main(["corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "x")]) == 2


def test_wikinews_corpus_when_present() -> None:
    folder = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"
    if not folder.is_dir():
        pytest.skip(f"shared corpus not present ({folder})")
    res = corpus.analyze_corpus(folder, workers=1, progress=False)
    assert len(res.articles) == 144 and res.errors.empty
    assert res.articles["date"].notna().all()
    assert not corpus.term_trends(res).empty


def test_chunk_size_balances_workers_and_caps_tasks() -> None:
    assert corpus.chunk_size(0, 2) == 1
    assert corpus.chunk_size(1, 2) == 1
    assert corpus.chunk_size(3, 8) == 1  # fewer documents than workers
    assert corpus.chunk_size(40, 2) == 5  # about four chunks per worker
    assert corpus.chunk_size(100_000, 2) == corpus.chunk_size(None, 2) == corpus.run._MAX_CHUNK


def test_chunks_never_straddle_a_batch() -> None:
    docs = [corpus.Document(i, str(i)) for i in range(11)]
    chunks = list(corpus.run._chunks(docs, 3, 5))
    assert [len(c) for c in chunks] == [3, 2, 3, 2, 1]
    assert [d.article_id for c in chunks for d in c] == list(range(11))
    assert list(corpus.run._chunks([], 3, 5)) == []


def test_chunk_with_a_failing_document_reports_it_and_keeps_the_others(folder: Path) -> None:
    names = ["a.txt", "broken.txt", "c.txt"]
    docs = [corpus.Document(i, str(folder / n), path=str(folder / n)) for i, n in enumerate(names)]
    out = corpus.analyze_documents(docs)
    assert [r["article_id"] for r in out["articles"]] == [0, 2]
    assert [(r["article_id"], Path(r["source"]).name) for r in out["errors"]] == [(1, "broken.txt")]
    assert set(out["sentences"]["article_id"]) == {0, 2}
    assert corpus.analyze_documents([]) == {"articles": [], "errors": [], "warnings": []}


def test_empty_and_tiny_corpora_on_workers(folder: Path) -> None:
    empty = corpus.analyze_corpus([], workers=2, progress=False)
    assert corpus.analyze_corpus([], workers=2, engine="dask", progress=False).articles.empty  # no cluster started
    assert empty.articles.empty and list(empty.articles.columns) == list(corpus.ARTICLE_COLUMNS)
    assert empty.errors.empty and list(empty.sentences.columns)[0] == "article_id"
    one = [str(folder / "a.txt")]  # one document, fewer than the workers
    pooled = corpus.analyze_corpus(one, workers=3, progress=False)
    pd.testing.assert_frame_equal(pooled.sentences, corpus.analyze_corpus(one, workers=1, progress=False).sentences)


def test_chunked_pool_matches_serial_with_failures_inside_chunks(folder: Path, tmp_path: Path) -> None:
    names = ["a.txt", "b.md", "broken.txt", "c.txt", "empty.txt"]
    paths = [str(folder / names[i % len(names)]) for i in range(24)]  # chunks of 3 on 2 workers
    assert corpus.chunk_size(len(paths), 2) == 3
    serial = corpus.analyze_corpus(paths, workers=1, progress=False)
    pooled = corpus.analyze_corpus(paths, workers=2, progress=False, batch_size=7)
    for name in ("articles", "sentences", "quotes", "speakers", "keywords", "errors"):
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(pooled, name))
    assert list(serial.errors["article_id"]) == [i for i in range(24) if names[i % 5] in ("broken.txt", "empty.txt")]
    out = corpus.analyze_corpus_to_parquet(paths, tmp_path / "p", workers=2, progress=False, batch_size=7)
    assert len(list((out / "articles").glob("part-*.parquet"))) == 4  # 24 articles in batches of 7
    pd.testing.assert_frame_equal(corpus.read_corpus(out).errors, serial.errors, check_dtype=False)


def test_dask_engine_on_a_running_scheduler_matches_serial(folder: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    paths = [str(folder / n) for n in ["a.txt", "b.md", "broken.txt", "c.txt"] * 3]
    serial = corpus.analyze_corpus(paths, workers=1, progress=False)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        remote = corpus.analyze_corpus(paths, engine="dask", scheduler=cluster.scheduler_address, progress=False)
    for name in ("articles", "sentences", "keywords", "errors"):
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(remote, name))


def test_tone_toward_one_person_across_articles() -> None:
    rows = [
        # Named fully, then by surname: both mentions count; the one inside the quote does not.
        {"text": "Critics attacked Ann Lee over the failed, corrupt deal. Lee was blamed for the disaster. "
                 "\"Ann Lee is wonderful,\" a friend said.", "outlet": "A", "date": "2024-01-01"},
        {"text": "Ann Lee won praise for her brilliant, generous leadership.", "outlet": "B", "date": "2024-01-02"},
        # Only the surname, never the full name: another Lee, not counted.
        {"text": "Bruce Lee films were shown. Lee was famous.", "outlet": "A", "date": "2024-01-03"},
        {"text": "Nobody is named here.", "outlet": "B", "date": "2024-01-04"},
        # She speaks here: the value is her speakers-table tone_toward, mention for mention.
        {"text": "\"We won,\" said Ann Lee. Lee was praised warmly. Bill Lee called it a disgrace, Bill Lee said.",
         "outlet": "A", "date": "2024-01-05"},
    ]  # fmt: skip
    res = corpus.analyze_corpus(pd.DataFrame(rows), workers=1, progress=False)
    table = corpus.tone_toward(res, "Ann Lee")
    assert list(table.columns) == ["article_id", "date", "outlet", "n_mentions", "tone_toward"]
    assert list(table["article_id"]) == [0, 1, 4]
    assert list(table["n_mentions"][:2]) == [2, 1]
    spoke = res.speakers[(res.speakers["article_id"] == 4) & (res.speakers["person"] == "Ann Lee")].iloc[0]
    assert table["n_mentions"].iloc[2] == spoke["n_mentions"] and table["tone_toward"].iloc[2] == pytest.approx(
        spoke["tone_toward"]
    )
    assert table["tone_toward"].iloc[0] < 0 < table["tone_toward"].iloc[1]
    assert list(corpus.tone_toward(res, "Ann Lee", aliases=["Ann Lee"])["n_mentions"]) == [1, 1, 1]
    by_outlet = corpus.tone_toward_by_period(res, "Ann Lee", "D", by="outlet")
    assert list(by_outlet.columns) == ["period", "outlet", "n_articles", "tone_toward", "low", "high"]
    assert list(by_outlet["outlet"]) == ["A", "B", "A"]  # days 1, 2 and 5
    assert corpus.tone_toward(res, "Nobody Here").empty
    assert "Nobody Here" in corpus_charts.tone_toward_over_time(res, "Nobody Here").layout.annotations[0].text
    assert [t.name for t in corpus_charts.tone_toward_over_time(res, "Ann Lee", by="outlet", freq="D").data] == [
        "A",
        "B",
    ]


def test_top_people_rank_by_articles_then_mentions() -> None:
    res = _outlet_corpus()
    assert corpus.top_people(res, n=2) == ["Ann Lee", "Bo Chan"]  # no kind column (an older dataset): no filter
    kinds = res.speakers.assign(kind=["person", "role", "person", "person", "organisation", "person"])
    res = dataclasses.replace(res, speakers=kinds)
    assert corpus.top_people(res) == ["Ann Lee"]
    assert corpus.top_people(res, kinds=None) == ["Ann Lee", "Bo Chan", "Cy Dee"]
    assert corpus.top_people(corpus.CorpusAnalysis(*(pd.DataFrame() for _ in range(6)))) == []


def test_outlet_charts_keep_to_the_biggest_outlets_of_an_archive() -> None:
    n = 40
    articles = pd.DataFrame(
        {
            "article_id": range(n),
            "date": pd.to_datetime(["2024-01-01"] * n),
            "outlet": [f"Outlet {i % 30:02d}" for i in range(n)],  # 30 outlets; 00–09 have two articles
            "n_quotes": [1] * n,
            "compound": [(i % 7) / 10 - 0.3 for i in range(n)],
        }
    )
    speakers = pd.DataFrame(
        {"article_id": range(n), "speaker": ["Ann Lee"] * n, "quoted_words": [5] * n, "compound": [0.1] * n,
         "tone_toward": [0.2] * n, "n_mentions": [1] * n}
    )  # fmt: skip
    res = corpus.CorpusAnalysis(
        articles=articles, sentences=pd.DataFrame(), quotes=pd.DataFrame(), speakers=corpus.link_speakers(speakers),
        keywords=pd.DataFrame(columns=["article_id", "scope"]), errors=pd.DataFrame(),
    )  # fmt: skip
    assert len(corpus.tone_by_outlet(res)) == 30
    tone = corpus_charts.outlet_tone(res, top=10)
    assert (
        sorted(tone.data[0].y) == [f"Outlet {i:02d}" for i in range(10)]
        and "10 of 30 outlets" in tone.layout.title.text
    )
    heat = corpus_charts.outlet_people_tone(res, outlets=5)
    assert list(heat.data[0].y) == [f"Outlet {i:02d}" for i in range(5)]


def test_sources_by_outlet_shares_of_named_people_organisations_and_unnamed_sources() -> None:
    res = _outlet_corpus()
    kinds = res.speakers.assign(kind=["person", "role", "person", "person", "organisation", "person"])
    res = dataclasses.replace(res, speakers=kinds.assign(n_quotes=[2, 1, 0, 1, 1, 5]))
    table = corpus.sources_by_outlet(res)
    assert list(table.columns) == ["outlet", "kind", "n_speakers", "n_quotes", "quoted_words", "share"]
    rows = table.set_index(["outlet", "kind"])
    assert rows.loc[("A", "person"), "share"] == pytest.approx(30 / 40) and rows.loc[
        ("A", "role"), "share"
    ] == pytest.approx(10 / 40)
    assert rows.loc[("B", "organisation"), "quoted_words"] == 15
    assert table.groupby("outlet")["share"].sum().to_dict() == pytest.approx({"A": 1.0, "B": 1.0})
    assert [t.name for t in corpus_charts.outlet_sources(res).data] == [
        "named people",
        "organisations",
        "unnamed sources",
    ]
    assert corpus.sources_by_outlet(_outlet_corpus()).empty  # no kind column: nothing to say
    assert "outlet" in corpus_charts.outlet_sources(_outlet_corpus()).layout.annotations[0].text
