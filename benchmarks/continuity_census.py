"""Cue-less quotes: who the kit carries them to, against the annotated Source, and what stands between the
previous speaker and the quote.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/continuity_census.py [--errors N] [--limit N]`` (PolNeAR train,
about 20 s) or ``… --readable [--errors N]`` (the readable labelled sets, about 30 s).

A quote row of :func:`analysis.attribution.attribute` is *cue-less* (:func:`row_kind`) when it has no mention
(``continuity``: the kit gave it to whoever spoke last), when its mention ends more than :data:`FAR_SENTENCES`
sentences before the quote (``far mention``), or when the ranker took a mention for a quote with no cue of its
own (``mention, no cue``).  On PolNeAR train each such row takes the Source of the annotated attribution whose
Content overlaps it (as ``attribution_failures.py --polnear`` matches them) and the person that Source is (its
name, else the CoreNLP chain holding it: automatic, so a pronoun or role Source is often resolved to the wrong
person; read the ``name`` rows first); rows whose Source names no one are left out.  On the readable sets the
people's speaker labels decide.  Each row is counted right or wrong, and wrong where continuity (the previous
speaker) would have been right; then by the shape of the text between the previous cue (the end of the kit's
mention, or of the latest row its speaker was given) and the quote (:func:`shape`):

* ``quote of another speaker`` — a quote the kit gave to someone else stands between them;
* ``question`` — a sentence ending in ``?`` outside quotes (an interviewer's question) stands between;
* ``name opens the paragraph`` — the quote's paragraph opens with a capitalised name (not the speaker's);
* ``named subject in narration`` — a sentence of narration between opens with a capitalised name;
* ``narration`` — other narration (a sentence without quote marks) stands between;
* ``same paragraph, nothing between`` — the quote follows the previous speaker's quote directly.

Round 38 (cont38) found continuity right for 974 of 1,010 rows whose Source is a name on PolNeAR train and
240 of 253 on the readable sets; the wrong ones read by hand were mostly the automatic Source's noise (a
nested "according to" outlet, a pronoun chain to another person) or cues the kit does not read, and no shape
class held more than a handful.  The one class that held, a subject right before a quote that opens in lower
case ("Lee "kind of forgot …"") taken for the speaker, is fixed in ``attribution.py``.

The PolNeAR train articles any measure-only list names (``usheld``) are skipped: those stay an honest test.
Skips cleanly when ``../shared/eval/quotes/polnear_train`` (or the corpus, for ``--readable``) is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

from attribution_failures import _gold_person, gold_source
from labelled_sets import CORPUS, READABLE, SETS, article_path, measure_only_articles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
#: A mention ending more than this many sentence ends before its quote counts as far (carried, not cued).
FAR_SENTENCES = 2
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")
_NAME_OPEN = re.compile(r"(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'.-]+)+")
_QUOTE = re.compile(r"[\"\u201c\u201d]")
#: Row kinds in the order the tables print them.
KINDS = ("continuity", "far mention", "mention, no cue")
#: Classes in the order the table prints them.
CLASSES = (
    "quote of another speaker",
    "question",
    "name opens the paragraph",
    "named subject in narration",
    "narration",
    "same paragraph, nothing between",
    "other",
)


def _sentences(text: str) -> list[str]:
    """Rough sentence split: enough to tell narration from quotes in a stretch of text."""
    return [s.strip() for s in _SENT_END.split(text) if s.strip()]


def _in_source(speaker: str | None, words: str) -> bool:
    """Whether the kit's speaker's last name stands in the Source's own words ("Representative Ann Cole,
    Democrat of Ohio," for "Ann Cole"): the scorer's name match misses a Source with an appositive."""
    last = (speaker or "").split()[-1:]
    return bool(last) and last[0][:1].isupper() and re.search(rf"\b{re.escape(last[0])}\b", words) is not None


