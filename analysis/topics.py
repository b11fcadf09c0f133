"""Where the topic turns: segments of consecutive paragraphs.

Segments come from C99 (Choi 2000), run over *paragraphs* rather than
sentences:

1. each paragraph becomes a vector of word stems weighted by how specific
   the word is against general English (``-log10`` of its ``wordfreq``
   frequency, an outside IDF), so "said", "year" and "people" barely count
   and "Donbas" or "tariffs" count a lot;
2. the cosine similarities of all paragraph pairs are replaced by their
   *rank* within a small neighbourhood (Choi's rank transform: absolute
   cosines of short texts are unreliable, their order is not);
3. divisive clustering: the article is split repeatedly at the paragraph
   gap that most increases the inside density of the segments (sum of ranks
   inside the diagonal blocks over their area) until no gap is left; the
   splits kept are those up to the last one whose gain exceeds the mean gain
   plus ``strictness`` standard deviations — so the number of segments is
   never given;
4. segments shorter than ``min_length`` paragraphs are folded into the
   neighbour they share more words with.

Explicit sub-heads are fixed boundaries before the clustering starts (and
are never folded away).  The
``shift`` of each gap, reported alongside, is ``1 − cosine`` of the
``window`` paragraphs either side (the block comparison of TextTiling,
Hearst 1997) on the same weighted vectors: 0 where the words carry on, 1
where nothing is shared.

Cost: building the vectors is linear in the text; the similarity and rank
matrices are ``O(P²)`` for ``P`` paragraphs (numpy, microseconds for a news
article) and clustering is ``O(P²)`` with prefix sums, a round scoring every
candidate split with a few float operations.  A text longer than
:data:`MAX_BLOCK` paragraphs (hundreds of times a news article: a book, a
whole archive pasted as one text) is segmented in blocks of that size, so
time and memory stay linear.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import resources
from analysis.keywords import specificity, stem
from analysis.tokenize import LETTER_WORD

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["gap_shifts", "segment", "segments_and_shifts", "similarity_matrix"]

#: Side of the rank mask: Choi's (2000) default, not tuned.
MASK = 11
#: Tuned on the development set (``benchmarks/topics.py``): the stopping
#: threshold (0.25-1.0 tried) and the shortest segment (1 or 2 paragraphs).
STRICTNESS = 0.5
MIN_LENGTH = 2
#: Longest run of paragraphs segmented as one (C99's matrices are P × P);
#: longer texts are cut into blocks of this size first.
MAX_BLOCK = 300

# Words for segmentation only: a cheap regex instead of Punkt + Treebank,
# since only the bag of words matters here, not offsets or sentences.
_WORD = LETTER_WORD


def _vector(paragraph: str) -> Counter[str]:
    """Stem → summed specificity of its occurrences (a TF × outside-IDF vector)."""
    vec: dict[str, float] = {}  # a dict, then one Counter: Counter's += is a Python-level call per word
    for word in _WORD.findall(paragraph):
        weight = _word_weight(word)
        if weight is not None:
            vec[weight[0]] = vec.get(weight[0], 0) + weight[1]
    return Counter(vec)


@functools.lru_cache(maxsize=65536)
def _word_weight(word: str) -> tuple[str, float] | None:
    """``(stem, specificity)`` of a word as written, None for stopwords and one-letter words.

    Cached per process: the same few thousand words recur in every article,
    and normalising, stemming and looking up each occurrence was most of the
    cost of building the vectors.
    """
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) < 2 or word in resources.stopwords():
        return None
    return stem(word), specificity(word)


def _vectors(paragraphs: Sequence[str]) -> list[Counter[str]]:
    return [_vector(p) for p in paragraphs]


def _norm(a: Counter[str]) -> float:
    """Euclidean length of a vector."""
    return math.sqrt(sum(v * v for v in a.values()))


def _cosine(a: Counter[str], na: float, b: Counter[str], nb: float) -> float:
    """Cosine of two vectors given with their norms (:func:`_norm`)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, na, b, nb = b, nb, a, na
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    return dot / (na * nb)


