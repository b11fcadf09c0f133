"""Topic segmentation quality: Pk and WindowDiff on the shared development set.

Run: ``.venv/bin/python benchmarks/topics.py [--data PATH]``.  Prints a
markdown table for the kit's segmenter (not told the number of segments) and
two baselines: a boundary every 3 paragraphs, and NLTK's TextTiling (Hearst
1997) with default settings and the kit's stopwords (NLTK's own list is not
installed offline).

Protocol (``../shared/eval/topics/README.md``): per document, the gap string
has length N−1 with ``1`` at gap b−1 for each boundary b; window
k = max(2, round(N / (2·S))) with S the number of reference segments;
``nltk.metrics.segmentation.pk`` and ``windowdiff``, macro-averaged.

References:
    Beeferman, D., Berger, A. & Lafferty, J. (1999). Statistical models for
    text segmentation. Machine Learning 34, 177-210 (Pk).
    Pevzner, L. & Hearst, M. A. (2002). A critique and improvement of an
    evaluation metric for text segmentation. Computational Linguistics 28(1)
    (WindowDiff).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "topics" / "dev.jsonl"

Segmenter = Callable[[Sequence[str]], list[int]]


def gap_string(boundaries: Sequence[int], n: int) -> str:
    """``1`` at gap b−1 for each boundary paragraph b (length n−1)."""
    gaps = ["0"] * (n - 1)
    for b in boundaries:
        if 0 < b < n:
            gaps[b - 1] = "1"
    return "".join(gaps)


def boundaries_of(ids: Sequence[int]) -> list[int]:
    """Paragraph indices where the segment id changes."""
    return [i for i in range(1, len(ids)) if ids[i] != ids[i - 1]]


def score(docs: list[dict], segmenter: Segmenter) -> tuple[float, float, float]:
    """Macro Pk, macro WindowDiff and mean hypothesised segments per document."""
    from nltk.metrics.segmentation import pk, windowdiff

    pks, wds, n_segs = [], [], []
    for doc in docs:
        paragraphs = doc["paragraphs"]
        n = len(paragraphs)
        k = max(2, round(n / (2 * (len(doc["boundaries"]) + 1))))
        ref = gap_string(doc["boundaries"], n)
        hyp_bounds = boundaries_of(segmenter(paragraphs))
        hyp = gap_string(hyp_bounds, n)
        pks.append(pk(ref, hyp, k=k, boundary="1"))
        wds.append(windowdiff(ref, hyp, k, boundary="1"))
        n_segs.append(len(hyp_bounds) + 1)
    return statistics.fmean(pks), statistics.fmean(wds), statistics.fmean(n_segs)


def every_three(paragraphs: Sequence[str]) -> list[int]:
    """Baseline: a new segment every 3 paragraphs."""
    return [i // 3 for i in range(len(paragraphs))]


def texttiling(paragraphs: Sequence[str]) -> list[int]:
    """Baseline: NLTK TextTiling, default settings, the kit's stopwords.

    Segments come back as text; each boundary sits at a paragraph break, so
    counting the breaks in each segment maps it back to paragraph indices.
    Documents TextTiling cannot handle (too short) get no boundaries.
    """
    from nltk.tokenize.texttiling import TextTilingTokenizer

    from analysis import resources

    tiler = TextTilingTokenizer(stopwords=sorted(resources.stopwords()))
    text = "\n\n".join(paragraphs)
    try:
        tiles = tiler.tokenize(text)
    except ValueError:
        return [0] * len(paragraphs)
    ids: list[int] = []
    for seg, tile in enumerate(tiles):
        count = len([p for p in tile.split("\n\n") if p.strip()])
        ids.extend([seg] * count)
    ids = (ids + [ids[-1] if ids else 0] * len(paragraphs))[: len(paragraphs)]
    return ids


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    from analysis import topics

    methods: dict[str, Segmenter] = {
        "kit: `topics.segment` (C99-style, number of segments not given)": topics.segment,
        "baseline: boundary every 3 paragraphs": every_three,
        "baseline: NLTK TextTiling (defaults, kit stopwords)": texttiling,
        "baseline: no boundaries": lambda ps: [0] * len(ps),
    }
    ref_segs = statistics.fmean(len(d["boundaries"]) + 1 for d in docs)
    print(f"{args.data.name}: {len(docs)} documents, {ref_segs:.2f} reference segments each on average")
    print("| method | Pk ↓ | WindowDiff ↓ | segments/doc | ms/doc |\n|---|---|---|---|---|")
    for name, fn in methods.items():
        t = time.perf_counter()
        p, w, s = score(docs, fn)
        ms = (time.perf_counter() - t) * 1000 / len(docs)
        print(f"| {name} | {p:.3f} | {w:.3f} | {s:.2f} | {ms:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
