"""Recall census of reported speech over PolNeAR train's fit part: which unquoted contents the finder misses, and why.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/reported_census.py [--top N] [--examples N]`` (about 15 s).

PolNeAR (Newell, Margolin & Ruths 2018) gives every attribution a Source, a Cue and a Content.  For each
unquoted Content of the train split's *fit* part (``training/reporting_verbs.py``'s hash split: the held-out fifth,
which ``benchmarks/reported.py`` measures, is never read, and neither is any article a measure-only list names,
``labelled_sets.MEASURE_ONLY``) the census records

- the cue: its head word (auxiliaries dropped), read as a verb next to its source (``rv.cue_verb``) or not (a noun
  of speech, "accusations from X that …", a possessive's "X's claim that …", "according to"), and whether it
  is speech (a verb of communication, ``rv.COMMUNICATION``; a noun of speech, ``reported.owned_speech_nouns``;
  ``according to``) or a belief, a perception or a finding (which our guidelines do not count);
- the content's shape: a ``that`` clause, an infinitive, another clause (``rv.clausal``), a noun phrase;
- what the finder did with it: found (a prediction of ``reported.find_reported`` overlaps it by the shared
  scorer's rule), no candidate (``reported.candidates`` proposes no clause overlapping it), below the threshold
  (the best overlapping candidate scores under it), or lost to another reading (above the threshold, but a
  better-scoring candidate of the same cue or an overlapping clause was kept).

It prints the counts by status for speech and for non-speech cues; the missed speech contents by the cue's kind,
then by kind and shape; the largest missed classes of the cues read as no speech (a verb off the list shows
there: "clarified that" did); and the largest missed classes of the speech cues (cue kind × head word × shape ×
status).  With ``--examples N``, up to N missed contents of each class (fit part only).  Skips cleanly when
PolNeAR's train split is absent.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "training"))  # the gold's reading, shared with training/train_reported.py
sys.path.insert(0, str(ROOT / "benchmarks"))

import labelled_sets  # noqa: E402
import reporting_verbs as rv  # noqa: E402

#: The statuses of a gold content, in the order printed.
STATUSES = ("found", "no candidate", "below threshold", "lost to another")
#: How many missed classes are listed by default.
TOP = 40
#: The longest content shown with ``--examples`` (characters before it, then the content).
SHOWN_BEFORE, SHOWN_CONTENT = 90, 110


def shape(content: str) -> str:
    """A content's shape: ``that`` clause, ``to`` infinitive, another clause, or a noun phrase."""
    first = content.split(None, 1)[0].lower() if content.split() else ""
    if first == "that":
        return "that-clause"
    if first == "to":
        return "infinitive"
    if rv.clausal(content):
        return "clause"
    return "np"


def cue_class(text: str, rec: dict[str, list[tuple[int, int]]]) -> tuple[str, str, bool]:
    """The cue's head word (lemma for a verb), its kind (``verb``, ``noun``, ``according``, ``other``) and whether
    it reports speech."""
    from analysis import reported

    cue = rec.get("Cue")
    if not cue:
        return "(no cue)", "none", False
    src = rec.get("Source")
    cue_text = text[cue[0][0] : cue[0][1]]
    if "according" in cue_text.lower():
        return "according to", "according", True
    verb = rv.cue_verb(text, cue[0], (src[0][0], src[-1][1]) if src else None)
    words = [w for w in re.findall(r"[a-z']+", cue_text.lower().replace("\u2019", "'")) if w not in rv.AUX]
    if verb is not None and verb.isalpha():
        lem = rv.lemma(verb)
        return lem, "verb", lem in rv.COMMUNICATION or lem in reported.DESCRIPTION_VERBS
    head = words[-1] if words else cue_text.lower()
    nouns = reported.owned_speech_nouns()
    if head in nouns or head.rstrip("s") in nouns:
        return head, "noun", True
    lem = rv.lemma(head) if head.isalpha() else head
    if lem in rv.COMMUNICATION:
        return lem, "verb (far source)", True
    return head, "other", False


