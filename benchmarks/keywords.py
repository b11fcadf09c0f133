"""Keyword quality: F1@5 and F1@10 on the shared news keyphrase development set.

Run: ``.venv/bin/python benchmarks/keywords.py [--data DIR]``.  Prints a
markdown table for :func:`analysis.keywords.top_terms` and YAKE (Campos et
al. 2020; the ``yake`` package, a dev dependency) with n=1 and its default
n=3.

Protocol (``../shared/eval/keywords/README.md``): unescape HTML entities,
lower-case, keep ``\\w+`` tokens, Porter-stem each token (NLTK's stemmer needs
no data); de-duplicate predictions in rank order and cut at k; precision is
matches over the predictions kept (at most k), recall matches over the gold
phrases; F1@k per document, macro-averaged over documents.

References:
    Marujo, L. et al. (2012). Supervised topical key phrase extraction of news
    stories using crowdsourcing, light filtering and co-reference
    normalization. LREC 2012 (500N-KPCrowd).
    Campos, R. et al. (2020). YAKE! Keyword extraction from single documents
    using multiple local features. Information Sciences 509, 257-289.
"""

from __future__ import annotations

import argparse
import functools
import html
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "keywords"

Extractor = Callable[[str, int], list[str]]


@functools.cache
def _stemmer():  # noqa: ANN202
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def normalise(phrase: str) -> str:
    """Lower-case ``\\w+`` tokens, Porter-stemmed, space-joined."""
    return " ".join(_stemmer().stem(t) for t in re.findall(r"\w+", html.unescape(phrase).lower()))


def f1_at(predicted: Sequence[str], gold: set[str], k: int) -> float:
    """F1 of the first k distinct normalised predictions against the gold set."""
    seen: list[str] = []
    for p in predicted:
        key = normalise(p)
        if key and key not in seen:
            seen.append(key)
    kept = seen[:k]
    if not kept or not gold:
        return 0.0
    hits = sum(1 for p in kept if p in gold)
    if hits == 0:
        return 0.0
    precision, recall = hits / len(kept), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def load(data: Path) -> list[tuple[str, str, set[str]]]:
    """``(name, text, normalised gold phrases)`` for every document with keys."""
    docs = []
    for path in sorted((data / "docs").glob("*.txt")):
        keys = data / "keys" / f"{path.stem}.key"
        if not keys.is_file():
            continue
        gold = {normalise(line) for line in keys.read_text(encoding="utf-8", errors="replace").splitlines()}
        gold.discard("")
        text = html.unescape(path.read_text(encoding="utf-8", errors="replace"))
        docs.append((path.stem, text, gold))
    return docs


def kit(text: str, k: int) -> list[str]:
    from analysis import keywords

    return list(keywords.top_terms(text, k)["term"]) if text.strip() else []


def yake_extractor(n: int) -> Extractor:
    import yake

    def extract(text: str, k: int) -> list[str]:
        if not text.strip():
            return []
        extractor = yake.KeywordExtractor(lan="en", n=n, top=k)
        return [kw for kw, _ in extractor.extract_keywords(text)]

    return extract


def evaluate(docs: list[tuple[str, str, set[str]]], extract: Extractor) -> tuple[float, float, float]:
    """Macro F1@5, F1@10 and milliseconds per document."""
    t = time.perf_counter()
    f5, f10 = [], []
    for _, text, gold in docs:
        predicted = extract(text, 10)
        f5.append(f1_at(predicted, gold, 5))
        f10.append(f1_at(predicted, gold, 10))
    ms = (time.perf_counter() - t) * 1000 / max(1, len(docs))
    return statistics.fmean(f5), statistics.fmean(f10), ms


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not (args.data / "docs").is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 1
    docs = load(args.data)
    methods: dict[str, Extractor] = {"kit: `keywords.top_terms`": kit}
    try:
        methods["YAKE n=1"] = yake_extractor(1)
        methods["YAKE default (n=3)"] = yake_extractor(3)
    except ImportError:
        print("(yake not installed: pip install -e '.[dev]' to compare)", file=sys.stderr)
    print(f"{args.data.name}: {len(docs)} documents")
    print("| method | F1@5 ↑ | F1@10 ↑ | ms/doc |\n|---|---|---|---|")
    for name, fn in methods.items():
        f5, f10, ms = evaluate(docs, fn)
        print(f"| {name} | {f5:.3f} | {f10:.3f} | {ms:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
