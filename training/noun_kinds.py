"""Learn which common nouns name a person and which a body, for the heads of description sources.

Run: ``.venv/bin/python training/noun_kinds.py`` (writes ``analysis/data/noun_kinds.txt``; needs the
Princeton WordNet 3.0 database files, Debian package ``wordnet-base``, only here, never at run time).

A quote's source is often a description, not a name: "a lecturer from the University of York said",
"the British embassy said".  Whether its head noun is a person ("lecturer") or a body ("embassy",
"ministry") decides whether the description is a speaker of its own and which kind of speaker it is; a
hand list of role nouns misses most of them.  WordNet (Miller 1995) files every noun sense under one of 26
lexicographer classes; its senses are ordered by their frequency in the semantically tagged Brown corpus,
so a noun's first sense is its most frequent one (the first-sense heuristic, a strong baseline for coarse noun
classes: McCarthy et al. 2004).  A noun is ``person`` when its first sense is in ``noun.person`` ("lecturer"),
or when none of its senses was seen in the tagged corpus, so their order tells nothing, and one of them is
("mogul": a ski bump, then a magnate); senses written with a capital are proper nouns' and are left out
("Same", a Sami); "suit" (a lawsuit first) and "page" (a leaf first) are not.  A
speaking source is a body, not a building, so a noun is ``body`` when the first of its senses in
``noun.person`` or ``noun.group`` is a group ("embassy": a building first, then the mission). A noun whose
first sense is a place an organisation runs, an establishment or facility ("museum", "prison", "zoo": no group
sense at all), is a ``body`` too: in news such a place speaks for the body that runs it.  Only single
lower-case words that are common English (wordfreq Zipf >= :data:`MIN_ZIPF`, Speer 2022) are kept: rare and
technical senses do not occur as news sources, and the file stays small; so are words whose commonest use in
the kit's Brill lexicon is not a noun ("accused", "elderly").  Each word is written with its plurals (the
regular one and those of WordNet's exception list, ``man`` -> ``men``), as the source heads are read as written.

The script prints how many of PolNeAR train's (fit part) description Source heads the list covers, as a check
on the news register; the heads themselves do not choose the list.

References:
    Miller, G. A. (1995). WordNet: A Lexical Database for English. Communications of the ACM 38(11).
    McCarthy, D., Koeling, R., Weeds, J. & Carroll, J. (2004). Finding Predominant Word Senses in Untagged
        Text. ACL.
    Speer, R. (2022). wordfreq (v3.0). Zenodo.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import wordnet  # noqa: E402 - the shared WordNet reader
from reporting_verbs import held_out  # noqa: E402 - the train split's one held-out fifth

TRAIN = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
OUT = ROOT / "analysis" / "data" / "noun_kinds.txt"
#: A noun is listed from this wordfreq Zipf frequency on (one use per million words): a word a newsroom
#: writes, not a rare or technical sense ("abecedarian").
MIN_ZIPF = 3.0
#: WordNet lexicographer file numbers (lexnames): the classes that are listed, and the kind each is written as.
LEXFILES = {wordnet.PERSON_LEXFILE: "person", wordnet.GROUP_LEXFILE: "body"}
#: ``noun.person``'s file number.
PERSON = wordnet.PERSON_LEXFILE
#: ``noun.artifact``'s file number: an establishment or facility ("museum", "prison") is filed there.
ARTIFACT_LEXFILE = 6
#: Artifact synsets for a place an organisation runs ("establishment": a prison, a shop; "facility": a museum, a
#: zoo, a station): a noun whose first sense is one of them names the body that runs it when it speaks
#: ("The museum issued a statement").
RUN_PLACES = frozenset({"03297735", "03315023"})  # establishment, facility
#: Brill tags of a word whose commonest use is a noun: a word mostly used otherwise ("accused", "elderly",
#: "familiar": a participle or adjective first) is left out, as it is read as a noun in few of its uses.
NOUN_TAGS = frozenset({"NN", "NNS"})
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")


def _under(synsets: dict[str, wordnet.Synset], offset: str, roots: frozenset[str]) -> bool:
    """Whether the synset at ``offset`` is one of ``roots`` or below one of them by hypernym links."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        o = todo.pop()
        if o in roots:
            return True
        if o not in seen:
            seen.add(o)
            todo.extend(t for sym, t, pos in synsets[o].pointers if sym in ("@", "@i") and pos == "n")
    return False


