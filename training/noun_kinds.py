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
regular one, those of WordNet's exception list, ``man`` -> ``men``, and ``-men`` for a ``-man`` noun, which
WordNet's morphy reads by rule: "chairmen", "women"), as the source heads are read as written.

The first-sense reading misses person nouns whose first sense is something else ("star": a celestial body, then
the performer) and rare ones under the frequency cut ("neurosurgeon", "attendee").  Two rules add them, each only
for a noun PolNeAR train's fit part attests as a speaking source: the head of a description in a speaking shape
(:func:`speaking_heads`: "the X said", ""…," said the X", "Name, a X, said") inside an annotated Source
(:data:`MIN_SOURCE_USES`).  A first-sense person noun is then listed whatever its frequency or Brill tag; any other
noun when its person senses hold at least a share of its uses in WordNet's semantically tagged corpus
(``cntlist.rev``) and more of them than its group senses ("giant", a firm as often as a person, is left out;
"letter", whose person sense was never tagged, too); the share is chosen on the same rows
(:func:`choose_share`: the most speaking uses inside a Source less outside; 0.057 on WordNet 3.0), a
frequency-weighted form of "one of its first K senses is a person".  Round 39 (person39): 10 lemmas added
(attendee, chairwoman, committeeman, founder, impostor, libertarian, neurosurgeon, pollster, source, star).
The census ``benchmarks/person_nouns.py`` counts speaking descriptions by their head's class.

The script prints how many of PolNeAR train's (fit part) description Source heads the list covers, as a check
on the news register; those heads choose the added nouns above only through the attestation rule.

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
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import wordnet  # noqa: E402 - the shared WordNet reader
from reporting_verbs import held_out  # noqa: E402 - the train split's one held-out fifth

TRAIN = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
OUT = ROOT / "analysis" / "data" / "noun_kinds.txt"
#: A noun is listed from this wordfreq Zipf frequency on (one use per million words): a word a newsroom
#: writes, not a rare or technical sense ("abecedarian").
MIN_ZIPF = 3.0
#: Uses inside an annotated Source of PolNeAR train (fit part) that attest a noun the first-sense reading misses
#: as a speaking person ("the film star Kesiwen said"): one is evidence enough, as the share rule or the person
#: first sense must hold too.
MIN_SOURCE_USES = 1
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


#: Words that open a description.
DETERMINERS = frozenset("the a an one another his her their its our".split())
#: Most modifiers between a description's determiner and its head ("a former Labour party frontbencher").
MAX_MODIFIERS = 3
#: Most capitalised words of a name between a preposed description and its cue ("the rock star Ana Kesiwen said").
MAX_NAME_WORDS = 3
#: Tokens: words (with inner apostrophes, periods and hyphens) and the punctuation the shapes read.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|[,;:.!?()\"\u201c\u201d]")
#: Brill tags of a finite cue verb ("said", "says"; not "attacks", a noun first).
FINITE_TAGS = frozenset({"VBD", "VBZ"})


class SpeakingHead(NamedTuple):
    """A description in a speaking shape: ``subject`` ("the film star Kesiwen said"), ``inverted`` ("…," said the
    pop star.) or ``appositive`` ("Kesiwen, a rock star, said"); the word before its head ("" for none), its head
    noun (lower case) and the head's offset in the text."""

    shape: str
    modifier: str
    head: str
    start: int


def _lower_word(tok: str) -> bool:
    return tok[:1].islower() and tok.replace("-", "").isalpha()


def _description(tok: list[str], end: int, low: list[str], brill: dict[str, tuple[str, ...]]) -> int | None:
    """The determiner's index when ``tok[.. end]`` (inclusive) is determiner + up to :data:`MAX_MODIFIERS`
    modifiers + a lower-case noun head at ``end``, else ``None``."""
    if end < 1 or not _lower_word(tok[end]) or brill.get(low[end], ("NN",))[0] not in NOUN_TAGS:
        return None
    for j in range(end - 1, max(end - MAX_MODIFIERS - 2, -1), -1):
        if low[j] in DETERMINERS:
            return j
        if not tok[j].replace("-", "").replace("'", "").isalpha():
            return None
    return None


