"""Repeated cross-validation by article and the one-standard-error rule, shared by the training scripts.

A setting (a decision threshold, an L2 strength) chosen on one partition of the articles into folds wanders with
where that partition happens to cut: the CV curve is flat within a fold standard error over a band of settings, and
the best point and its SE both move with the partition.  Averaging the curve over :data:`REPEATS` partitions
(repeated cross-validation, Krstajic et al. 2014, J. Cheminformatics 6:10) and keeping the simplest setting within
one fold standard error of the best (Hastie, Tibshirani & Friedman 2009, 7.10) makes the choice stable from one
retraining to the next.  ``train_reported.py`` chooses its threshold so, ``train_attribution.py`` its ``C``.

Every partition is seeded by its number, so a run is reproducible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np

#: Folds per partition: by article, so no article's rows are on both sides.
FOLDS = 5
#: Partitions of the articles into folds whose CV tables are averaged.
REPEATS = 10
#: The inverse L2 strength of a plain fit, fixed a priori in both training scripts.
C = 1.0
#: lbfgs iterations: enough that every fit converges (no ConvergenceWarning), so the weights are its optimum's.
MAX_ITER = 2000

T = TypeVar("T")


def partition(n_articles: int, repeat: int, folds: int = FOLDS) -> np.ndarray:
    """The fold of each article in one partition of the repeated cross-validation.

    Articles are dealt to the folds in turn, in name order for repeat 0 (the one partition of earlier rounds) and
    in a shuffled order (seeded by the repeat's number, so a run is reproducible) for the others.
    """
    order = np.arange(n_articles) if repeat == 0 else np.random.default_rng(repeat).permutation(n_articles)
    fold = np.empty(n_articles, dtype=int)
    fold[order] = np.arange(n_articles) % folds
    return fold


def fold_se(per_fold: Sequence[float]) -> float:
    """The standard error of a CV mean from its folds' scores (``std / sqrt(folds)``); 0 with fewer than two
    folds (a model with one non-empty fold has no spread to measure)."""
    if len(per_fold) < 2:
        return 0.0
    return float(np.std(per_fold, ddof=1) / np.sqrt(len(per_fold)))


def one_se(settings: Sequence[T], scores: Sequence[float], ses: Sequence[float]) -> T:
    """The first setting whose score is within one standard error of the best score.

    Args:
        settings: The settings tried, simplest (most conservative) first.
        scores: Each setting's CV score (higher is better): a mean over the partitions, or one partition's.
        ses: Each setting's fold standard error, the same way: a mean over the partitions (the partitions reuse
            the same articles, so their SEs do not shrink with more repeats), or one partition's.

    Returns:
        The simplest setting the data cannot tell from the best.
    """
    best = int(np.argmax(scores))
    floor = scores[best] - ses[best]
    return next(s for s, v in zip(settings, scores) if v >= floor)


def repeated_table(
    n_articles: int,
    score_partition: Callable[[np.ndarray], Sequence[Sequence[float]]],
    repeats: Sequence[int] = range(REPEATS),
) -> tuple[list[tuple[float, ...]], list[Sequence[Sequence[float]]]]:
    """A CV table averaged over repeated partitions of the articles into folds.

    Args:
        n_articles: How many articles the partitions deal to the folds.
        score_partition: Given the fold of each article (:func:`partition`), one row of scores per setting tried,
            in the same setting order and with the same number of columns every time (e.g. a score and its
            :func:`fold_se`).
        repeats: The partitions' numbers.

    Returns:
        ``(table, runs)``: each setting's row averaged over the partitions, and each partition's rows (to see what
        one partition alone would choose).
    """
    runs = [score_partition(partition(n_articles, repeat)) for repeat in repeats]
    return [tuple(float(v) for v in row) for row in np.mean(runs, axis=0)], runs
