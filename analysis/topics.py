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
are never folded away).

C99 always finds *some* split: on a real single-topic story the ordinary
variation from one paragraph to the next gave a "turn" every third
paragraph.  So the segmentation found is kept only if it beats what the
article's own paragraphs give by chance, by a Monte Carlo permutation test
(Good 2005; the change-point test of Matteson & James 2014 is the same idea):

5. the paragraphs are shuffled :data:`PERMUTATIONS` times (within each
   sub-head section, with a fixed seed, so an article always gets the same
   answer), steps 2-4 run on each shuffled order, and the *contrast* of
   each result (the mean, over its boundaries, of how much more alike the
   paragraphs are within the segments either side than across) is compared
   with the article's; unless fewer than a share :data:`ALPHA` of the
   shuffled orders reach it, the article keeps only its sub-heads.  Drawing
   stops as soon as the answer is certain (Besag & Clifford 1991), so a
   single-topic story costs a few shuffles.
6. no boundary falls right after a paragraph that ends in a question: the
   answer belongs with it (interviews, Q&A).

The ``shift`` of each gap, reported alongside, says how sure a turn is
there: the TextTiling depth score of the gap (Hearst 1997: how far the
similarity of the ``window`` paragraphs either side dips below the peaks
around it) as a percentile of the *strongest* depth score of each shuffled
order (Westfall & Young 1993): 0.95 means only 5 % of shuffled orders have
any turn that strong, 0.0 that the words carry on; a sub-head's gap is 1.

Cost: building the vectors is linear in the text; the similarity and rank
matrices are ``O(P²)`` for ``P`` paragraphs (numpy, microseconds for a news
article) and clustering is ``O(P²)`` with prefix sums, a round scoring every
candidate split with a few float operations.  The permutation test repeats
the clustering up to :data:`PERMUTATIONS` times, stopping once the answer
is certain either way (a few tens of milliseconds of CPU for a news article
with real turns, a few for one without).  A text longer than
:data:`MAX_BLOCK` paragraphs (hundreds of times a news article: a book, a
whole archive pasted as one text) is segmented in blocks of that size, so
time and memory stay linear.
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
from analysis.tokenize import LETTER_WORD

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["ALPHA", "PERMUTATIONS", "gap_shifts", "segment", "segments_and_shifts", "similarity_matrix"]

#: Side of the rank mask: Choi's (2000) default, not tuned.
MASK = 11
#: Tuned on the development set (``benchmarks/topics.py``): the stopping
#: threshold (0.25-1.0 tried) and the shortest segment (1 or 2 paragraphs).
STRICTNESS = 0.5
MIN_LENGTH = 2
#: Shuffled paragraph orders drawn for the permutation test.
PERMUTATIONS = 99
#: Level of the permutation test: chosen on the development sets from 0.05,
#: 0.1, 0.15 and 0.2 (``benchmarks/topics.py``: 0.05 lost real turns of the
#: stitched set, 0.2 let single-topic stories split).
ALPHA = 0.15
#: Seed of the shuffles: the same article always gets the same segments.
SEED = 15
#: Shuffled orders whose rank matrices are built per numpy batch in the test (see _significant).
_CHUNK = 16
#: Paragraphs each side of a gap compared as one block (TextTiling's block size).
WINDOW = 2
#: Longest run of paragraphs segmented as one (C99's matrices are P × P);
#: longer texts are cut into blocks of this size first.
MAX_BLOCK = 300

#: A paragraph ending in a question (closing quotes or brackets allowed): its answer follows it.
_QUESTION = re.compile(r"\?[\"'\u2019\u201d)\]]*\s*\Z")

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
    return _products(vecs)[0]


def _products(vecs: list[Counter[str]]) -> tuple[np.ndarray, np.ndarray]:
    """``(cosine matrix with ones on the diagonal, Gram matrix of the raw vectors)``."""
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
    # One BLAS thread: the product is small, and waking OpenBLAS's threads
    # cost up to 100 times the product itself on a busy two-core machine
    # (and competes with the corpus engine's worker processes).  Same numbers.
    with _blas().limit(limits=1, user_api="blas"):
        gram = m @ m.T
    norms = np.sqrt(np.diag(gram)).copy()
    norms[norms == 0] = 1.0
    sim = gram / np.outer(norms, norms)
    np.fill_diagonal(sim, 1.0)
    return sim, gram


