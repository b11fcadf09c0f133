"""Fixes of the sanity set's failure classes, judged by grouped CV on the NYT training articles (issue 14).

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/tone_classes.py [--data ../shared/eval/sentiment]``
(about a minute per setting).

Each setting switches one scorer change of :mod:`analysis.sentiment` or one
training constant of ``training/train_tone.py`` and re-runs the shipped
recipe's out-of-fold scoring exactly as ``train_tone.py --cv`` does (NYT
training sentences in 5 folds grouped by article, other sources at random;
news-neutral words and the ridge refitted per fold; no development file
read).  It prints NYT training CV r and macro-F1 (band 0.10 and a band chosen
on the other article folds), per-class F1, NewsMTSC training CV r / macro-F1,
a paired bootstrap interval (whole articles) of each setting's NYT macro-F1
and r minus the baseline's, and how many training sentences each change
touches.  The sanity set is not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import sentiment  # noqa: E402
from benchmarks.tone_designs import band_inner, gold_classes, macro_f1, three_class  # noqa: E402
from training import train_tone  # noqa: E402

NYT = train_tone.SOURCES.index(train_tone.NYT_TRAIN)
NEWSMTSC = train_tone.SOURCES.index("newsmtsc")
BOOTSTRAP = 300

#: name → (NEGATION_SCOPE, NEGATION_LEARNED, NEUTRAL_MIN_SENTENCES, NEUTRAL_MAX_MEAN, news-sense tables on[,
#: OCCASION_WEIGHT])
SETTINGS: dict[str, tuple] = {
    "S0 recipe before (VADER's negation window, unsigned words)": (False, False, 15, 0.0, True),
    "S1 negation ends at the first toned word": (True, False, 15, 0.0, True),
    "S2 S1 + learned words read negation": (True, True, 15, 0.0, True),
    "S3 S1 + news-neutral words from 8 news sentences": (True, False, 8, 0.0, True),
    "S4 S1 + news-neutral words where news mean × sign ≤ 0.15": (True, False, 15, 0.15, True),
    "S5 S1 without the hand-written news-sense tables": (True, False, 15, 0.0, False),
    "S6 S1 + occasion of a positive act at weight 0.3 (shipped)": (True, False, 15, 0.0, True, 0.3),
    "S7 S1 + occasion of a positive act at weight 0": (True, False, 15, 0.0, True, 0.0),
}
_TABLES = (sentiment.NEWS_SENSE_BEFORE, sentiment.NEWS_SENSE_AFTER)


def run(data: Path, setting: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
    sentiment.NEGATION_SCOPE, sentiment.NEGATION_LEARNED, train_tone.NEUTRAL_MIN_SENTENCES = setting[:3]
    train_tone.NEUTRAL_MAX_MEAN = setting[3]
    sentiment.NEWS_SENSE_BEFORE, sentiment.NEWS_SENSE_AFTER = _TABLES if setting[4] else ({}, {})
    sentiment.OCCASION_WEIGHT = setting[5] if len(setting) > 5 else 1.0
    train_tone.out_of_fold.cache_clear()
    return train_tone.out_of_fold(data)


def touched(data: Path) -> tuple[int, int]:
    """NYT training sentences whose lexicon valences the scope rule changes, and that have a negated word."""
    texts, *_ = train_tone.read_rated(data / f"{train_tone.NYT_TRAIN}.tsv")
    changed = negated = 0
    for text in texts:
        sentiment.NEGATION_SCOPE = False
        before = sentiment.rule_tokens(text, names=True, news=frozenset()).valence
        sentiment.NEGATION_SCOPE, sentiment.NEGATION_LEARNED = True, True
        tokens = sentiment.rule_tokens(text, names=True, news=frozenset())
        changed += before != tokens.valence
        negated += any(tokens.negated)
    return changed, negated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=train_tone.DEFAULT_DATA)
    parser.add_argument("--only", nargs="*", help="setting names' first word (S0, S1…)")
    args = parser.parse_args()
    settings = {k: v for k, v in SETTINGS.items() if not args.only or k.split()[0] in args.only}
    changed, negated = touched(args.data)
    print(f"NYT training sentences: scope rule changes {changed}; with a word in a negator's scope {negated}\n")
    rows, preds, scores = [], [], []
    for name, setting in settings.items():
        compound, raw, source, articles = run(args.data, setting)
        nyt, mtsc = source == NYT, source == NEWSMTSC
        gold = gold_classes(raw[nyt], NYT)
        groups = [a for a, m in zip(articles, nyt, strict=True) if m]
        c = compound[nyt]
        fixed = three_class(c, -train_tone.NEWS_BAND, train_tone.NEWS_BAND)
        inner = band_inner(c, gold, groups)
        from sklearn.metrics import f1_score

        per = " / ".join(f"{v:.2f}" for v in f1_score(gold, fixed, average=None, labels=[-1, 0, 1]))
        g = gold_classes(raw[mtsc], NEWSMTSC)
        cm = compound[mtsc]
        mt = f"{np.corrcoef(cm, raw[mtsc])[0, 1]:.3f} / {macro_f1(g, three_class(cm, -0.1, 0.1)):.3f}"
        rows.append(
            (name, float(np.corrcoef(c, raw[nyt])[0, 1]), macro_f1(gold, fixed), macro_f1(gold, inner), per, mt)
        )
        preds.append(fixed)
        scores.append(c)
        print(rows[-1], flush=True)
    articles_ = sorted(set(groups))
    members = {a: np.flatnonzero(np.asarray(groups) == a) for a in articles_}
    rng = np.random.default_rng(0)
    mean = raw[nyt]
    d_f1 = np.zeros((BOOTSTRAP, len(preds)))
    d_r = np.zeros((BOOTSTRAP, len(preds)))
    for b in range(BOOTSTRAP):
        idx = np.concatenate([members[articles_[k]] for k in rng.integers(0, len(articles_), len(articles_))])
        f0 = macro_f1(gold[idx], preds[0][idx])
        r0 = np.corrcoef(scores[0][idx], mean[idx])[0, 1]
        d_f1[b] = [macro_f1(gold[idx], p[idx]) - f0 for p in preds]
        d_r[b] = [np.corrcoef(s[idx], mean[idx])[0, 1] - r0 for s in scores]
    print(
        "\n| setting | NYT train CV r | macro-F1 (band 0.10) | macro-F1 (band inner-CV) | ΔF1 95 % CI | Δr 95 % CI "
        "| F1 neg / neu / pos | NewsMTSC train CV r / macro-F1 |"
    )
    print("|---|---:|---:|---:|---|---|---|---|")
    for k, (name, r, f1, f1i, per, mt) in enumerate(rows):
        lo, hi = np.percentile(d_f1[:, k], [2.5, 97.5])
        rlo, rhi = np.percentile(d_r[:, k], [2.5, 97.5])
        print(
            f"| {name} | {r:.3f} | {f1:.3f} | {f1i:.3f} | {lo:+.3f} … {hi:+.3f} | {rlo:+.3f} … {rhi:+.3f} | {per} | {mt} |"
        )


if __name__ == "__main__":
    main()