def similarity_matrix(paragraphs: Sequence[str]) -> np.ndarray:
    """Cosine similarity of every pair of paragraphs (background-weighted stems).

    Args:
        paragraphs: The paragraphs' texts, in order.

    Returns:
        A symmetric ``P × P`` array with ones on the diagonal (zero for
        paragraphs without content words).
    """
    import numpy as np

    vecs = _vectors(paragraphs)
    return _matrix(vecs) if vecs else np.zeros((0, 0))


def _matrix(vecs: list[Counter[str]]) -> np.ndarray:
    import numpy as np

    vocab: dict[str, int] = {}
    for v in vecs:
        for t in v:
            vocab.setdefault(t, len(vocab))
    # Fill the dense matrix with one fancy-indexed assignment (a Python
    # assignment per cell cost more than the matrix product).
    rows = [i for i, v in enumerate(vecs) for _ in range(len(v))]
    cols = [vocab[t] for v in vecs for t in v]
    m = np.zeros((len(vecs), max(1, len(vocab))))
    m[rows, cols] = [w for v in vecs for w in v.values()]
    norms = np.linalg.norm(m, axis=1)
    norms[norms == 0] = 1.0
    m /= norms[:, None]
    # One BLAS thread: the product is small, and waking OpenBLAS's threads
    # cost up to 100 times the product itself on a busy two-core machine
    # (and competes with the corpus engine's worker processes).  Same numbers.
    with _blas().limit(limits=1, user_api="blas"):
        sim = m @ m.T
    np.fill_diagonal(sim, 1.0)
    return sim


@functools.cache
def _blas():  # noqa: ANN202 - threadpoolctl's controller
    """The process's BLAS thread pools (threadpoolctl), found once."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _rank(sim: np.ndarray, mask: int) -> np.ndarray:
    """Choi's rank transform: share of neighbours (in a mask × mask window) below each cell."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    r = mask // 2
    # Every cell's mask × mask neighbourhood as a view (no copy); cells
    # outside the matrix are NaN, which is never below.
    windows = sliding_window_view(np.pad(sim, r, constant_values=np.nan), (mask, mask))
    below = (windows < sim[:, :, None, None]).sum(axis=(2, 3))  # (nor is a cell below itself)
    # Neighbours inside the matrix: rows in reach × columns in reach, less
    # the cell itself (counted, not read off the NaN padding: the similarity
    # matrix has no NaN, and counting took as long as the comparison).
    i = np.arange(len(sim))
    reach = np.minimum(i + r, len(sim) - 1) - np.maximum(i - r, 0) + 1
    count = np.outer(reach, reach) - 1
    count[count == 0] = 1
    return below / count


