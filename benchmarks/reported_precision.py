"""The kit's reported-speech rows that match no annotation, grouped by cause (a precision error census).

Run: ``.venv/bin/python benchmarks/reported_precision.py [--set train|fit|held_out|open|open2] [--show GROUP --errors N]``.

Every ``indirect`` row of :func:`analysis.attribution.attribute` is matched, by the shared scorer's rule (overlap of
at least half the shorter span, ``rv.overlap``), against the annotated contents: on PolNeAR's train split (Newell,
Margolin & Ruths 2018; ``train`` = all 840 articles, first annotator, or its ``fit``/``held_out`` part as
``training/reporting_verbs.py`` splits it) every Content, quoted or not, beliefs included; on the readable labelled
sets ``open``/``open2`` every gold record.  A row that matches none is a false row; it is *touching* when it overlaps
a content by less than half (a span boundary error rather than a row nobody annotated).  False rows are put in the
first group whose test they pass, read from the words around the row's cue (patterns: a proxy, for counting a class
before and after a change, not a judgement of each row):

* ``document source`` — the cue's subject ends in a document word (``analysis.reported.DOCUMENTS``: "the survey
  suggests", "The ACARS data shows"); the labelled sets' guidelines count no speech there, PolNeAR does.
* ``question`` — ``asked`` after ``when``/``if``/``after``… ("When asked whether …").
* ``noun cue`` — the cue follows a determiner or a number ("his proposed ban", "five orders").
* ``passive cue`` — a form of *be* before an ``-ed`` cue ("was explained by the fact that …").
* ``inverted`` — the cue follows a comma and its content has no verb in its first segment: the words after it
  name the speaker ("…, said former governor Ed Rendell, who …") or are no clause at all.
* ``relative gap`` — the cue is in a relative clause ("which he has denied", "that Ben Carson accused"): its object
  is the relative pronoun, and the words after it are the main clause's.
* ``object`` — no verb in the content's first segment: a noun phrase ("announced a study", "conceded a penalty
  which …", "wrote the original story, will be broadcast …"), a non-speech sense or an object PolNeAR leaves out.
* ``before cue`` — the content precedes its cue ("…, X said").
* ``clause`` — any other: a clause after its cue that no annotation covers (an annotator's omission, or a cue of
  another sense).

``--show GROUP --errors N`` prints N rows of a group (``all`` for every group); on the train split only the ``fit``
part's rows are printed (the ``held_out`` fifth is for measuring).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "training"))  # the gold's reading, shared with training/train_reported.py
sys.path.insert(0, str(ROOT / "benchmarks"))  # (run as a script or imported from a test)

import reporting_verbs as rv  # noqa: E402
from labelled_sets import CORPUS, READABLE, SETS, article_path, listed  # noqa: E402

#: Characters of context read before a cue for the group tests.
_BEFORE = 60
#: The groups, in the order they are tested (a row goes to the first that fits).
GROUPS = (
    "document source",
    "question",
    "noun cue",
    "passive cue",
    "inverted",
    "relative gap",
    "object",
    "before cue",
    "clause",
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\w+ed|\w+n't|"
    r"said|says|told|won|lost|made|took|gave|got|went|came|saw|knew|thought|wants|needs)\b",
    re.I,
)
#: What closes a content's first segment: a comma, a relative or subordinate clause.
_SEGMENT_BREAK = re.compile(
    r"[,;:(\u2014\u2013]|\s(?:which|who|whom|whose|while|when|because|since|after|before|although|though)\s"
)
_QUESTION = re.compile(r"\b(?:when|if|after|once|before|as|being)\s+$")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that|his|her|their|its|our|no|one|two|three|four|five|several|many)\s+$")
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?$")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom)\s+[\w'\u2019. ]{0,40}$")
_PRONOUN_OPENING = re.compile(r"(?:he|she|they|it|we|i)\b")


def group(text: str, start: int, end: int, cue: tuple[int, int], source: tuple[int, int] | None) -> str:
    """The group of a false row (see the module docstring): its content ``start:end``, its cue and source spans."""
    from analysis.reported import DOCUMENTS

    before = text[max(0, cue[0] - _BEFORE) : cue[0]].replace("\n", " ")
    low, word = before.lower(), text[cue[0] : cue[1]].lower()
    content = text[start:end]
    head = _SEGMENT_BREAK.split(content, maxsplit=1)[0]
    src = text[source[0] : source[1]].lower().split() if source else []
    after = start >= cue[1]
    if src and src[-1] in DOCUMENTS:
        return "document source"
    if word.startswith("ask") and _QUESTION.search(low):
        return "question"
    if _NOUN_BEFORE.search(low):
        return "noun cue"
    if _PASSIVE.search(low) and word.endswith(("ed", "told", "said")):
        return "passive cue"
    no_verb = not _FINITE.search(head) and not _PRONOUN_OPENING.match(content.lower())
    if after and before.rstrip().endswith(",") and no_verb:
        return "inverted"
    if after and _RELATIVE.search(low) and not re.search(r"[,.;]", re.split(r"\b(?:which|that|who|whom)\b", low)[-1]):
        return "relative gap"
    if after and no_verb:
        return "object"
    return "clause" if after else "before cue"


def _polnear(part: str):
    """(article path, annotated content spans, whether its rows may be printed) for a part of PolNeAR train."""
    anns = rv.articles("fit") + rv.articles("held_out") if part == "train" else rv.articles(part)
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]
        spans = [(r["Content"][0][0], r["Content"][-1][1]) for r in rv.parse(ann) if "Content" in r]
        yield rv.TRAIN / "text" / (stem + ".txt"), spans, not rv.held_out(stem)


def _labelled(name: str):
    """(article path, gold spans, True) for a readable labelled set (``labelled_sets.READABLE``)."""
    gold_path, listing = SETS[name]
    gold = collections.defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if "start" in rec:
            gold[rec["article"]].append((rec["start"], rec["end"]))
    for art in listed(listing):
        yield article_path(art), gold[art], True


def census(which: str, show: str | None = None, errors: int = 0) -> tuple[int, collections.Counter[str], int]:
    """Rows, false rows per group and touching false rows of a set; prints up to ``errors`` rows of ``show``."""
    import analysis
    from analysis import attribution, reported
    from analysis.quotes import find_quotes, quote_blocks

    source = _labelled(which) if which in READABLE else _polnear(which)
    rows, touching, counts, shown = 0, 0, collections.Counter(), 0
    for path, spans, readable in source:
        art = analysis.load_article(path)
        text = art.text
        if which not in READABLE and path.read_text(encoding="utf-8") != text:
            continue  # offsets would not index the same text
        blocks = quote_blocks(art)
        quoted = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in find_quotes(text, blocks)]
        found = {(r.start, r.end): r for r in reported.find_reported(text, blocks, quoted)}
        for a in attribution.attribute(art).attributions:
            rep = found.get((a.start, a.end))
            if a.kind != "indirect" or rep is None:
                continue
            rows += 1
            if any(rv.overlap((a.start, a.end), g) for g in spans):
                continue
            touching += any(g[0] < a.end and a.start < g[1] for g in spans)
            name = group(text, a.start, a.end, rep.cue, rep.source)
            counts[name] += 1
            if readable and show in (name, "all") and shown < errors:
                shown += 1
                cue = text[rep.cue[0] : rep.cue[1]]
                before = text[max(0, min(a.start, rep.cue[0]) - _BEFORE) : min(a.start, rep.cue[0])]
                print(f"{name} | {path.name} | {before!r} [{cue}] >> {text[a.start : a.end][:100]!r}")
    return rows, counts, touching


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="train", choices=("train", "fit", "held_out", *READABLE))
    parser.add_argument("--show", choices=(*GROUPS, "all"), help="print rows of this group")
    parser.add_argument("--errors", type=int, default=20, help="with --show: how many rows")
    args = parser.parse_args()
    if args.set in READABLE and not CORPUS.exists() or not rv.TRAIN.exists():
        sys.exit("shared data not found")
    rows, counts, touching = census(args.set, args.show, args.errors)
    false = sum(counts.values())
    print(f"\n{args.set}: {rows} indirect rows, {false} match no annotation ({touching} of them overlap one by less")
    print("than half: a span boundary)\n\n| group | false rows |\n|---|---|")
    for name in GROUPS:
        print(f"| {name} | {counts[name]} |")


if __name__ == "__main__":
    main()
