"""The helpers of ``benchmarks/tone_designs.py`` (issue 14's cross-validated designs), on small literal inputs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def designs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tone_designs", ROOT / "benchmarks" / "tone_designs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("tone_designs", module)
    spec.loader.exec_module(module)
    return module


def test_inflections_take_the_base_word_valence_and_never_override_the_lexicon(designs) -> None:  # type: ignore[no-untyped-def]
    forms = designs.inflections({"pollute": -2.3, "worry": -1.9, "worried": -1.2, "bad": -2.5})
    assert forms["polluting"] == forms["polluted"] == forms["pollutes"] == -2.3
    assert forms["worries"] == -1.9
    assert "worried" not in forms  # the lexicon's own entry stands
    assert "bads" not in forms  # words under four letters are left alone


def test_labmt_valences_keep_words_outside_the_stop_band(designs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "labMT1.txt"
    table.write_text(
        "word\thappiness_rank\thappiness_average\n"
        "flood\t9000\t2.42\nhelped\t800\t7.28\nmeet\t3000\t6.38\nthe\t5000\t4.98\n3-bedroom\t4000\t6.20\n",
        encoding="utf-8",
    )
    valences = designs.labmt_valences(table)
    assert valences == pytest.approx({"flood": -2.58, "helped": 2.28})


def test_neighbours_are_the_previous_and_next_sentence_of_the_same_article(designs) -> None:  # type: ignore[no-untyped-def]
    ids = ["7_1", "7_2", "7_3", "9_1"]
    near = designs.neighbours(np.array([1.0, 2.0, 4.0, 8.0]), ids)
    assert near.tolist() == [2.0, 2.5, 2.0, 0.0]


def test_three_class_uses_two_thresholds(designs) -> None:  # type: ignore[no-untyped-def]
    labels = designs.three_class(np.array([-0.5, -0.1, 0.0, 0.15, 0.3]), -0.1, 0.2)
    assert labels.tolist() == [-1, -1, 0, 0, 1]


def test_ordinal_logistic_puts_the_neutral_class_between_its_thresholds(designs) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("scipy")
    score = np.linspace(-3, 3, 61)
    gold = np.where(score > 1, 1, np.where(score < -1, -1, 0))
    w, low, high = designs.fit_ordinal(score[:, None], gold, l2=0.0)
    assert w[0] > 0 and low < high
    assert designs.three_class(score * w[0], low, high).tolist() == gold.tolist()


def test_the_inner_band_is_chosen_without_the_fold_it_labels(designs) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn")
    score = np.tile([-0.5, -0.02, 0.03, 0.6], 5)
    gold = np.tile([-1, 0, 0, 1], 5)
    groups = [f"article {i // 4}" for i in range(20)]
    assert designs.band_inner(score, gold, groups).tolist() == gold.tolist()


def test_bootstrap_intervals_resample_whole_articles(designs) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn")
    gold = np.tile([-1, 0, 1], 4)
    groups = [f"article {i // 3}" for i in range(12)]
    same, worse = designs.bootstrap_intervals(gold, [gold, np.zeros(12, dtype=int)], groups, resamples=20)
    assert same == (0.0, 0.0)
    assert worse[1] < 0
