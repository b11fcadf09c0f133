"""How well ``res.quotes["confidence"]`` tells right attributions from wrong ones, on the labelled sets.

Run from the repository root::

    .venv/bin/python benchmarks/confidence.py               # the measure-only sets (counts only)
    .venv/bin/python benchmarks/confidence.py --set lead1   # one set (readable sets are the model's training data)

For every quote and reported clause the kit attributes (a speaker given) that a gold record with a speaker matches
(``labelled_sets.matched_rows``: the scorer's overlap and speaker rules), the row's ``confidence`` and whether the
speaker is right.  Printed per set: rows and accuracy; ROC AUC (the chance that a right row scores above a wrong
one); the Brier score beside that of the oracle constant (the set's own accuracy, which no model knows in advance);
calibration (rows, mean confidence and accuracy per confidence band); and what checking the least confident rows
first buys (the share of wrong rows among the lowest 10 / 20 / 30 % of rows).  The measure-only sets print these
aggregates only.  The model is fitted on the readable sets (``training/train_confidence.py``), so only the
measure-only sets measure it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled_sets import MEASURE_ONLY, POOLED, SETS, article_path, listed, matched_rows  # noqa: E402
from quotes import EVAL, _scorer  # noqa: E402

#: The confidence bands of the calibration table (lower edges; the last runs to 1).
BANDS = (0.0, 0.8, 0.9, 0.95, 0.98)
#: Shares of rows a checker reads, least confident first.
CHECKED = (0.1, 0.2, 0.3)
#: What the default run scores: the pooled BBC/Wikinews sets and each other measure-only set.
DEFAULT = ("measure", "usheld", "kpheld", "leadheld")


def rows_of(names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Each matched row's confidence and whether its speaker is right, over the sets' articles."""
    import analysis

    scorer = _scorer()
    conf, right = [], []
    for name in names:
        gold_path, listing = SETS[name]
        by_article: dict[str, list[dict]] = {}
        for g in scorer.load_jsonl(gold_path):
            by_article.setdefault(g["article"], []).append(g)
        for article in listed(listing):
            if article not in by_article:
                continue
            q = analysis.analyze(analysis.load_article(article_path(article))).quotes
            spans = list(zip(q["start"].tolist(), q["end"].tolist(), strict=True))
            for k, ok in matched_rows(spans, q["speaker"].tolist(), by_article[article], scorer.speaker_match):
                conf.append(float(q["confidence"].iloc[k]))
                right.append(ok)
    return np.array(conf), np.array(right, dtype=bool)


def auc(conf: np.ndarray, right: np.ndarray) -> float:
    """ROC AUC by ranks (ties share their mean rank; Mann-Whitney U over the pairs)."""
    import pandas as pd

    n_pos, n_neg = int(right.sum()), int((~right).sum())
    if not n_pos or not n_neg:
        return float("nan")
    ranks = pd.Series(conf).rank(method="average").to_numpy()
    return float((ranks[right].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def report(label: str, conf: np.ndarray, right: np.ndarray) -> None:
    """Print one set's table."""
    acc = right.mean()
    brier = float(np.mean((conf - right) ** 2))
    oracle = float(np.mean((acc - right) ** 2))
    print(f"\n{label}: {len(right)} attributed rows, {acc:.3f} right (wrong: {int((~right).sum())})")
    print(f"  ROC AUC {auc(conf, right):.3f}; Brier {brier:.4f} (oracle constant {oracle:.4f})")
    print("  | confidence | rows | mean confidence | right |")
    print("  |---|---:|---:|---:|")
    edges = [*BANDS, 1.0 + 1e-9]
    for lo, hi in zip(edges, edges[1:]):
        m = (conf >= lo) & (conf < hi)
        if m.any():
            print(f"  | {lo:.2f}–{min(hi, 1.0):.2f} | {int(m.sum())} | {conf[m].mean():.3f} | {right[m].mean():.3f} |")
    order = np.argsort(conf, kind="stable")
    wrong = max(1, int((~right).sum()))
    caught = [int((~right[order[: int(round(share * len(order)))]]).sum()) for share in CHECKED]
    print("  checking the least confident rows first: " + ", ".join(
        f"{share:.0%} of rows → {c}/{wrong} wrong ({c / wrong:.0%})" for share, c in zip(CHECKED, caught)
    ))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=[*sorted(SETS), "measure"], action="append", help="default: " + " ".join(DEFAULT)
    )
    args = parser.parse_args()
    if not (EVAL / "score_quotes.py").exists():
        sys.exit("the shared scorer is not here (../shared): nothing to measure")
    for name in args.set or DEFAULT:
        names = POOLED if name == "measure" else (name,)
        kind = "measure-only" if set(names) <= set(MEASURE_ONLY) else "readable: the model's training data"
        report(f"{name} ({kind})", *rows_of(names))


if __name__ == "__main__":
    main()
