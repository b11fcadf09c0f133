"""The renaming shared by the name-invariance benchmark and the training augmentation (``training/renaming.py``).

``train_attribution.py --augment-names K`` trains on copies of each PolNeAR article whose people carry names the
first-name table cannot gender; these check that a copy renames each person consistently (full name, "Mr X",
possessives, the headline) and that the gold offsets follow.  Every sentence here is invented.
"""

from __future__ import annotations

import sys

from conftest import ROOT

from analysis.gender import first_name_gender

sys.path.insert(0, str(ROOT / "training"))
import renaming  # noqa: E402

TEXT = (
    "Greta Halloway's plan wins backing\n\n"
    "Greta Halloway, the mayor, defended the budget on Monday. Her critic Peter Lindqvist said it was late.\n\n"
    '"We kept our word," Ms. Halloway said. Mr. Lindqvist disagreed with Halloway\'s sums.\n'
)


def _renamed(pool: int = 0) -> tuple[str, list[tuple[int, int, str]], list[renaming.Person]]:
    persons = renaming.text_persons(TEXT, [])
    named = renaming.assign(persons, renaming.TRAINING_POOLS[pool], TEXT, "test")
    new, spans = renaming.rewrite(TEXT, named)
    return new, spans, named


def test_titled_people_are_found_with_their_gender() -> None:
    persons = {p.full: p for p in renaming.text_persons(TEXT, [])}
    assert set(persons) == {"Greta Halloway", "Peter Lindqvist"}
    assert persons["Greta Halloway"].gender == "female" and persons["Peter Lindqvist"].surname == "Lindqvist"


def test_every_mention_is_renamed_consistently() -> None:
    new, _, named = _renamed()
    greta = next(p for p in named if p.full == "Greta Halloway")
    assert new.startswith(f"{greta.new_full}'s plan")  # the headline and its possessive
    assert f"Ms. {greta.new_surname} said" in new  # "Mr X"
    assert f"with {greta.new_surname}'s sums" in new  # a lone surname's possessive
    assert "Halloway" not in new and "Lindqvist" not in new
    assert "Monday" in new  # not a name


def test_the_new_names_are_ungendered_by_the_table_and_keep_gender_in_the_text() -> None:
    new, _, named = _renamed()
    for p in named:
        assert first_name_gender(p.new_given) == "unknown"
    assert "Her critic" in new  # the pronouns are untouched: the context still tells the gender


def test_offsets_follow_the_rewrite() -> None:
    new, spans, _ = _renamed()
    quote = TEXT.index('"We kept our word,"')
    cue = TEXT.index("said it was late")
    assert new[renaming.shift(spans, quote, is_end=False) :].startswith('"We kept our word,"')
    assert new[renaming.shift(spans, cue, is_end=False) :].startswith("said it was late")
    # a span over a renamed name snaps to the new name's edges
    start = TEXT.index("Peter Lindqvist")
    lo, hi = renaming.shift(spans, start, is_end=False), renaming.shift(spans, start + 5, is_end=True)
    assert new[lo:hi] == next(p.new_full for p in _renamed()[2] if p.given == "Peter")


def test_single_name_pool_and_bodies() -> None:
    new, _, named = _renamed(pool=2)
    assert all(not p.new_given for p in named) and "Ms. " in new
    text = "Viola Graystone said the Washington Post erred. Fox News host Jenna Marsh agreed.\n"
    found = {p.full for p in renaming.text_persons(text, [(0, len(text))])}
    assert "Washington Post" not in found and "Fox News" not in found
    assert "Viola Graystone" in found and "Jenna Marsh" in found


def test_copies_are_deterministic() -> None:
    assert _renamed() == _renamed()
    assert renaming.training_pool(3, 0) is renaming.training_pool(0, 0)
