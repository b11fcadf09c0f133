"""analysis.topics: segment ids and shift scores."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import topics

FOOTBALL = [
    "The striker scored twice as the football club won the league match at the stadium.",
    "Fans at the stadium cheered the striker, whose goals sealed the league title for the club.",
    "The club manager praised the striker and the defenders after the football match.",
]
WEATHER = [
    "Forecasters warned that heavy snow and freezing winds would sweep across the northern hills overnight.",
    "The snow closed mountain roads, and the freezing winds brought down power lines in the hills.",
    "Forecasters expect the storm to ease by Sunday, when rain will replace the snow in the valleys.",
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


def test_no_segment_count_is_needed_for_three_topics() -> None:
    ids = topics.segment(FOOTBALL + BUDGET + WEATHER)
    assert ids == [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_single_paragraph_segments_are_folded_into_a_neighbour() -> None:
    odd = ["The orchestra rehearsed the symphony with the violin soloist."]
    ids = topics.segment(FOOTBALL + odd + BUDGET)
    sizes = [ids.count(i) for i in set(ids)]
    assert min(sizes) >= 2
    # ...unless a sub-head makes it a section of its own.
    ids, _ = topics.segments_and_shifts(FOOTBALL + odd + BUDGET, breaks=[3, 4])
    assert ids[3] != ids[2] and ids[3] != ids[4]


def test_paragraphs_without_content_words_do_not_break_anything() -> None:
    ids, shifts = topics.segments_and_shifts(["", "...", "It is.", *FOOTBALL])
    assert len(ids) == len(shifts) == 6 and ids == sorted(ids)
    assert all(0.0 <= s <= 1.0 for s in shifts)


def test_similarity_matrix_is_symmetric_with_unit_diagonal() -> None:
    m = topics.similarity_matrix(FOOTBALL + BUDGET)
    assert m.shape == (6, 6)
    assert (abs(m - m.T) < 1e-12).all() and all(m[i, i] == 1.0 for i in range(6))
    assert m[0, 1] > m[0, 4]


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="mask"):
        topics.segment(FOOTBALL, mask=0)


@given(st.lists(st.text(max_size=80), max_size=12))
@settings(max_examples=60, deadline=None)
def test_any_paragraphs_give_non_decreasing_ids_from_zero(paragraphs: list[str]) -> None:
    ids, shifts = topics.segments_and_shifts(paragraphs)
    assert len(ids) == len(shifts) == len(paragraphs)
    if ids:
        assert ids[0] == 0 and all(b - a in (0, 1) for a, b in zip(ids, ids[1:]))
        assert shifts[0] == 0.0 and all(0.0 <= s <= 1.0 for s in shifts)


def test_the_sample_article_is_one_story_whose_surest_turn_is_towards_the_troops(sample_result) -> None:
    # Its turns (talks · troops at the border · NATO) are mild: shuffled
    # paragraph orders give segments as distinct about one time in six, so
    # the test keeps it whole; the shift still shows where it turns most.
    p = sample_result.paragraphs
    assert 1 <= p["topic_segment"].nunique() <= 6
    shift = p["shift"].tolist()
    assert all(0.0 <= s <= 1.0 for s in shift) and shift[0] == 0.0
    assert max(range(len(shift)), key=shift.__getitem__) in range(5, 10)


# --- real turns only (issue 15) ---------------------------------------------------------------

CYCLE_LANE = [
    "The city council approved a new cycle lane along the river road on Tuesday.",
    "Councillors said the cycle lane would link the station with the university campus.",
    "Work on the lane will start in March and cost the council two million pounds.",
    "Cyclists welcomed the plan, though some shop owners on the river road fear losing parking.",
    "The council said parking would move to a new car park behind the station.",
    "A public meeting on the lane will be held at the town hall next week.",
]


def test_a_short_single_topic_story_is_one_segment() -> None:
    # C99 alone split this story in two: paragraph-to-paragraph variation
    # is not a turn unless shuffled orders rarely give as sharp a one.
    assert topics.segment(CYCLE_LANE) == [0] * 6


def test_results_are_the_same_every_time() -> None:
    text = FOOTBALL + BUDGET + WEATHER
    assert topics.segments_and_shifts(text) == topics.segments_and_shifts(text)


def test_shift_says_how_sure_a_turn_is() -> None:
    _, shifts = topics.segments_and_shifts(FOOTBALL + BUDGET)
    assert shifts[3] == max(shifts) and shifts[3] > 0.9  # the real turn: few shuffled orders turn as sharply
    assert all(s < 0.5 for i, s in enumerate(shifts) if i != 3)
    _, subheaded = topics.segments_and_shifts(FOOTBALL + FOOTBALL, breaks=[3])
    assert subheaded[3] == 1.0  # a sub-head is a sure turn


def test_no_boundary_between_a_question_and_its_answer() -> None:
    # An interview: the question still uses the old topic's words, the
    # answer the new one's; the turn is not between them.
    question = "Can the striker and the club win the league title again next season?"
    ids = topics.segment([*FOOTBALL, question, *BUDGET])
    assert ids[3] == ids[4]
    closing = "The manager asked, \u201cwill the club win the league title again?\u201d"
    ids = topics.segment([*FOOTBALL, closing, *BUDGET])
    assert ids[3] == ids[4]


def test_the_permutation_test_can_be_switched_off() -> None:
    # alpha=1: every split C99 finds is kept (the method before issue 15).
    assert topics.segment(FOOTBALL + BUDGET, alpha=1.0) == [0, 0, 0, 1, 1, 1]


def test_very_long_texts_are_segmented_block_by_block(monkeypatch) -> None:
    # Beyond MAX_BLOCK paragraphs C99 runs per block (linear time and memory);
    # topic changes are still found inside each block.
    text = (FOOTBALL + BUDGET) * 4
    whole = topics.segment(text)
    monkeypatch.setattr(topics, "MAX_BLOCK", 12)
    blocked = topics.segment(text)
    assert len(blocked) == len(text) and blocked[0] == 0
    assert all(b - a in (0, 1) for a, b in zip(blocked, blocked[1:]))
    assert blocked[:12] == whole[:12]  # the first block alone is segmented as before
    assert blocked == whole  # here the block edge falls on a topic change anyway


def test_rank_transform_is_the_share_of_lower_neighbours_in_the_mask() -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    sim = rng.random((9, 9)).round(1)  # rounded: ties must not count as below
    sim = (sim + sim.T) / 2
    mask, r = 5, 2
    rank = topics._rank(sim, mask)
    for i in range(9):
        for j in range(9):
            around = [sim[a, b] for a in range(i - r, i + r + 1) for b in range(j - r, j + r + 1)
                      if 0 <= a < 9 and 0 <= b < 9 and (a, b) != (i, j)]  # fmt: skip
            assert rank[i, j] == sum(v < sim[i, j] for v in around) / len(around)


def test_stacked_rank_transform_counts_each_matrix_alone_with_ties_and_small_sizes() -> None:
    # The shifted flat views must neither cross from one matrix of the stack
    # into the next nor wrap from one row into another, also when the
    # matrix is smaller than the mask.
    import numpy as np

    rng = np.random.default_rng(3)
    for p in (1, 2, 4, 6, 13):
        sims = rng.random((3, p, p)).round(1)
        sims = (sims + sims.transpose(0, 2, 1)) / 2
        stacked = topics._ranks(np.stack([topics._codes(s) for s in sims]), topics.MASK)
        for s, rank in zip(sims, stacked):
            r = topics.MASK // 2
            for i in range(p):
                for j in range(p):
                    around = [s[a, b] for a in range(i - r, i + r + 1) for b in range(j - r, j + r + 1)
                              if 0 <= a < p and 0 <= b < p and (a, b) != (i, j)]  # fmt: skip
                    assert rank[i, j] == sum(v < s[i, j] for v in around) / max(1, len(around))


def test_depth_score_is_the_climb_to_the_nearest_peak_each_side() -> None:
    import numpy as np

    sims = np.array([[0.5, 0.2, 0.2, 0.4, 0.9, 0.3, 0.3, 0.1]])
    depths = topics._depths(sims)[0]
    # Gap 1: left, up to 0.5; right, 0.2 (a tie keeps climbing), 0.4, 0.9, then 0.3 is lower.
    assert depths[1] == pytest.approx(0.5 + 0.9 - 2 * 0.2)
    assert depths[4] == 0.0  # a peak both ways
    # The last gap: left over 0.3, 0.3 up to 0.9; nothing to its right, so its own value.
    assert depths[7] == pytest.approx(0.9 + 0.1 - 2 * 0.1)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(FOOTBALL + BUDGET + ["", "Stadium taxes."]), min_size=1, max_size=9), st.integers(1, 4))
def test_gap_shifts_compare_the_blocks_either_side_of_each_gap(paragraphs: list[str], window: int) -> None:
    # Blocks are summed once and shared by neighbouring gaps; each shift must
    # still be 1 - cosine of the `window` paragraphs before and after its gap.
    vecs = [topics._vector(p) for p in paragraphs]
    before = [topics._sum(vecs[max(0, g - window) : g]) for g in range(1, len(vecs))]
    after = [topics._sum(vecs[g : g + window]) for g in range(1, len(vecs))]
    expected = [round(min(1.0, max(0.0, 1.0 - topics._cosine_of(x, y))), 6) for x, y in zip(before, after)]
    assert topics.gap_shifts(paragraphs, window=window) == expected
