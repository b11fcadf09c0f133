"""Whether the reported-speech scorer gains from feature interactions, L2 strength or class weights (repeated CV).

Run from the repository root (needs PolNeAR's train split and scikit-learn; reads only its *fit* part, as
``training/train_reported.py`` does, and writes nothing)::

    .venv/bin/python training/reported_interactions.py          # the five settings of DEFAULT_SETTINGS (~40 s)
    .venv/bin/python training/reported_interactions.py --all    # every setting of SETTINGS (~3 min)

Each setting refits ``train_reported.py``'s logistic regression on the same candidates (``train_reported.collect``)
with conjunction features added to every candidate's :func:`analysis.reported._features` (:func:`conjoined`: a
few feature families, chosen a priori, crossed systematically), and/or another L2 strength ``C`` or weight of a
positive row, and prints the repeated-CV table's summary (10 partitions × 5 folds by article, out-of-fold scores
through the kit's own selection, F1 as ``benchmarks/reported.py`` counts it): F1 at the threshold the one-SE rule
chooses, the best F1 and its threshold, F1 at the shipped −1.0, and the fold SE.  A setting is worth shipping only
when its CV F1 beats the plain model's by more than one fold SE (about 0.005).

The families (strings already in ``_features``): the verb (its lemma and its weight classes, ``@say`` …) × side ×
subject shape (``vss``), × side × the content's first word class (``vsf``), × ``that`` (``vt``), × side × finite
(``vsfin``); subject shape × side × finite (``ssf``); side × first word × finite (``sff``).

Round 38 (repfeat38; 663 fit articles, 8,092 candidates, plain model 2,032 features): no setting moved CV F1 by
more than 0.003, under a third of a fold SE, so nothing shipped::

    setting                              features  chosen  F1 at chosen           best F1 (at)    F1 at -1.0
    plain (C 1)                          2,032     -1.0    0.876                  0.879 (-1.8)    0.876
    one family (vss, vsf, vt, vsfin,     2,055-    -1.0    0.875 each             0.878-0.879     0.875
      ssf or sff alone)                  3,030                                    (-1.8)
    all six families                     4,518     -1.0    0.873                  0.878 (-1.8)    0.873
    all six, verb classes only           2,743     -1.0    0.874                  0.878 (-1.8)    0.874
    all six, C 0.3                       4,518     -1.0    0.877                  0.880 (-1.4)    0.877
    all six, verb classes only, C 0.3    2,743     -1.0    0.878                  0.880 (-1.4)    0.878
    vss, C 0.3                           3,030     -0.8    0.875                  0.879 (-1.4)    0.877
    C 0.1 / 0.3 / 0.5                    2,032     -0.8    0.873 / 0.875 / 0.875  0.879 each      0.877 / 0.877 / 0.877
    C 2 / 3 / 10                         2,032     -1.0    0.873 / 0.872 / 0.867  0.878 / 0.876 / 0.873
    positive weight 0.7 / 1.5 / 2        2,032     -1.2 / -0.6 / -0.4  0.875 / 0.874 / 0.874  0.879 / 0.878 / 0.878

(fold SE 0.005-0.006 throughout.)  The best setting's gain is small but steady: partition by partition against
the plain model on the same folds, +0.000 to +0.005 at -1.0 (mean +0.002), +0.001 to +0.004 at -1.4, and -0.003 to
+0.001 at -1.8 (mean -0.001), so it moves the curve's shoulder, not its peak.

A ceiling check outside this script, on 3 partitions and the 844 features seen at least 10 times: gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, 150 rounds of 15
leaves), which learn interactions of any order, reached CV F1 0.874 (best 0.877) beside the logistic model's 0.876
(best 0.880) on the same folds, and their average with it 0.876 (best 0.880).

A positive weight only slides the curve along the threshold axis (the one-SE rule follows it); a stronger L2
(C 0.3) lets the crossed families cost nothing, but gains nothing either.  Neither crossed families nor trees
separate what the logistic model gets wrong: its errors are no interaction of what ``_features`` already reads, so a
gain needs new evidence in the features, not new products of the old.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import reporting_verbs as rv  # noqa: E402
import train_reported as tr  # noqa: E402

#: The conjunction families :func:`conjoined` can add (the module's text names them).
FAMILIES = ("vss", "vsf", "vt", "vsfin", "ssf", "sff")
#: A setting: its label, the families added, whether the verb enters them by its weight classes only, ``C``, and
#: the weight of a positive row.
Setting = tuple[str, tuple[str, ...], bool, float, float]
#: Every setting round 38 tried (``--all``).
SETTINGS: tuple[Setting, ...] = (
    ("plain", (), False, 1.0, 1.0),
    *((family, (family,), False, 1.0, 1.0) for family in FAMILIES),
    ("all six", FAMILIES, False, 1.0, 1.0),
    ("all six, classes", FAMILIES, True, 1.0, 1.0),
    ("all six, C 0.3", FAMILIES, False, 0.3, 1.0),
    ("all six, classes, C 0.3", FAMILIES, True, 0.3, 1.0),
    *((f"C {c:g}", (), False, c, 1.0) for c in (0.1, 0.3, 0.5, 2.0, 3.0, 10.0)),
    *((f"positive weight {w:g}", (), False, 1.0, w) for w in (0.7, 1.5, 2.0)),
)
#: The settings run without ``--all``: the plain model, the crossed families at the plain and the stronger L2,
#: and the L2 and weight settings nearest the plain one.
DEFAULT_SETTINGS = ("plain", "all six", "all six, classes, C 0.3", "C 0.3", "positive weight 2")


def conjoined(feats: tuple[str, ...], families: tuple[str, ...], classes_only: bool = False) -> tuple[str, ...]:
    """A candidate's features with the crossed families added.

    Args:
        feats: The candidate's features (:func:`analysis.reported._features`).
        families: Which of :data:`FAMILIES` to add.
        classes_only: Cross the verb's weight classes (``@say``) only, not its lemma, when it has a class (fewer,
            better-populated conjunctions).

    Returns:
        ``feats`` followed by the new features, each prefixed ``x:`` so none collides with a hand-written one.
    """
    keys = ["according"] if "according" in feats else [f[6:] for f in feats if f.startswith("lemma=") and "|" not in f]
    if classes_only:
        keys = [k for k in keys if k.startswith("@")] or keys
    single: dict[str, str] = {}
    for f in feats:
        if "|" not in f and "=" in f:
            name, value = f.split("=", 1)
            single.setdefault(name, value)
    side, subject = single.get("side"), single.get("subject", "none")
    first, finite = single.get("first", "none"), single.get("finite", "none")
    out: list[str] = []
    if "vss" in families:
        out += [f"x:{k}|{side}|subject={subject}" for k in keys]
    if "vsf" in families:
        out += [f"x:{k}|{side}|first={first}" for k in keys]
    if "vt" in families:
        out += [f"x:{k}|that={'that' in feats}" for k in keys]
    if "vsfin" in families:
        out += [f"x:{k}|{side}|finite={finite}" for k in keys]
    if "ssf" in families:
        out.append(f"x:subject={subject}|{side}|finite={finite}")
    if "sff" in families:
        out.append(f"x:{side}|first={first}|finite={finite}")
    return (*feats, *out)


def cv_summary(data: list, setting: Setting) -> tuple[int, float, tuple, tuple, tuple]:
    """One setting's repeated CV: its feature count, chosen threshold, and the chosen, best and −1.0 table rows."""
    _, families, classes_only, c, positive_weight = setting
    crossed = [
        ([[(r[0], r[1], conjoined(r[2], families, classes_only), *r[3:]) for r in g] for g in groups], speech)
        for groups, speech in data
    ]
    names = sorted({f for groups, _ in crossed for g in groups for r in g for f in r[2]})
    x, y, owner, known = tr._matrix(crossed, {f: i for i, f in enumerate(names)})
    tr.C = c  # (train_reported's out_of_fold reads its module's C)
    weight = np.where(y == 1, positive_weight, 1.0) if positive_weight != 1.0 else None
    table = tr.cv_table(crossed, x, y, owner, known, weight)[0]
    chosen = tr.choose_threshold(table)
    return (
        len(names),
        chosen,
        next(r for r in table if r[0] == chosen),
        max(table, key=lambda r: r[3]),
        next(r for r in table if r[0] == -1.0),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="run every setting of SETTINGS")
    args = parser.parse_args()
    if not rv.TRAIN.exists():
        print(f"PolNeAR's train split is not here ({rv.TRAIN}): nothing to measure")
        return
    data = tr.collect()
    print(f"{len(data)} fit articles, {sum(len(g) for groups, _ in data for g in groups)} candidates")
    print("| setting | features | chosen | F1 (P, R) | best F1 (at) | F1 at -1.0 | fold SE |")
    print("|---|---|---|---|---|---|---|")
    for setting in SETTINGS:
        if not args.all and setting[0] not in DEFAULT_SETTINGS:
            continue
        n, chosen, row, best, at = cv_summary(data, setting)
        print(
            f"| {setting[0]} | {n} | {chosen:+.1f} | {row[3]:.4f} ({row[1]:.3f}, {row[2]:.3f}) | "
            f"{best[3]:.4f} ({best[0]:+.1f}) | {at[3]:.4f} | {row[4]:.4f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
