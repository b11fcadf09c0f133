"""Census of the head nouns of descriptions that speak, by whether the kit's noun lexicon calls them a person.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/person_nouns.py [--top N]`` (reads ``../shared``; skips cleanly
when absent).

The class (round 39, person39): a description is a speaker of its own when its head noun names a person ("the
striker said", "Kesiwen, a rock star, said"); the kit reads that from ``analysis/data/noun_kinds.txt``
(``training/noun_kinds.py``, WordNet's first sense, and since round 39 later senses attested as sources), which misses person nouns whose first sense is something
else ("star": a celestial body first; "anchor": a ship's). The census reads every allowed text (PolNeAR train's
fit part, the readable labelled sets' articles, the BBC and Wikinews files no measure-only list names; the
articles :func:`labelled_sets.measure_only_articles` names are skipped unread) and counts descriptions in three
speaking shapes:

* ``subject`` — determiner, up to three modifiers, the head, perhaps a name, then a cue verb ("the film star
  Kesiwen said", "a tech entrepreneur told");
* ``inverted`` — a cue verb, then determiner, modifiers and the head ("…," said the pop star.);
* ``appositive`` — a capitalised name, a comma, determiner, modifiers, the head, a comma and a cue verb.

Each head is counted as ``person`` / ``body`` (the lexicon's kinds), ``role`` (the kit's hand role, title,
organisation and people words) or ``unlisted`` (none of these), and the commonest unlisted heads are printed with
their uses and articles.  Text shapes only, no gold: a census of what the kit meets, not a score.  Round 39 on
1033 texts: person 341 -> 367, role 127 -> 110, unlisted 273 -> 264 of 954 speaking descriptions (star,
neurosurgeon, attendees listed; commenter, poster, bomber still not: no tagged person use or not in WordNet).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"

#: The census's classes, in print order.
CLASSES = ("person", "body", "role", "unlisted")


def texts() -> Iterator[tuple[str, str]]:
    """``(name, text)`` of every allowed text, each once; measure-only articles are never opened."""
    from labelled_sets import CORPUS, READABLE, SETS, article_text, listed, measure_only_articles
    from reporting_verbs import held_out

    barred = measure_only_articles()
    barred_names = {Path(n).name for n in barred}
    seen: set[str] = set()
    if (POLNEAR / "text").is_dir():
        for path in sorted((POLNEAR / "text").glob("*.txt")):
            if path.name in barred_names or held_out(path.stem):
                continue  # the held-out fifth (usheld's articles among it) is never read
            seen.add(path.name)
            yield path.name, path.read_text(encoding="utf-8")
    for name in READABLE:
        if not SETS[name][1].exists():
            continue
        for article in listed(SETS[name][1]):
            if article in barred or Path(article).name in seen:
                continue
            try:
                text = article_text(article)
            except OSError:
                continue
            seen.add(Path(article).name)
            yield article, text
    for folder in ("bbc", "wikinews"):
        for path in sorted((CORPUS / folder).glob("*.txt")) if (CORPUS / folder).is_dir() else ():
            name = f"{folder}/{path.name}"
            if name in barred or path.name in seen:
                continue
            seen.add(path.name)
            yield name, path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30, help="how many unlisted heads to print")
    args = parser.parse_args()
    if not (POLNEAR / "text").is_dir():
        print(f"skipped: {POLNEAR} is absent")
        return
    import noun_kinds

    from analysis import resources
    from analysis import speakers as sp

    brill = resources.brill_lexicon()[0]

    role = sp._ROLE_NOUNS | sp._TITLE_WORDS | sp.PEOPLE_HEADS | sp.BODY_KIND_NOUNS | sp._ORG_WORDS
    cues = sp.cue_verbs()
    counts: Counter[tuple[str, str]] = Counter()
    unlisted: Counter[str] = Counter()
    unlisted_articles: dict[str, set[str]] = {}
    n_texts = 0
    for name, text in texts():
        n_texts += 1
        for shape, _modifier, head, _at in noun_kinds.speaking_heads(text, cues, brill):
            base = sp.regular_singular(head) if head not in sp._NOUN_KINDS else head
            kind = sp._NOUN_KINDS.get(head) or sp._NOUN_KINDS.get(base)
            cls = kind or ("role" if head in role or base in role else "unlisted")
            counts[shape, cls] += 1
            if cls == "unlisted":
                unlisted[head] += 1
                unlisted_articles.setdefault(head, set()).add(name)
    print(f"{n_texts} texts; speaking descriptions by the head's class")
    print(f"{'shape':<12}" + "".join(f"{c:>10}" for c in CLASSES) + f"{'total':>10}")
    for shape in ("subject", "inverted", "appositive"):
        row = [counts[shape, c] for c in CLASSES]
        print(f"{shape:<12}" + "".join(f"{n:>10}" for n in row) + f"{sum(row):>10}")
    row = [sum(counts[s, c] for s in ("subject", "inverted", "appositive")) for c in CLASSES]
    print(f"{'all':<12}" + "".join(f"{n:>10}" for n in row) + f"{sum(row):>10}")
    print(f"\ncommonest unlisted heads (uses / articles), {len(unlisted)} heads:")
    print(", ".join(f"{h} {n}/{len(unlisted_articles[h])}" for h, n in unlisted.most_common(args.top)))


if __name__ == "__main__":
    main()
