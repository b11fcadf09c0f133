"""How the kit attributes quotes whose annotated Source is a noun phrase with capitalised modifiers and a
common-noun head ("the Clinton campaign", "a Delhi auto parts supplier", "The British embassy").

Run: ``.venv/bin/python benchmarks/head_noun_sources.py [--errors N]`` (PolNeAR's train split, 840 articles).

The class (round 27, np27): a PolNeAR train Source whose words up to its complement (", …", "of …",
"who …") are an optional determiner, one or more capitalised modifiers, then lower-case words ending in
the head noun ("the Trump campaign", "Republican officials"; not "Campaign manager Robby Mook", whose head
is a name).  Each quote or reported-speech row the kit finds takes the Source of the annotated attribution
whose Content overlaps it (as ``benchmarks/attribution_failures.py`` does), and the kit's answer is counted as

* ``head`` — the speaker ends with the Source's head noun (the description as written, which the scorer
  matches by its last word);
* ``named (chain)`` — the person CoreNLP's coreference chain links the Source to;
* ``modifier`` — the speaker's words all lie among the Source's capitalised modifiers ("Clinton" for "the
  Clinton campaign", "Delhi" for "a Delhi auto parts supplier"): the failure this class names;
* ``other`` / ``none`` — someone else; no speaker.

Rows are split by whether the Source is the subject right before its annotated Cue (``subj``).  Training
data only: never report quality on it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"

#: Determiners that may open the Source.
_DETERMINERS = frozenset("the a an".split())
#: Where a Source's head noun ends: its complement, appositive or relative clause.
_HEAD_END = re.compile(r"\s(?:of|from|at|for|in|with|who|that|on|and)\s|,|\(")
ANSWERS = ("head", "named (chain)", "modifier", "other", "none")


def head_shaped(words: str) -> tuple[list[str], str] | None:
    """``(capitalised modifiers, head noun)`` when a Source's head part is determiner? + capitals + lower-case
    words ending in a noun, else ``None``."""
    part = _HEAD_END.split(words)[0].replace("'s ", " ").split()
    if part and part[0].lower() in _DETERMINERS:
        part = part[1:]
    caps = 0
    while caps < len(part) and part[caps][:1].isupper():
        caps += 1
    rest = part[caps:]
    if not caps or not rest or not all(w[:1].islower() and w.replace("-", "").isalpha() for w in rest):
        return None
    return part[:caps], rest[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many rows not answered by the head")
    args = parser.parse_args()

    from described_sources import source_rows
    from quotes_blind import _scorer

    scorer = _scorer()
    counts: Counter = Counter()
    heads: Counter = Counter()
    shown = 0
    for a, _, words, kind, person, alts in source_rows(lambda words: head_shaped(words) is not None):
        mods, head = head_shaped(words)  # type: ignore[misc]  (selected: not None)
        speaker = a.speaker or ""
        said = re.findall(r"[\w'-]+", speaker.lower())
        mod_words = {w.lower().removesuffix("'s") for w in mods}
        if not speaker:
            what = "none"
        elif said and said[-1] == head.lower():
            what = "head"
        elif person and any(scorer.speaker_match(speaker, n) for n in [person, *alts]):
            what = "named (chain)"
        elif said and all(w.removesuffix("'s") in mod_words or w in _DETERMINERS for w in said):
            what = "modifier"
        else:
            what = "other"
        counts[kind] += 1
        counts[(kind, what)] += 1
        heads[head.lower()] += 1
        if what not in ("head", "named (chain)") and shown < args.errors:
            shown += 1
            print(f"[{kind} / {what}] source {words!r}, kit {a.speaker!r} (mention {a.mention!r})")
    print(
        "| PolNeAR train rows, Source with capitalised modifiers and a common-noun head | rows | "
        + " | ".join(ANSWERS)
        + " |"
    )
    print("|---|---|" + "---|" * len(ANSWERS))
    for kind in ("direct subj", "direct", "reported subj", "reported"):
        print(f"| {kind} | {counts[kind]} | " + " | ".join(str(counts[(kind, w)]) for w in ANSWERS) + " |")
    print("most frequent heads:", ", ".join(f"{h} {n}" for h, n in heads.most_common(25)))


if __name__ == "__main__":
    main()
