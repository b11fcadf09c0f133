"""Read Princeton WordNet 3.0's noun database files, for the training scripts that learn word lists from it.

The database (Miller 1995) ships as plain text in the Debian package ``wordnet-base``
(``/usr/share/wordnet``); it is read only by training scripts (``noun_kinds.py``, ``demonyms.py``,
``first_names.py``), never at run time.  Formats: ``wndb(5WN)``: each ``data.noun`` line is a synset
(``offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer …``, ``w_cnt`` in hexadecimal, each pointer
``symbol offset pos source/target``); each ``index.noun`` line a lemma
(``lemma pos synset_cnt p_cnt ptr_symbol … sense_cnt tagsense_cnt synset_offset …``), its synsets in sense
order, the most frequent first.  Lines that open with a space are the licence header.

References:
    Miller, G. A. (1995). WordNet: A Lexical Database for English. Communications of the ACM 38(11).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Princeton WordNet 3.0 database files (Debian package ``wordnet-base``).
WORDNET = Path("/usr/share/wordnet")
#: Lexicographer file numbers (lexnames): ``noun.person`` and ``noun.group``.
PERSON_LEXFILE = 18
GROUP_LEXFILE = 14


@dataclass(frozen=True)
class Synset:
    """A noun synset: its lexicographer file, its words as written (``_`` for a space, without the adjective
    marker ``(a)``), and its pointers as ``(symbol, offset, pos)``."""

    lexfile: int
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Lemma:
    """An ``index.noun`` entry: the lemma (lower case, ``_`` for a space), how many of its senses were tagged in
    the semantic concordance, and its synset offsets in sense order."""

    lemma: str
    tagged: int
    offsets: tuple[str, ...]


def _lines(name: str, wordnet: Path) -> Iterator[str]:
    for line in (wordnet / name).read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):  # the licence header
            yield line


def noun_synsets(wordnet: Path = WORDNET) -> dict[str, Synset]:
    """Every noun synset of ``data.noun``, by offset."""
    out: dict[str, Synset] = {}
    for line in _lines("data.noun", wordnet):
        parts = line.split(" ")
        offset, lex, n_words = parts[0], int(parts[1]), int(parts[3], 16)
        words = tuple(w.split("(")[0] for w in parts[4 : 4 + 2 * n_words : 2])
        n_pointers = int(parts[4 + 2 * n_words])
        at = 5 + 2 * n_words
        pointers = tuple(tuple(parts[at + 4 * i : at + 4 * i + 3]) for i in range(n_pointers))
        out[offset] = Synset(lex, words, pointers)  # type: ignore[arg-type]
    return out


def noun_lemmas(wordnet: Path = WORDNET) -> Iterator[Lemma]:
    """Every lemma of ``index.noun``, in the file's order."""
    for line in _lines("index.noun", wordnet):
        parts = line.split()
        n_synsets, n_pointers = int(parts[2]), int(parts[3])
        tagged = int(parts[4 + n_pointers + 1])
        offsets = tuple(parts[4 + n_pointers + 2 :])
        if len(offsets) != n_synsets:
            continue  # a malformed line: its senses cannot be told apart
        yield Lemma(parts[0], tagged, offsets)


def irregular_plurals(wordnet: Path = WORDNET) -> dict[str, list[str]]:
    """Irregular plurals from the noun exception list: lemma -> its plural forms ("man" -> ["men"])."""
    out: dict[str, list[str]] = {}
    for line in _lines("noun.exc", wordnet):
        form, *lemmas = line.split()
        for lemma in lemmas:
            out.setdefault(lemma, []).append(form)
    return out


#: Lexicographer file number (lexnames) of ``noun.location``.
LOCATION_LEXFILE = 15


def adjective_pertainyms(wordnet: Path = WORDNET) -> dict[str, set[str]]:
    """Relational adjectives of ``data.adj`` and the noun synsets they pertain to (pointer ``\\``): word as
    written (``_`` for a space, without the marker ``(a)``/``(p)``) -> noun offsets ("Ukrainian" -> Ukraine's).

    An adjective line has the noun line's layout (``offset lex_filenum ss_type w_cnt word lex_id … p_cnt
    pointer …``); adjective satellites (``ss_type`` ``s``) hold no pertainyms and are read alike.
    """
    out: dict[str, set[str]] = {}
    for line in _lines("data.adj", wordnet):
        parts = line.split(" ")
        n_words = int(parts[3], 16)
        words = [w.split("(")[0] for w in parts[4 : 4 + 2 * n_words : 2]]
        at = 5 + 2 * n_words
        nouns = {
            parts[at + 4 * i + 1]
            for i in range(int(parts[4 + 2 * n_words]))
            if parts[at + 4 * i] == "\\" and parts[at + 4 * i + 2] == "n"
        }
        for word in words if nouns else ():
            out.setdefault(word, set()).update(nouns)
    return out
