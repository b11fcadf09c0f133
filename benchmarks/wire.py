"""How much wire and web furniture the readers take out of the body, per shared corpus.

Run: ``.venv/bin/python benchmarks/wire.py``.

For each corpus in ``../shared`` (Wikinews, BBC, the PolNeAR development and
test articles; skipped when absent) it parses every article and counts body
paragraphs, datelines (and agencies), bylines, credit paragraphs and
standfirsts, and lists every credit so a reader can check that no story
paragraph went with them (``--show``).  No gold: the counts are for reading
against the articles, as issue 15 asks ("inspect every changed article").
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPORA = {
    "Wikinews": SHARED / "corpus" / "wikinews",
    "BBC": SHARED / "corpus" / "bbc",
    "PolNeAR dev+test": SHARED / "eval" / "quotes" / "polnear" / "articles",
}


def main() -> None:
    """Print one markdown row per corpus (and, with ``--show``, every credit and byline found)."""
    import analysis

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every byline and credit paragraph found")
    args = parser.parse_args()
    print("| corpus | articles | paragraphs | datelines | with agency | bylines | credit paragraphs | standfirsts |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, folder in CORPORA.items():
        files = sorted(folder.glob("*.txt"))
        if not files:
            continue
        n = {"paragraphs": 0, "dateline": 0, "agency": 0, "byline": 0, "credits": 0, "standfirst": 0}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = [(p, analysis.load_article(p)) for p in files]
        for path, art in articles:
            n["paragraphs"] += len(art.paragraphs)
            n["dateline"] += art.dateline is not None
            n["agency"] += art.agency is not None
            n["byline"] += art.byline is not None
            n["credits"] += len(art.credits)
            n["standfirst"] += art.standfirst is not None
            if args.show and (art.byline or art.credits):
                print(f"<!-- {path.name}: byline={art.byline!r} credits={[c[:70] for c in art.credits]} -->")
        print(
            f"| {name} | {len(files)} | {n['paragraphs']} | {n['dateline']} | {n['agency']} | {n['byline']} | "
            f"{n['credits']} | {n['standfirst']} |"
        )


if __name__ == "__main__":
    main()
