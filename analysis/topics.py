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
article) and clustering is ``O(P²)`` with prefix sums, every candidate split
of a round scored at once in numpy.  A text longer than :data:`MAX_BLOCK`
paragraphs (hundreds of times a news article: a book, a whole archive
pasted as one text) is segmented in blocks of that size, so time and memory
stay linear.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import resources
from analysis.keywords import specificity, stem

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
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


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


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
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
    # outside the matrix are NaN, which is neither counted nor below.
    windows = sliding_window_view(np.pad(sim, r, constant_values=np.nan), (mask, mask))
    count = (~np.isnan(windows)).sum(axis=(2, 3)) - 1  # the cell itself is no neighbour
    below = (windows < sim[:, :, None, None]).sum(axis=(2, 3))  # (nor is it below itself)
    count[count == 0] = 1
    return below / count


def _divide(rank: np.ndarray, fixed: Sequence[int], *, strictness: float, min_length: int) -> list[int]:
    """C99 divisive clustering; returns the chosen boundaries (fixed ones included)."""
    import numpy as np

    n = len(rank)
    # 2-D prefix sums: the rank mass of block [a, b) × [a, b) in O(1).
    pre = np.zeros((n + 1, n + 1))
    pre[1:, 1:] = rank.cumsum(0).cumsum(1)

    def mass(a: int, b: int) -> float:
        return float(pre[b, b] - pre[a, b] - pre[b, a] + pre[a, a])

    edges = sorted({0, n, *fixed})
    segments = list(zip(edges, edges[1:]))
    inside = sum(mass(a, b) for a, b in segments)
    area = sum((b - a) ** 2 for a, b in segments)
    densities = [inside / area]
    chosen: list[int] = []
    # Every gap c (1..n-1) with the segment [a, b) it lies in; each round
    # scores the split at every gap at once (numpy, the same arithmetic in
    # the same order as `mass`, so the same numbers) and the first best gap
    # in reading order wins, as a loop over segments and gaps would choose.
    cs = np.arange(1, n)
    cut = np.searchsorted(np.array(edges), cs, side="right")
    a_of, b_of = np.array(edges)[cut - 1], np.array(edges)[np.minimum(cut, len(edges) - 1)]
    open_gap = ~np.isin(cs, edges)
    diag = pre.diagonal()
    while True:
        idx = np.nonzero(open_gap & (cs - a_of >= min_length) & (b_of - cs >= min_length))[0]
        if not len(idx):
            break
        c, a, b = cs[idx], a_of[idx], b_of[idx]
        whole = pre[b, b] - pre[a, b] - pre[b, a] + pre[a, a]
        left = diag[c] - pre[a, c] - pre[c, a] + pre[a, a]
        right = pre[b, b] - pre[c, b] - pre[b, c] + diag[c]
        d = (inside - whole + left + right) / (area - (b - a) ** 2 + (c - a) ** 2 + (b - c) ** 2)
        i = int(d.argmax())
        best, c, a, b = float(d[i]), int(c[i]), int(a[i]), int(b[i])
        inside += mass(a, c) + mass(c, b) - mass(a, b)
        area += (c - a) ** 2 + (b - c) ** 2 - (b - a) ** 2
        b_of[(cs > a) & (cs < c)] = c
        a_of[(cs > c) & (cs < b)] = c
        open_gap[c - 1] = False
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
            options.append((_cosine(mine, _sum(vecs[edges[k - 1] : a])), a))
        if b != n and b not in fixed:
            options.append((_cosine(mine, _sum(vecs[b : edges[k + 2]])), b))
        bounds.remove(max(options)[1])


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
    shifts = []
    for gap in range(1, len(vecs)):
        left: Counter[str] = Counter()
        for v in vecs[max(0, gap - window) : gap]:
            left.update(v)
        right: Counter[str] = Counter()
        for v in vecs[gap : gap + window]:
            right.update(v)
        shifts.append(round(min(1.0, max(0.0, 1.0 - _cosine(left, right))), 6))
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
