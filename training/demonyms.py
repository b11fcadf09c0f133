"""Derive the nouns for a person of a place (demonyms: "Briton", "Vermonter", "New Yorker") from WordNet.

Run: ``.venv/bin/python training/demonyms.py`` (writes ``analysis/data/demonyms.txt``; needs the Princeton
WordNet 3.0 database files, Debian package ``wordnet-base``, only here, never at run time).

News copy puts a person's nationality or home place before their name as it puts a role there ("Briton
Jenson Button", "Vermonter Bernie Sanders", "Texan Jane Roe"): the word describes the person and is no part
of their name.  No package the kit depends on ships a demonym table, and a hand list misses most of them, so
the list is read from WordNet (Miller 1995): every capitalised lemma of a synset under ``inhabitant.n.01``
("a person who inhabits a particular place"), following hyponym links (``~``, the nationalities and the
people of regions and cities: "European" -> "Briton" -> "Scot").  WordNet files many nationalities elsewhere,
so two more links are read: a person noun that is a member (``#m``, member holonym) of a place of
``noun.location`` ("Russian" -> Russia, "Kenyan" -> Kenya, filed under "native" or "African"), and a relational
adjective in ``-an`` or ``-i`` that pertains (``\\``) to such a place ("Ukrainian" -> Ukraine, "Bosnian",
"Yemeni"): English uses those adjectives as nouns for a person ("a Ukrainian"), unlike "French" or "British".
A few forms WordNet lacks altogether are added by hand (:data:`UNLISTED`).  Lemmas that are also a plural or a whole
people ("Swiss", "Chinese") stay in: they are read only right before a personal name, where they describe
the one person named.  Multi-word lemmas are written with spaces ("New Yorker").

References:
    Miller, G. A. (1995). WordNet: A Lexical Database for English. Communications of the ACM 38(11).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import wordnet  # noqa: E402 - the shared WordNet reader

OUT = ROOT / "analysis" / "data" / "demonyms.txt"
#: The root synset: "inhabitant, habitant, dweller, denizen, indweller" (WordNet 3.0 noun offset).
ROOT_LEMMA = "inhabitant"
#: WordNet pointer symbols followed down from the root: hyponyms only (instance hyponyms are individual people,
#: "Alcibiades" under "Athenian").
DOWN = frozenset({"~"})
#: WordNet pointer symbols: member holonym ("Russian" is a member of Russia) and
#: instance hypernym (an individual: "Plato", a member of the Academy, is no demonym).
MEMBER_OF, INSTANCE_OF = "#m", "@i"
#: Endings of a relational adjective of a place that English also uses as a noun for one person ("a Ukrainian",
#: "a Yemeni"); "-ish", "-ch" and "-ese" adjectives are not ("a French", "a British").
NOUN_ADJECTIVE_ENDINGS = ("an", "i")
#: Demonyms WordNet 3.0 lacks as any word of a place (newer or rarer forms): "Ivorian", the "-woman" twins of
#: its "-man" nouns, "Yorkshireman", and "Argentine" (WordNet's noun is a fish, its adjective is not in -an).
UNLISTED = ("Argentine", "Dutchwoman", "Ivorian", "Welshwoman", "Yorkshireman")


def root_offset() -> str:
    """The first noun sense of :data:`ROOT_LEMMA` (index.noun)."""
    entry = next((e for e in wordnet.noun_lemmas() if e.lemma == ROOT_LEMMA), None)
    if entry is None:
        raise SystemExit(f"{ROOT_LEMMA} is not in {wordnet.WORDNET}/index.noun")
    return entry.offsets[0]


def _word(lemma: str) -> str | None:
    """A WordNet lemma as written in copy (``_`` -> space), if it is a capitalised word of letters."""
    word = lemma.replace("_", " ")
    return word if word[:1].isupper() and word.replace(" ", "").replace("-", "").isalpha() else None


def members_of_places(graph: dict[str, wordnet.Synset]) -> set[str]:
    """Capitalised lemmas of person synsets that are members of a place ("Russian" -> Russia)."""
    out = set()
    for synset in graph.values():
        pointers = synset.pointers
        if synset.lexfile != wordnet.PERSON_LEXFILE or any(symbol == INSTANCE_OF for symbol, _, _ in pointers):
            continue
        if any(
            s == MEMBER_OF and pos == "n" and graph[o].lexfile == wordnet.LOCATION_LEXFILE for s, o, pos in pointers
        ):
            out.update(w for w in map(_word, synset.words) if w)
    return out


def place_adjectives(graph: dict[str, wordnet.Synset]) -> set[str]:
    """Capitalised relational adjectives of a place used as nouns for a person (:data:`NOUN_ADJECTIVE_ENDINGS`)."""
    out = set()
    for lemma, nouns in wordnet.adjective_pertainyms().items():
        word = _word(lemma)
        if (
            word
            and word.endswith(NOUN_ADJECTIVE_ENDINGS)
            and any(graph[o].lexfile == wordnet.LOCATION_LEXFILE for o in nouns)
        ):
            out.add(word)
    return out


def demonyms() -> set[str]:
    """Capitalised lemmas of every synset below the root (the root itself names no place), of the members of a
    place, and of the place adjectives used as nouns, with :data:`UNLISTED`."""
    graph = wordnet.noun_synsets()

    def down(offset: str) -> list[str]:
        return [o for symbol, o, pos in graph[offset].pointers if symbol in DOWN and pos == "n"]

    seen, todo, out = set(), down(root_offset()), set()
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        out.update(w for w in map(_word, graph[offset].words) if w)
        todo.extend(down(offset))
    return out | members_of_places(graph) | place_adjectives(graph) | set(UNLISTED)


def main() -> None:
    words = sorted(demonyms())
    OUT.write_text(
        "# demonyms: written by training/demonyms.py from WordNet 3.0 (Princeton University; noun_kinds_LICENSE.txt)\n"
        + "".join(f"{w}\n" for w in words),
        encoding="utf-8",
    )
    print(f"{len(words)} demonyms -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
