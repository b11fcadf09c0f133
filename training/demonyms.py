"""Derive the nouns for a person of a place (demonyms: "Briton", "Vermonter", "New Yorker") from WordNet.

Run: ``.venv/bin/python training/demonyms.py`` (writes ``analysis/data/demonyms.txt``; needs the Princeton
WordNet 3.0 database files, Debian package ``wordnet-base``, only here, never at run time).

News copy puts a person's nationality or home place before their name as it puts a role there ("Briton
Jenson Button", "Vermonter Bernie Sanders", "Texan Jane Roe"): the word describes the person and is no part
of their name.  No package the kit depends on ships a demonym table, and a hand list misses most of them, so
the list is read from WordNet (Miller 1995): every capitalised lemma of a synset under ``inhabitant.n.01``
("a person who inhabits a particular place"), following hyponym links (``~``, the nationalities and the
people of regions and cities: "European" -> "Briton" -> "Scot").  Lemmas that are also a plural or a whole
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


def root_offset() -> str:
    """The first noun sense of :data:`ROOT_LEMMA` (index.noun)."""
    entry = next((e for e in wordnet.noun_lemmas() if e.lemma == ROOT_LEMMA), None)
    if entry is None:
        raise SystemExit(f"{ROOT_LEMMA} is not in {wordnet.WORDNET}/index.noun")
    return entry.offsets[0]


def demonyms() -> set[str]:
    """Capitalised lemmas of every synset below the root (the root itself names no place)."""
    graph = wordnet.noun_synsets()

    def down(offset: str) -> list[str]:
        return [o for symbol, o, pos in graph[offset].pointers if symbol in DOWN and pos == "n"]

    seen, todo, out = set(), down(root_offset()), set()
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        lemmas = [w.replace("_", " ") for w in graph[offset].words]
        out.update(w for w in lemmas if w[:1].isupper() and w.replace(" ", "").replace("-", "").isalpha())
        todo.extend(down(offset))
    return out


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
