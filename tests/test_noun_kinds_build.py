"""training/noun_kinds.py: the speaking-description reader and the share chooser the lexicon build uses (round 39,
person39): invented sentences only."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import noun_kinds  # noqa: E402 - a training script, not a package

from analysis import resources, speakers  # noqa: E402


def _heads(text: str) -> list[tuple[str, str, str]]:
    found = noun_kinds.speaking_heads(text, speakers.cue_verbs(), resources.brill_lexicon()[0])
    return [(h.shape, h.modifier, h.head) for h in found]


def test_the_three_speaking_shapes_give_their_heads() -> None:
    assert _heads("The rock star Ana Kesiwen said the tour would go on.") == [("subject", "rock", "star")]
    assert _heads('"We will play," said the film star.') == [("inverted", "film", "star")]
    assert _heads("Ana Kesiwen, a rock star, said the tour would go on.") == [("appositive", "rock", "star")]


def test_a_noun_use_of_a_cue_word_is_no_speaking_shape() -> None:
    assert _heads("The terrorist attacks shook the city.") == []


def test_the_share_gaining_most_source_uses_is_chosen() -> None:
    candidates = {"star": 0.27, "source": 0.06, "power": 0.06}
    uses = {"star": [2, 0], "source": [10, 0], "power": [0, 1]}
    assert noun_kinds.choose_share(candidates, uses) == 0.06
    assert noun_kinds.choose_share({"power": 0.06}, {"power": [0, 1]}) == 1.0


def test_a_man_noun_has_its_men_plural_as_morphy_reads_it() -> None:
    assert "chairmen" in noun_kinds.plurals("chairman", {})
    assert "shamans" in noun_kinds.plurals("shaman", {})  # the regular form stays
    assert noun_kinds.plurals("lecturer", {}) == ("lecturers",)
    assert {"women", "spokesmen", "gunmen"} <= speakers.PERSON_NOUNS
