"""The rewrites of ``benchmarks/cue_invariance.py`` write grammatical English only.  Every sentence is invented."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import cue_invariance  # noqa: E402


def _rewrite(text: str, mention: str, variant: str, gender: str = "male") -> str:
    at = text.index(mention)
    row = {"mention_start": at, "mention_end": at + len(mention), "gender": gender, "start": 0, "end": 1}
    return cue_invariance.rewrite_article(text, [row], cue_invariance.VARIANTS[variant])[0]


def test_tense_and_verb_variants_agree_with_a_singular_subject_only() -> None:
    text = '"The roads will flood," Tom Barr said.'
    assert _rewrite(text, "Tom Barr", "says") == '"The roads will flood," Tom Barr says.'
    assert _rewrite(text, "Tom Barr", "has said") == '"The roads will flood," Tom Barr has said.'
    plural = "The roads will flood, officials said."
    assert _rewrite(plural, "officials", "says", gender="unknown") == plural  # no "officials says"
    assert _rewrite(plural, "officials", "had said", gender="unknown") == "The roads will flood, officials had said."


def test_inversion_only_after_a_quote_and_never_with_a_pronoun() -> None:
    assert _rewrite('"It will flood," Tom Barr said.', "Tom Barr", "said X") == '"It will flood," said Tom Barr.'
    assert _rewrite('"It will flood," he said.', "he", "said X") == '"It will flood," he said.'
    assert _rewrite("Tom Barr said it would flood.", "Tom Barr", "said X") == "Tom Barr said it would flood."
    undone = _rewrite('"It will flood," said Tom Barr.', "Tom Barr", "X said")
    assert undone == '"It will flood," Tom Barr said.'


def test_according_to_moves_the_mention_and_puts_a_pronoun_in_object_case() -> None:
    assert _rewrite("He said that the roads would flood.", "He", "according to X") == (
        "According to him, the roads would flood."
    )
    assert _rewrite("The roads will flood, Tom Barr said.", "Tom Barr", "according to X") == (
        "The roads will flood, according to Tom Barr."
    )
