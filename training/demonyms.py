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

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "data" / "demonyms.txt"
WORDNET = Path("/usr/share/wordnet")
#: The root synset: "inhabitant, habitant, dweller, denizen, indweller" (WordNet 3.0 noun offset).
ROOT_LEMMA = "inhabitant"
#: WordNet pointer symbols followed down from the root: hyponyms only (instance hyponyms are individual people,
#: "Alcibiades" under "Athenian").
DOWN = frozenset({"~"})


def synsets() -> dict[str, tuple[list[str], list[str]]]:
    """Noun synset offset -> (its lemmas, the offsets its hyponym pointers reach)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        offset, _lex, _pos, n_words, *rest = line.split(" ")
        n = int(n_words, 16)
        lemmas = [w.split("(")[0].replace("_", " ") for w in rest[: 2 * n : 2]]
        pointers = rest[2 * n :]
        n_pointers = int(pointers[0])
        down = [
            pointers[1 + 4 * i + 1]
            for i in range(n_pointers)
            if pointers[1 + 4 * i] in DOWN and pointers[1 + 4 * i + 2] == "n"
        ]
        out[offset] = (lemmas, down)
    return out


def root_offset() -> str:
    """The first noun sense of :data:`ROOT_LEMMA` (index.noun)."""
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if parts and parts[0] == ROOT_LEMMA:
            n_pointers = int(parts[3])
            return parts[4 + n_pointers + 2]
    raise SystemExit(f"{ROOT_LEMMA} is not in {WORDNET}/index.noun")


def demonyms() -> set[str]:
    """Capitalised lemmas of every synset below the root (the root itself names no place)."""
    graph = synsets()
    seen, todo, out = set(), list(graph[root_offset()][1]), set()
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        lemmas, down = graph[offset]
        out.update(w for w in lemmas if w[:1].isupper() and w.replace(" ", "").replace("-", "").isalpha())
        todo.extend(down)
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