def _divide(rank: np.ndarray, fixed: Sequence[int], *, strictness: float, min_length: int) -> list[int]:
    """C99 divisive clustering; returns the chosen boundaries (fixed ones included)."""
    import numpy as np

    n = len(rank)
    # 2-D prefix sums: the rank mass of block [a, b) × [a, b) in O(1).  Read
    # as Python floats: a round costs a few float operations per gap, and
    # scoring them as numpy arrays spent its time in ~40 numpy calls per
    # round (a millisecond per news article); the arithmetic is the same
    # IEEE double arithmetic in the same order, so the numbers are the same.
    cum = np.zeros((n + 1, n + 1))
    cum[1:, 1:] = rank.cumsum(0).cumsum(1)
    pre = cum.tolist()

    def mass(a: int, b: int) -> float:
        return pre[b][b] - pre[a][b] - pre[b][a] + pre[a][a]

    edges = sorted({0, n, *fixed})
    segments = list(zip(edges, edges[1:]))
    inside = sum(mass(a, b) for a, b in segments)
    area = sum((b - a) ** 2 for a, b in segments)
    densities = [inside / area]
    chosen: list[int] = []
    # Each gap c that may still be cut, in reading order, with its segment
    # [a, b), the masses of the segment and of the two halves a cut would
    # leave, and the change in area; an entry changes only when its segment
    # is cut (segments only shrink, so a gap too close to an end stays so).
    gaps: dict[int, tuple[int, int, float, float, float, int]] = {}

    def enter(a: int, b: int) -> None:
        whole = mass(a, b)
        for c in range(a + 1, b):
            if c - a >= min_length and b - c >= min_length:
                gaps[c] = (a, b, whole, mass(a, c), mass(c, b), (c - a) ** 2 + (b - c) ** 2 - (b - a) ** 2)
            else:
                gaps.pop(c, None)

    for a, b in segments:
        enter(a, b)
    while gaps:
        # Score every cut (the density of the segments it would leave); the
        # first best gap in reading order wins, as a loop over segments and
        # gaps would choose.  (Densities are finite: areas are positive.)
        best, c = -math.inf, -1
        for g, (_a, _b, whole, left, right, grow) in gaps.items():
            d = (inside - whole + left + right) / (area + grow)
            if d > best:
                best, c = d, g
        a, b, whole, left, right, grow = gaps.pop(c)
        inside += left + right - whole
        area += grow
        enter(a, c)
        enter(c, b)
        densities.append(best)
        chosen.append(c)
    gains = [y - x for x, y in zip(densities, densities[1:])]
    keep = 0
    if len(gains) >= 2:
        mean = sum(gains) / len(gains)
        sd = math.sqrt(sum((g - mean) ** 2 for g in gains) / len(gains))
        cutoff = mean + strictness * sd
        # Choi's stopping rule: keep the splits up to the last one whose gain
        # in density stands out from the gains of all possible splits.  (The
        # gains are not monotonic over paragraphs — shrinking blocks lift
        # later gains — so stopping at the *first* small gain stops too early.)
        keep = max((i + 1 for i, g in enumerate(gains) if g > cutoff), default=0)
    elif len(gains) == 1 and gains[0] > 0:
        keep = 1
    return sorted({*fixed, *chosen[:keep]})


def _merge_short(vecs: list[Counter[str]], bounds: Sequence[int], fixed: set[int], min_length: int) -> list[int]:
    """Remove boundaries so no segment is shorter than ``min_length``, where a sub-head allows.

    A short segment joins the neighbour whose words it shares most (cosine of
    the summed vectors); boundaries at sub-heads are never removed.
    """
    n = len(vecs)
    bounds = sorted(bounds)
    ends = fixed | {0, n}
    while True:
        edges = [0, *bounds, n]
        short = [
            k for k in range(len(edges) - 1)
            if edges[k + 1] - edges[k] < min_length and not (edges[k] in ends and edges[k + 1] in ends)
        ]  # fmt: skip
        if not short:
            return bounds
        k = min(short, key=lambda k: (edges[k + 1] - edges[k], k))
        a, b = edges[k], edges[k + 1]
        mine = _sum(vecs[a:b])
        options = []
        if a != 0 and a not in fixed:
            options.append((_cosine_of(mine, _sum(vecs[edges[k - 1] : a])), a))
        if b != n and b not in fixed:
            options.append((_cosine_of(mine, _sum(vecs[b : edges[k + 2]])), b))
        bounds.remove(max(options)[1])


def _cosine_of(a: Counter[str], b: Counter[str]) -> float:
    return _cosine(a, _norm(a), b, _norm(b))