def census(examples: int = 0, top: int = TOP) -> None:
    import analysis
    from analysis import reported
    from analysis.quotes import find_quotes, quote_blocks

    weights, bias, threshold = reported._model()
    skip = {Path(a).stem for a in labelled_sets.measure_only_articles()}  # (never read)
    by_status: dict[bool, collections.Counter[str]] = {True: collections.Counter(), False: collections.Counter()}
    missed: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    by_kind: collections.Counter[tuple[str, str]] = collections.Counter()
    by_shape: collections.Counter[tuple[str, str, str]] = collections.Counter()
    unlisted: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    shown: dict[tuple[str, str, str, str], list[str]] = collections.defaultdict(list)
    n_articles = 0
    for ann in rv.articles("fit"):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in skip:
            continue
        path = rv.TRAIN / "text" / (stem + ".txt")
        art = analysis.load_article(path)
        text = art.text
        if path.read_text(encoding="utf-8") != text:
            continue  # offsets would not index the same text
        n_articles += 1
        blocks = quote_blocks(art)
        quotes = find_quotes(text, blocks)
        quoted = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in quotes]
        preds = [(p.start, p.end) for p in reported.find_reported(text, blocks, quoted)]
        cands = [
            ((r.start, r.end), bias + sum(weights.get(f, 0.0) for f in feats))
            for group in reported.candidates(text, blocks, quoted)
            for r, feats in group
        ]
        for rec, span, content in rv.unquoted_contents(text, ann):
            if not content.strip():
                continue
            head, kind, speech = cue_class(text, rec)
            if any(rv.overlap(p, span) for p in preds):
                status = "found"
            else:
                scores = [s for sp, s in cands if rv.overlap(sp, span)]
                if not scores:
                    status = "no candidate"
                elif max(scores) < threshold:
                    status = "below threshold"
                else:
                    status = "lost to another"
            by_status[speech][status] += 1
            if not speech and status != "found" and kind != "none":
                unlisted[(kind, head, shape(content), status)] += 1
            if speech and status != "found":
                key = (kind, head, shape(content), status)
                missed[key] += 1
                by_kind[(kind, status)] += 1
                by_shape[(kind, shape(content), status)] += 1
                if len(shown[key]) < examples or len(shown[key[:1] + key[2:]]) < examples:
                    before = text[max(0, span[0] - SHOWN_BEFORE) : span[0]].replace("\n", " ")
                    line = f"    {stem}: …{before} >> {content[:SHOWN_CONTENT]!r}"
                    shown[key].append(line)
                    shown[key[:1] + key[2:]].append(line)
    print(f"PolNeAR train, fit part: {n_articles} articles (measure-only articles skipped)\n")
    print("| cue | " + " | ".join(STATUSES) + " | recall |")
    print("|---|" + "---|" * (len(STATUSES) + 1))
    for speech in (True, False):
        c = by_status[speech]
        total = sum(c.values())
        row = " | ".join(str(c[s]) for s in STATUSES)
        print(f"| {'speech' if speech else 'belief/other'} | {row} | {c['found'] / total if total else 0:.3f} |")
    print("\nMissed speech contents by the cue's kind:\n")
    print("| cue kind | status | contents |")
    print("|---|---|---|")
    for (kind, status), n in sorted(by_kind.items(), key=lambda x: -x[1]):
        print(f"| {kind} | {status} | {n} |")
    print("\nMissed speech contents by the cue's kind and the content's shape:\n")
    print("| cue kind | content shape | status | contents |")
    print("|---|---|---|---|")
    for key, n in sorted(by_shape.items(), key=lambda x: -x[1]):
        print(f"| {' | '.join(key)} | {n} |")
        if examples:
            print("\n".join(shown[key]))
    print(f"\nThe {top} largest missed classes of cues read as no speech (beliefs, findings, verbs off the list):\n")
    print("| cue kind | cue head | content shape | status | contents |")
    print("|---|---|---|---|---|")
    for key, n in unlisted.most_common(top):
        print(f"| {' | '.join(key)} | {n} |")
    print(f"\nThe {top} largest missed classes of speech cues:\n")
    print("| cue kind | cue head | content shape | status | contents |")
    print("|---|---|---|---|---|")
    for key, n in missed.most_common(top):
        print(f"| {' | '.join(key)} | {n} |")
        if examples:
            print("\n".join(shown[key]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=TOP, help="how many missed classes to list")
    parser.add_argument("--examples", type=int, default=0, help="missed contents shown per class (fit part)")
    args = parser.parse_args()
    if not rv.TRAIN.exists():
        print(f"PolNeAR train not found at {rv.TRAIN}: skipped")
        return
    census(args.examples, args.top)


if __name__ == "__main__":
    main()
