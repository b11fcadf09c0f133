"""How the kit attributes quotes whose annotated Source is a plural, quantified or indefinite description.

Run: ``.venv/bin/python benchmarks/described_sources.py [--errors N]`` (PolNeAR's train split, 840 articles).

The class (round 26, grp26): a PolNeAR train Source that opens with a determiner or quantifier of an
unnamed source ("one poster", "some lawmakers", "a former speechwriter", "other proponents of the bill") or
is a bare plural noun phrase ("opponents of the bill", "donors"); polls ("47 percent", "Six in 10") are a
class of their own and left out.  Each quote or reported-speech row the kit finds takes the Source of the
annotated attribution whose Content overlaps it (as ``benchmarks/attribution_failures.py`` does), and the
kit's answer is counted as

* ``kept`` — the kit's mention overlaps the Source (the description is the speaker), or its speaker is
  written inside the Source (a row continuing it);
* ``named (chain)`` — the person CoreNLP's coreference chain links the Source to;
* ``to a name`` / ``to another noun`` — someone else (a name; a role or noun phrase elsewhere);
* ``none`` — no speaker.

Rows are split by whether the Source is the subject right before its annotated Cue (``subj``): the
sub-class a description reader can fix.  Training data only: never report quality on it.  The articles a
measure-only list names (usheld's) are skipped unread (``labelled_sets.measure_only_articles``), here and in
``head_noun_sources.py``, which reads its rows from here.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"

#: First words of a described Source: determiners and quantifiers of an unnamed source.
_OPENERS = frozenset(
    "a an one some many several other others most few all both each another any numerous various".split()
    + "two three four five six seven eight nine ten dozens hundreds".split()
)
#: First words of a Source that is a pronoun, a relative or a definite description (other classes).
_NOT_DESCRIBED = frozenset("he she it they we i you his her their its our who which that the".split())
#: Where a Source's head noun ends: its complement or appositive.
_HEAD_END = re.compile(r"\s(?:of|from|at|for|in|with|who|that|on)\s|,")
#: A Source this close before its Cue (characters) is the Cue's subject.
SUBJECT_GAP = 12
ANSWERS = ("kept", "named (chain)", "to a name", "to another noun", "none")


def described(words: str, lexicon: dict) -> bool:
    """Whether a Source's words are a plural, quantified or indefinite description (not a poll)."""
    from attribution_failures import _proper

    first = words.split()[0].lower() if words.split() else ""
    if not first or first in _NOT_DESCRIBED or _proper(words) or re.search(r"\d|percent", words):
        return False
    if first in _OPENERS:
        return True
    head = _HEAD_END.split(words)[0].split()[-1].lower()
    return words[:1].islower() and lexicon.get(head, ("",))[0] == "NNS"


def read_cues(path: Path) -> dict[tuple[int, int], tuple[int, int]]:
    """Source span → Cue span of every attribution in a brat file."""
    spans: dict[str, tuple[int, int]] = {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = (line.split("\t") + ["", ""])[:3]
            nums = [int(x) for part in info.partition(" ")[2].split(";") for x in part.split()]
            if nums:
                spans[tid] = (min(nums), max(nums))
        elif line.startswith("E"):
            ev = dict(part.split(":") for part in line.split("\t")[1].split())
            if ev.get("Source") in spans and ev.get("Cue") in spans:
                out[spans[ev["Source"]]] = spans[ev["Cue"]]
    return out


if TYPE_CHECKING:
    from analysis.speakers import Attribution


class SourceRow(NamedTuple):
    """One row the kit found whose annotated Source a class selected."""

    attribution: Attribution
    source: tuple[int, int]  # the annotated Source's span
    words: str  # its words
    kind: str  # direct / reported, with " subj" when the Source is its Cue's subject
    person: str | None  # who CoreNLP's chain links the Source to
    alts: list[str]


def source_rows(select: Callable[[str], bool]) -> Iterator[SourceRow]:
    """The kit's rows on PolNeAR train (one annotator per article, articles the reader keeps verbatim) whose
    overlapping attribution's Source words ``select`` accepts, with the Source's subject split and chain person."""
    from attribution_failures import _gold_person, gold_source
    from labelled_sets import measure_only_articles
    from train_attribution import read_ann, read_chains

    import analysis
    from analysis import attribution

    chains = read_chains(DATA / "coref.jsonl")
    barred = {Path(name).name for name in measure_only_articles()}  # (usheld's PolNeAR articles: never read)
    by_article: dict[str, Path] = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], ann)  # one annotator per article: the first
    warnings.simplefilter("ignore")
    for stem, ann in sorted(by_article.items()):
        if f"{stem}.txt" in barred:
            continue
        text = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        art = analysis.read_article(text)
        if art.text != text:
            continue
        gold, cues = read_ann(ann), read_cues(ann)
        for a in attribution.attribute(art).attributions:
            if a.kind == "nonspeech" or (src := gold_source(a, gold)) is None:
                continue
            words = text[src[0] : src[1]]
            if not select(words):
                continue
            cue = cues.get(src)
            kind = "direct" if a.kind in ("full", "partial") else "reported"
            kind += " subj" if cue is not None and 0 <= cue[0] - src[1] <= SUBJECT_GAP else ""
            _, person, alts = _gold_person(text, src, chains.get(f"{stem}.txt", []))
            yield SourceRow(a, src, words, kind, person, alts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many rows not kept")
    args = parser.parse_args()

    from quotes_blind import _scorer

    from analysis import resources

    scorer = _scorer()
    lexicon = resources.brill_lexicon()[0]
    counts: Counter = Counter()
    shown = 0
    for a, src, words, kind, person, alts in source_rows(lambda words: described(words, lexicon)):
        overlaps = a.mention_start is not None and a.mention_start < src[1] and src[0] < a.mention_end
        speaker = a.speaker or ""
        if not speaker:
            what = "none"
        elif overlaps or speaker.lower() in words.lower():
            what = "kept"
        elif person and any(scorer.speaker_match(speaker, n) for n in [person, *alts]):
            what = "named (chain)"
        elif speaker[:1].isupper() and speaker.split()[0].lower() not in ("the", "a", "an"):
            what = "to a name"
        else:
            what = "to another noun"
        counts[kind] += 1
        counts[(kind, what)] += 1
        if what != "kept" and shown < args.errors:
            shown += 1
            print(f"[{kind} / {what}] source {words!r}, kit {a.speaker!r} (mention {a.mention!r})")
    print("| PolNeAR train rows, described Source | rows | " + " | ".join(ANSWERS) + " |")
    print("|---|---|" + "---|" * len(ANSWERS))
    for kind in ("direct subj", "direct", "reported subj", "reported"):
        print(f"| {kind} | {counts[kind]} | " + " | ".join(str(counts[(kind, w)]) for w in ANSWERS) + " |")


if __name__ == "__main__":
    main()
