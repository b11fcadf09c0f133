"""Fit the attribution confidence model on the readable labelled sets; write ``analysis/data/confidence.npz``.

Run from the repository root (needs ``../shared`` and scikit-learn)::

    .venv/bin/python training/train_confidence.py        # fit, print the CV table, write the npz
    .venv/bin/python training/train_confidence.py --cv   # print the CV table only

Rows: every quote and reported clause the kit attributes (:func:`analysis.attribution.attribute`, a speaker given) in
the articles of the readable labelled sets (``benchmarks/labelled_sets.READABLE``, through ``training/labelled.py``,
which refuses the measure-only sets), matched to a gold record that names a speaker (``labelled_sets.matched_rows``,
the scorer's overlap rule); the label is whether the kit's speaker is the gold one by the shared scorer's matching.
Features: :data:`analysis.confidence.FEATURES`.  Model: logistic regression, ``C`` fixed a priori (1.0, as the other
trainers); repeated 5-fold cross-validation by article (``training/repeated_cv.py``) prints its discrimination (ROC
AUC) and calibration (Brier score) beside a constant model's, so the fit is known to generalise across articles
before it ships; ``benchmarks/confidence.py`` measures it on the measure-only sets.  The labels depend on the
attribution: refit after a change to it (last, after ``train_reported.py`` and ``train_attribution.py``).

Writes (plain arrays, ``np.savez_compressed``, loaded with ``allow_pickle=False``): ``features`` (names, checked at
load), ``coef``, ``intercept``.  Deterministic: the same code and data write the same bytes.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import labelled  # noqa: E402
from repeated_cv import FOLDS, MAX_ITER, REPEATS, C, fold_se, repeated_table  # noqa: E402

from analysis import attribution, confidence  # noqa: E402
from analysis.article import read_article  # noqa: E402

OUT = ROOT / "analysis" / "data" / "confidence.npz"


def collect(sets: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, labels (1 = the kit's speaker is right) and article ids over the sets' articles."""
    ls = labelled._labelled_sets()
    same = labelled.speaker_match()
    xs, ys, arts = [], [], []
    for n, (_name, text, recs) in enumerate(labelled.records(sets)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = read_article(text)
        if art.text != text:
            continue  # offsets would not index the labels' text
        found = attribution.attribute(art)
        rows = [a for a in found.attributions if a.kind != "nonspeech"]
        feats = confidence.features(art.text, rows, found.speakers)
        for k, right in ls.matched_rows([(a.start, a.end) for a in rows], [a.speaker for a in rows], recs, same):
            xs.append(feats[k])
            ys.append(int(right))
            arts.append(n)
    return np.array(xs, dtype=float), np.array(ys), np.array(arts)


def _scores(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    from sklearn.metrics import brier_score_loss, roc_auc_score

    return float(roc_auc_score(y, p)), float(brier_score_loss(y, p))


def cv_table(x: np.ndarray, y: np.ndarray, arts: np.ndarray) -> list[tuple[float, ...]]:
    """Out-of-fold ROC AUC and Brier score (with fold SEs) of the model and of a constant (the training rate),
    means over :data:`REPEATS` partitions of the articles."""
    from sklearn.linear_model import LogisticRegression

    def score_partition(fold_of_article: np.ndarray) -> list[list[float]]:
        folds = fold_of_article[arts]
        auc, brier, base = [], [], []
        for f in range(FOLDS):
            tr, te = folds != f, folds == f
            if len(set(y[te])) < 2:
                continue
            p = LogisticRegression(C=C, max_iter=MAX_ITER).fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
            a, b = _scores(y[te], p)
            auc.append(a)
            brier.append(b)
            base.append(_scores(y[te], np.full(te.sum(), y[tr].mean()))[1])
        return [[float(np.mean(auc)), fold_se(auc), float(np.mean(brier)), fold_se(brier), float(np.mean(base))]]

    table, _ = repeated_table(int(arts.max()) + 1, score_partition, range(REPEATS))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print the CV table only, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not labelled.available():
        sys.exit("../shared (the labelled sets' texts and the scorer) not found")
    from sklearn.linear_model import LogisticRegression

    sets = tuple(labelled._labelled_sets().READABLE)
    x, y, arts = collect(sets)
    print(f"sets {' '.join(sets)}: {len(y)} attributed rows in {len(set(arts))} articles, {y.mean():.3f} right")
    ((auc, auc_se, brier, brier_se, base),) = cv_table(x, y, arts)
    print(
        f"  {REPEATS}x{FOLDS}-fold CV by article: ROC AUC {auc:.3f} (fold SE {auc_se:.3f}); "
        f"Brier {brier:.4f} (SE {brier_se:.4f}) against {base:.4f} for the constant rate"
    )
    if args.cv:
        return
    model = LogisticRegression(C=C, max_iter=MAX_ITER).fit(x, y)
    for name, w in sorted(zip(confidence.FEATURES, model.coef_[0]), key=lambda p: -abs(p[1])):
        print(f"  {name:24s} {w:+.2f}")
    print(f"  {'(intercept)':24s} {model.intercept_[0]:+.2f}")
    np.savez_compressed(
        args.out,
        features=np.array(confidence.FEATURES),
        coef=model.coef_[0],
        intercept=np.array(model.intercept_[0]),
    )
    print("wrote", args.out)


if __name__ == "__main__":
    main()
