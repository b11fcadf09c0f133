"""How much of the role and pronoun resolvers' work a state-aware cache could reuse.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/resolver_reuse.py`` (about 10 s).

:func:`analysis.attribution.resolve_role` and :func:`~analysis.attribution.resolve_pronoun` are asked the
same question again and again within an article (two quotes sharing one cue pronoun; every pronoun's
antecedent window resolving the same role mentions).  Their answers depend on the attributor's state as well
as on their arguments (the speech events recorded so far, who has spoken, the mentions and roles registered,
the per-index memos), so a cache may reuse an answer only while that state is unchanged.  This counts, over the
168 PolNeAR development articles (one attribution pass each, after a warm-up pass):

* **calls** and **repeats** (arguments asked before in the same article);
* **same answer**: repeats whose answer is the entity the first call gave (a plain memo is exact only if all are);
* **state unchanged**: repeats that find the state as the previous call with those arguments left it, by a
  fingerprint of the sizes of every mutable container the resolvers read — a coarse test that can only miss
  changes, so this is an upper bound on what a state-versioned cache would serve;
* **repeat ms**: CPU time spent in repeats not nested in another repeat — the most any cache could save —
  beside the whole pass's time;
* which parts of the state changed between repeats (a repeat may count under several).

Needs ``../shared/eval/quotes/polnear/articles`` (exits otherwise).  Measures by wrapping the two module
functions; nothing is written.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The shared data sit beside the checkout (``../shared``); a git worktree one level deeper finds them too.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
POLNEAR = SHARED / "eval" / "quotes" / "polnear" / "articles"

#: The parts of the state :func:`_fingerprint` reads, in its order.
STATE_PARTS = (
    "events",
    "last event",
    "spoken",
    "roles",
    "asides",
    "entities",
    "mention positions",
    "entity mentions",
    "gender votes",
    "first speech",
    "pronoun memo",
    "holder-word memo",
    "introduced memo",
)

#: The resolvers counted, each with the key of its arguments (after the attributor) within one article.
RESOLVERS: dict[str, Callable[..., Hashable]] = {
    "resolve_role": lambda np_, pos, titles, idx=None: (np_, pos),
    "resolve_pronoun": lambda idx, pos, pron, chain=True: (pos, pron, chain),
}


def _fingerprint(att: Any, idx: Any) -> tuple:
    """The sizes of the attributor's, document's and index's mutable state (see :data:`STATE_PARTS`)."""
    doc = att.doc
    ents = list(doc.entities.values())
    return (
        len(att.events),
        att.events[-1][0] if att.events else -1,
        len(att.spoken),
        len(att.roles),
        len(att.asides),
        len(ents),
        len(doc.mention_pos),
        sum(len(e.mentions) for e in ents),
        tuple(sum(e.gender_votes) for e in ents),
        tuple(e.spoke_at for e in ents),
        len(idx.pronoun_refs) if idx is not None else -1,
        len(idx.holder_words) if idx is not None else -1,
        len(idx.introduced) if idx is not None else -1,
    )


class _Census:
    """Counts for one resolver, with the per-article record of earlier calls."""

    def __init__(self, states: bool) -> None:
        self.states = states  # whether to fingerprint the state (slow) or only time the repeats
        self.counts: Counter[str] = Counter()
        self.changed: Counter[str] = Counter()
        self.repeat_s = 0.0
        self.seen: dict[Hashable, tuple[tuple, object]] = {}


def _wrap(
    module: Any, name: str, resolver: Callable, census: _Census, key: Callable[..., Hashable], depth: list[int]
) -> None:
    """Set ``module.name`` to a counting wrapper of ``resolver`` (the module's own calls go through it: they look
    the name up).  ``census.states`` off, it only times repeats (fingerprints would inflate their time)."""

    def counted(att: Any, *args: Any, **kwargs: Any) -> object:
        k = key(*args, **kwargs)
        idx = kwargs.get("idx", next((a for a in args if hasattr(a, "pronoun_refs")), None))
        before = _fingerprint(att, idx) if census.states else ()
        earlier = census.seen.get(k)
        outermost = depth[0] == 0
        if earlier is not None:
            depth[0] += 1
        start = time.process_time()
        try:
            answer = resolver(att, *args, **kwargs)
        finally:
            if earlier is not None:
                depth[0] -= 1
        elapsed = time.process_time() - start
        census.counts["calls"] += 1
        if earlier is not None:
            census.counts["repeats"] += 1
            census.counts["same answer"] += earlier[1] is answer
            census.counts["state unchanged"] += earlier[0] == before
            census.changed.update(part for part, x, y in zip(STATE_PARTS, earlier[0], before) if x != y)
            if outermost:
                census.repeat_s += elapsed
        census.seen[k] = (_fingerprint(att, idx) if census.states else (), answer)
        return answer

    setattr(module, name, counted)


def main() -> int:
    """Print the census table."""
    files = sorted(POLNEAR.glob("*.txt"))
    if not files:
        print(f"no PolNeAR articles at {POLNEAR}", file=sys.stderr)
        return 1
    warnings.simplefilter("ignore")
    sys.path.insert(0, str(ROOT))
    import analysis
    from analysis import attribution

    articles = [analysis.load_article(p) for p in files]
    resolvers = {name: getattr(attribution, name) for name in RESOLVERS}
    depth = [0]  # repeats being timed: a repeat inside one is not counted twice

    def run(states: bool | None) -> tuple[float, dict[str, _Census]]:
        """One attribution pass over every article (plain when ``states`` is None); its wall ms and counts."""
        censuses = {name: _Census(bool(states)) for name in RESOLVERS}
        for name, key in RESOLVERS.items():
            if states is None:
                setattr(attribution, name, resolvers[name])
            else:
                _wrap(attribution, name, resolvers[name], censuses[name], key, depth)
        start = time.process_time()
        for article in articles:
            for census in censuses.values():
                census.seen.clear()  # answers never carry across articles
            attribution.attribute(article)
        return (time.process_time() - start) * 1000, censuses

    run(None)  # warm-up: word lists, models and per-paragraph caches load outside the counts
    plain_ms, _ = run(None)
    _, timed = run(False)
    _, censuses = run(True)
    for name, resolver in resolvers.items():
        setattr(attribution, name, resolver)
    print(f"{len(articles)} PolNeAR dev articles, attribute() {plain_ms:.0f} ms in all (CPU, unwrapped)\n")
    print("| resolver | calls | repeats | same answer | state unchanged | repeat ms | share of pass |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, c in censuses.items():
        ms = timed[name].repeat_s * 1000
        print(
            f"| {name} | {c.counts['calls']} | {c.counts['repeats']} | {c.counts['same answer']} | "
            f"{c.counts['state unchanged']} | {ms:.0f} | {ms / plain_ms:.1%} |"
        )
    print("\nstate that changed between a repeat and the call before it:\n")
    print("| part | " + " | ".join(censuses) + " |")
    print("|---|" + "---:|" * len(censuses))
    for part in STATE_PARTS:
        print(f"| {part} | " + " | ".join(str(c.changed[part]) for c in censuses.values()) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
