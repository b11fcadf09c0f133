"""How the kit resolves quotes and reported speech whose gold Source is a pronoun, by class, on PolNeAR train.

Run: ``.venv/bin/python benchmarks/pronoun_sources.py [--errors N] [--cls CLASS]``

Every kit row (direct or reported) whose text overlaps an annotated Content by at least half of the shorter
span takes that attribution's Source (Newell, Margolin & Ruths 2018); when the Source is a pronoun
(he/she/it/they/we/I), its CoreNLP chain (automatic, so noisy) gives who it is: the row is right when the
kit's speaker matches any non-pronoun mention of the chain (names, roles and groups alike: "analysts" is
right for "they" whose chain holds "industry analysts").  Rows whose chain has no non-pronoun mention are
left out.  Each row is put in a class: the pronoun, and the kind of the nearest non-pronoun chain mention
before it (``name``: capitalised, opening with a known given name or an honorific; ``proper``: other
capitalised, a body, party or country; ``group``: a lower-case plural; ``role``: another description).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

EVAL = ROOT.parent / "shared" / "eval" / "quotes"
DATA = EVAL / "polnear_train"
PRONOUNS = ("he", "she", "it", "they", "we", "i")
HONORIFICS = ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator")


def _kind(text: str) -> str:
    """The kind of a chain mention's text (see the module docstring)."""
    from analysis.gender import UNKNOWN, first_name_gender

    words = [w for w in text.replace(" 's", "").split() if w.lower() not in ("the", "a", "an")]
    if not words:
        return "role"
    if all(w[:1].isupper() for w in words if w.lower() not in ("of", "and", "for")):
        first = words[0].lower().rstrip(".")
        return "name" if first in HONORIFICS or first_name_gender(words[0]) != UNKNOWN else "proper"
    return "group" if words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss") else "role"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong rows")
    parser.add_argument("--cls", default="", help="print errors of this class only (e.g. 'they/group')")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--clean", action="store_true", help="only chains whose names all end in one word")
    args = parser.parse_args()
    from attribution_failures import gold_source
    from quotes_blind import _scorer
    from train_attribution import read_ann, read_chains

    import analysis
    from analysis import attribution

    scorer = _scorer()
    chains = read_chains(DATA / "coref.jsonl")
    total: Counter = Counter()
    right: Counter = Counter()
    wrong: Counter = Counter()
    shown = 0
    warnings.simplefilter("ignore")
    anns = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    items = sorted(anns.items())[: args.limit or None]
    for stem, ann in items:
        text = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        art = analysis.read_article(text)
        if art.text != text:
            continue
        gold = read_ann(ann)
        art_chains = chains.get(f"{stem}.txt", [])
        for a in attribution.attribute(art).attributions:
            if a.kind not in ("full", "partial", "indirect"):
                continue
            src = gold_source(a, gold)
            if src is None:
                continue
            pron = text[src[0] : src[1]].strip().lower().split("'")[0]
            if pron not in PRONOUNS:
                continue
            chain = next((ch for ch in art_chains if any(m["start"] < src[1] and src[0] < m["end"] for m in ch)), None)
            if chain is None:
                continue
            named = [
                m
                for m in chain
                if m["text"].lower().split(" 's")[0].split("'")[0]
                not in PRONOUNS
                + (
                    "his",
                    "her",
                    "their",
                    "its",
                    "our",
                    "us",
                    "him",
                    "them",
                    "my",
                    "me",
                    "himself",
                    "herself",
                    "themselves",
                )
            ]
            if not named:
                continue
            before = [m for m in named if m["end"] <= src[0]]
            ante = max(before, key=lambda m: m["end"]) if before else min(named, key=lambda m: m["start"])
            cls = f"{pron}/{_kind(ante['text'])}"
            if args.clean:
                # a chain CoreNLP may have merged wrongly: keep only chains whose capitalised mentions all
                # end in one word (one person or body), and that have one
                lasts = {m["text"].replace(" 's", "").split()[-1] for m in named if _kind(m["text"]) != "role"}
                lasts = {w for w in lasts if w[:1].isupper()}
                if len(lasts) != 1:
                    continue
            direct = "direct" if a.kind != "indirect" else "reported"
            total[cls] += 1
            total[direct] += 1
            sp = a.speaker or ""
            # a name by the scorer's rule; a group or role by its head word ("members" for "members within
            # both unions")
            ok = bool(sp) and any(
                scorer.speaker_match(sp, m["text"].replace(" 's", "").strip())
                or sp.lower().split()[-1] in m["text"].lower().replace(" 's", "").split()
                for m in named
            )
            if ok:
                right[cls] += 1
                right[direct] += 1
                continue
            what = "none" if not sp else "wrong"
            wrong[(cls, what)] += 1
            if shown < args.errors and (not args.cls or args.cls == cls):
                shown += 1
                lo = max(0, min(ante["start"], a.start) - 80)
                if a.start - lo > 700:
                    lo = a.start - 700
                ctx = text[lo : a.start + 80].replace("\n", " / ")
                print(f"[{cls} {direct} {what}] kit={sp!r} mention={a.mention!r} ante={ante['text']!r} {stem}")
                print(f"    …{ctx}…\n")
    n, r = total["direct"] + total["reported"], right["direct"] + right["reported"]
    print(f"pronoun-sourced rows: {r}/{n} right ({r / max(n, 1):.3f})")
    for k in ("direct", "reported"):
        print(f"  {k}: {right[k]}/{total[k]}")
    print("| class | right | none | wrong |\n|---|---|---|---|")
    for cls, c in sorted(total.items(), key=lambda kv: -kv[1]):
        if "/" in cls:
            print(f"| {cls} | {right[cls]}/{c} | {wrong[(cls, 'none')]} | {wrong[(cls, 'wrong')]} |")


if __name__ == "__main__":
    main()
