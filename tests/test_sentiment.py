"""analysis.sentiment: VADER scores in input order."""

from __future__ import annotations

import pytest

from analysis import sentiment


def test_columns_and_order() -> None:
    df = sentiment.score(["I love this.", "I hate this.", "The sky is blue."])
    assert list(df.columns) == ["compound", "pos", "neu", "neg"]
    assert df["compound"][0] > 0.5 and df["compound"][1] < -0.5 and df["compound"][2] == 0
    assert ((df[["pos", "neu", "neg"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_reference_vader_handles_negated_negatives() -> None:
    # The reference implementation (vaderSentiment) scores this positive; NLTK's port does not.
    assert sentiment.score(["No problems at all."])["compound"][0] > 0


def test_empty_inputs() -> None:
    assert len(sentiment.score([])) == 0
    assert list(sentiment.score([""]).iloc[0]) == [0.0, 0.0, 0.0, 0.0]


def test_a_single_string_is_one_text() -> None:
    assert len(sentiment.score("Good news.")) == 1


def test_non_strings_are_refused() -> None:
    with pytest.raises(TypeError, match="item 1"):
        sentiment.score(["ok", None])  # type: ignore[list-item]