def shape(text: str, since: int, quote_start: int, other_quote: bool, speaker: str) -> str:
    """The class of what stands between the previous cue (offset ``since``) and a cue-less quote.

    Args:
        text: The article.
        since: Where the previous speaker's cue (or mention) ends.
        quote_start: The quote's offset.
        other_quote: Whether a row given to another speaker stands between.
        speaker: The speaker the kit gave the quote (a name its paragraph may open with).
    """
    if other_quote:
        return "quote of another speaker"
    para = text.rfind("\n", 0, quote_start) + 1
    between = text[since:quote_start]
    narration = [s for s in _sentences(between) if not _QUOTE.search(s)]
    if any(s.endswith("?") for s in narration):
        return "question"
    if para > since:
        opener = _NAME_OPEN.match(text, para)
        last = (speaker or "").split()[-1:] or [""]
        if opener and opener.start() < quote_start and last[0] not in opener.group(0):
            return "name opens the paragraph"
    if any(_NAME_OPEN.match(s) and not s.startswith("The ") for s in narration):
        return "named subject in narration"
    if narration:
        return "narration"
    if "\n" not in between.strip():
        return "same paragraph, nothing between"
    return "other"


def row_kind(text: str, a) -> str | None:  # noqa: ANN001 - an Attribution
    """Which kind of cue-less row ``a`` is, or ``None`` for a row with a cue and a mention near it.

    ``"continuity"``: no mention (whoever spoke last); ``"far mention"``: a mention ending more than
    :data:`FAR_SENTENCES` sentences before the quote; ``"mention, no cue"``: the ranker took a mention for a
    quote with no cue of its own (instead of continuity).
    """
    if a.mention_start is None:
        return "continuity"
    if a.mention_end is not None and len(_SENT_END.findall(text, a.mention_end, a.start)) > FAR_SENTENCES:
        return "far mention"
    return "mention, no cue" if a.cue is None else None


def row_shape(text: str, rows: list, i: int) -> str:
    """The shape class of what stands between row ``i``'s previous cue and the quote (:func:`shape`): since its
    mention, else since the latest row its speaker was given."""
    a = rows[i]
    prev = [r for r in rows[:i] if r.end <= a.start and r.speaker]
    own = [r for r in prev if r.speaker == a.speaker]
    since = a.mention_end if a.mention_end is not None else (own[-1].end if own else 0)
    other = any(r.end > since and r.speaker != a.speaker for r in prev)
    return shape(text, max(0, min(since, a.start)), a.start, other, a.speaker or "")


def _last_speaker(rows: list, i: int) -> str | None:
    """The speaker of the latest row before row ``i`` that has one (what continuity would give)."""
    return next((r.speaker for r in reversed(rows[:i]) if r.speaker), None)


def _print_tables(title: str, tally: Counter, shapes: Counter) -> None:
    """Right/wrong per row kind and source type, then the wrong rows' shape classes."""
    print(f"{title}\n")
    print("| row kind | source type | right | wrong | wrong, but continuity would be right |\n|---|---|---|---|---|")
    for kind in KINDS:
        for src in sorted({s for k, s, _ in tally if k == kind}):
            right, wrong, cont = (tally[(kind, src, o)] for o in ("right", "wrong", "continuity right"))
            print(f"| {kind} | {src} | {right} | {wrong + cont} | {cont} |")
    print(
        "\n| what stands between the previous cue and the quote | "
        + " | ".join(f"{k}: right | wrong" for k in KINDS)
        + " |"
    )
    print("|---|" + "---|---|" * len(KINDS))
    for cls in CLASSES:
        print(f"| {cls} | " + " | ".join(f"{shapes[(k, cls, True)]} | {shapes[(k, cls, False)]}" for k in KINDS) + " |")


def _outcome(ok: bool, continuity_ok: bool) -> str:
    """A row's outcome: right, wrong, or wrong where the previous speaker was the annotated one."""
    return "right" if ok else "continuity right" if continuity_ok else "wrong"


def _count_row(
    tally: Counter, shapes: Counter, text: str, rows: list, i: int, kind: str, source: str, ok: bool, cont: bool
) -> str:
    """Count row ``i`` (of ``kind``, its Source of type ``source``) in both tables; returns its shape class."""
    tally[(kind, source, _outcome(ok, cont))] += 1
    cls = row_shape(text, rows, i)
    shapes[(kind, cls, ok)] += 1
    return cls


def _context(text: str, start: int) -> str:
    """What precedes a quote (where its cue would be), on one line, for printed examples."""
    return text[max(0, start - 300) : start + 60].replace("\n", " / ")


