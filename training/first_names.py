"""Convert nomquamgender's name table into the kit's first-name gender table.

Run: ``pip install nomquamgender==0.1.4`` (or pass the wheel's ``name_data.json``), then
``.venv/bin/python training/first_names.py [PATH/TO/name_data.json]``; writes
``analysis/data/first_names.txt``.

Source: nomquamgender 0.1.4 (Van Buskirk, Clauset & Larremore 2023, "An open-source
cultural consensus approach to name-based gender classification", ICWSM; MIT licence,
see ``analysis/data/first_names_LICENSE.txt``): for each given name, the share of its
bearers recorded as women, ``p(gf)``, pooled over 36 name-gender sources.  Kept: plain
ASCII names with at least ``MIN_COUNT`` recorded bearers, each with its ``p(gf)``.  The
table does not apply the gender threshold: :mod:`analysis.gender` does, when it reads a
gender (the package's own default decision rule, ``NBGC(threshold=0.1)``: a name whose
``p(gf)`` is between 0.1 and 0.9, such as Jean, Kim or Andrea, gives ``unknown``, never a
guess), while "is this word a given name?" reads every common row whatever its gender
("Chris Christie", "Nicola Sturgeon", "Kim Howells" are people).  A gender-mixed name
gives no gender, so it is kept only when it is common enough to recognise a given name
(``gender.GIVEN_NAME_MIN_BEARERS``).

Each row keeps its number of recorded bearers, because the table serves two readers with two
cut-offs (:mod:`analysis.gender`): a speaker's gender reads every row (``MIN_COUNT`` bearers:
Barack, Kellyanne, Huma), while the speaker reader's "is this word a given name?" reads only
the common ones (``gender.GIVEN_NAME_MIN_BEARERS``), so that rare names do not make capitalised
words into people.  Rarer names that are also common English words of the kit's Brill lexicon
("Real", "Great", "Steel", "Captain") are dropped here: in a headline-cased name they are far
more often the word than the name.  So are gender-mixed names that are common words, however many
bearers they have ("Young Conservatives", "Unknown", "Green", "Story"; Robin and Terry go with
them), and gender-mixed names that WordNet (Miller 1995; read here only) knows first as a place, a
month or a people rather than a person: the name sources' mixed rows hold places and months recorded
as names ("London", "San", "September", "Tory"; Jordan and Sydney go with them).  Before this table
kept mixed names, none of these was a name to the kit, and they stay so.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import wordnet  # noqa: E402 - the shared WordNet reader

OUT = ROOT / "analysis" / "data" / "first_names.txt"
#: A name must have this many recorded bearers to give a speaker's gender: rarer ones are mostly misspellings
#: and surnames.  Names below ``gender.GIVEN_NAME_MIN_BEARERS`` (1000) are read for gender only, never to
#: recognise a given name (a cut at 100 for both turned common words into names: "Steel Workers").
MIN_COUNT = 100
#: WordNet's pointer to an instance's class: a proper noun whose sense is an instance of a person class
#: (``noun.person``) names one individual ("Taylor": Zachary Taylor).  WordNet is read here only, never at run
#: time (:mod:`wordnet`).
INSTANCE_POINTER = "@i"


def _load(path: str | None) -> dict[str, list]:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from importlib import resources

    return json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))


def _proper_noun_people(wordnet_dir: Path = wordnet.WORDNET) -> dict[str, list[bool]]:
    """Each lower-cased word -> for the proper nouns WordNet writes with it, whether each names a person.

    The word's own proper noun (written with a capital: "London", "September", "Tory") decides alone, by its
    first sense (WordNet orders senses by frequency; "London" the city before Jack London); a word that is no
    proper noun of its own is read by the multi-word ones it opens, each by its first sense ("San" opens
    San Jose, San Diego …; "Kim" opens Kim Il Sung, Kim Jong Il).  Common nouns' senses are left to the
    Brill-lexicon check (:func:`_common_word`).
    """
    synsets = wordnet.noun_synsets(wordnet_dir)
    # synset -> its lemmas written with a capital
    proper = {o: {w.lower() for w in syn.words if not w.islower()} for o, syn in synsets.items()}
    own: dict[str, bool] = {}
    opened: dict[str, list[bool]] = {}
    for entry in wordnet.noun_lemmas(wordnet_dir):
        lemma = entry.lemma
        senses = [o for o in entry.offsets if lemma in proper[o]]
        if not senses:
            continue
        first = synsets[senses[0]]
        person = first.lexfile == wordnet.PERSON_LEXFILE and any(p[0] == INSTANCE_POINTER for p in first.pointers)
        if "_" in lemma:
            opened.setdefault(lemma.split("_")[0], []).append(person)
        else:
            own[lemma] = person
    return {w: [own[w]] if w in own else opened.get(w, []) for w in own.keys() | opened.keys()}


def _place_or_thing(name: str, people: dict[str, list[bool]]) -> bool:
    """WordNet reads the capitalised word mostly as something other than a person: a place ("London", "San"), a
    month or day ("September"), a people or party ("Dakota", "Tory")."""
    seen = people.get(name, [])
    return bool(seen) and 2 * sum(seen) < len(seen)


def _common_word(name: str) -> bool:
    """A word the Brill lexicon reads as anything but a proper noun ("real", "steel", "captain")."""
    from analysis import resources

    tags = resources.brill_lexicon()[0].get(name)
    return tags is not None and tags[0] not in ("NNP", "NNPS")


def main() -> None:
    from analysis.gender import GIVEN_NAME_MIN_BEARERS, NAME_THRESHOLD, mixed_gender

    data = _load(sys.argv[1] if len(sys.argv) > 1 else None)
    people = _proper_noun_people()
    rows = sorted(
        (name, vals[2], int(vals[1]))
        for name, vals in data.items()
        if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", name)
        and vals[1] >= MIN_COUNT
        # a mixed name (Jean, Kim) gives no gender, so only its use as a given name can keep it
        and (vals[1] >= GIVEN_NAME_MIN_BEARERS or not mixed_gender(vals[2]))
        and ((vals[1] >= GIVEN_NAME_MIN_BEARERS and not mixed_gender(vals[2])) or not _common_word(name))
        and not (mixed_gender(vals[2]) and _place_or_thing(name, people))
    )
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Given names and the share of their bearers recorded as women, p(gf), from nomquamgender 0.1.4\n")
        f.write(
            "# (Van Buskirk, Clauset & Larremore, ICWSM 2023; MIT licence: first_names_LICENSE.txt). Only names with\n"
        )
        f.write(
            f"# >= {MIN_COUNT} bearers (>= {GIVEN_NAME_MIN_BEARERS} when p(gf) is between {NAME_THRESHOLD} and"
            f" {1 - NAME_THRESHOLD:.1f});\n# written by training/first_names.py.\n"
        )
        f.write("# name\tp(gf)\tbearers\n")
        for name, p, count in rows:
            f.write(f"{name}\t{p:.3f}\t{count}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
