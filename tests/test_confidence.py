"""``res.quotes["confidence"]``: a learned probability that a row's speaker is right (analysis/confidence.py)."""

from __future__ import annotations

import math

import pandas as pd

import analysis
from analysis import confidence
from analysis.speakers import Attribution, Speaker

ARTICLE = (
    "Council to close two libraries\n\n"
    '"We have no money left for the buildings," said council leader Jo Hale on Monday.\n\n'
    "The vote on the closures is on Friday.\n\n"
    '"It is a sad day for every reader in the town."\n'
)


def test_every_row_has_a_probability_and_a_row_without_a_speaker_has_none() -> None:
    q = analysis.analyze(ARTICLE).quotes
    assert q["confidence"].dtype == "float64"
    for who, p in zip(q["speaker"], q["confidence"], strict=True):
        assert math.isnan(p) if who is None else 0.0 < p < 1.0


def test_a_quote_its_cue_names_is_trusted_more_than_one_carried_into_another_paragraph() -> None:
    q = analysis.analyze(ARTICLE).quotes
    named, carried = q.iloc[0], q.iloc[-1]
    assert named["speaker"] == carried["speaker"] == "Jo Hale" and pd.isna(carried["mention"])
    assert named["confidence"] > carried["confidence"]


def test_features_read_how_the_attribution_was_made() -> None:
    text = 'He said: "Yes." Later, "No," said Jo Hale.'
    rows = [
        Attribution(10, 13, "full", "Jo Hale", "He", ":", 0, 0, 2),
        Attribution(24, 26, "full", "Jo Hale", "Jo Hale", "said", 0, 34, 41),
        Attribution(0, 2, "full", None, None, None, 0),
    ]
    speakers = {"Jo Hale": Speaker("Jo Hale", ("Hale",), None, "person", "female")}
    first, second, none = confidence.features(text, rows, speakers)
    assert none is None and len(first) == len(second) == len(confidence.FEATURES)
    f = dict(zip(confidence.FEATURES, first, strict=True))
    s = dict(zip(confidence.FEATURES, second, strict=True))
    assert f["pronoun"] == 1 and f["colon_cue"] == 1 and f["named"] == 0
    assert s["named"] == 1 and s["mention_after"] == 1 and s["as_before"] == 1 and f["as_before"] == 0


def test_the_shipped_weights_are_for_these_features() -> None:
    weights = confidence._weights()
    assert weights is not None and len(weights[0]) == len(confidence.FEATURES)