def readable(errors: int) -> None:
    """The same census on the readable labelled sets, whose speakers people wrote (no automatic chains)."""
    if not CORPUS.exists():
        print(f"{CORPUS}: absent; nothing to count")
        return
    from quotes_blind import _scorer

    import analysis
    from analysis import attribution

    scorer = _scorer()
    tally: Counter = Counter()
    shapes: Counter = Counter()
    shown = 0
    warnings.simplefilter("ignore")
    for name in READABLE:
        gold_path, _ = SETS[name]
        if not gold_path.exists():
            continue
        by_art: dict[str, list[dict]] = {}
        for g in scorer.load_jsonl(gold_path):
            if g.get("kind") != "nonspeech" and g.get("speaker"):
                by_art.setdefault(g["article"], []).append(g)
        for art_name, golds in sorted(by_art.items()):
            art = analysis.load_article(article_path(art_name))
            text = art.text
            rows = list(attribution.attribute(art).attributions)
            for i, a in enumerate(rows):
                kind = row_kind(text, a) if a.kind in ("full", "partial") else None
                over = [g for g in golds if scorer.overlap((a.start, a.end), (g["start"], g["end"])) > 0]
                if kind is None or not over:
                    continue
                names = [n for g in over for n in (g["speaker"], *g.get("alt_speakers", []))]
                ok = any(scorer.speaker_match(a.speaker or "", n) for n in names)
                last = _last_speaker(rows, i)
                cont = last is not None and any(scorer.speaker_match(last, n) for n in names)
                cls = _count_row(tally, shapes, text, rows, i, kind, "people's label", ok, cont)
                if not ok and shown < errors:
                    shown += 1
                    ctx = _context(text, a.start)
                    print(f"[{name} {kind} / {cls}] gold={names[0]!r} kit={a.speaker!r}  {art_name}\n    …{ctx}…\n")
    _print_tables(f"Readable labelled sets ({', '.join(READABLE)}): cue-less quote rows", tally, shapes)


def polnear(errors: int, limit: int) -> None:
    """The census on PolNeAR train (measure-only articles skipped)."""
    if not (DATA / "text").is_dir():
        print(f"{DATA}: absent; nothing to count")
        return
    import analysis
    from analysis import attribution

    sys.path.insert(0, str(ROOT / "training"))
    from quotes_blind import _scorer
    from train_attribution import read_ann, read_chains

    skip = {Path(a).name for a in measure_only_articles() if "polnear_train" in a}
    scorer = _scorer()
    chains = read_chains(DATA / "coref.jsonl")
    anns: dict[str, Path] = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)  # one annotator per article: the first
    stems = [s for s in sorted(anns) if f"{s}.txt" not in skip]
    if limit:
        stems = stems[:limit]
    warnings.simplefilter("ignore")
    tally: Counter = Counter()
    shapes: Counter = Counter()
    shown = 0
    for stem in stems:
        text = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        art = analysis.read_article(text)
        if art.text != text:
            continue
        gold = read_ann(anns[stem])
        rows = list(attribution.attribute(art).attributions)
        for i, a in enumerate(rows):
            kind = row_kind(text, a) if a.kind in ("full", "partial") else None
            src = gold_source(a, gold) if kind else None
            if src is None:
                continue
            gkind, person, alts = _gold_person(text, src, chains.get(f"{stem}.txt", []))
            if person is None:
                continue
            words = text[src[0] : src[1]]

            def said_by(speaker: str | None, person: str = person, alts: list = alts, words: str = words) -> bool:
                return (
                    scorer.speaker_match(speaker, person)
                    or any(scorer.speaker_match(speaker, n) for n in alts)
                    or _in_source(speaker, words)
                )

            ok = said_by(a.speaker)
            cls = _count_row(tally, shapes, text, rows, i, kind, gkind, ok, said_by(_last_speaker(rows, i)))
            if not ok and shown < errors:
                shown += 1
                ctx = _context(text, a.start)
                print(f"[{kind} / {cls}] gold={person!r} ({gkind}) kit={a.speaker!r}  {stem}\n    …{ctx}…\n")
    title = f"PolNeAR train, {len(stems)} articles (measure-only ones skipped): cue-less quote rows"
    _print_tables(title, tally, shapes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong rows with their context")
    parser.add_argument("--limit", type=int, default=0, help="PolNeAR: read only this many articles (0: all)")
    parser.add_argument("--readable", action="store_true", help="census the readable labelled sets instead")
    args = parser.parse_args()
    if args.readable:
        readable(args.errors)
    else:
        polnear(args.errors, args.limit)


if __name__ == "__main__":
    main()