def speaking_heads(text: str, cues: frozenset[str], brill: dict[str, tuple[str, ...]]) -> Iterator[SpeakingHead]:
    """Each speaking description of ``text``: a cue verb whose
    commonest Brill tag is finite (:data:`FINITE_TAGS`), a head whose commonest tag is a noun or that the Brill
    lexicon lacks ("frontbencher")."""
    found = list(_TOKEN.finditer(text))
    tok = [m.group() for m in found]
    low = [t.lower() for t in tok]
    for c, word in enumerate(low):
        if word not in cues or brill.get(word, ("",))[0] not in FINITE_TAGS:
            continue
        # subject: [det mods HEAD (Name)] CUE
        k = c - 1
        names = 0
        while k >= 0 and tok[k][:1].isupper() and names < MAX_NAME_WORDS and low[k] not in DETERMINERS:
            k, names = k - 1, names + 1
        if k >= 0 and (d := _description(tok, k, low, brill)) is not None and k > d:
            yield SpeakingHead("subject", low[k - 1] if k - 1 > d else "", low[k], found[k].start())
        # inverted: CUE det mods HEAD [, . of who]
        if c + 1 < len(tok) and low[c + 1] in DETERMINERS:
            e = c + 2
            while e < len(tok) and e - c - 2 <= MAX_MODIFIERS and _lower_word(tok[e]) and low[e] not in ("of", "who"):
                e += 1
            if (
                e < len(tok)
                and e - 1 > c + 1
                and tok[e] in ",.;"
                and _lower_word(tok[e - 1])
                and brill.get(low[e - 1], ("NN",))[0] in NOUN_TAGS
            ):
                yield SpeakingHead("inverted", low[e - 2] if e - 2 > c + 1 else "", low[e - 1], found[e - 1].start())
        # appositive: Name , det mods HEAD , CUE
        if c >= 4 and tok[c - 1] == "," and (d := _description(tok, c - 2, low, brill)) is not None and c - 2 > d:
            if d >= 2 and tok[d - 1] == "," and tok[d - 2][:1].isupper():
                yield SpeakingHead("appositive", low[c - 3] if c - 3 > d else "", low[c - 2], found[c - 2].start())


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


def person_shares() -> dict[str, float]:
    """Each single-word noun lemma with a common-noun sense in ``noun.person`` and a tagged use -> the share of its
    senses' uses in the semantically tagged corpus (``cntlist.rev``) that are person senses ("star": 4 of 15, the
    performer after the celestial body; "letter": 0 of 72, its person sense never tagged).  A noun whose group
    senses are tagged as often as its person ones speaks as a body as much ("the tech giant said") and is left out."""
    synsets = wordnet.noun_synsets()
    entries = {e.lemma: e for e in wordnet.noun_lemmas() if _WORD.fullmatch(e.lemma)}
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for line in (wordnet.WORDNET / "cntlist.rev").read_text(encoding="latin-1").split("\n"):
        parts = line.split()
        if len(parts) != 3 or "%1:" not in parts[0]:
            continue  # not a noun sense's count
        lemma, number = parts[0].split("%")[0], int(parts[1])
        if lemma in entries and number <= len(entries[lemma].offsets):
            counts[lemma, entries[lemma].offsets[number - 1]] += int(parts[2])
    out: dict[str, float] = {}
    for lemma, entry in entries.items():
        offsets = [o for o in entry.offsets if lemma in {w for w in synsets[o].words if w.islower()}]
        total = sum(counts[lemma, o] for o in offsets)
        person = sum(counts[lemma, o] for o in offsets if synsets[o].lexfile == PERSON)
        body = sum(counts[lemma, o] for o in offsets if synsets[o].lexfile == wordnet.GROUP_LEXFILE)
        if total and any(synsets[o].lexfile == PERSON for o in offsets) and person > body:
            out[lemma] = person / total
    return out


def gold_sources(stem: str) -> list[tuple[int, int]]:
    """The character spans of every annotated Source of a PolNeAR train article (all its annotators' files; a
    discontinuous Source gives each of its pieces)."""
    spans: list[tuple[int, int]] = []
    for ann in sorted((TRAIN / "attributions").glob(f"{stem}_*.ann")):
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and cols[1].startswith("Source "):
                for piece in cols[1].split(" ", 1)[1].split(";"):
                    start, end = piece.split()
                    spans.append((int(start), int(end)))
    return spans


def speaking_uses(
    lemma_of: dict[str, str], cues: frozenset[str], brill: dict[str, tuple[str, ...]]
) -> dict[str, list[int]]:
    """Noun lemma -> ``[uses inside an annotated Source, uses outside any]`` of the heads of PolNeAR train's (fit
    part) speaking descriptions (:func:`speaking_heads`); ``lemma_of`` maps each written form to its lemma."""
    uses: dict[str, list[int]] = {}
    for path in sorted((TRAIN / "text").glob("*.txt")):
        if held_out(path.stem):
            continue  # the held-out fifth of the train split is never read
        spans = gold_sources(path.stem)
        for found in speaking_heads(path.read_text(encoding="utf-8"), cues, brill):
            lemma = lemma_of.get(found.head)
            if lemma is not None:
                inside = any(s <= found.start < e for s, e in spans)
                uses.setdefault(lemma, [0, 0])[0 if inside else 1] += 1
    return uses


