"""Learn which plainer role nouns a titled person also answers to ("Sen. Ana Ruiz" … "the lawmaker"), from WordNet.

Run: ``.venv/bin/python training/role_hypernyms.py`` (writes ``analysis/data/role_hypernyms.txt``; needs the
Princeton WordNet 3.0 database files, Debian package ``wordnet-base``, only here, never at run time; deterministic).

News copy names a person by a title once ("Sen. Ana Ruiz", "Det. Insp. Sarah Cole", "Justice Mary Kent") and then
calls them by a role noun that is often not the title's own word but a more general one for the same office: a
senator or a congresswoman is "the lawmaker", an inspector or a detective "the officer", a justice "the judge", a
professor "the academic".  The kit resolves a role phrase to the person the article gave that role's words
(``analysis.attribution.role_holders``); this table adds, for each title or role word, the plainer nouns its holder
is given too.

The relation is WordNet's hypernymy (Miller 1995): a role noun is listed for a title word when one of the title
word's ``noun.person`` senses has, within :data:`MAX_DEPTH` hypernym steps, a synset that holds the role noun
("senator" → legislator → lawgiver/lawmaker; "inspector" (police sense) → policeman/police officer/officer;
"justice" → judge/justice/jurist, one synset).  Hypernyms climb fast into nouns that hold anyone ("leader",
"official", "professional", "man", "worker"): such a noun says nothing about which person a role phrase is, and a
description by it ("the official said") brings in someone new as often as not.  So the synset reached must be
specific: its hyponym closure (every synset under it) holds at most :data:`MAX_HYPONYMS` synsets ("legislator" 18,
"lawgiver" 21, "policeman" 23, "judge" 31, "academician" 6; "politician" 186, "official" 148, "leader" 787,
"military officer" 183, "doctor" 114 are left).  Only single lower-case words the role linker reads as one named
person's role (``analysis.attribution.HOLDER_HEADS``) are written, and no kin, generic, standing or possession noun.

Abbreviated titles ("Sen.", "Const.", "Insp.") are spelled out at run time through the kit's one abbreviation table
(``analysis.attribution.TITLE_ABBREVIATIONS``) before this table is read.

References:
    Miller, G. A. (1995). WordNet: A Lexical Database for English. Communications of the ACM 38(11).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT))

import wordnet  # noqa: E402 - the shared WordNet reader

from analysis import attribution, speakers  # noqa: E402 - the kit's own role vocabulary

OUT = ROOT / "analysis" / "data" / "role_hypernyms.txt"
#: Hypernym steps climbed from a title word's sense: two reach "lawmaker" from "senator" (via "legislator") and
#: "officer" from "detective"; a third reaches "leader", "politician" and "professional" for most offices.
MAX_DEPTH = 2
#: Most synsets a reached synset's hyponym closure may hold: a noun for a kind of office, not for anyone who leads,
#: serves or works (the counts in the module docstring; the gap between 48 "lawman" and 78 "head/chief").
MAX_HYPONYMS = 50
#: Person nouns that say nothing of an office (kin and generic people), never written as a plainer role; nor are a
#: standing in a race or a fortune (``attribution.STANDING_HEADS``: any office holder may be one, so no title says
#: it) and what someone owns ("officer" → officeholder → holder → owner; "king" → tycoon in a tagged sense).
EXCLUDED = (
    frozenset("man woman person guy individual adult mother father parent wife husband son daughter".split())
    | attribution.STANDING_HEADS
    | frozenset({"owner", "proprietor", "competitor", "world-beater"})
)
HEADER = (
    "# title<TAB>plainer role noun its holder also answers to: written by training/role_hypernyms.py from WordNet 3.0"
    " (Princeton University; noun_kinds_LICENSE.txt)"
)


def _hyponym_sizes(synsets: dict[str, wordnet.Synset]) -> dict[str, int]:
    """How many synsets lie under each noun synset (its hyponym closure, instances included)."""
    down: dict[str, list[str]] = {}
    for offset, s in synsets.items():
        for symbol, target, pos in s.pointers:
            if symbol in ("~", "~i") and pos == "n":
                down.setdefault(offset, []).append(target)
    sizes: dict[str, int] = {}
    for offset in synsets:
        seen: set[str] = set()
        stack = [offset]
        while stack:
            for child in down.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        sizes[offset] = len(seen)
    return sizes


def _hypernyms(synsets: dict[str, wordnet.Synset], offset: str, depth: int) -> set[str]:
    """The synset and its hypernyms up to ``depth`` steps (instance hypernyms too)."""
    out, front = {offset}, [offset]
    for _ in range(depth):
        front = [t for o in front for sym, t, pos in synsets[o].pointers if sym in ("@", "@i") and pos == "n"]
        front = [t for t in front if t not in out]
        out.update(front)
    return out


def title_words() -> set[str]:
    """Every word the kit reads as a person's title or office (lower case, single words): its title words, the
    abbreviations spelled out and the role linker's holder heads; not a rank modifier, which says which office of
    another word's kind ("deputy" in "deputy police chief" is no legislator's "deputy"), nor an honorific ("Miss",
    "Dame": no office)."""
    words = set(speakers._TITLE_WORDS) | set(attribution.TITLE_ABBREVIATIONS.values()) | set(attribution.HOLDER_HEADS)
    return {w for w in words if w.isalpha()} - attribution._RANK_MODIFIERS - speakers._PERSONAL_HONORIFICS


def role_heads() -> set[str]:
    """The nouns a role phrase's head may be that name one person the article named: the role linker's holder heads
    (``analysis.attribution.HOLDER_HEADS``).  Other person nouns are left: a word WordNet files beside a title in a
    sense news copy rarely means ("minister" → curate, pastor: its first sense is the clergy's) would let a
    description of someone else ("the pastor said") stand for the title's holder."""
    return set(attribution.HOLDER_HEADS) - EXCLUDED


def _common_senses(lemma: wordnet.Lemma | None) -> tuple[str, ...]:
    """A lemma's senses seen in WordNet's semantically tagged corpus (its first sense when none was): the senses
    a word is written in, not a rare one ("king" for a tycoon, "officer" for an officeholder who owns)."""
    return lemma.offsets[: max(lemma.tagged, 1)] if lemma is not None else ()


def _first_person(synsets: dict[str, wordnet.Synset], lemma: wordnet.Lemma) -> str | None:
    """A lemma's first ``noun.person`` sense ("justice": the judge, after justness), else ``None``."""
    return next((o for o in lemma.offsets if synsets[o].lexfile == wordnet.PERSON_LEXFILE), None)


def build() -> list[tuple[str, str]]:
    """Every (title word, plainer role noun) pair, sorted."""
    synsets = wordnet.noun_synsets()
    sizes = _hyponym_sizes(synsets)
    lemmas = {lemma.lemma: lemma for lemma in wordnet.noun_lemmas()}
    heads = role_heads()
    pairs: set[tuple[str, str]] = set()
    for title in title_words():
        lemma = lemmas.get(title)
        if lemma is None:
            continue
        for offset in _common_senses(lemma):
            if synsets[offset].lexfile != wordnet.PERSON_LEXFILE:
                continue
            for up in _hypernyms(synsets, offset, MAX_DEPTH):
                if sizes[up] > MAX_HYPONYMS or synsets[up].lexfile != wordnet.PERSON_LEXFILE:
                    continue
                for word in synsets[up].words:
                    if not (word.islower() and word in heads and word != title):
                        continue
                    if up == offset and not (
                        _first_person(synsets, lemma) == up == _first_person(synsets, lemmas[word])
                    ):
                        continue  # a synonym only in both words' first person sense ("chairman" is no "president")
                    common = _common_senses(lemmas.get(word))
                    # a noun one of whose common senses is a broad class ("politician", "officer": a military
                    # officer) names anyone of it as readily as the holder of this office
                    broad = any(sizes[o] > MAX_HYPONYMS for o in common if synsets[o].lexfile == wordnet.PERSON_LEXFILE)
                    if up in common and not broad:
                        pairs.add((title, word))
    return sorted(pairs)


def main() -> None:
    """Write the table and print its size."""
    pairs = build()
    OUT.write_text(HEADER + "\n" + "".join(f"{t}\t{r}\n" for t, r in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs over {len({t for t, _ in pairs})} title words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