def first_sense_classes() -> dict[str, int]:
    """Each single-word noun lemma -> the lexicographer file that decides its kind (absent when none does): its
    first sense's when that is a person, else the first of its person or group senses, a person only when no
    sense of it is tagged; a noun whose first sense is a place an organisation runs (:data:`RUN_PLACES`) is a
    group (the body that runs it: "The museum issued a statement")."""
    synsets = wordnet.noun_synsets()
    # synset -> its words written in lower case (a common noun's sense)
    common = {o: {w for w in syn.words if w.islower()} for o, syn in synsets.items()}
    out: dict[str, int] = {}
    for entry in wordnet.noun_lemmas():
        lemma, tagged, offsets = entry.lemma, entry.tagged, list(entry.offsets)
        if not _WORD.fullmatch(lemma):
            continue
        # a proper noun's sense is no common noun's ("Same", a Sami; "Mogul", of the dynasty)
        offsets = [o for o in offsets if lemma in common[o]]
        if not offsets:
            continue
        speaking = [synsets[o].lexfile for o in offsets if synsets[o].lexfile in LEXFILES]
        first = offsets[0]
        if synsets[first].lexfile == PERSON:
            out[lemma] = PERSON
        elif synsets[first].lexfile == ARTIFACT_LEXFILE and _under(synsets, first, RUN_PLACES):
            out[lemma] = wordnet.GROUP_LEXFILE
        elif speaking and (speaking[0] != PERSON or not tagged):
            out[lemma] = speaking[0]
    return out


def regular_plural(word: str) -> str:
    """The regular English plural of a noun ("lecturer" -> "lecturers", "embassy" -> "embassies")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def source_heads() -> collections.Counter[str]:
    """The last lower-case word before a Source's complement, of PolNeAR train's (fit part) Source spans that
    are a description ("the senator", "a lecturer from …"): a check on the list's coverage only."""
    heads: collections.Counter[str] = collections.Counter()
    for ann in sorted((TRAIN / "attributions").glob("*.ann")):
        if held_out(ann.stem.rsplit("_", 1)[0]):
            continue  # the held-out fifth of the train split is never read
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 3 or not cols[1].startswith("Source "):
                continue
            part = re.split(r"\s(?:of|from|at|for|in|with|who|that|on|and)\s|,|\(", cols[2])[0].split()
            if len(part) >= 2 and part[0].lower() in ("the", "a", "an") and _WORD.fullmatch(part[-1]):
                heads[part[-1]] += 1
    return heads


def main() -> None:
    from wordfreq import zipf_frequency

    irregular = wordnet.irregular_plurals()
    sys.path.insert(0, str(ROOT))
    from analysis import resources

    brill = resources.brill_lexicon()[0]
    lemmas = {
        w: LEXFILES[lex]
        for w, lex in first_sense_classes().items()
        if zipf_frequency(w, "en") >= MIN_ZIPF and brill.get(w, ("NN",))[0] in NOUN_TAGS
    }
    kinds = dict(lemmas)
    for lemma, kind in sorted(lemmas.items()):
        for form in (*irregular.get(lemma, ()), regular_plural(lemma)):  # "brethren" and "brothers"
            kinds.setdefault(form, kind)  # a lemma's own kind first ("allies" is a body, not plural "ally"s)
    OUT.write_text(
        "# word<TAB>kind (person|body): written by training/noun_kinds.py from WordNet 3.0 (Princeton University; "
        "noun_kinds_LICENSE.txt)\n" + "".join(f"{w}\t{k}\n" for w, k in sorted(kinds.items())),
        encoding="utf-8",
    )
    heads = source_heads()
    total = sum(heads.values())
    seen = collections.Counter({k: sum(n for h, n in heads.items() if kinds.get(h) == k) for k in LEXFILES.values()})
    print(f"{len(kinds)} words ({collections.Counter(kinds.values())}) -> {OUT}")
    print(f"PolNeAR train (fit) description Source heads: {total}; listed as {dict(seen)}")
    print("commonest unlisted:", [h for h, _ in heads.most_common(60) if h not in kinds][:25])


if __name__ == "__main__":
    main()