@functools.cache
def _blas():  # noqa: ANN202 - threadpoolctl's controller
    """The process's BLAS thread pools (threadpoolctl), found once."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _rank(sim: np.ndarray, mask: int) -> np.ndarray:
    """Choi's rank transform: share of neighbours (in a mask × mask window) below each cell."""
    return _ranks(_codes(sim)[None], mask)[0]


def _codes(sim: np.ndarray) -> np.ndarray:
    """Each cell's value replaced by its position among the matrix's distinct values (ties share one).

    The rank transform only compares cells, so any order-preserving relabelling
    gives the same ranks; small integers compare faster than doubles, and a
    shuffled order's matrix is a gather from the same codes.
    """
    import numpy as np

    values, inverse = np.unique(sim, return_inverse=True)
    # int16 while the codes fit (a news article has a few hundred distinct
    # cosines); the padding in _ranks needs one value above every code.
    dtype = np.int16 if len(values) < np.iinfo(np.int16).max else np.int32
    return inverse.reshape(sim.shape).astype(dtype)


def _divide(rank: np.ndarray, fixed: Sequence[int], *, strictness: float, min_length: int) -> list[int]:
    """C99 divisive clustering; returns the chosen boundaries (fixed ones included)."""
    # 2-D prefix sums: the rank mass of block [a, b) × [a, b) in O(1).  Read
    # as Python floats: a round costs a few float operations per gap, and
    # scoring them as numpy arrays spent its time in ~40 numpy calls per
    # round (a millisecond per news article); the arithmetic is the same
    # IEEE double arithmetic in the same order, so the numbers are the same.
    return _divide_prefix(_prefix(rank[None])[0], fixed, strictness=strictness, min_length=min_length)


def _prefix(ranks: np.ndarray) -> list[list[list[float]]]:
    """2-D prefix sums of a stack of rank matrices ``(B, P, P)``, zero-padded to ``(P + 1) × (P + 1)``, as Python lists.

    One numpy pass for a whole chunk of shuffled orders (the cumulative sums
    run along the same lines in the same order as for one matrix).
    """
    import numpy as np

    b, n = ranks.shape[0], ranks.shape[-1]
    cum = np.zeros((b, n + 1, n + 1))
    cum[:, 1:, 1:] = ranks.cumsum(1).cumsum(2)
    return cum.tolist()


def _divide_prefix(pre: list[list[float]], fixed: Sequence[int], *, strictness: float, min_length: int) -> list[int]:
    """:func:`_divide` given the rank matrix's prefix sums (:func:`_prefix`)."""
    n = len(pre) - 1

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
        # mass() written out with the rows held: this loop runs for every
        # gap of every segment of every shuffled order (same sums, same order).
        # Gaps too close to an end are dropped first, then the others
        # (re)entered in reading order: the dict keeps its order either way.
        first, last = a + min_length, b - min_length
        for c in range(a + 1, b):
            if not first <= c <= last:
                gaps.pop(c, None)
        pa, pb = pre[a], pre[b]
        whole = mass(a, b)
        for c in range(first, last + 1):
            pc = pre[c]
            left = pc[c] - pa[c] - pc[a] + pa[a]
            right = pb[b] - pc[b] - pb[c] + pc[c]
            gaps[c] = (a, b, whole, left, right, (c - a) ** 2 + (b - c) ** 2 - (b - a) ** 2)

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


def _merge_short(sim: np.ndarray, bounds: Sequence[int], fixed: set[int], min_length: int) -> list[int]:
    """Remove boundaries so no segment is shorter than ``min_length``, where a sub-head allows.

    A short segment joins the neighbour it is more similar to (mean cosine of
    their paragraph pairs, read off the similarity matrix, so the shuffled
    orders of the permutation test fold the same way at no extra cost);
    boundaries at sub-heads are never removed.
    """
    n = len(sim)
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
        options = []
        # Means as sum / count: np.mean computes exactly this, with a
        # microsecond of bookkeeping per call that added up over the shuffles.
        if a != 0 and a not in fixed:
            options.append((float(sim[a:b, edges[k - 1] : a].sum()) / ((b - a) * (a - edges[k - 1])), a))
        if b != n and b not in fixed:
            options.append((float(sim[a:b, b : edges[k + 2]].sum()) / ((b - a) * (edges[k + 2] - b)), b))
        bounds.remove(max(options)[1])


