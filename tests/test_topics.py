"""analysis.topics: segment ids and shift scores."""

from __future__ import annotations

import pytest

from analysis import topics

FOOTBALL = [
    "The striker scored twice as the football club won the league match at the stadium.",
    "Fans at the stadium cheered the striker, whose goals sealed the league title for the club.",
    "The club manager praised the striker and the defenders after the football match.",
]
BUDGET = [
    "The finance ministry published the budget, raising taxes on fuel and tobacco.",
    "Economists said the budget deficit would shrink as taxes rise and ministry spending falls.",
    "Opposition lawmakers attacked the budget, saying fuel taxes hurt poorer households.",
]


def test_two_topics_are_split_where_they_change() -> None:
    assert topics.segment(FOOTBALL + BUDGET) == [0, 0, 0, 1, 1, 1]


def test_ids_start_at_zero_and_never_decrease() -> None:
    ids = topics.segment(FOOTBALL + BUDGET + FOOTBALL + BUDGET)
    assert ids[0] == 0
    assert all(b - a in (0, 1) for a, b in zip(ids, ids[1:]))


def test_short_and_empty_inputs() -> None:
    assert topics.segment([]) == []
    assert topics.segment(["One paragraph."]) == [0]
    assert topics.segment(["A.", "B.", "C."]) == [0, 0, 0]


def test_forced_breaks_and_shift_scores() -> None:
    ids, shifts = topics.segments_and_shifts(FOOTBALL + FOOTBALL, breaks=[2])
    assert ids[2] == ids[1] + 1
    assert len(shifts) == 6 and shifts[0] == 0.0
    assert all(0.0 <= s <= 1.0 for s in shifts)
    _, mixed = topics.segments_and_shifts(FOOTBALL + BUDGET)
    assert mixed[3] == max(mixed)


def test_one_string_is_refused() -> None:
    with pytest.raises(TypeError):
        topics.segment("a whole article as one string")  # type: ignore[arg-type]
