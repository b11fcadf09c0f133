"""Name census: does the kit register the people and bodies PolNeAR's annotators name as sources?

Run: ``.venv/bin/python benchmarks/name_census.py [--examples N]`` (PolNeAR's train split, ~40 s).

A quote's speaker can only be a name the kit has registered as an entity of the article (``speakers._Doc``: its
capitalised runs read as people and bodies, before any quote is attributed).  For every annotated Source of
PolNeAR train (one annotator per article, articles the reader keeps verbatim) that is a proper name (every word
capitalised, no pronoun or description: "Sen. Tom Carper of Delaware", "Kesiwen"), or a description ending in a
full name ("Campaign spokeswoman Jo Hale"), the name is cut before its appositive or "of" complement and the census asks
whether a registered mention inside it names an entity whose words hold its last word (the surname; apostrophes
and case folded, so "O'Neill" and a transcript's "HALE:" count).  Each name is ``registered``; ``clipped`` (a
mention there names an entity without that word: "United States Kelemund", a clipped "Enrique Pe"); or
``missing`` (no mention: the run was never read as a name).  Missed names are sorted into shape classes, first
match wins: all capitals, in the headline, mojibake, one word that is a common English word ("Will", "From"),
one word, a title's "of" complement before the name, a particle, hyphen or apostrophe, right after a quote, and
the rest.  The last columns count the kit's rows whose annotated Source is the name, and how many of them the
kit gives a speaker holding its last word.

Training data only (PolNeAR's train split, which the learned rankers fit): never report quality on it.  Articles a
measure-only list names (``labelled_sets.MEASURE_ONLY``: usheld's) are skipped unread.  Skips cleanly when
``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))

from labelled_sets import CORPUS, measure_only_articles  # noqa: E402

DATA = CORPUS.parent / "eval" / "quotes" / "polnear_train"

#: Words that open a Source which is no name, whatever its capitals.
_NOT_NAMES = frozenset("he she it they we i you his her their its our the a an this that these those".split())
#: A capitalised word of a name (apostrophes, hyphens, initials and mojibake kept).
_CAP_WORD = r"[A-Z\u00c0-\u00de][\w'.\u2019\u00c0-\u00ff-]*"
#: A name inside a Source: capitalised words, perhaps joined by lower-case particles.
_NAME = re.compile(rf"(?:{_CAP_WORD}\s+(?:(?:de|da|dos|del|van|von|der|la|le|al|bin)\s+)*)*{_CAP_WORD}")
#: Where a name ends inside its Source: its appositive, bracket or "of"/"who" complement.
_NAME_END = re.compile(r"\s*(?:,|\(|\u2014|--|\s+of\s|\s+who\s)")
#: Lower-case particles a name may hold ("Luc van der Berg").
_PARTICLES = frozenset("de da dos del van von der la le al bin".split())
#: The Brill lexicon's readings of a one-word Source that is no name: a quantifier, an adjective, a number or a
#: plural group ("Some", "Many", "Democrats").
_NO_NAME_TAGS = frozenset({"DT", "PDT", "JJ", "CD", "RB", "IN", "NNS", "PRP", "WP"})
#: Characters a quote mark may be written as, right before a name ("…," Hale said).
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
#: How near before a name a quote mark must close for the name to stand "right after a quote" (characters).
QUOTE_GAP = 3
STATUSES = ("registered", "clipped", "missing")
SHAPES = (
    "all capitals",
    "in the headline",
    "mojibake",
    "one common word",
    "one word",
    "after a title's of-complement",
    "particle/hyphen/apostrophe",
    "right after a quote",
    "other",
)


class Named(NamedTuple):
    """One annotated Source that is (or ends in) a name, and what the kit made of it."""

    article: str
    name: str
    status: str
    shape: str
    rows: int  # the kit's rows whose annotated Source it is
    right: int  # of them, rows whose speaker holds the name's last word
    context: str


def _fold(word: str) -> str:
    """A word as compared: curly apostrophes straight, a possessive dropped, lower case."""
    word = word.replace("\u2019", "'")
    return re.sub(r"'s?$", "", word).lower()


def source_name(words: str) -> tuple[int, int] | None:
    """The span (within ``words``) of the name a Source is or ends in, else ``None``."""
    from attribution_failures import _proper

    from analysis import resources
    from analysis import speakers as sp

    first = words.split()[0].lower() if words.split() else ""
    if not first or first in _NOT_NAMES:
        return None
    if _proper(words):
        if len(words.split()) == 1 and resources.brill_tag(_fold(words), "") in _NO_NAME_TAGS:
            return None  # "Some", "Many", "Democrats": a quantifier or a group, no one's name
        end = _NAME_END.search(words)
        cut = end.start() if end and end.start() > 0 else len(words)
        before = words[:cut].split()
        if words[cut:].lstrip().startswith("of ") and before and sp._base(before[-1]) in sp._TITLE_WORDS:
            # "Secretary of State Jo Hale": the "of" is the title's; the name ends at the next break
            end = re.search(r"\s*(?:,|\(|\u2014|--|\s+who\s)", words)
            cut = end.start() if end and end.start() > 0 else len(words)
        return (0, cut)
    found = _NAME.match(words)
    if found and len(found.group().split()) >= 2 and _NAME_END.match(words, found.end()):
        return found.span()  # "Dean Johnson, a salesman from Sumter,": the name before the appositive
    names = list(_NAME.finditer(words))
    if words[:1].isupper() and names and len(names[-1].group().split()) >= 2 and names[-1].end() >= len(words) - 1:
        return names[-1].span()  # "Campaign spokeswoman Jo Hale": a description ending in a full name
    return None


def shape(text: str, start: int, end: int, head_end: int) -> str:
    """The first of :data:`SHAPES` the name ``text[start:end]`` has."""
    from analysis import resources

    name = text[start:end]
    words = name.split()
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) > 0 and all(w.isupper() and len(w) > 1 for w in letters):
        return SHAPES[0]
    if start < head_end:
        return SHAPES[1]
    if "\u00c3" in name or "\u00e2\u20ac" in name:
        return SHAPES[2]
    if len(words) == 1:
        return SHAPES[3] if resources.brill_tag(_fold(name), "") not in ("", "NNP", "NNPS") else SHAPES[4]
    if re.search(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z]\S*\s+)*$", text[max(0, start - 60) : start]):
        return SHAPES[5]  # "President of the United States Kelemund", "chairman of Brackwell LLC Jo Hale"
    if any(w in _PARTICLES for w in words) or re.search(r"[-'\u2019]", name):
        return SHAPES[6]
    before = text[max(0, start - QUOTE_GAP) : start].strip(" ,")
    if before and before[-1] in _QUOTE_MARKS:
        return SHAPES[7]
    return SHAPES[8]


def census() -> list[Named]:
    """Every named annotated Source of PolNeAR train (measure-only articles skipped) and its registration."""
    from attribution_failures import gold_source
    from train_attribution import read_ann

    import analysis
    from analysis import attribution
    from analysis import speakers as sp
    from analysis.quotes import find_quotes, quote_blocks

    barred = {Path(name).name for name in measure_only_articles()}
    by_article: dict[str, Path] = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], ann)  # one annotator per article: the first
    warnings.simplefilter("ignore")
    out: list[Named] = []
    for stem, ann in sorted(by_article.items()):
        if f"{stem}.txt" in barred:
            continue  # measure-only: never read
        text = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        art = analysis.read_article(text)
        if art.text != text:
            continue
        gold = read_ann(ann)
        blocks = quote_blocks(art)
        quotes = find_quotes(text, blocks)
        doc = sp._Doc(text, blocks, quotes)
        mentions = [(doc.offsets(p)[0], ent) for p, ent in zip(doc.mention_pos, doc.mention_ent, strict=True)]
        rows: dict[tuple[int, int], list[str | None]] = defaultdict(list)
        for a in attribution.attribute(art, quotes=quotes).attributions:
            if a.kind != "nonspeech" and (src := gold_source(a, gold)) is not None:
                rows[src].append(a.speaker)
        head_end = blocks[0][0] if blocks else 0
        for src in dict.fromkeys(s for s, _ in gold):
            span = source_name(text[src[0] : src[1]])
            if span is None:
                continue
            start, end = src[0] + span[0], src[0] + span[1]
            last = _fold(text[start:end].split()[-1])
            inside = [ent for at, ent in mentions if start <= at < src[1]]  # a run may hold "of Texas" too
            held = [ent for ent in inside if last in {_fold(w) for w in ent.name.split()}]
            status = STATUSES[0] if held else STATUSES[1] if inside else STATUSES[2]
            said = rows.get(src, [])
            right = sum(1 for s in said if s and last in {_fold(w) for w in s.split()})
            context = text[max(0, start - 60) : end + 40].replace("\n", " | ")
            out.append(
                Named(stem, text[start:end], status, shape(text, start, end, head_end), len(said), right, context)
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="print up to N names not registered per shape")
    args = parser.parse_args()
    if not (DATA / "text").is_dir():
        print(f"skipped: {DATA} is absent")
        return
    found = census()
    status = Counter(n.status for n in found)
    print(f"{len(found)} named Sources in PolNeAR train (training data; measure-only articles skipped)")
    print("| status | names | kit rows | rows to the name |")
    print("|---|---|---|---|")
    for st in STATUSES:
        ns = [n for n in found if n.status == st]
        print(f"| {st} | {status[st]} | {sum(n.rows for n in ns)} | {sum(n.right for n in ns)} |")
    print()
    print("| shape (names not registered) | clipped | missing | kit rows | rows to the name |")
    print("|---|---|---|---|---|")
    for sh in SHAPES:
        ns = [n for n in found if n.shape == sh and n.status != STATUSES[0]]
        if ns:
            clipped = sum(n.status == STATUSES[1] for n in ns)
            print(
                f"| {sh} | {clipped} | {len(ns) - clipped} | {sum(n.rows for n in ns)} | {sum(n.right for n in ns)} |"
            )
    if args.examples:
        for sh in SHAPES:
            ns = [n for n in found if n.shape == sh and n.status != STATUSES[0] and n.rows]
            for n in ns[: args.examples]:
                print(f"  {sh} | {n.status} | {n.name!r} | rows {n.right}/{n.rows} | …{n.context}…")


if __name__ == "__main__":
    main()
