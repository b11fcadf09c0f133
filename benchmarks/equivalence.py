"""Check that a change to the pipeline leaves every result as it was.

Run: ``.venv/bin/python benchmarks/equivalence.py --save DIR`` before a
change (speed work, a refactoring), then ``--check DIR`` after it.  Both
analyse the same articles and compare every table of every
:class:`~analysis.results.ArticleAnalysis`: sentences, paragraphs,
sections, quotes, speakers and keywords, column for column (names, order,
dtypes, values; floats to a relative tolerance of 1e-9, since a faster sum
may round the last bit differently).

Articles: the 168 PolNeAR development articles
(``../shared/eval/quotes/polnear/articles``), 60 Wikinews articles spread
over ``../shared/corpus/wikinews`` (both skipped when absent), and the
bundled sample article with both tone methods.  The snapshot lives wherever
DIR points (keep it outside the repository: it is derived data).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The shared data sit beside the checkout (``../shared``); a git worktree one level deeper finds them too.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
POLNEAR = SHARED / "eval" / "quotes" / "polnear" / "articles"
WIKINEWS = SHARED / "corpus" / "wikinews"
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"
N_WIKINEWS = 60
TABLES = ("sentences", "paragraphs", "sections", "quotes", "speakers", "keywords")
RTOL = 1e-9


def _cases() -> list[tuple[str, Path, str]]:
    """``(name, path, tone method)`` of every analysis in the snapshot, in a fixed order."""
    cases = [(f"sample-{m}", SAMPLE, m) for m in ("news", "vader")]
    cases += [(f"polnear/{p.stem}", p, "news") for p in sorted(POLNEAR.glob("*.txt"))]
    wiki = sorted(WIKINEWS.glob("*.txt"))
    if wiki:  # evenly spread over the dates (the four story clusters)
        picks = sorted({wiki[i * len(wiki) // N_WIKINEWS] for i in range(min(N_WIKINEWS, len(wiki)))})
        cases += [(f"wikinews/{p.stem}", p, "news") for p in picks]
    return cases


def _run() -> dict[str, dict[str, object]]:
    import warnings

    import analysis

    out = {}
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ArticleWarnings are not results
        for name, path, method in _cases():
            res = analysis.analyze(path, tone_method=method)
            out[name] = {table: getattr(res, table) for table in TABLES}
    print(f"analysed {len(out)} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return out


def _compare(old, new) -> str | None:  # noqa: ANN001 - DataFrames
    """None when two tables agree, else what differs (first difference)."""
    import pandas as pd

    try:
        pd.testing.assert_frame_equal(old, new, check_exact=False, rtol=RTOL, atol=0.0)
    except AssertionError as err:
        return str(err).strip().splitlines()[0] + " | " + " ".join(str(err).split())[:400]
    return None


def _largest_difference(old, new) -> float:  # noqa: ANN001 - DataFrames
    """Largest absolute difference between the float columns of two matching tables (0.0 if equal to the last bit)."""
    import numpy as np

    largest = 0.0
    for column in old.columns:
        if old[column].dtype.kind == "f":
            a, b = old[column].to_numpy(), new[column].to_numpy()
            both = ~(np.isnan(a) & np.isnan(b))
            if both.any():
                largest = max(largest, float(np.abs(a[both] - b[both]).max()))
    return largest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="DIR", help="write the snapshot to DIR")
    mode.add_argument("--check", type=Path, metavar="DIR", help="compare against the snapshot in DIR")
    args = parser.parse_args()
    results = _run()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        with open(args.save / "snapshot.pkl", "wb") as f:
            pickle.dump(results, f, protocol=pickle.HIGHEST_PROTOCOL)
        print(f"saved {len(results)} analyses × {len(TABLES)} tables to {args.save}")
        return
    with open(args.check / "snapshot.pkl", "rb") as f:
        saved = pickle.load(f)
    problems: list[str] = []
    inexact, largest = 0, 0.0
    if set(saved) != set(results):
        problems.append(f"different articles: {sorted(set(saved) ^ set(results))[:5]}")
    for name in sorted(set(saved) & set(results)):
        for table in TABLES:
            diff = _compare(saved[name][table], results[name][table])
            if diff:
                problems.append(f"{name} {table}: {diff}")
            else:
                d = _largest_difference(saved[name][table], results[name][table])
                inexact += d > 0
                largest = max(largest, d)
    n = len(set(saved) & set(results)) * len(TABLES)
    print("| analyses | tables compared | differ | equal only within 1e-9 | largest float difference |")
    print("|---|---|---|---|---|")
    print(f"| {len(results)} | {n} | {len(problems)} | {inexact} | {largest:.1e} |")
    for p in problems[:20]:
        print("-", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