def _contrast(sim: np.ndarray, edges: Sequence[int], found: Sequence[int]) -> float:
    """Mean, over the boundaries ``found``, of how much more alike paragraphs are within the segments either side than across.

    For a boundary between segments L and R: the mean cosine of paragraph
    pairs inside L or inside R minus the mean cosine of pairs across (L × R).
    0.0 without boundaries.  ``edges`` are all segment edges (0 and P included).
    """
    if not found:
        return 0.0
    edges = sorted(edges)
    total = 0.0
    for b in found:
        k = edges.index(b)
        a, c = edges[k - 1], edges[k + 1]
        left, right = sim[a:b, a:b], sim[b:c, b:c]
        pairs = (b - a) * (b - a - 1) + (c - b) * (c - b - 1)
        if pairs:
            within = (float(left.sum()) - (b - a) + float(right.sum()) - (c - b)) / pairs
            total += within - float(sim[a:b, b:c].sum()) / ((b - a) * (c - b))  # the mean (see _merge_short)
    return total / len(found)


def _ranks(codes: np.ndarray, mask: int) -> np.ndarray:
    """:func:`_rank` of a stack of coded similarity matrices ``(B, P, P)`` (:func:`_codes`) in one numpy pass.

    Every pair of cells at most ``mask // 2`` apart in both directions is
    compared once per direction, as two shifted views of one flat array:
    each matrix is padded with ``mask // 2`` columns and rows of a value
    above every code, so a shift that leaves a row or a matrix lands in the
    padding, which is never below a cell (and whose own counts are dropped).
    About 60 shifted comparisons of contiguous small integers, six times
    faster than comparing each cell with its 121-cell window of doubles.
    """
    import numpy as np

    r = mask // 2
    b, p = codes.shape[0], codes.shape[-1]
    width = p + r
    padded = np.full((b, p + r, width), np.iinfo(codes.dtype).max, dtype=codes.dtype)
    padded[:, :p, :p] = codes
    flat = padded.ravel()
    n = flat.size
    # Counts of at most mask² - 1 neighbours: one byte for Choi's 11 × 11 mask.
    below = np.zeros(n, dtype=np.uint8 if mask * mask <= np.iinfo(np.uint8).max else np.uint32)
    reach_out = min(r, p - 1)
    for dy in range(reach_out + 1):
        for dx in range(-reach_out, reach_out + 1):
            if dy == 0 and dx <= 0:  # each pair once: (0, -dx) is (0, dx) seen from the other cell
                continue
            shift = dy * width + dx
            here, there = flat[: n - shift], flat[shift:]
            below[: n - shift] += there < here
            below[shift:] += here < there
    i = np.arange(p)
    reach = np.minimum(i + r, p - 1) - np.maximum(i - r, 0) + 1
    count = np.outer(reach, reach) - 1
    count[count == 0] = 1
    return below.reshape(b, p + r, width)[:, :p, :p] / count


