"""Role invariance: does attribution hold when a speaker's role phrase uses a plainer noun for the person's office?

Run: ``.venv/bin/python benchmarks/role_invariance.py [--sets open,open2,...] [--examples N]``.

A metamorphic test.  News copy names a person with a title once ("Sen. Jo Hale", "Justice Jo Hale") and then calls
them by a role; one outlet writes the title's own word ("the senator", "the justice"), another a plainer one for the
same office ("the lawmaker", "the judge").  In every readable labelled article (``labelled_sets.READABLE``;
measure-only articles are refused, never read) each gold row whose speaker mention is a definite role phrase ("the
senator", "The Florida senator") with a head noun that has plainer nouns in the kit's table
(``analysis.attribution.ROLE_HYPERNYMS``, written by ``training/role_hypernyms.py`` from WordNet) has that head
rewritten, all such mentions of an article at once, into each plainer noun in turn (one column per noun pair, "senator
→ lawmaker").  The gold offsets are carried through the rewrite (``renaming.shift``) and the kit's output on the
rewritten text is scored as ``quotes_blind.py`` scores it; per pair: the rewritten rows, the speakers the original
attributes right that the rewrite still does (``speaker kept``), and over all rows of the rewritten articles the
speakers lost and gained.  Skips cleanly when the gold, the texts or the scorer are absent.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))

from cue_invariance import analyse, judge, judged_originals, readable_cases, readable_sets, shifted, tally  # noqa: E402
from labelled_sets import READABLE  # noqa: E402
from name_invariance import rate, replaced  # noqa: E402

#: First words of a gold speaker that is a description, not a name ("an adviser to …", "The NISCC spokesman").
UNNAMED = frozenset({"The", "A", "An"})
#: A definite role phrase as a whole speaker mention: "the", up to three modifiers, a lower-case head noun.
ROLE_MENTION = re.compile(r"[Tt]he(?: [\w.'’-]+){0,3} ([a-z]+)")


def head_site(text: str, row: dict) -> tuple[int, int, str] | None:
    """The head noun of a gold row's speaker mention when the mention is a definite role phrase: ``(start, end,
    head)`` in the text's offsets, else None."""
    from analysis.attribution import ROLE_HYPERNYMS

    ms, me = row.get("mention_start"), row.get("mention_end")
    if ms is None or me is None or not 0 <= ms < me <= len(text):
        return None
    m = ROLE_MENTION.fullmatch(text[ms:me])
    speaker = row.get("speaker") or ""
    if m is None or m.group(1) not in ROLE_HYPERNYMS or not speaker[:1].isupper() or speaker.split()[0] in UNNAMED:
        return None  # (a description the gold leaves unnamed is scored by its words, which the rewrite changes)
    return ms + m.start(1), ms + m.end(1), m.group(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(READABLE), help="readable labelled sets, comma-separated")
    parser.add_argument("--examples", type=int, default=0, help="print up to N lost rows per noun pair")
    args = parser.parse_args()
    sets = readable_sets(args.sets)
    found = readable_cases(sets, "role invariance", lambda text, rows: any(head_site(text, g) for g in rows))
    if found is None:
        return
    scorer, cases = found
    from analysis.attribution import ROLE_HYPERNYMS

    t0 = time.perf_counter()
    heads = collections.Counter(s[2] for text, rows, _ in cases.values() for g in rows if (s := head_site(text, g)))
    print(f"{len(cases)} articles of {', '.join(sets)}; {sum(heads.values())} gold rows with a definite role mention")
    print(f"heads: {', '.join(f'{h} {n}' for h, n in heads.most_common())}")
    base = judged_originals(scorer, cases)
    print("| title → plainer noun | rows | speaker kept | lost (all rows) | gained |")
    print("|---|---|---|---|---|")
    for head in sorted(heads):
        for plain in sorted(ROLE_HYPERNYMS[head]):
            c: collections.Counter[str] = collections.Counter()
            shown = 0
            for name, (text, rows, _) in cases.items():
                sites = {i: s for i, g in enumerate(rows) if (s := head_site(text, g)) and s[2] == head}
                if not sites:
                    continue
                spans = sorted({(s, e, plain) for s, e, _ in sites.values()})
                new_text = replaced(text, spans)
                mapped = shifted(rows, spans)
                after = judge(scorer, mapped, analyse(new_text, name))
                for i, (old, new) in enumerate(zip(base[name], after, strict=True)):
                    tally(c, old, new, target=i in sites, reported=False)
                    if i in sites and old[1] and not new[1] and shown < args.examples:
                        shown += 1
                        print(f"    {head} → {plain} | {name}: gold {rows[i]['speaker']!r} kit {new[2]!r}")
            print(f"| {head} → {plain} | {c['rows']} | {rate(c['ok_kept'], c['ok'])} | {c['lost']} | {c['gained']} |")
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
