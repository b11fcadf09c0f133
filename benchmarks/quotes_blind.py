"""Quotes, reported speech, speakers and their gender on the blind development set.

Run: ``.venv/bin/python benchmarks/quotes_blind.py [--gold PATH] [--out DIR]``.

The blind set (about 60 BBC and Wikinews articles from ``../shared/corpus``) was labelled
from the text alone by independent annotators, every quote direct or indirect with its
speaker and the speaker's gender (guidelines beside the gold file).  This script only
measures: it prints detection and attribution with the shared scorer for direct quotes
(``full``/``partial``), reported speech (``indirect``) and all of them, and the gender the
kit gives the speakers of the quotes it attributes correctly.  It never prints the
articles' individual errors, so rules are not fitted to them.  Skips cleanly when the
gold or the texts are absent.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval" / "quotes"
CORPUS = SHARED / "corpus"
GOLD = ROOT / "benchmarks" / "data" / "blind_quotes.jsonl"  # labels and offsets only; texts from ../shared
ARTICLES = ROOT / "benchmarks" / "data" / "blind_articles.txt"  # all 64, with the 9 that have no quotes


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", EVAL / "score_quotes.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def predict(articles: list[str]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Prediction rows for every quote and report, and the gender the kit gives each (article, speaker)."""
    import analysis

    rows, genders = [], {}
    for name in articles:
        res = analysis.analyze(analysis.load_article(CORPUS / name))
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
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    if not args.gold.exists() or not (EVAL / "score_quotes.py").exists() or not CORPUS.exists():
        sys.exit("blind gold, scorer or corpus not found")
    scorer = _scorer()
    gold = scorer.load_jsonl(args.gold)
    articles = sorted({g["article"] for g in gold})
    listed = [a.strip() for a in ARTICLES.read_text(encoding="utf-8").splitlines() if a.strip() and a[0] != "#"]
    quoteless = sorted(set(listed) - set(articles)) if args.gold == GOLD else []
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
    print(f"| blind set ({len(articles)} articles) | gold | detection P | R | F1 | attribution acc. | end-to-end |")
    print("|---|---|---|---|---|---|---|")
    for label, (gk, pk) in views.items():
        _, tot, _ = scorer.score(gold, [p for p in preds if p["kind"] in pk], [str(CORPUS)], kinds=gk)
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


if __name__ == "__main__":
    main()
