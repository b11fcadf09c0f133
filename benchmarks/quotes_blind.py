"""Quotes, reported speech, speakers and their gender on the labelled BBC and Wikinews sets.

Run: ``.venv/bin/python benchmarks/quotes_blind.py [--set blind|open|...|measure] [--errors N] [--gold PATH]``.

Two sets of BBC and Wikinews articles from ``../shared/corpus`` were labelled from the text
alone by independent annotators, every quote direct or indirect with its speaker and the
speaker's gender (guidelines beside the gold files, ``benchmarks/data/``):

* ``blind`` (64 articles): measure-only.  The script prints detection and attribution with
  the shared scorer and never the set's individual errors, so rules are not fitted to it.
* ``open`` (120 other articles): a development set for British and international copy.
  ``--errors N`` lists up to N misses, wrong speakers and false alarms, to find failure
  classes there (and count them on PolNeAR train) — never to write a rule for one article.

Later rounds added the measure-only ``fresh``, ``fresh2`` and ``fresh3`` sets and the readable ``open2`` and ``open4``;
``--set measure`` pools the four BBC and Wikinews measure-only sets, the number a change is judged by.  Stop 34 added
US political copy, articles of PolNeAR's train split labelled by the same guidelines: the readable ``us1`` (fit part)
and the measure-only ``usheld`` (held-out fifth, which no model is fitted on), scored on their own.  Stop 35 added
scraped copy from many outlets, 500N-KPCrowd stories (``../shared/eval/keywords/docs``): the readable ``kp1`` and the
measure-only ``kpheld``.  Stop 36 added British openings, the first paragraphs of BBC articles no earlier set held (cut
from the topic benchmark's records, ``labelled_sets.article_path``): the readable ``lead1`` and the measure-only
``leadheld``.

Every set prints direct quotes (``full``/``partial``), reported speech (``indirect``) and all of
them, and the gender the kit gives the speakers of the quotes it attributes correctly.
Skips cleanly when the gold or the texts are absent.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval" / "quotes"
sys.path.insert(0, str(ROOT / "benchmarks"))  # (run as a script or imported from a test)

# The sets' files, which are measure-only, and the lists' reader: one module for every benchmark that reads them.
from labelled_sets import CORPUS, MEASURE_ONLY, POOLED, READABLE, SETS, TEXT_DIRS, article_path, article_text, listed  # noqa: E402
from quotes import _scorer  # noqa: E402  (the shared scorer's loader)


def predict(articles: list[str]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Prediction rows for every quote and report, and the gender the kit gives each (article, speaker)."""
    import analysis

    rows, genders = [], {}
    for name in articles:
        res = analysis.analyze(analysis.load_article(article_path(name)))
        text = res.article.text
        for q in res.quotes.itertuples():
            rows.append({"article": name, "start": int(q.start), "end": int(q.end), "quote": text[q.start : q.end],
                         "speaker": q.speaker, "kind": q.kind})  # fmt: skip
        if "gender" in res.speakers.columns:
            for s in res.speakers.itertuples():
                genders[(name, s.speaker)] = s.gender
    return rows, genders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*sorted(SETS), "measure"], default="blind")
    parser.add_argument("--gold", type=Path, help="another gold file (its articles only)")
    parser.add_argument("--errors", type=int, default=0, help="open set only: list this many errors")
    args = parser.parse_args()
    names = POOLED if args.set == "measure" else (args.set,)
    if args.errors and set(names) & set(MEASURE_ONLY):
        sys.exit(f"the {args.set} set is measure-only: its errors are not listed (use --set {' or '.join(READABLE)})")
    paths = [(args.gold, SETS[names[0]][1])] if args.gold else [SETS[n] for n in names]
    if not all(g.exists() for g, _ in paths) or not (EVAL / "score_quotes.py").exists() or not CORPUS.exists():
        sys.exit(f"{args.set} gold, scorer or corpus not found")
    scorer = _scorer()
    gold = [g for gold_path, _ in paths for g in scorer.load_jsonl(gold_path)]
    articles = sorted({g["article"] for g in gold})
    labelled = {a for _, listing in paths for a in listed(listing)}
    quoteless = sorted(labelled - set(articles)) if args.gold is None else []
    preds, genders = predict(articles + quoteless)
    # The scorer only visits articles with gold lines: predictions in the labelled articles without any quote
    # are false positives it cannot see, so they are counted here.
    n_extra = sum(1 for p in preds if p["article"] in quoteless)
    print(f"{len(quoteless)} labelled articles have no quote; the kit finds {n_extra} quotes in them")
    views = {
        "direct (full, partial)": ({"full", "partial"}, {"full", "partial"}),
        "reported (indirect)": ({"indirect"}, {"indirect"}),
        "all quotes": ({"full", "partial", "indirect"}, {"full", "partial", "indirect"}),
    }
    print(
        f"| {args.set} set ({len(articles)} articles) | gold | detection P | R | F1 | attribution acc. | end-to-end |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, (gk, pk) in views.items():
        _, tot, _ = scorer.score(gold, [p for p in preds if p["kind"] in pk], list(TEXT_DIRS), kinds=gk)
        m = scorer.metrics(tot)
        print(f"| {label} | {m['n_gold']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
              f"{m['attribution_accuracy']:.3f} ({m['n_attr_correct']}/{m['n_attr_evaluated']}) | "
              f"{m['e2e_attribution_recall']:.3f} |")  # fmt: skip
    # Gender: over gold quotes whose speaker the kit found (best-overlapping prediction names them).
    if genders:
        confusion: collections.Counter[tuple[str, str]] = collections.Counter()
        by_art = collections.defaultdict(list)
        for p in preds:
            by_art[p["article"]].append(p)
        for g in gold:
            if g.get("kind") == "nonspeech" or not g.get("speaker") or not g.get("gender"):
                continue
            hits = [p for p in by_art[g["article"]] if min(p["end"], g["end"]) > max(p["start"], g["start"])]
            hits = [p for p in hits if p["speaker"] and scorer.speaker_match(p["speaker"], g["speaker"])]
            if hits:
                confusion[(g["gender"], genders.get((g["article"], hits[0]["speaker"]), "unknown"))] += 1
        n = sum(confusion.values())
        ok = sum(v for (a, b), v in confusion.items() if a == b)
        print(f"\nGender of correctly attributed quotes' speakers: {ok}/{n} = {ok / n:.3f} agree with the annotators")
        print("| gold \\ kit | female | male | unknown |\n|---|---|---|---|")
        for a in ("female", "male", "unknown"):
            print(f"| {a} | " + " | ".join(str(confusion[(a, b)]) for b in ("female", "male", "unknown")) + " |")
    if args.errors:
        _print_errors(scorer, gold, preds, args.errors)


def _print_errors(scorer, gold: list[dict], preds: list[dict], limit: int) -> None:
    """Misses, wrong speakers and false alarms of the open set, in article order (at most ``limit``)."""
    text_of = {a: article_text(a) for a in {g["article"] for g in gold}}
    by_art = collections.defaultdict(list)
    for p in preds:
        by_art[p["article"]].append(p)
    lines, hit = [], set()
    for g in gold:
        text = text_of[g["article"]]
        over = [p for p in by_art[g["article"]] if scorer.overlap((p["start"], p["end"]), (g["start"], g["end"])) > 0]
        hit.update(id(p) for p in over)  # a quote marked on non-speech is neither right nor wrong
        if g.get("kind") == "nonspeech":
            continue
        said = text[g["start"] : g["end"]][:70].replace("\n", " ")
        mention = text[g["mention_start"] : g["mention_end"]] if g.get("mention_start") is not None else ""
        names = [g["speaker"], *g.get("alt_speakers", [])]
        if not over:
            if not g.get("optional"):
                lines.append(f"MISS  {g['article']} [{g['kind']}] {said!r} — {g['speaker']} (mention {mention!r})")
        elif g["speaker"] and not any(scorer.speaker_match(p["speaker"] or "", n) for p in over for n in names):
            got = ", ".join(sorted({str(p["speaker"]) for p in over}))
            lines.append(
                f"WHO   {g['article']} [{g['kind']}] {said!r} — gold {g['speaker']} (mention {mention!r}), kit {got}"
            )
    for art, ps in by_art.items():
        if art not in text_of:
            continue
        for p in ps:
            if id(p) not in hit:
                said = text_of[art][p["start"] : p["end"]][:70].replace("\n", " ")
                lines.append(f"FALSE {art} [{p['kind']}] {said!r} — kit {p['speaker']}")
    print(f"\n{len(lines)} errors ({limit} shown)")
    print("\n".join(sorted(lines, key=lambda x: x.split()[1])[:limit]))


if __name__ == "__main__":
    main()
