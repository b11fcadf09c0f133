"""analysis.keywords: top terms, phrases, distinctive terms, packaged stopwords."""

from __future__ import annotations

import pytest

from analysis import keywords, resources

TEXT = (
    "The central bank raised interest rates on Tuesday. Interest rates are now at their highest level "
    "in a decade, the central bank said. Economists expect interest rates to rise again. "
    "Finance Minister Maria Lopez welcomed the decision."
)


def test_top_terms_table_shape_and_order() -> None:
    df = keywords.top_terms(TEXT, n=5)
    assert list(df.columns) == ["term", "score"]
    assert len(df) == 5
    assert df["score"].is_monotonic_decreasing


def test_recurring_phrases_beat_their_parts_and_are_deduplicated() -> None:
    terms = [t.lower() for t in keywords.top_terms(TEXT, n=8)["term"]]
    assert "interest rates" in terms and "central bank" in terms
    assert "interest" not in terms and "rates" not in terms


def test_stopwords_and_clitics_never_are_terms() -> None:
    terms = [t.lower() for t in keywords.top_terms("We won't stop. They'll say it's the end, but we don't.", n=20)["term"]]
    assert not set(terms) & (resources.stopwords() | {"n't", "wo", "ll", "s"})


def test_n_must_be_positive() -> None:
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="positive integer"):
            keywords.top_terms(TEXT, n=bad)  # type: ignore[arg-type]


def test_empty_text_gives_empty_table() -> None:
    assert keywords.top_terms("", n=5).empty


def test_background_makes_common_words_less_specific() -> None:
    assert keywords.specificity("the") < keywords.specificity("government") < keywords.specificity("escalation")


def test_distinctive_terms_find_what_sets_a_part_apart() -> None:
    a = keywords.count_terms("Tariffs on steel. Steel tariffs hurt farmers. Farmers fear tariffs and steel duties.")
    b = keywords.count_terms("The election was close. Voters chose a new mayor. The mayor thanked voters.")
    best = [t.lower() for t, z in keywords.distinctive_terms(a, b, n=3)]
    assert set(best) <= {"tariffs", "steel", "farmers", "steel tariffs"} and best
    assert all(z > 0 for _, z in keywords.distinctive_terms(a, b))


def test_packaged_stopwords_are_scikit_learns_minus_the_listed_content_words() -> None:
    sklearn_words = pytest.importorskip("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS
    text = (resources.Path(resources.__file__).parent / "data" / "stopwords-en.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    removed = set(header[header.index("# (scikit-learn's own documentation warns about this list):") + 1][2:].split())
    assert {"interest", "fire", "bill"} <= removed
    assert set(resources._packaged_lines("stopwords-en.txt")) == set(sklearn_words) - removed