def choose_share(candidates: dict[str, float], uses: dict[str, list[int]]) -> float:
    """The least person share (:func:`person_shares`) that lists a noun, chosen on PolNeAR train's fit part: the
    share whose listed nouns' speaking uses (:func:`speaking_uses`) are most often inside an annotated Source less
    outside one (the larger share on a tie, the shorter list); 1.0 (none listed) when no share gains.

    Args:
        candidates: Unlisted noun lemma -> its person share, of the nouns attested as sources
            (:data:`MIN_SOURCE_USES`).
        uses: Noun lemma -> ``[uses inside an annotated Source, uses outside]``.
    """
    best, best_gain = 1.0, 0
    for share in sorted(set(candidates.values()), reverse=True):
        gain = sum(uses[w][0] - uses[w][1] for w, s in candidates.items() if s >= share)
        if gain > best_gain:
            best, best_gain = share, gain
    return best


def regular_plural(word: str) -> str:
    """The regular English plural of a noun ("lecturer" -> "lecturers", "embassy" -> "embassies")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plurals(lemma: str, irregular: dict[str, list[str]]) -> tuple[str, ...]:
    """A noun's plural forms: those of WordNet's exception list, the regular one, and "-men" for a "-man" noun
    ("chairmen", "women").  WordNet's morphy(7WN) detaches "-men" to "-man" by rule, so its exception list never
    holds these; a "-man" noun whose plural is regular ("shamans") keeps that form too, and the other one
    ("shamen") is a word no text writes."""
    forms = (*irregular.get(lemma, ()), regular_plural(lemma))
    return (*forms, lemma[:-3] + "men") if lemma.endswith("man") else forms


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
    from analysis import resources, speakers

    brill = resources.brill_lexicon()[0]
    classes = first_sense_classes()
    lemmas = {
        w: LEXFILES[lex]
        for w, lex in classes.items()
        if zipf_frequency(w, "en") >= MIN_ZIPF and brill.get(w, ("NN",))[0] in NOUN_TAGS
    }
    # Person nouns the first-sense reading misses, attested as speaking sources in PolNeAR train (fit part): a
    # first-sense person noun under the frequency cut ("neurosurgeon"), and a noun whose person senses hold enough
    # of its tagged uses ("star", the performer, after the celestial body), the share chosen on the same rows.
    shares = person_shares()
    lemma_of: dict[str, str] = {}
    for lemma in sorted(classes.keys() | shares.keys()):
        for form in (lemma, *plurals(lemma, irregular)):
            lemma_of.setdefault(form, lemma)
    uses = speaking_uses(lemma_of, speakers.cue_verbs(), brill)
    attested = {w for w, (inside, _outside) in uses.items() if inside >= MIN_SOURCE_USES and w not in lemmas}
    rare = {w for w in attested if classes.get(w) == PERSON}
    candidates = {w: shares[w] for w in attested - rare if shares.get(w, 0.0) > 0.0 and w not in classes}
    share = choose_share(candidates, uses)
    added = sorted(rare | {w for w, s in candidates.items() if s >= share})
    lemmas.update(dict.fromkeys(added, "person"))
    kinds = dict(lemmas)
    for lemma, kind in sorted(lemmas.items()):
        for form in plurals(lemma, irregular):  # "brethren" and "brothers"
            kinds.setdefault(form, kind)  # a lemma's own kind first ("allies" is a body, not plural "ally"s)
    OUT.write_text(
        "# word<TAB>kind (person|body): written by training/noun_kinds.py from WordNet 3.0 (Princeton University; "
        "noun_kinds_LICENSE.txt)\n" + "".join(f"{w}\t{k}\n" for w, k in sorted(kinds.items())),
        encoding="utf-8",
    )
    heads = source_heads()
    total = sum(heads.values())
    seen = collections.Counter({k: sum(n for h, n in heads.items() if kinds.get(h) == k) for k in LEXFILES.values()})
    print(f"person share chosen: {share:.3f}; added as persons: {added}")
    print(f"{len(kinds)} words ({collections.Counter(kinds.values())}) -> {OUT}")
    print(f"PolNeAR train (fit) description Source heads: {total}; listed as {dict(seen)}")
    print("commonest unlisted:", [h for h, _ in heads.most_common(60) if h not in kinds][:25])


if __name__ == "__main__":
    main()
