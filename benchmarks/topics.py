"""Topic segmentation quality: Pk and WindowDiff on the shared development set.

Run: ``.venv/bin/python benchmarks/topics.py [--data PATH] [--corpus DIR]``.
Prints a markdown table for the kit's segmenter (not told the number of
segments) and two baselines: a boundary every 3 paragraphs, and NLTK's
TextTiling (Hearst 1997) with default settings and the kit's stopwords (NLTK's
own list is not installed offline).

The stitched set joins chunks of different BBC stories, where every turn is
sharp.  Two real-article checks follow, built from ``../shared/corpus``:

* **Sub-heads removed, recovered**: the Wikinews articles whose plain-text
  sub-heads (listed by hand below, read off the articles) divide real
  sections; the sub-head lines are removed and the sections are the
  reference segments (Pk / WindowDiff as above).
* **Short single-topic stories**: BBC News stories of at most
  :data:`SHORT_PARAGRAPHS` body paragraphs are one story each; the mean
  number of segments found should stay near 1 (target at most 1.5).  The
  corpus keeps several sentences to a paragraph; BBC pages give most
  sentences a paragraph of their own, so the same stories are also run with
  each sentence as a paragraph (those of 4 to :data:`SHORT_SENTENCES`
  sentences), where chance variation between paragraphs is larger.

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
CORPUS = ROOT.parent / "shared" / "corpus"
#: A BBC story this short (body paragraphs) is taken as one topic.
SHORT_PARAGRAPHS = 10
#: ... and, one sentence a paragraph, this many sentences.
SHORT_SENTENCES = 12
#: Wikinews articles with plain-text sub-heads, and the sub-head lines (read
#: by hand; image captions and the empty gallery headings at the end of the
#: Fan Expo article are not sub-heads: the gallery lines are dropped with
#: nothing under them).
SUBHEADED = {
    "2014-01-28_wikinews-gum_warhol-s-photo-legacy-spread-by-university-exhibits.txt": (
        "University exhibits",
        "Superstars",
        "Warhol's photographic legacy",
        "USI exhibit",
    ),
    "2016-09-07_wikinews-gum_pop-culture-celebrated-at-fan-expo-canada-2016-in-toronto.txt": (
        "Displays of charity at event",
        "Cosplay celebration of craftsmanship and characters",
        "Disney",
        "Superheroes",
        "Anime",
        "Video games, movies, and more",
    ),
    "2018-06-19_wikinews-gum_fifa-world-cup-2018-day-five-sweden-belgium-england-win-thre.txt": (
        "Group F \u2014 Sweden 1 \u2013 0 Korea Republic",
        "Group G \u2014 Belgium 3 \u2013 0 Panama",
        "Group G \u2014 Tunisia 1 \u2013 2 England",
    ),
}

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


def _body_paragraphs(path: Path) -> list[str]:
    """Blank-line separated paragraphs after the first (headline) line."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs[1:]


def subheaded_docs(corpus: Path) -> list[dict]:
    """The :data:`SUBHEADED` Wikinews articles, sub-heads removed, sections as reference segments."""
    docs = []
    for name, heads in SUBHEADED.items():
        path = corpus / "wikinews" / name
        if not path.is_file():
            continue
        paragraphs: list[str] = []
        boundaries: list[int] = []
        for p in _body_paragraphs(path):
            if p in heads:
                if paragraphs and (not boundaries or boundaries[-1] != len(paragraphs)):
                    boundaries.append(len(paragraphs))
                continue
            paragraphs.append(p)
        boundaries = [b for b in boundaries if b < len(paragraphs)]  # gallery heads at the end
        docs.append({"id": name, "paragraphs": paragraphs, "boundaries": boundaries})
    return docs


def short_stories(corpus: Path) -> list[list[str]]:
    """Body paragraphs of every BBC story with at most :data:`SHORT_PARAGRAPHS` of them."""
    stories = [_body_paragraphs(p) for p in sorted((corpus / "bbc").glob("*-*.txt"))]
    return [s for s in stories if 2 <= len(s) <= SHORT_PARAGRAPHS]


def sentence_paragraphs(stories: list[list[str]]) -> list[list[str]]:
    """The stories with each sentence as a paragraph (BBC page layout), 4 to :data:`SHORT_SENTENCES` of them."""
    from analysis.tokenize import sentence_spans

    out = []
    for story in stories:
        sentences = [p[a:b] for p in story for a, b in sentence_spans(p)]
        if 4 <= len(sentences) <= SHORT_SENTENCES:
            out.append(sentences)
    return out


def _story_counts(label: str, stories: list[list[str]], methods: dict[str, Segmenter]) -> None:
    paragraphs = statistics.fmean(len(s) for s in stories)
    print(f"\n{label}: {len(stories)} ({paragraphs:.1f} paragraphs each on average)")
    print("| method | segments/story (target ≤ 1.5) | share with one segment |\n|---|---|---|")
    for name, fn in methods.items():
        counts = [len(set(fn(s))) for s in stories]
        print(f"| {name} | {statistics.fmean(counts):.2f} | {sum(c == 1 for c in counts) / len(counts):.2f} |")


def real_articles(corpus: Path, methods: dict[str, Segmenter]) -> None:
    """Print the two real-article checks (skipped when the corpus is absent)."""
    docs = subheaded_docs(corpus)
    stories = short_stories(corpus)
    if not docs and not stories:
        print(f"(no corpus at {corpus}: real-article checks skipped)", file=sys.stderr)
        return
    if docs:
        ref_segs = statistics.fmean(len(d["boundaries"]) + 1 for d in docs)
        paragraphs = statistics.fmean(len(d["paragraphs"]) for d in docs)
        print(
            f"\nWikinews, sub-heads removed: {len(docs)} articles, {paragraphs:.1f} paragraphs and "
            f"{ref_segs:.2f} sections each on average"
        )
        print("| method | Pk ↓ | WindowDiff ↓ | segments/doc |\n|---|---|---|---|")
        for name, fn in methods.items():
            p, w, s = score(docs, fn)
            print(f"| {name} | {p:.3f} | {w:.3f} | {s:.2f} |")
    if stories:
        _story_counts(f"BBC single-topic stories of 2-{SHORT_PARAGRAPHS} paragraphs", stories, methods)
        _story_counts("The same stories, one sentence a paragraph", sentence_paragraphs(stories), methods)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    from analysis import topics

    methods: dict[str, Segmenter] = {
        "kit: `topics.segment` (C99 + permutation test, number of segments not given)": topics.segment,
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
    real_articles(args.corpus, methods)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
