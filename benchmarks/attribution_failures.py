"""How often each attribution failure class of issue 13 occurs on unseen copy, rules against the learned choice.

Run: ``.venv/bin/python benchmarks/attribution_failures.py [--corpus ../shared/corpus] [--exclude FILE]``.

There is no gold here: each class is counted by a pattern that flags the
failure when it happens (a proxy — it also counts some right answers, alike
for both engines, so the *difference* is the measurement).  Articles under
``bbc/`` and ``wikinews/``; files listed in ``--exclude`` (the blind set's
selection, by default) are left out, so the blind set stays an honest test.

Classes (per full/partial quote):

* ``no speaker`` — speaker ``None``.
* ``one capitalised word`` — a one-word speaker that the article never gives
  with a first name or title before it ("Bill", "Story", "Cambridge").
* ``role left alone`` — a role speaker ("the prime minister") whose head noun
  the article also puts before a capitalised name ("Prime Minister Tony Blair").
* ``pronoun to an object`` — ``he``/``she`` resolved to a person whose latest
  mention before it follows a preposition ("by Tony Blair").
* ``party/state tag`` — a quote whose sentence holds ``, D-N.Y.,`` and whose
  speaker is not the name before the tag.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
BLIND = ROOT / "benchmarks" / "data" / "blind_articles.txt"  # the blind set's articles, kept out of this count
_TAG = re.compile(r"([A-Z][\w'-]+),\s*[DRI]-[A-Z][\w.]*,")
_PREP_BEFORE = re.compile(r"\b(?:by|to|with|from|against|for|of|on|at)\s+(?:[A-Z][\w'.-]*\s+){0,3}$")


def classes(text: str, rows: list) -> Counter:
    """Failure-class counts over one article's quote rows."""
    out: Counter = Counter()
    for a in rows:
        if a.kind not in ("full", "partial"):
            continue
        out["quotes"] += 1
        sp = a.speaker
        if sp is None:
            out["no speaker"] += 1
            continue
        words = sp.split()
        if len(words) == 1 and sp[:1].isupper() and not re.search(r"[A-Z][\w'-]+\s+" + re.escape(sp) + r"\b", text):
            out["one capitalised word"] += 1
        if words[0].lower() in ("the", "a", "an") and len(words) >= 2:
            head = words[-1]
            if re.search(r"\b" + re.escape(head) + r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text, re.IGNORECASE):
                out["role left alone"] += 1
        if (a.mention or "").lower() in ("he", "she") and len(words) >= 2:
            at = text.rfind(words[-1], 0, a.start)
            if at > 0 and _PREP_BEFORE.search(text, max(0, at - 60), at):
                out["pronoun to an object"] += 1
        s0 = max(text.rfind(".", 0, a.start), text.rfind("\n", 0, a.start))
        tag = _TAG.search(text, s0 + 1, a.end + 120)
        if tag and words[-1] != tag.group(1):
            out["party/state tag"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--exclude", type=Path, default=BLIND)
    args = parser.parse_args()
    import analysis
    from analysis import attribution, speakers

    skip: set[str] = set()
    if args.exclude.exists():
        lines = args.exclude.read_text(encoding="utf-8").splitlines()
        skip = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    paths = [
        p for d in ("bbc", "wikinews") for p in sorted((args.corpus / d).glob("*.txt")) if f"{d}/{p.name}" not in skip
    ]
    if not paths:
        sys.exit(f"no articles under {args.corpus}")
    before: Counter = Counter()
    after: Counter = Counter()
    warnings.simplefilter("ignore")
    for p in paths:
        try:
            art = analysis.load_article(p)
        except analysis.ArticleError:
            continue
        before += classes(art.text, list(speakers.attribute(art).attributions))
        after += classes(art.text, list(attribution.attribute(art).attributions))
    print(f"{len(paths)} articles (bbc + wikinews, blind selection excluded); quotes: {before['quotes']}\n")
    print("| failure class (proxy count) | rules (`speakers.attribute`) | learned (`attribution.attribute`) |")
    print("|---|---|---|")
    for name in ("no speaker", "one capitalised word", "role left alone", "pronoun to an object", "party/state tag"):
        print(f"| {name} | {before[name]} | {after[name]} |")


if __name__ == "__main__":
    main()
