"""Where the topic turns: segments of consecutive paragraphs.

A lexical-cohesion segmenter in the TextTiling family (Hearst 1997,
"TextTiling: Segmenting Text into Multi-paragraph Subtopic Passages",
Computational Linguistics 23(1)): each gap between paragraphs gets the cosine
similarity of the word vectors of the paragraphs before and after it (a
window of ``window`` paragraphs each side), and a *depth* (how far the
similarity dips below the peaks on either side).  Gaps whose depth stands out
from the article's own distribution become boundaries.

Two changes from NLTK's TextTiling, which over-segments news about twofold:
words are weighted by their specificity against general English (wordfreq),
so "said" and "year" do not make paragraphs look alike; and the cut-off is
stricter (mean + ``strictness`` × standard deviation of the depths), with a
minimum segment length.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence

from analysis import resources
from analysis.keywords import specificity
from analysis.tokenize import is_word, words

__all__ = ["gap_scores", "segment", "segments_and_shifts"]


def _vector(paragraph: str) -> Counter[str]:
    stop = resources.stopwords()
    vec: Counter[str] = Counter()
    for token in words(paragraph):
        key = token.lower().rstrip(".")
        if is_word(key) and key not in stop:
            vec[key] += 1
    return vec


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    weight = {t: specificity(t) ** 2 for t in a.keys() | b.keys()}
    dot = sum(a[t] * b[t] * weight[t] for t in a.keys() & b.keys())
    na = math.sqrt(sum(v * v * weight[t] for t, v in a.items()))
    nb = math.sqrt(sum(v * v * weight[t] for t, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def gap_scores(paragraphs: Sequence[str], *, window: int = 2) -> list[tuple[float, float]]:
    """Similarity and depth at each gap between consecutive paragraphs.

    Args:
        paragraphs: The paragraphs' texts, in order.
        window: How many paragraphs each side form a block.

    Returns:
        ``(similarity, depth)`` for gaps ``1..len(paragraphs)-1`` (gap ``i``
        lies before paragraph ``i``); similarity in [0, 1], depth ≥ 0.
    """
    vectors = [_vector(p) for p in paragraphs]
    sims: list[float] = []
    for gap in range(1, len(vectors)):
        left: Counter[str] = sum((vectors[j] for j in range(max(0, gap - window), gap)), Counter())
        right: Counter[str] = sum((vectors[j] for j in range(gap, min(len(vectors), gap + window))), Counter())
        sims.append(_cosine(left, right))
    depths = []
    for i, s in enumerate(sims):
        # Hearst's depth: climb to the nearest peak on each side.
        j = i
        while j > 0 and sims[j - 1] >= sims[j]:
            j -= 1
        left_peak = sims[j]
        k = i
        while k < len(sims) - 1 and sims[k + 1] >= sims[k]:
            k += 1
        right_peak = sims[k]
        depths.append((left_peak - s) + (right_peak - s))
    return list(zip(sims, depths, strict=True))


def segment(
    paragraphs: Sequence[str],
    *,
    window: int = 2,
    strictness: float = 0.5,
    min_length: int = 2,
) -> list[int]:
    """Topic segment id of each paragraph, without being told how many.

    Args:
        paragraphs: The paragraphs' texts, in order.
        window: Paragraphs each side of a gap compared (see :func:`gap_scores`).
        strictness: Cut-off in standard deviations above the mean depth.
        min_length: Fewest paragraphs in a segment.

    Returns:
        One non-decreasing segment id per paragraph, starting at 0.

    Raises:
        TypeError: If given one string instead of a sequence of paragraphs.

    References:
        Hearst, M. A. (1997). TextTiling: Segmenting Text into Multi-paragraph
        Subtopic Passages. Computational Linguistics 23(1), 33-64.
    """
    ids, _ = segments_and_shifts(paragraphs, window=window, strictness=strictness, min_length=min_length)
    return ids


def segments_and_shifts(
    paragraphs: Sequence[str],
    *,
    breaks: Sequence[int] = (),
    window: int = 2,
    strictness: float = 0.5,
    min_length: int = 2,
) -> tuple[list[int], list[float]]:
    """Segment ids and shift strength per paragraph.

    Args:
        paragraphs: The paragraphs' texts, in order.
        breaks: Paragraph indices that must start a new segment (sub-heads).
        window: See :func:`segment`.
        strictness: See :func:`segment`.
        min_length: See :func:`segment`; forced breaks may make shorter ones.

    Returns:
        ``(segment ids, shifts)``: the shift of paragraph ``i`` is ``1 -
        similarity`` across the gap before it (0.0 for the first paragraph).
    """
    if isinstance(paragraphs, str):
        raise TypeError("expected a sequence of paragraph strings, not one string")
    n = len(paragraphs)
    if n == 0:
        return [], []
    forced = {b for b in breaks if 0 < b < n}
    gaps = gap_scores(paragraphs, window=window) if n > 1 else []
    shifts = [0.0] + [round(1.0 - sim, 6) for sim, _ in gaps]
    boundaries = set(forced)
    if n >= 2 * min_length:
        depths = [d for _, d in gaps]
        cutoff = statistics.fmean(depths) + strictness * statistics.pstdev(depths)
        candidates = sorted((i + 1 for i, d in enumerate(depths) if d > cutoff and d > 0), key=lambda g: -depths[g - 1])
        for gap in candidates:  # deepest first, keeping segments at least min_length long
            edges = [0, n, *boundaries]
            if all(abs(gap - e) >= min_length for e in edges):
                boundaries.add(gap)
    ids, current = [], 0
    for i in range(n):
        if i in boundaries:
            current += 1
        ids.append(current)
    return ids, shifts