def _orders(edges: Sequence[int], permutations: int) -> np.ndarray:
    """``permutations`` shuffled paragraph orders, each shuffling only within ``[edges[k], edges[k+1])``."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    return np.stack(
        [np.concatenate([a + rng.permutation(b - a) for a, b in zip(edges, edges[1:])]) for _ in range(permutations)]
    )


def _significant(
    sim: np.ndarray,
    fixed: list[int],
    found: list[int],
    orders: np.ndarray,
    *,
    mask: int,
    strictness: float,
    min_length: int,
    alpha: float,
) -> bool:
    """Whether the boundaries found beat the same clustering of shuffled orders (a Monte Carlo test).

    The statistic is the mean contrast at the boundaries (:func:`_contrast`);
    its p-value is ``(1 + r) / (B + 1)`` with ``r`` of the ``B`` shuffled
    orders, clustered the same way, reaching it (Davison & Hinkley 1997,
    eq. 4.11).  Drawing stops once ``r`` makes ``p >= alpha`` certain
    (Besag & Clifford 1991): a single-topic story costs a few shuffles; and
    once the draws left could no longer bring ``r`` up to the limit, so a
    clear turn skips the last few.
    """
    n = len(sim)
    observed = _contrast(sim, [0, *fixed, *found, n], found)
    allowed = math.ceil(alpha * (len(orders) + 1)) - 1  # p < alpha  <=>  r < allowed
    codes = _codes(sim)
    higher = 0
    # Shuffled matrices and their ranks in chunks: a single-topic story
    # stops after a few draws, so most are never built.
    for lo in range(0, len(orders), _CHUNK):
        part = orders[lo : lo + _CHUNK]
        shuffled = sim[part[:, :, None], part[:, None, :]]
        prefixes = _prefix(_ranks(codes[part[:, :, None], part[:, None, :]], mask))
        for done, (s, pre) in enumerate(zip(shuffled, prefixes), start=lo + 1):
            cut = _divide_prefix(pre, fixed, strictness=strictness, min_length=1)
            chance = _merge_short(s, cut, set(fixed), min_length)
            chance = [b for b in chance if b not in fixed]
            if _contrast(s, [0, *fixed, *chance, n], chance) >= observed - 1e-12:
                higher += 1
                if higher >= allowed:
                    return False
            if higher + len(orders) - done < allowed:  # p < alpha whatever the rest give
                return True
    return True


def _depths(sims: np.ndarray) -> np.ndarray:
    """TextTiling depth score of every gap (last axis): the climb to the nearest peak on each side (Hearst 1997)."""
    import numpy as np

    n = sims.shape[-1]
    # Climbing from a gap while the next value is no lower ends at the end
    # of that non-decreasing run, so each gap's peak is its neighbour's peak
    # when the neighbour is no lower, else its own value: one pass each way
    # (the same values picked, so the same sums) instead of a climb per gap.
    left, right = sims.copy(), sims.copy()
    for g in range(1, n):
        left[..., g] = np.where(sims[..., g - 1] >= sims[..., g], left[..., g - 1], sims[..., g])
    for g in range(n - 2, -1, -1):
        right[..., g] = np.where(sims[..., g + 1] >= sims[..., g], right[..., g + 1], sims[..., g])
    return -2 * sims + left + right


def _block_sims(gram: np.ndarray, window: int) -> np.ndarray:
    """Cosine of the summed ``window`` paragraphs each side of every gap, from Gram matrices ``(..., P, P)``."""
    import numpy as np

    p = gram.shape[-1]
    cum = np.zeros((*gram.shape[:-2], p + 1, p + 1))
    cum[..., 1:, 1:] = gram.cumsum(-1).cumsum(-2)

    def mass(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
        return cum[..., b, d] - cum[..., a, d] - cum[..., b, c] + cum[..., a, c]

    # Every gap at once (index arrays): the same element-wise operations as
    # a loop over gaps, without numpy calls per gap for all shuffled orders.
    g = np.arange(1, p)
    a, c = np.maximum(0, g - window), np.minimum(p, g + window)
    norm = np.sqrt(np.maximum(mass(a, g, a, g) * mass(g, c, g, c), 0.0))
    return np.divide(mass(a, g, g, c), norm, out=np.zeros_like(norm), where=norm > 0)


def _turn_sureness(gram: np.ndarray, orders: np.ndarray, window: int) -> list[float]:
    """Each gap's depth score as a percentile of the strongest depth score of each shuffled order.

    The strongest turn of each order, not every gap: an article has many
    gaps, and one of them dips by chance (a max-statistic permutation test,
    Westfall & Young 1993), so 0.95 means only 5 % of shuffled orders have
    any turn as strong.
    """
    import numpy as np

    observed = _depths(_block_sims(gram, window))
    chance = np.sort(_depths(_block_sims(gram[orders[:, :, None], orders[:, None, :]], window)).max(-1))
    below = np.searchsorted(chance, observed - 1e-9, side="left")
    return [round(float(x) / max(1, chance.size), 6) for x in below]


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
    alpha: float = ALPHA,
    permutations: int = PERMUTATIONS,
) -> list[int]:
    """Topic segment id of each paragraph, without being told how many.

    Args:
        paragraphs: The paragraphs' texts, in order.
        mask: Side of the rank-transform neighbourhood (odd, in paragraphs).
        strictness: Stop splitting once the gain in density is below the mean
            gain plus this many standard deviations (higher: fewer segments).
        min_length: Fewest paragraphs in a segment found by the method.
        alpha: Level of the permutation test: the segments found are kept
            only if fewer than this share of shuffled paragraph orders give
            segments as cohesive (lower: fewer turns).
        permutations: Shuffled orders drawn for the test (a fixed seed).

    Returns:
        One non-decreasing segment id per paragraph, starting at 0.

    Raises:
        TypeError: If given one string instead of a sequence of paragraphs.
        ValueError: If ``mask`` or ``min_length`` is not a positive integer.

    References:
        Besag, J. & Clifford, P. (1991). Sequential Monte Carlo p-values.
        Biometrika 78(2), 301-304.
        Davison, A. C. & Hinkley, D. V. (1997). Bootstrap Methods and their
        Application. Cambridge University Press (Monte Carlo p-values, 4.2).
        Choi, F. Y. Y. (2000). Advances in domain independent linear text
        segmentation. Proceedings of NAACL 2000, 26-33.
        Hearst, M. A. (1997). TextTiling: Segmenting Text into Multi-paragraph
        Subtopic Passages. Computational Linguistics 23(1), 33-64.
        Good, P. I. (2005). Permutation, Parametric, and Bootstrap Tests of
        Hypotheses (3rd ed.). Springer.
        Matteson, D. S. & James, N. A. (2014). A nonparametric approach for
        multiple change point analysis of multivariate data. JASA 109(505).
    """
    ids, _ = segments_and_shifts(
        paragraphs, mask=mask, strictness=strictness, min_length=min_length, alpha=alpha, permutations=permutations
    )
    return ids


def segments_and_shifts(
    paragraphs: Sequence[str],
    *,
    breaks: Sequence[int] = (),
    mask: int = MASK,
    strictness: float = STRICTNESS,
    min_length: int = MIN_LENGTH,
    window: int = WINDOW,
    alpha: float = ALPHA,
    permutations: int = PERMUTATIONS,
) -> tuple[list[int], list[float]]:
    """Segment ids, and how sure a topic turn is before each paragraph.

    Args:
        paragraphs: The paragraphs' texts, in order.
        breaks: Paragraph indices that must start a new segment (sub-heads).
        mask: See :func:`segment`.
        strictness: See :func:`segment`.
        min_length: See :func:`segment`; sub-heads may make shorter segments.
        window: Paragraphs each side of a gap compared as one block.
        alpha: See :func:`segment`.
        permutations: See :func:`segment`.

    Returns:
        ``(segment ids, shifts)``: the shift of paragraph ``i`` is the
        sureness of a turn at the gap before it, in [0, 1]: the share of
        shuffled orders of the article's paragraphs whose strongest
        TextTiling depth score is below this gap's (0.0 for the first paragraph, 1.0
        at a sub-head).  Texts longer than :data:`MAX_BLOCK` paragraphs are
        not tested; their shift is :func:`gap_shifts`.

    References:
        Hearst, M. A. (1997). TextTiling. Computational Linguistics 23(1).
        Besag, J. & Clifford, P. (1991). Sequential Monte Carlo p-values.
        Biometrika 78(2), 301-304.
        Westfall, P. H. & Young, S. S. (1993). Resampling-Based Multiple
        Testing. Wiley.
    """
    if isinstance(paragraphs, str):
        raise TypeError("expected a sequence of paragraph strings, not one string")
    for name, value in (("mask", mask), ("min_length", min_length), ("window", window), ("permutations", permutations)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    n = len(paragraphs)
    if n == 0:
        return [], []
    fixed = sorted({int(b) for b in breaks if 0 < b < n})
    if n < 2:
        return [0] * n, [0.0] * n
    vecs = _vectors(paragraphs)
    sim, gram = _products(vecs)
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
            rank = _rank(sim[lo:hi, lo:hi], mask)
            found.extend(lo + b for b in _divide(rank, local, strictness=strictness, min_length=1))
        if hi < n:
            found.append(hi)
    found = [b for b in _merge_short(sim, found, set(fixed), min_length) if b not in fixed]
    # The answer to a question stays with it.
    found = [b for b in found if not _QUESTION.search(paragraphs[b - 1])]
    if n <= MAX_BLOCK:
        # Shuffles stay inside sub-head sections: the test asks whether the
        # order of paragraphs within them carries topic turns.
        orders = _orders([0, *fixed, n], permutations)
        if found and not _significant(
            sim, fixed, found, orders, mask=mask, strictness=strictness, min_length=min_length, alpha=alpha
        ):
            found = []
        shifts = [0.0, *_turn_sureness(gram, orders, window)]
    else:
        # A book-length text: the test would cost P² per shuffle; C99's own
        # stopping rule decides, and the shift is the block dissimilarity.
        shifts = [0.0, *_gap_shifts(vecs, window)]
    for b in fixed:
        shifts[b] = 1.0
    bounds = set(fixed) | set(found)
    ids, current = [], 0
    for i in range(n):
        if i in bounds:
            current += 1
        ids.append(current)
    return ids, shifts
