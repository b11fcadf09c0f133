"""analysis.sentiment: tone methods, explanations, tone beyond polarity, tone toward a person."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import resources, sentiment, toward


def _span(sentence: str, mention: str) -> tuple[int, int]:
    start = sentence.index(mention)
    return start, start + len(mention)


# --- score(): contract and method selection --------------------------------


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_columns_and_order(method: str) -> None:
    df = sentiment.score(["I love this.", "I hate this.", "The sky is blue."], method=method)
    assert list(df.columns) == ["compound", "pos", "neu", "neg"]
    assert df["compound"][0] > 0.5 and df["compound"][1] < -0.5
    assert abs(df["compound"][2]) < sentiment.neutral_band(method)
    assert ((df[["pos", "neu", "neg"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_default_method_is_news_and_differs_from_vader() -> None:
    assert sentiment.DEFAULT_METHOD == "news" == sentiment.METHODS[0]
    text = ["The reform failed, and the crisis deepened."]
    default = sentiment.score(text)
    assert default.equals(sentiment.score(text, method="news"))
    assert not default.equals(sentiment.score(text, method="vader"))


def test_vader_method_is_the_reference_implementation() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "The talks were NOT good at all, but the mood was great!"
    expected = SentimentIntensityAnalyzer().polarity_scores(text)
    got = sentiment.score([text], method="vader").iloc[0]
    assert got["compound"] == pytest.approx(expected["compound"])
    assert got["neg"] == pytest.approx(expected["neg"])


def test_reference_vader_handles_negated_negatives() -> None:
    # The reference implementation (vaderSentiment) scores this positive; NLTK's port does not.
    assert sentiment.score(["No problems at all."], method="vader")["compound"][0] > 0
    assert sentiment.score(["No problems at all."])["compound"][0] > 0


def test_news_method_negation_and_names() -> None:
    good, not_good = sentiment.score(["The talks were good.", "The talks were not good."])["compound"]
    assert good > 0.3 and not_good < 0
    # "United" (+1.8 in VADER's lexicon) names an institution here.
    un = sentiment.score(["The United Nations met on Tuesday."])
    assert un["compound"][0] < sentiment.score(["The United Nations met on Tuesday."], method="vader")["compound"][0]


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_empty_inputs(method: str) -> None:
    assert len(sentiment.score([], method=method)) == 0
    assert list(sentiment.score([""], method=method).iloc[0]) == [0.0, 0.0, 0.0, 0.0]


def test_a_single_string_is_one_text() -> None:
    assert len(sentiment.score("Good news.")) == 1


def test_non_strings_are_refused() -> None:
    with pytest.raises(TypeError, match="item 1"):
        sentiment.score(["ok", None])  # type: ignore[list-item]


@pytest.mark.parametrize("call", [
    lambda: sentiment.score(["ok"], method="textblob"),
    lambda: sentiment.explain("ok", method="VADER"),
    lambda: sentiment.top_words(["ok"], method=""),
])  # fmt: skip
def test_unknown_method_is_a_clear_value_error(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="unknown tone method .*'news', 'vader'"):
        call()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_compound_in_range_for_any_text(text: str) -> None:
    for method in sentiment.METHODS:
        row = sentiment.score([text], method=method).iloc[0]
        assert -1.0 <= row["compound"] <= 1.0
        assert all(0.0 <= row[c] <= 1.0 for c in ("pos", "neu", "neg"))


# --- weights ---------------------------------------------------------------


def test_weights_load_offline_without_pickle() -> None:
    # pytest-socket blocks the network here: loading must need none.
    sentiment._news_model.cache_clear()
    toward._toward_model.cache_clear()
    news = sentiment._news_model()
    assert len(news.weights) > 1000 and news.lex_scale > 0 and news.learned_scale > 0
    model = toward._toward_model()
    assert model.coef.shape == (3, len(model.index))
    # Plain arrays: np.load with allow_pickle=False (inside load_weights) succeeded.
    assert resources.load_weights("tone_news.npz")["vocab"].dtype.kind == "U"


def test_importing_sentiment_stays_light() -> None:
    code = (
        "import sys, analysis.sentiment; "
        "print(','.join(m for m in ('pandas', 'sklearn', 'scipy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# --- explain() ------------------------------------------------------------------


def test_explain_columns_offsets_and_order() -> None:
    sentence = "The talks were not very good, but the mood was TERRIBLE."
    table = sentiment.explain(sentence)
    assert list(table.columns) == list(sentiment.EXPLAIN_COLUMNS)
    for row in table.itertuples():
        assert sentence[row.start : row.end] == row.token
    assert list(table["contribution"].abs()) == sorted(table["contribution"].abs(), reverse=True)
    assert table["token"].iloc[0] == "TERRIBLE"


def test_explain_names_vader_rules() -> None:
    table = sentiment.explain("The talks were not very good, but the mood was TERRIBLE.", method="vader")
    rows = table.set_index("token")
    assert list(table["token"]) == ["TERRIBLE", "good"]
    assert rows.loc["good", "lexicon"] == 1.9 and rows.loc["good", "vader"] < 0
    assert "negation" in rows.loc["good", "rules"] and "intensifier" in rows.loc["good", "rules"]
    assert "before 'but'" in rows.loc["good", "rules"]
    assert "after 'but'" in rows.loc["TERRIBLE", "rules"] and "capitals" in rows.loc["TERRIBLE", "rules"]
    assert (table["learned"] == 0).all()
    # For VADER the contributions are what it sums before normalising.
    total = table["contribution"].sum()
    vader = sentiment.score(["The talks were not very good, but the mood was TERRIBLE."], method="vader")
    assert vader["compound"][0] == pytest.approx(total / math.sqrt(total * total + 15), abs=1e-3)


def test_explain_news_marks_names_and_adds_learned_words() -> None:
    table = sentiment.explain("The United Nations praised the deal.").set_index("token")
    assert table.loc["United", "rules"] == "name" and table.loc["United", "vader"] == 0
    assert table.loc["praised", "contribution"] > 0
    assert table["learned"].abs().sum() > 0


def test_explain_a_neutral_sentence_under_vader_is_empty() -> None:
    assert sentiment.explain("The sky is blue.", method="vader").empty


def test_top_words() -> None:
    top = sentiment.top_words(["The attack was brutal and the response weak.", ""], n=2)
    assert len(top) == 2 and top[1] == []
    assert len(top[0]) == 2 and top[0][0][0] == "brutal" and top[0][0][1] < 0


# --- tone beyond polarity ------------------------------------------------------


def test_tone_features_subjectivity_and_hedging() -> None:
    table = sentiment.tone_features([
        "The talks lasted five hours.",
        "This may perhaps be a brilliant idea.",
        "It is clearly and undoubtedly true.",
        "He reportedly left, according to officials.",
    ])  # fmt: skip
    assert list(table.columns) == list(sentiment.FEATURE_COLUMNS)
    assert table["subjectivity"][0] == 0.0 and table["subjectivity"][1] > 0.5
    assert table["hedges"].tolist() == [0, 2, 0, 2]
    assert table["boosters"].tolist() == [0, 0, 3, 0]
    assert table["certainty"].tolist() == [0.0, -1.0, 1.0, -1.0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=4))
def test_tone_features_bounds(texts: list[str]) -> None:
    table = sentiment.tone_features(texts)
    assert len(table) == len(texts)
    assert table["subjectivity"].between(0, 1).all() and table["certainty"].between(-1, 1).all()


# --- tone toward a person ---------------------------------------------------------


def test_score_toward_direction() -> None:
    bad = "Critics slammed Smith for his corrupt and incompetent handling of the crisis."
    good = "Smith won praise for her brave and decisive leadership."
    assert toward.score_toward(bad, _span(bad, "Smith")) < -0.3
    assert toward.score_toward(good, _span(good, "Smith")) > 0.3
    assert toward.toward_label(bad, _span(bad, "Smith")) == -1
    assert toward.toward_label(good, _span(good, "Smith")) == 1
    neutral = "Smith met Jones in Paris on Tuesday."
    assert toward.toward_label(neutral, _span(neutral, "Smith")) == 0
    assert -1 <= toward.score_toward(neutral, _span(neutral, "Smith")) <= 1


def test_score_toward_rejects_spans_outside_the_sentence() -> None:
    with pytest.raises(ValueError, match="not a span"):
        toward.score_toward("Smith spoke.", (3, 40))


def _sentences(text: str) -> pd.DataFrame:
    from analysis import tokenize

    spans = tokenize.sentence_spans(text, 0, len(text))
    return pd.DataFrame(
        {"start": [s for s, _ in spans], "end": [e for _, e in spans], "text": [text[s:e] for s, e in spans]}
    )


def test_tone_toward_aggregates_mentions_outside_quotes() -> None:
    text = (
        "Critics slammed Smith for his corrupt handling of the crisis. "
        "Jones won praise for her brave and decisive leadership. "
        "Smith was also accused of fraud."
    )
    sentences = _sentences(text)
    smith = [(m.start(), m.end()) for m in __import__("re").finditer("Smith", text)]
    jones = [_span(text, "Jones")]
    assert toward.tone_toward(sentences, smith) < -0.3
    assert toward.tone_toward(sentences, jones) > 0.3
    assert math.isnan(toward.tone_toward(sentences, []))
    nowhere = [(len(text) + 5, len(text) + 9)]
    table = toward.tone_toward_table(sentences, {"Smith": smith, "Jones": jones, "Nobody": nowhere})
    assert list(table.columns) == ["speaker", "n_mentions", "tone_toward"]
    assert table["n_mentions"].tolist() == [2, 1, 0]
    assert table["tone_toward"][0] < 0 < table["tone_toward"][1] and math.isnan(table["tone_toward"][2])


def test_training_script_reads_no_development_file() -> None:
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "training" / "train_tone.py").read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    for dev_file in ("devtest_", "nyt_editorial_dev", "persent", "_dev."):
        assert dev_file not in code
    assert "nyt_editorial_train" in code  # the training articles (issue 14), disjoint from dev


def test_training_cross_validation_scores_every_training_source(tmp_path, training_script) -> None:  # type: ignore[no-untyped-def]
    # A tiny stand-in for the training files: polar sentences the recipe must rank.
    import json

    pytest.importorskip("sklearn")
    train_tone = training_script("train_tone")
    good = ["good", "great", "fine", "nice"]
    bad = ["bad", "awful", "poor", "sad"]
    (tmp_path / "reference").mkdir()
    (tmp_path / "newsmtsc").mkdir()
    for name in train_tone.REFERENCE_SETS:
        lines = []
        for i in range(40):
            word, mean = (good[i % 4], 2.0 + i % 3 * 0.3) if i % 2 else (bad[i % 4], -2.0 - i % 3 * 0.3)
            lines.append(f"{i}\t{mean}\tThe talks {i % 5} were {word} today.")
        (tmp_path / "reference" / f"{name}_GroundTruth.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (tmp_path / "newsmtsc" / "train.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(40):
            word, polarity = (good[i % 4], 6.0) if i % 2 else (bad[i % 4], 2.0)
            target = {"from": 0, "to": 5, "mention": "Smith", "polarity": polarity}
            item = {"sentence_normalized": f"Smith said the plan {i} was {word}.", "targets": [target]}
            fh.write(json.dumps(item) + "\n")
    lines = []
    for i in range(40):  # 8 articles of 5 sentences, rated like the NYT set
        word, mean = (good[i % 4], 1.5) if i % 2 else (bad[i % 4], -1.5)
        lines.append(f"{i // 5}_{i % 5}\t{mean}\tThe senator said the bill {i} was {word}.")
    (tmp_path / "nyt_editorial_train.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = train_tone.cross_validate_news(tmp_path, folds=2)
    assert [name for name, *_ in rows] == list(train_tone.SOURCES)
    assert [n for _, n, _, _ in rows] == [40, 40, 40, 40, 40]
    for _, _, r, f1 in rows:
        assert r > 0.8 and 0.0 <= f1 <= 1.0


def test_aggregate_features_by_group() -> None:
    sentences = pd.DataFrame(
        {
            "speaker": ["A", "A", "B"],
            "subjectivity": [0.2, 0.6, 0.0],
            "hedges": [2, 1, 0],
            "boosters": [0, 1, 0],
            "certainty": [-1.0, 0.0, 0.0],
        }
    )
    table = sentiment.aggregate_features(sentences, "speaker")
    assert list(table.columns) == list(sentiment.FEATURE_COLUMNS) and list(table.index) == ["A", "B"]
    assert table.loc["A", "subjectivity"] == pytest.approx(0.4)
    assert (table.loc["A", "hedges"], table.loc["A", "boosters"]) == (3, 1)
    assert table.loc["A", "certainty"] == pytest.approx(-0.5) and table.loc["B", "certainty"] == 0.0


def test_name_rule_is_off_for_title_case_headlines() -> None:
    headline = sentiment.explain("United Nations Warns Of Grave Consequences").set_index("token")
    assert headline.loc["United", "rules"] == "" and headline.loc["United", "vader"] > 0
    body = sentiment.explain("The United Nations warned of grave consequences.").set_index("token")
    assert body.loc["United", "rules"] == "name"


def test_explain_vader_shows_punctuation_emphasis() -> None:
    table = sentiment.explain("The deal is great!!", method="vader")
    assert table["rules"].tolist() == ["", "punctuation emphasis"]
    total = table["contribution"].sum()
    expected = sentiment.score(["The deal is great!!"], method="vader")["compound"][0]
    assert expected == pytest.approx(total / math.sqrt(total * total + 15), abs=1e-3)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120), st.data())
def test_explain_offsets_and_toward_range_for_any_text(text: str, data: st.DataObject) -> None:
    for row in sentiment.explain(text).itertuples():
        assert text[row.start : row.end] == row.token
    if text:
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        assert -1.0 <= toward.score_toward(text, (start, end)) <= 1.0
        assert toward.toward_label(text, (start, end)) in (-1, 0, 1)


def test_tone_toward_scores_mentions_in_one_batch_as_one_at_a_time() -> None:
    text = (
        "Critics slammed Smith for his corrupt handling of the crisis. "
        "Jones won praise for her brave leadership, and Smith agreed with Jones. "
        "Smith was also accused of fraud."
    )
    sentences = _sentences(text)
    re = __import__("re")
    mentions = {name: [(m.start(), m.end()) for m in re.finditer(name, text)] for name in ("Smith", "Jones")}
    rows = toward.tone_toward_rows(
        sentences["start"].tolist(), sentences["end"].tolist(), sentences["text"].tolist(), mentions
    )
    table = toward.tone_toward_table(sentences, mentions)
    assert [r[0] for r in rows] == ["Smith", "Jones"] and [r[1] for r in rows] == table["n_mentions"].tolist() == [3, 2]
    assert [r[2] for r in rows] == table["tone_toward"].tolist()
    for name, (_, n, tone) in zip(mentions, rows, strict=True):
        one_by_one = [
            toward.score_toward(text[s:e], (a - s, b - s))
            for a, b in mentions[name]
            for s, e in zip(sentences["start"], sentences["end"], strict=True)
            if s <= a and b <= e
        ]
        assert len(one_by_one) == n and tone == sum(one_by_one) / n  # the same numbers, to the last bit


def test_tone_toward_mentions_agrees_with_the_speakers_table(sample_path: Path) -> None:
    res = analysis.analyze(sample_path)
    for row in res.speakers.itertuples():
        mentions = toward.tone_toward_mentions(res, row.speaker)
        assert len(mentions) == row.n_mentions
        assert mentions["tone_toward"].mean() == pytest.approx(row.tone_toward)
        text = res.article.text
        assert all(
            text[s:e] == m for s, e, m in zip(mentions["start"], mentions["end"], mentions["mention"], strict=True)
        )


def test_tone_toward_mentions_of_people_who_never_speak() -> None:
    res = analysis.analyze(
        "date 2024-05-01 Talks\n\nTheresa May praised the brave negotiators. Critics said May had failed badly.\n\n"
        '"May is a disaster," one rival said.\n'
    )
    mentions = toward.tone_toward_mentions(res, "Theresa May")
    assert list(mentions["mention"]) == [
        "Theresa May",
        "May",
    ]  # the "May" inside the rival's quote is not the narration's
    assert mentions["tone_toward"].iloc[0] > 0 > mentions["tone_toward"].iloc[1]
    assert toward.tone_toward_mentions(res, "Joe Biden").empty
    other = analysis.analyze("date 2024-05-01 Weather\n\nIn May, the rains came early.\n")
    assert toward.tone_toward_mentions(other, "Theresa May").empty  # never named in full: the month stays a month


_PIECES = [
    "Ann Lee",
    "Lee",
    "Ann",
    "Lees",
    "said",
    "praised",
    "attacked",
    "the plan",
    "badly",
    ".",
    ",",
    '"',
    "\n\n",
    "“",
    "”",
]


@pytest.mark.filterwarnings("ignore::analysis.ArticleWarning")  # word salad does not read as English, rightly
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_tone_toward_mentions_stay_in_their_sentence_and_out_of_quotes(pieces: list[str]) -> None:
    res = analysis.analyze("date 2024-01-01 Test\n\nAnn Lee spoke. " + " ".join(pieces))
    text = res.article.text
    marked = res.quotes[res.quotes["kind"] != "indirect"]
    sentences = res.sentences.set_index("sentence_id")
    for row in toward.tone_toward_mentions(res, "Ann Lee").itertuples():
        assert text[row.start : row.end] == row.mention in {"Ann Lee", "Lee"}
        sentence = sentences.loc[row.sentence_id]
        assert sentence["start"] <= row.start < row.end <= sentence["end"] and sentence["text"] == row.sentence
        assert not any(q.start <= row.start < q.end for q in marked.itertuples())
        assert -1.0 <= row.tone_toward <= 1.0


def test_tone_toward_mentions_of_a_speaker_named_by_surname_alone() -> None:
    # The article never gives a fuller name, but attribution has tied "Caddell" to the speaker: every mention counts.
    res = analysis.analyze(
        'date 2024-01-01 Poll\n\n"Voters are worried," Caddell said. Caddell was widely praised for the excellent poll.\n'
    )
    row = res.speakers.set_index("speaker").loc["Caddell"]
    mentions = toward.tone_toward_mentions(res, "Caddell")
    assert len(mentions) == row["n_mentions"] >= 1
    assert mentions["tone_toward"].mean() == pytest.approx(row["tone_toward"])