def _sum(vecs: Sequence[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for v in vecs:
        total.update(v)
    return total


def gap_shifts(paragraphs: Sequence[str], *, window: int = 2) -> list[float]:
    """How strongly the topic turns at each paragraph gap.

    Args:
        paragraphs: The paragraphs' texts, in order.
        window: Paragraphs each side of the gap compared as one block.

    Returns:
        ``1 − cosine`` of the blocks before and after each gap, for gaps
        ``1..P−1`` (gap ``i`` lies before paragraph ``i``), in [0, 1].
    """
    return _gap_shifts(_vectors(paragraphs), window)


def _gap_shifts(vecs: list[Counter[str]], window: int) -> list[float]:
    # The block after one gap is the block before the gap `window` further
    # on: each block is summed once and kept, with its norm, for both.
    blocks: dict[tuple[int, int], tuple[Counter[str], float]] = {}

    def block(a: int, b: int) -> tuple[Counter[str], float]:
        found = blocks.get((a, b))
        if found is None:
            total = _sum(vecs[a:b])
            found = blocks[a, b] = total, _norm(total)
        return found

    shifts = []
    for gap in range(1, len(vecs)):
        left, right = block(max(0, gap - window), gap), block(gap, min(len(vecs), gap + window))
        shifts.append(round(min(1.0, max(0.0, 1.0 - _cosine(*left, *right))), 6))
        blocks.pop((max(0, gap - window), gap))  # never asked for again
    return shifts


def segment(
    paragraphs: Sequence[str],
    *,
    mask: int = MASK,
    strictness: float = STRICTNESS,
    min_length: int = MIN_LENGTH,
) -> list[int]:
    """Topic segment id of each paragraph, without being told how many.

    Args:
        paragraphs: The paragraphs' texts, in order.
        mask: Side of the rank-transform neighbourhood (odd, in paragraphs).
        strictness: Stop splitting once the gain in density is below the mean
            gain plus this many standard deviations (higher: fewer segments).
        min_length: Fewest paragraphs in a segment found by the method.

    Returns:
        One non-decreasing segment id per paragraph, starting at 0.

    Raises:
        TypeError: If given one string instead of a sequence of paragraphs.
        ValueError: If ``mask`` or ``min_length`` is not a positive integer.

    References:
        Choi, F. Y. Y. (2000). Advances in domain independent linear text
        segmentation. Proceedings of NAACL 2000, 26-33.
        Hearst, M. A. (1997). TextTiling: Segmenting Text into Multi-paragraph
        Subtopic Passages. Computational Linguistics 23(1), 33-64.
    """
    ids, _ = segments_and_shifts(paragraphs, mask=mask, strictness=strictness, min_length=min_length)
    return ids


def segments_and_shifts(
    paragraphs: Sequence[str],
    *,
    breaks: Sequence[int] = (),
    mask: int = MASK,
    strictness: float = STRICTNESS,
    min_length: int = MIN_LENGTH,
    window: int = 2,
) -> tuple[list[int], list[float]]:
    """Segment ids and shift strength per paragraph.

    Args:
        paragraphs: The paragraphs' texts, in order.
        breaks: Paragraph indices that must start a new segment (sub-heads).
        mask: See :func:`segment`.
        strictness: See :func:`segment`.
        min_length: See :func:`segment`; sub-heads may make shorter segments.
        window: Paragraphs each side compared for the shift (see :func:`gap_shifts`).

    Returns:
        ``(segment ids, shifts)``: the shift of paragraph ``i`` is the one at
        the gap before it (0.0 for the first paragraph).
    """
    if isinstance(paragraphs, str):
        raise TypeError("expected a sequence of paragraph strings, not one string")
    for name, value in (("mask", mask), ("min_length", min_length), ("window", window)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    n = len(paragraphs)
    if n == 0:
        return [], []
    vecs = _vectors(paragraphs)
    shifts = [0.0, *_gap_shifts(vecs, window)]
    fixed = sorted({int(b) for b in breaks if 0 < b < n})
    bounds = set(fixed)
    if n >= 2:
        # Split with single-paragraph segments allowed, so the stopping rule
        # sees the gains of every possible split; then fold segments shorter
        # than min_length into their closer neighbour.  C99 needs P × P
        # matrices, so a very long text (more than MAX_BLOCK paragraphs, far
        # beyond a news article) is segmented block by block, each block's
        # end a boundary that the folding may remove: linear, not quadratic.
        found: list[int] = []
        for lo in range(0, n, MAX_BLOCK):
            hi = min(n, lo + MAX_BLOCK)
            local = [b - lo for b in fixed if lo < b < hi]
            if hi - lo >= 2:
                rank = _rank(_matrix(vecs[lo:hi]), mask)
                found.extend(lo + b for b in _divide(rank, local, strictness=strictness, min_length=1))
            if hi < n:
                found.append(hi)
        bounds.update(_merge_short(vecs, found, set(fixed), min_length))
    ids, current = [], 0
    for i in range(n):
        if i in bounds:
            current += 1
        ids.append(current)
    return ids, shifts
