"""Reported speech (indirect rows) against PolNeAR's train annotations.

Run: ``.venv/bin/python benchmarks/reported.py [--part held_out|fit] [--errors N]``.

PolNeAR (Newell, Margolin & Ruths 2018) annotates every attribution in its
articles, with or without quotation marks.  An attribution whose Content holds
no quotation mark (doubled apostrophes, the NYT's quotation style, count as one) is reported speech: the gold for
:func:`analysis.reported.find_reported`.
The train split's articles are divided by ``training/reporting_verbs.py``
into a *fit* part (four fifths by name hash: the reporting verbs were counted
there, and errors were read there) and a *held-out* fifth, never read while
building the finder; the held-out numbers are the ones to report.

Matching, as the shared quote scorer does: a prediction and a gold content
match when their character overlap is at least half the shorter span.
Reported: precision (predictions matching an unquoted gold content), recall
over all unquoted contents and over the clausal ones cued by a verb of speech (PolNeAR also
annotates beliefs, "X thinks that …", which the finder leaves out by design), recall over the
speech-cued contents that are a verb's object rather than a clause ("denied the claim", "urged them
to act": ``rv.object_content``),
and source agreement (the predicted source overlaps the gold Source; rows with a gold Source and a
predicted one).  Below the table, the kit's own reading of the same rows (``attribution.attribute``,
where the source the detector wrote may be replaced by the report ranker's): the share whose mention
overlaps the gold Source, over every matched row with a gold Source, and the share with no source.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "training"))  # the gold's reading, shared with training/train_reported.py
TRAIN = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"

import reporting_verbs as rv  # noqa: E402

_overlap, _clausal = rv.overlap, rv.clausal


def evaluate(part: str, errors: int = 0) -> dict[str, float]:
    import analysis
    from analysis import reported
    from analysis.quotes import find_quotes, quote_blocks

    speech = rv.COMMUNICATION
    from analysis import attribution

    n_pred = n_pred_ok = n_gold = n_gold_hit = n_speech = n_speech_hit = n_src = n_src_ok = 0
    n_kit = n_kit_ok = n_kit_none = 0
    n_obj = n_obj_hit = 0
    shown = 0
    for ann in rv.articles(part):
        path = TRAIN / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        art = analysis.load_article(path)
        text = art.text
        raw = path.read_text(encoding="utf-8")
        if raw != text:
            continue  # offsets would not index the same text
        blocks = quote_blocks(art)
        quotes = find_quotes(text, blocks)
        quoted = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in quotes]
        preds = reported.find_reported(text, blocks, quoted)
        gold = []
        for rec, span, content in rv.unquoted_contents(text, ann):
            src = rec.get("Source")
            cue = rec.get("Cue")
            verb = rv.cue_verb(text, cue[0], (src[0][0], src[-1][1]) if src else None) if cue else None
            is_speech = (
                verb is not None
                and rv.lemma(verb) in speech
                or (cue and "according" in text[cue[0][0] : cue[0][1]].lower())
            )
            obj = bool(is_speech) and verb is not None and rv.object_content(content, rv.lemma(verb))
            gold.append((span, (src[0][0], src[-1][1]) if src else None, bool(is_speech) and _clausal(content), obj))
        n_gold += len(gold)
        n_speech += sum(g[2] for g in gold)
        n_obj += sum(g[3] for g in gold)
        hit = [False] * len(gold)
        for p in preds:
            match = [i for i, g in enumerate(gold) if _overlap((p.start, p.end), g[0])]
            n_pred += 1
            if match:
                n_pred_ok += 1
                for i in match:
                    hit[i] = True
                g = gold[match[0]]
                if g[1] is not None and p.source is not None:
                    n_src += 1
                    n_src_ok += _overlap(p.source, g[1]) or (p.source[0] < g[1][1] and g[1][0] < p.source[1])
            elif errors and shown < errors and part == "fit":
                shown += 1
                print(
                    f"FP {path.name}: [{text[p.source[0] : p.source[1]] if p.source else None}] {text[p.cue[0] : p.cue[1]]} :: {text[p.start : p.end]!r}"
                )
        for a in attribution.attribute(art).attributions:
            if a.kind != "indirect":
                continue
            match = [g for g in gold if _overlap((a.start, a.end), g[0])]
            if not match or match[0][1] is None:
                continue
            src = match[0][1]
            n_kit += 1
            if a.mention_start is None or a.mention_end is None:
                n_kit_none += a.speaker is None
                continue
            n_kit_ok += a.mention_start < src[1] and src[0] < a.mention_end
        n_gold_hit += sum(hit)
        n_speech_hit += sum(h for h, g in zip(hit, gold) if g[2])
        n_obj_hit += sum(h for h, g in zip(hit, gold) if g[3])
        if errors and part == "fit":
            for h, g in zip(hit, gold):
                if not h and (g[2] or g[3]) and shown < 2 * errors:
                    shown += 1
                    s = max(0, g[0][0] - 80)
                    tag = "FN" if g[2] else "FN-object"
                    print(f"{tag} {path.name}: {text[s : g[0][0]]!r} >> {text[g[0][0] : g[0][1]]!r}")
    p = n_pred_ok / n_pred if n_pred else 0.0
    r = n_gold_hit / n_gold if n_gold else 0.0
    rs = n_speech_hit / n_speech if n_speech else 0.0
    return {
        "predicted": n_pred,
        "gold": n_gold,
        "gold_speech": n_speech,
        "precision": p,
        "recall": r,
        "recall_speech": rs,
        "f1_speech": 2 * p * rs / (p + rs) if p + rs else 0.0,
        "gold_object": n_obj,
        "recall_object": n_obj_hit / n_obj if n_obj else 0.0,
        "source_agreement": n_src_ok / n_src if n_src else 0.0,
        "kit_source": n_kit_ok / n_kit if n_kit else 0.0,
        "kit_no_source": n_kit_none / n_kit if n_kit else 0.0,
        "kit_rows": n_kit,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("held_out", "fit"), default="held_out")
    parser.add_argument("--errors", type=int, default=0, help="print errors (fit part only)")
    args = parser.parse_args()
    if not TRAIN.exists():
        sys.exit(f"PolNeAR train not found at {TRAIN}")
    m = evaluate(args.part, args.errors)
    print(
        "| part | predicted | gold (unquoted) | of which speech-cued | precision | recall (all) | recall (speech) | F1 (speech) | source agreement |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.part} | {m['predicted']} | {m['gold']} | {m['gold_speech']} | {m['precision']:.3f} | {m['recall']:.3f} | "
        f"{m['recall_speech']:.3f} | {m['f1_speech']:.3f} | {m['source_agreement']:.3f} |"
    )
    print(
        f'\nSpeech-cued contents that are a verb\'s object, no clause (rv.object_content: "denied the claim", '
        f'"urged them to act"; not in the speech recall above): {m["gold_object"]}, recall {m["recall_object"]:.3f}'
    )
    print(
        f"\nKit's indirect rows (`attribution.attribute`) matching a gold Content with a Source: {m['kit_rows']}; "
        f"mention overlaps the gold Source {m['kit_source']:.3f}; no source at all {m['kit_no_source']:.3f}"
    )


if __name__ == "__main__":
    main()
