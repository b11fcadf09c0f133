"""The name census (benchmarks/name_census.py): which annotated Sources it reads as names, and where a name ends.
Every string here is invented."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))
import name_census  # noqa: E402


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Kesiwen", "Kesiwen"),
        ("Sen. Jo Hale of Westshire", "Sen. Jo Hale"),
        ("Secretary of State Jo Hale", "Secretary of State Jo Hale"),
        ("Dan Tovey, a farmer from Tamford,", "Dan Tovey"),
        ("Campaign spokeswoman Jo Hale", "Jo Hale"),
    ],
)
def test_a_sources_name_ends_before_its_appositive_or_complement(source: str, name: str) -> None:
    span = name_census.source_name(source)
    assert span is not None and source[span[0] : span[1]] == name


@pytest.mark.parametrize("source", ["he", "the mayor", "Some", "Democrats", "a spokesman for Acme"])
def test_a_pronoun_description_quantifier_or_group_is_no_name(source: str) -> None:
    assert name_census.source_name(source) is None


def test_a_name_right_after_a_title_complement_or_a_quote_has_its_shape() -> None:
    text = 'He met the President of the United States Kelemund. "Fine," Jo Hale said.'
    start = text.index("Kelemund")
    assert name_census.shape(text, start - len("United States "), start + len("Kelemund"), 0).startswith("after")
    start = text.index("Jo Hale")
    assert name_census.shape(text, start, start + len("Jo Hale"), 0) == "right after a quote"
