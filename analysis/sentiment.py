"""Tone of text units with VADER.

The sentence is the unit: VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious
Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM) was
built and validated on sentence-length text, and its compound score
saturates towards ±1 on long passages.  Paragraph, section, speaker and
article tone are therefore means of sentence scores, computed by the
pipeline, never one VADER call over a long text.

We use the reference implementation in the ``vaderSentiment`` wheel, which
ships its lexicon; NLTK's port differs on negations ("No problems at all.")
and looks for its lexicon through ``nltk.data``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["COLUMNS", "score"]

#: Columns of :func:`score`'s table, in order.
COLUMNS: tuple[str, ...] = ("compound", "pos", "neu", "neg")


@functools.cache
def _vader() -> SentimentIntensityAnalyzer:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def score(texts: Iterable[str]) -> pd.DataFrame:
    """Score the tone of each text with VADER.

    Args:
        texts: Sentence-sized texts (a bare ``str`` is taken as one text).

    Returns:
        DataFrame with columns ``compound`` (in [-1, 1]), ``pos``, ``neu``,
        ``neg`` (proportions summing to 1, or all 0 for a text with no
        words), one row per input in input order.

    Raises:
        TypeError: If an item is not a string.

    References:
        Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based
        Model for Sentiment Analysis of Social Media Text. ICWSM-14.
    """
    import pandas as pd

    if isinstance(texts, str):
        texts = [texts]
    analyzer = _vader()
    rows = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"score() expects strings; item {i} is {type(text).__name__}")
        polarity = analyzer.polarity_scores(text)
        rows.append([polarity["compound"], polarity["pos"], polarity["neu"], polarity["neg"]])
    return pd.DataFrame(rows, columns=list(COLUMNS), dtype="float64")
