"""analysis.pipeline: the public tables and their consistency."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import pipeline, sentiment


def test_tables_have_the_contract_columns_in_order(sample_result) -> None:
    res = sample_result
    # Contract columns first, in order; tone beyond polarity appended after them.
    extra = sentiment.FEATURE_COLUMNS
    assert tuple(res.sentences.columns) == pipeline.SENTENCE_COLUMNS + extra
    assert tuple(res.paragraphs.columns) == pipeline.PARAGRAPH_COLUMNS
    assert tuple(res.sections.columns) == pipeline.SECTION_COLUMNS + extra
    assert tuple(res.quotes.columns) == pipeline.QUOTE_COLUMNS
    assert tuple(res.speakers.columns) == pipeline.SPEAKER_COLUMNS + ("tone_toward", "n_mentions", "kind", "gender")
    assert tuple(res.keywords.columns) == pipeline.KEYWORD_COLUMNS


def test_speakers_say_what_kind_of_source_they_are() -> None:
    import analysis

    res = analysis.analyze(
        "date 2024-01-01 Talks\n\n\u201cWe will talk,\u201d said Ann Lee. The White House said the talks would go on. "
        "\u201cNothing is agreed,\u201d a Kremlin spokesman said.\n"
    )
    kinds = dict(zip(res.speakers["speaker"], res.speakers["kind"], strict=True))
    assert kinds == {"Ann Lee": "person", "White House": "organisation", "a Kremlin spokesman": "role"}
    empty = analysis.analyze("date 2024-01-01 Quiet\n\nNothing was said.\n").speakers
    assert list(empty.columns)[-2:] == ["kind", "gender"] and empty.empty
    genders = dict(zip(res.speakers["speaker"], res.speakers["gender"], strict=True))
    assert genders == {"Ann Lee": "female", "White House": "unknown", "a Kremlin spokesman": "male"}


def test_speakers_carry_how_the_narration_treats_them(sample_result) -> None:
    sp = sample_result.speakers.set_index("speaker")
    assert sp.loc["Vladimir Putin", "n_mentions"] >= 3 and sp.loc["Emmanuel Macron", "n_mentions"] >= 3
    assert sp["tone_toward"].between(-1, 1).all()


def test_mentions_inside_quotes_are_not_the_narration() -> None:
    import analysis

    res = analysis.analyze(
        "Row\n\n\u201cSmith is a disgrace and a liar,\u201d Jones said.\n\n"
        "\u201cJones is wrong,\u201d Smith said. Smith praised the excellent plan.\n"
    )
    sp = res.speakers.set_index("speaker")
    assert sp.loc["Smith", "n_mentions"] == 2  # the two narration sentences, not Jones's insult
    assert sp.loc["Jones", "n_mentions"] == 1  # "Jones said": inside Smith's quote does not count


def test_sample_sentences_cover_the_body(sample_result) -> None:
    res = sample_result
    text = res.article.text
    assert list(res.sentences["sentence_id"]) == list(range(len(res.sentences)))
    for pid, (ps, pe) in enumerate(res.article.paragraphs):
        rows = res.sentences[res.sentences["paragraph_id"] == pid]
        assert len(rows) >= 1
        covered = "".join(text[s:e] for s, e in zip(rows["start"], rows["end"]))
        assert covered.replace(" ", "") == text[ps:pe].replace(" ", "").replace("\n", "")
    assert all(text[s:e] == t for s, e, t in zip(res.sentences["start"], res.sentences["end"], res.sentences["text"]))


def test_ids_are_consistent_across_tables(sample_result) -> None:
    res = sample_result
    assert set(res.sentences["paragraph_id"]) == set(res.paragraphs["paragraph_id"])
    assert set(res.paragraphs["section_id"]) == set(res.sections["section_id"])
    assert res.sections["n_sentences"].sum() == len(res.sentences)
    segs = list(res.paragraphs["topic_segment"])
    assert segs[0] == 0 and all(b - a in (0, 1) for a, b in zip(segs, segs[1:]))
    assert set(res.keywords["scope"]) == {"article", "section", "segment", "speaker"}
    assert set(res.quotes["speaker"].dropna()) <= set(res.speakers["speaker"])
    assert set(res.sentences["quote_id"].dropna()) <= set(res.quotes["quote_id"])
    assert set(res.sentences["speaker"].dropna()) <= set(res.speakers["speaker"])
    assert set(res.keywords.loc[res.keywords.scope == "segment", "scope_id"]) <= set(segs)


def test_larger_units_are_means_of_sentences(sample_result) -> None:
    res = sample_result
    means = res.sentences.groupby("paragraph_id")["compound"].mean()
    assert (res.paragraphs.set_index("paragraph_id")["compound"] - means).abs().max() < 1e-12
    assert math.isclose(res.sections["compound"][0], res.sentences["compound"].mean())
    assert res.sentences["compound"].between(-1, 1).all()


def test_quote_columns_exist_and_narration_has_no_speaker(sample_result) -> None:
    s = sample_result.sentences
    assert str(s["quote_id"].dtype) == "Int64"
    assert s.loc[s["quote_id"].isna(), "speaker"].isna().all()


def test_analyze_accepts_article_path_string_and_text(sample_path: Path) -> None:
    a = analysis.analyze(sample_path)
    b = analysis.analyze(str(sample_path))
    c = analysis.analyze(analysis.load_article(sample_path))
    d = analysis.analyze(sample_path.read_text(encoding="utf-8"))
    for other in (b, c, d):
        pd.testing.assert_frame_equal(a.sentences, other.sentences)
    assert d.article.source is None


def test_analyze_errors_are_article_errors(tmp_path: Path) -> None:
    with pytest.raises(analysis.ArticleError, match="no such file"):
        analysis.analyze(str(tmp_path / "missing.txt"))
    with pytest.raises(analysis.ArticleError, match="empty"):
        analysis.analyze("   ")
    with pytest.raises(analysis.ArticleError, match="expects"):
        analysis.analyze(42)  # type: ignore[arg-type]


def test_markdown_sections_flow_into_tables() -> None:
    text = (
        "# Budget day\n\nThe minister presented the budget.\n\n## Taxes\n\nFuel taxes rise. Smokers pay more.\n\n"
        "## Spending\n\nSchools get more money. Hospitals too.\n"
    )
    res = analysis.analyze(text)
    assert list(res.sections["title"]) == [None, "Taxes", "Spending"]
    assert list(res.sections["n_sentences"]) == [1, 2, 2]
    assert list(res.paragraphs["topic_segment"]) == [0, 1, 2]
    assert (res.summary().loc["sections", "value"]) == 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300))
def test_any_text_is_analysed_or_refused_clearly(text: str) -> None:
    try:
        res = analysis.analyze(text)
    except analysis.ArticleError:
        return
    art = res.article
    pos = art.paragraphs[0][0]
    for s, e in zip(res.sentences["start"], res.sentences["end"]):
        assert pos <= s < e
        pos = e
    body_chars = "".join(art.text[s:e] for s, e in art.paragraphs)
    sentence_chars = "".join(res.sentences["text"])
    assert "".join(body_chars.split()) == "".join(sentence_chars.split())


def test_tone_method_and_tone_beyond_polarity_flow_into_tables(sample_path: Path) -> None:
    import analysis

    news = analysis.analyze(sample_path)
    vader = analysis.analyze(sample_path, tone_method="vader")
    expected = sentiment.score(vader.sentences["text"], method="vader")["compound"]
    assert (vader.sentences["compound"] - expected).abs().max() < 1e-12
    assert not news.sentences["compound"].equals(vader.sentences["compound"])
    s, sec = news.sentences, news.sections
    assert s["subjectivity"].between(0, 1).all() and s["certainty"].between(-1, 1).all()
    assert sec["hedges"].tolist() == [int(s["hedges"].sum())]
    assert math.isclose(sec["subjectivity"][0], s["subjectivity"].mean())
    h, b = int(s["hedges"].sum()), int(s["boosters"].sum())
    assert math.isclose(sec["certainty"][0], (b - h) / (b + h) if b + h else 0.0)
    with pytest.raises(ValueError, match="unknown tone method"):
        analysis.analyze(sample_path, tone_method="afinn")


# --- speaker-distinctive keyword rows (the speaker column is filled by the speakers stage) ---


def _with_speakers(res, assign):
    import pandas as pd

    from analysis import pipeline

    sentences = res.sentences.copy()
    sentences["speaker"] = pd.Series([assign(t) for t in sentences["text"]], dtype=object)
    speakers = res.speakers.iloc[0:0]  # only the speakers assigned to the sentences here
    return sentences, pipeline._keyword_table(res.article, res.paragraphs, sentences, speakers)


def test_speaker_rows_contrast_each_speaker_with_everyone_else() -> None:
    import analysis
    from analysis import pipeline

    text = (
        "Leaders met\n\n"
        "\u201cThe tariffs on steel will protect steel workers,\u201d Ana Ruiz said.\n\n"
        "Reporters gathered outside the hall as the meeting ran late into the evening.\n\n"
        "\u201cFarm subsidies and farm exports matter more than tariffs,\u201d Ben Cole said.\n\n"
        "\u201cSteel is the backbone of our industry,\u201d Ana Ruiz said."
    )
    res = analysis.analyze(text)
    assert list(res.speakers["speaker"]) == ["Ana Ruiz", "Ben Cole"]  # the speakers stage found both
    assert set(res.keywords.loc[res.keywords["scope"] == "speaker", "scope_id"]) == {0, 1}

    def assign(sentence: str) -> str | None:
        return "Ana Ruiz" if "Ana Ruiz" in sentence else "Ben Cole" if "Ben Cole" in sentence else None

    sentences, table = _with_speakers(res, assign)
    assert pipeline.speaker_order(sentences, res.speakers) == ["Ana Ruiz", "Ben Cole"]
    rows = table[table["scope"] == "speaker"]
    assert list(table.columns) == list(pipeline.KEYWORD_COLUMNS)
    ana = list(rows.loc[rows["scope_id"] == 0, "term"].str.lower())
    ben = list(rows.loc[rows["scope_id"] == 1, "term"].str.lower())
    assert "steel" in ana[:3] and "farm" in ben[:3]
    assert (rows["score"] > 0).all()
    assert rows.groupby("scope_id")["rank"].apply(lambda r: list(r) == list(range(1, len(r) + 1))).all()


def test_speaker_order_follows_the_speakers_table_first() -> None:
    import pandas as pd

    from analysis import pipeline

    sentences = pd.DataFrame({"speaker": [None, "B", "A", "C", "B"], "text": ["x"] * 5})
    speakers = pd.DataFrame({"speaker": ["A", "B"]})
    assert pipeline.speaker_order(sentences, speakers) == ["A", "B", "C"]


def test_quotes_table_rows_index_the_text(sample_result) -> None:
    q = sample_result.quotes
    text = sample_result.article.text
    assert list(q["quote_id"]) == list(range(len(q)))
    assert list(q["start"]) == sorted(q["start"])
    assert all(text[s:e] == t for s, e, t in zip(q["start"], q["end"], q["text"]))
    assert set(q["kind"]) <= {"full", "partial", "indirect"}
    assert {"full", "partial", "indirect"} <= set(q["kind"])


def test_speakers_table_counts_direct_quotes(sample_result) -> None:
    res = sample_result
    sp = res.speakers.set_index("speaker")
    assert list(res.speakers["speaker"]) == ["Vladimir Putin", "Emmanuel Macron"]
    direct = res.quotes[res.quotes["kind"] != "indirect"]
    for name, row in sp.iterrows():
        mine = direct[direct["speaker"] == name]
        assert row["n_quotes"] == len(mine)
        assert row["quoted_words"] > 0
    assert sp.loc["Vladimir Putin", "title"] == "Russian President"
    assert "Putin" in sp.loc["Vladimir Putin", "aliases"]


def test_speaker_tone_is_the_mean_of_their_sentences(sample_result) -> None:
    s = sample_result.sentences
    for row in sample_result.speakers.itertuples():
        mine = s[s["speaker"] == row.speaker]
        assert math.isclose(row.compound, mine["compound"].mean())


def test_sentences_inside_quotes_carry_the_speaker(sample_result) -> None:
    s = sample_result.sentences
    quoted = s[s["text"].str.startswith("\u201cThe next few days")].iloc[0]
    assert quoted["speaker"] == "Emmanuel Macron"
    narration = s[s["text"].str.startswith("Russia has amassed")].iloc[0]
    assert narration["speaker"] is None and pd.isna(narration["quote_id"])
    # Reported speech with a quoted fragment and a cue belongs to its speaker.
    reported = s[s["text"].str.startswith("Following talks")].iloc[0]
    assert reported["speaker"] == "Vladimir Putin"
    q = sample_result.quotes.set_index("quote_id")
    for qid, speaker in zip(s["quote_id"], s["speaker"]):
        if not pd.isna(qid):
            assert q.loc[int(qid), "speaker"] == speaker


def test_an_article_without_quotes_has_empty_typed_quote_tables() -> None:
    res = analysis.analyze("Headline\n\nNobody is quoted here. It is all narration.")
    assert len(res.quotes) == 0 and len(res.speakers) == 0
    assert tuple(res.quotes.columns) == pipeline.QUOTE_COLUMNS
    assert str(res.quotes["start"].dtype) == "int64" and str(res.speakers["n_quotes"].dtype) == "int64"
    assert res.sentences["speaker"].isna().all()


@given(st.lists(st.text(alphabet="ab \n.", min_size=1, max_size=40), min_size=1, max_size=12), st.integers(0, 300))
@settings(max_examples=200, deadline=None)
def test_the_language_check_reads_a_prefix_of_the_body(paragraphs: list[str], limit: int) -> None:
    article = analysis.read_article("\n\n".join("x" + p.replace("\n", " ") for p in paragraphs))
    assert pipeline._body_prefix(article, limit) == article.body[:limit]
