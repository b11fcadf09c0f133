"""Keyword quality: F1@5 and F1@10 on the shared news keyphrase development set.

Run: ``.venv/bin/python benchmarks/keywords.py [--data DIR]``.  Prints a
markdown table for :func:`analysis.keywords.top_terms` and YAKE (Campos et
al. 2020; the ``yake`` package, a dev dependency) with n=1 and its default
n=3.

Filler (``--filler``): over the real articles of ``../shared/corpus`` (BBC
and Wikinews), the share of article top-10 terms that no editor would pick:
a single word whose most frequent part of speech in the Brill lexicon (Brill
1994, trained on the Brown corpus and the Penn Treebank; shipped in the
``textblob`` wheel) is a verb, adverb, comparative or superlative, or a
closed class ("said", "possibly", "going", "biggest"); a bare title
("Mr", "Councilmember"); a title glued to a name ("Mr Smith"); and, with
``--scopes``, the same over every scope of :func:`analysis.analyze`
(sections, segments, speakers) on the first articles.

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
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
# What counts as filler is the kit's own definition (the Penn tags and title words keywords drops), so
# the benchmark and the package cannot drift apart.
from analysis.keywords import FILLER_TAGS  # noqa: E402
from analysis.keywords import TITLE_WORDS as TITLES  # noqa: E402

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


@functools.cache
def brill_tags() -> dict[str, str]:
    """Word → most frequent Penn Treebank tag, from the Brill lexicon in the ``textblob`` wheel."""
    import importlib.util

    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-lexicon.txt"
    tags: dict[str, str] = {}
    capitalised: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith(";"):
            # The lower-case entry is the common word ("increase NN"); a
            # capitalised one ("Increase VB", a headline) only fills gaps.
            (tags if parts[0].islower() else capitalised).setdefault(parts[0].lower(), parts[1])
    for word, tag in capitalised.items():
        tags.setdefault(word, tag)
    return tags


def filler_kind(term: str) -> str | None:
    """Why a term is filler (``'verb'``, ``'adverb'``…, ``'title'``, ``'titled name'``), or None."""
    words = re.findall(r"[\w'’.-]+", term.lower())
    if not words:
        return None
    first = words[0].rstrip(".")
    if len(words) == 1:
        if first in TITLES:
            return "title"
        tag = brill_tags().get(first)
        return f"{tag}" if tag in FILLER_TAGS else None
    if first in TITLES and all(w.rstrip(".") in TITLES for w in words):
        return "title"
    if first in TITLES and words[1][:1].isalpha():
        return "titled name"
    return None


def corpus_articles(corpus: Path) -> list[Path]:
    """The BBC and Wikinews article files."""
    return sorted((corpus / "bbc").glob("*-*.txt")) + sorted((corpus / "wikinews").glob("*.txt"))


def filler_report(corpus: Path, *, scopes: int = 0) -> None:
    """Print the filler share of article top-10 terms (and of every scope on the first ``scopes`` articles)."""
    from collections import Counter

    import analysis
    from analysis import keywords

    paths = corpus_articles(corpus)
    if not paths:
        print(f"(no corpus at {corpus})", file=sys.stderr)
        return
    kinds: Counter[str] = Counter()
    examples: Counter[str] = Counter()
    total = said = 0
    for path in paths:
        art = analysis.load_article(path)
        body = [art.text[a:b] for a, b in art.paragraphs]
        whole = [t for t in (art.headline, art.standfirst) if t] + body
        # As analyze() ranks them: headline and standfirst weigh in, every term is one the body has.
        terms = [t for t, _ in keywords.top_term_pairs(whole, 10, lead=len(whole) - len(body))]
        total += len(terms)
        said += any(t.lower() == "said" for t in terms)
        for t in terms:
            if kind := filler_kind(t):
                kinds[kind] += 1
                examples[t] += 1
    n_filler = sum(kinds.values())
    print(f"\nFiller in article top-10 terms: {len(paths)} articles (BBC + Wikinews), {total} terms")
    print("| filler share | articles with 'said' in top 10 | by kind | most frequent |\n|---|---|---|---|")
    by_kind = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
    common = ", ".join(f"{t} ({c})" for t, c in examples.most_common(8))
    print(f"| {n_filler / max(total, 1):.2%} ({n_filler}) | {said} | {by_kind or '-'} | {common or '-'} |")
    if scopes:
        counts: Counter[str] = Counter()
        fill: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for path in paths[:: max(1, len(paths) // scopes)][:scopes]:
            res = analysis.analyze(analysis.load_article(path))
            for scope, term in zip(res.keywords["scope"], res.keywords["term"], strict=True):
                counts[scope] += 1
                if filler_kind(term):
                    fill[scope] += 1
                    seen[f"{scope}: {term}"] += 1
        print(f"\nFiller by scope ({scopes} articles, all ranks)")
        print("| scope | terms | filler share |\n|---|---|---|")
        for scope in sorted(counts):
            print(f"| {scope} | {counts[scope]} | {fill[scope] / counts[scope]:.2%} |")
        print("most frequent:", ", ".join(f"{t} ({c})" for t, c in seen.most_common(12)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--filler", action="store_true", help="also measure filler in real articles' key terms")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--scopes", type=int, default=0, help="with --filler: every scope on this many articles")
    parser.add_argument("--no-yake", action="store_true")
    args = parser.parse_args(argv)
    if not (args.data / "docs").is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 1
    docs = load(args.data)
    methods: dict[str, Extractor] = {"kit: `keywords.top_terms`": kit}
    try:
        if args.no_yake:
            raise ImportError
        methods["YAKE n=1"] = yake_extractor(1)
        methods["YAKE default (n=3)"] = yake_extractor(3)
    except ImportError:
        print("(yake not installed: pip install -e '.[dev]' to compare)", file=sys.stderr)
    print(f"{args.data.name}: {len(docs)} documents")
    print("| method | F1@5 ↑ | F1@10 ↑ | ms/doc |\n|---|---|---|---|")
    for name, fn in methods.items():
        f5, f10, ms = evaluate(docs, fn)
        print(f"| {name} | {f5:.3f} | {f10:.3f} | {ms:.1f} |")
    if args.filler:
        filler_report(args.corpus, scopes=args.scopes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
