"""Renaming people in a text: the one place the name-invariance benchmark and the training augmentation share.

``benchmarks/name_invariance.py`` rewrites labelled articles with their speakers' names replaced by names the
kit's tables do not know and checks attribution holds; ``training/train_attribution.py --augment-names K`` trains
the rankers on K such rewrites of each PolNeAR article too, so that they learn to resolve people whose gender must
come from the context (pronouns, honorifics), not from a first-name table.

A person's mentions change consistently (:func:`rewrite`): the full name, the surname after the given name or a title
word (``Mr``, ``Senator``), a possessive, and a surname or given name the text uses alone when no other capitalised
word sits beside it.  Every original offset is carried to the rewrite with :func:`shift`.  Plain functions over
strings: no import of :mod:`analysis` beyond the first-name table :func:`text_persons` reads.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

#: The synthetic names, per pool: given names per gender and surnames; a pool without surnames gives single names.
POOLS: dict[str, dict[str, list[str]]] = {
    # the control: names every table knows, so a drop here is the rewrite's own noise, not the kit's
    "familiar names": {
        "female": ["Susan", "Margaret", "Elizabeth", "Catherine", "Jennifer", "Rachel", "Helen"],
        "male": ["Robert", "Michael", "Richard", "Stephen", "Thomas", "Daniel", "George"],
        "surnames": ["Walker", "Harris", "Turner", "Morgan", "Collins", "Stewart", "Fletcher"],
    },
    "common-word surnames": {
        "female": ["Sarah", "Helen", "Laura", "Karen", "Ruth", "Emma", "Claire"],
        "male": ["James", "David", "Peter", "Mark", "Paul", "Simon", "Neil"],
        "surnames": ["Brown", "May", "Hope", "Young", "Black", "Rich", "Long", "Bill", "Strong", "Swift", "Little"],
    },
    # real surnames that the kit's title, party or demonym tables hold as words ("Mayor John Tory", "Gov. Jim
    # Justice", "Irvine Welsh"): a reader that takes them for a title or a people cuts the name
    "title-word surnames": {
        "female": ["Sarah", "Helen", "Laura", "Karen", "Ruth", "Emma", "Claire"],
        "male": ["James", "David", "Peter", "Mark", "Paul", "Simon", "Neil"],
        "surnames": ["Tory", "Judge", "Speaker", "Chancellor", "Justice", "Welsh"],
    },
    "particle surnames": {
        "female": ["Maria", "Anna", "Julie", "Fiona", "Sofia", "Leila"],
        "male": ["Carlos", "Pieter", "Luc", "Sean", "Rui", "Karim"],
        "surnames": [
            "de la Cruz",
            "Van der Berg",
            "Saint-Pierre",
            "O'Neill",
            "dos Santos",
            "Al-Hashimi",
            "MacLeod-Ross",
        ],
    },
    "non-Anglo names": {
        "female": ["Ngozi", "Priyanka", "Wanjiku", "Marie-Eve", "Aiyana", "Xiuying", "Thandiwe", "Nasrin"],
        "male": ["Chukwuemeka", "Rajinder", "Kwabena", "Jean-Francois", "Tenzin", "Wei", "Sipho", "Tariq"],
        "surnames": ["Okonkwo", "Chatterjee", "Mwangi", "Tremblay", "Bearspaw", "Zhang", "Dlamini", "Karimi"],
    },
    "invented given names": {
        "female": ["Zelvina", "Orlenna", "Thessaly", "Marivane", "Kaelith", "Brisenne"],
        "male": ["Draven", "Tobrin", "Kelmar", "Avorn", "Jessup", "Corvald"],
        "surnames": ["Thornquist", "Velloway", "Brackwater", "Dunmorrow", "Pellowan", "Varrickson"],
    },
    "single names": {
        "female": ["Amarrela", "Kesiwen", "Tavinna", "Oriseme"],
        "male": ["Orunabe", "Taviel", "Kelemund", "Boraxin"],
        "surnames": [],
    },
}
#: Lower-case particles that open a surname in a gold name ("Julio De Vido", "Ludwig van Beethoven").
PARTICLES = frozenset(
    "de da di del della des du dos das van von der den ter ten le la al el bin ben st st. mac".split()
)
#: Words before a surname that are titles or roles, not another given name (``Mr Blair``, ``Senator Kerry``).
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady baroness rev reverend father sister president minister "
    "secretary chancellor senator sen rep representative congressman congresswoman governor gov judge justice "
    "mayor general gen chief coach captain capt director inspector sergeant sgt det detective premier leader "
    "councillor cllr bishop archbishop king queen prince princess commissioner chairman chairwoman chair manager "
    "officer constable superintendent supt ambassador spokesman spokeswoman boss striker midfielder defender "
    "keeper colleague mp msp mep mk qc ceo executive deputy".split()
)  # fmt: skip
#: Capitalised words after a lone name that are not part of it ("introducing Pence Thursday").
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
#: Words that open a sentence before a lone name ("But Hodgson said"), not part of it.
OPENERS = frozenset(
    "but and as while when after before so yet then if although though because since meanwhile still now here "
    "there also later earlier instead indeed however".split()
)
#: A name token as the gold spells it: capitalised, letters with inner apostrophes, hyphens or a final full stop.
NAME_TOKEN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’-]*\.?$")
#: The gold genders that choose a pool's side; a speaker of unknown gender is not substituted.
GENDERS = ("female", "male")


@dataclass(frozen=True)
class Person:
    """A gold speaker who is a named person, and the name that replaces theirs."""

    full: str  # the gold speaker as it stands in the text ("George W. Bush")
    given: str
    surname: str
    gender: str
    new_given: str = ""
    new_surname: str = ""

    @property
    def new_full(self) -> str:
        """The replacement full name."""
        return f"{self.new_given} {self.new_surname}".strip()


def _used(words: str, text: str) -> bool:
    return any(w[0].isupper() and re.search(rf"\b{re.escape(w)}\b", text) for w in words.split())


def assign(persons: list[Person], pool: dict[str, list[str]], text: str, key: str) -> list[Person]:
    """Give each person a new name from a pool: a given name of their gender, a surname per family.

    People who share a surname in the text (a mother and her son) share the new one, so a lone ``Mrs Jackson``
    stays theirs; with a single-name pool they keep their names.  No drawn word is one the text already holds.

    Args:
        persons: The article's named persons (:func:`named_persons`).
        pool: One of :data:`POOLS`.
        text: The article's text.
        key: Seeds the draw, so every run rewrites alike.

    Returns:
        The persons with their new names; those the pool could not name are left out.
    """

    def draw(choices: list[str], salt: str, taken: set[str]) -> str:
        first = int(hashlib.sha1(f"{key}|{salt}".encode()).hexdigest(), 16) % len(choices)
        for i in range(len(choices)):
            pick = choices[(first + i) % len(choices)]
            if pick not in taken and not _used(pick, text):
                return pick
        return ""

    families: dict[str, list[Person]] = {}
    for person in persons:
        families.setdefault(person.surname, []).append(person)
    out, given_taken, surname_taken = [], set(), set()
    for surname, family in families.items():
        if not pool["surnames"]:
            if len(family) > 1:
                continue
            single = draw(pool[family[0].gender], family[0].full, given_taken)
            if single:
                given_taken.add(single)
                out.append(replace(family[0], new_surname=single))
            continue
        new_surname = draw(pool["surnames"], surname, surname_taken)
        surname_taken.add(new_surname)
        for person in family:
            given = draw(pool[person.gender], person.full, given_taken)
            if new_surname and given:
                given_taken.add(given)
                out.append(replace(person, new_given=given, new_surname=new_surname))
    return out


def _word_before(text: str, at: int) -> str:
    m = re.search(r"([A-Za-z][\w'’.-]*)\s+$", text[max(0, at - 40) : at])
    return m.group(1) if m else ""


def _word_after(text: str, at: int) -> str:
    m = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", text[at : at + 40])
    return m.group(1) if m else ""


def _alone(text: str, start: int, end: int, own: str) -> bool:
    """Whether a lone name token at ``text[start:end]`` stands for its person, not part of another name.

    A capitalised word before it must be a title or the person's own other name part (``own``); a capitalised word
    after it (``Brown Street``) makes it another name.
    """
    before, after = _word_before(text, start), _word_after(text, end)
    sentence_end = before.endswith((".", "!", "?")) and len(before) > 2  # "Depp." closes a sentence, "W." does not
    if before[:1].isupper() and not sentence_end and before.lower().rstrip(".") not in TITLE_WORDS and before != own:
        # "But Hodgson", "As Heald": a sentence's capitalised first word the text also writes in lower case
        if before.lower() not in OPENERS and not re.search(rf"\b{re.escape(before.lower())}\b", text):
            return False
    return not after[:1].isupper() or after.lower() in CALENDAR


def rewrite(text: str, persons: list[Person]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with every mention of each person's name replaced, and the replacements made.

    Args:
        text: The original text.
        persons: Persons with their new names (:func:`assign`).

    Returns:
        ``(new text, [(start, end, replacement)])``, the replacements in the original's offsets, sorted.
    """
    givens = [p.given for p in persons]
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int, new: str) -> None:
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, new))

    for p in persons:  # full names first: "George W. Bush", then "George Bush"
        for form in dict.fromkeys((p.full, f"{p.given} {p.surname}")):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                add(m.start(), m.end(), p.new_full)
    for p in dict((p.surname, p) for p in persons).values():  # a family's surname once
        # a surname that is also a word ("Brown", "Hope") may open a sentence as the word: lone ones left alone
        worded = re.search(rf"\b{re.escape(p.surname.lower())}\b", text) is not None
        for form, new in ((p.surname, p.new_surname), (p.surname.upper(), p.new_surname.upper())):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                before = _word_before(text, m.start())
                titled = before.lower().rstrip(".") in TITLE_WORDS
                opening = not before or before.endswith((".", "!", "?")) or text[: m.start()].rstrip()[-1:] in '\n"“'
                if titled or (_alone(text, m.start(), m.end(), "") and not (worded and opening)):
                    # a sentence opens with a capital, a particle too ("De la Cruz says")
                    add(m.start(), m.end(), new[:1].upper() + new[1:] if opening else new)
    for p in persons:
        if givens.count(p.given) > 1:
            continue
        for m in re.finditer(rf"\b{re.escape(p.given)}\b", text):
            if _alone(text, m.start(), m.end(), ""):  # a single name stands for the given name too
                add(m.start(), m.end(), p.new_given or p.new_surname)
    spans.sort()
    return replaced(text, spans), spans


def replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each of the sorted, disjoint ``(start, end, new)`` replacements made (offsets of the original)."""
    out, last = [], 0
    for s, e, new in spans:
        out += [text[last:s], new]
        last = e
    out.append(text[last:])
    return "".join(out)


def shift(spans: list[tuple[int, int, str]], at: int, *, is_end: bool) -> int:
    """An original offset carried through the replacements; one inside a replaced name snaps to its edge."""
    delta = 0
    for s, e, new in spans:
        if e <= at:
            delta += len(new) - (e - s)
        elif s < at:
            return s + delta + (len(new) if is_end else 0)
        else:
            break
    return at + delta


def rename(speaker: str, persons: list[Person]) -> str:
    """A gold speaker string with the persons' names replaced as in the text: full names, then lone surnames."""
    if not speaker:
        return speaker
    out = speaker
    for p in persons:
        for form in dict.fromkeys((p.full, f"{p.given} {p.surname}")):
            out = re.sub(rf"\b{re.escape(form)}\b", p.new_full, out)
    if out != speaker:
        return out
    for p in dict((p.surname, p) for p in persons).values():
        out = re.sub(rf"\b{re.escape(p.surname)}\b", p.new_surname, out)
    return out


#: The pools the training augmentation draws from (``train_attribution.py --augment-names``): names the first-name
#: table cannot gender (invented, rare non-Anglo, single names), none of them one of :data:`POOLS`' so that
#: ``benchmarks/name_invariance.py`` measures names the rankers never saw.  Copy ``k`` of article ``n`` draws from
#: pool ``(n + k) % 3`` (:func:`training_pool`): one copy per article already covers every pool.
TRAINING_POOLS: tuple[dict[str, list[str]], ...] = (
    {
        "female": ["Orsolie", "Ysmerai", "Lirabeth", "Dovessa", "Ulvena", "Ninaveth", "Vessandra", "Aneska"],
        "male": ["Halvric", "Brennix", "Ostrell", "Gavrin", "Tamsik", "Isbrand", "Jorvan", "Tamzel"],
        "surnames": ["Marrowin", "Oskeben", "Fennick", "Ravelle", "Serrith", "Aldermay", "Pirelle", "Corvessant"],
    },
    {
        "female": ["Adaeze", "Nkechi", "Yetunde", "Amaka", "Ifeoma", "Quenna"],
        "male": ["Olumide", "Babajide", "Jiho", "Chidi", "Haruto", "Bongani"],
        "surnames": ["Adeyemi", "Nwosu", "Raghunathan", "Ouellet", "Nakamura", "Hashemi", "Osei", "Mbatha"],
    },
    {
        "female": ["Ilvessa", "Maruvane", "Teskiri", "Solenva"],
        "male": ["Brevorn", "Quastel", "Dunvarro", "Ketterby"],
        "surnames": [],
    },
)
#: A full name in running text: a capitalised given name, an optional middle initial, a capitalised surname (an
#: optional particle before it); :func:`text_persons` keeps those whose given name the first-name table genders.
FULL_NAME = re.compile(
    r"\b([A-Z][a-z]+)(?: [A-Z]\.)? ((?:(?:de|van|von|del|della|da|di|dos|du|le|la) )?[A-Z][a-z][A-Za-z-]*[a-z])\b"
)
#: Determiners before a capitalised pair that make it a body's name, not a person's ("the Marine Corps").
ARTICLES = frozenset({"the", "a", "an"})
#: Last words of a body's name that a given name can open ("Fox News", "Duke University", "Burke County").
BODY_WORDS = frozenset(
    "news times post journal university college institute school foundation center centre house county city state "
    "party corps group company street park river".split()
)
#: Title words that show a capitalised word after them is a person's surname (``Sen. Kerry``, ``Mrs. Clinton``).
_PERSON_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Rep|Gov|Governor|President|Secretary|Speaker)\.?"


def training_pool(article: int, copy: int) -> dict[str, list[str]]:
    """The :data:`TRAINING_POOLS` pool the ``copy``-th renamed copy of the ``article``-th article draws from."""
    return TRAINING_POOLS[(article + copy) % len(TRAINING_POOLS)]


def text_persons(text: str, sources: list[tuple[int, int]]) -> list[Person]:
    """The named people of an unlabelled-for-gender text (PolNeAR's): full names whose given name the table genders.

    A full name counts when the text also writes its surname after a title (``Sen. Kerry``), or when it overlaps an
    annotated Source span with no other capitalised word beside it and its surname is no lower-case word of the
    text: a capitalised pair such as ``Rose Garden`` or ``the Washington Post`` is neither.  The gender
    is the given name's (:func:`analysis.gender.first_name_gender`), so the renamed text's pronouns still agree.

    Args:
        text: The article's text.
        sources: Character spans of the annotated Sources.

    Returns:
        One :class:`Person` per distinct full name, in the order of first mention.
    """
    from analysis.gender import first_name_gender

    persons: dict[str, Person] = {}
    for m in FULL_NAME.finditer(text):
        given, surname = m.group(1), m.group(2)
        full = m.group(0)
        if full in persons or given.lower() in TITLE_WORDS or given.lower() in CALENDAR:
            continue
        if surname.lower() in TITLE_WORDS | CALENDAR | OPENERS | BODY_WORDS:
            continue
        gender = first_name_gender(given)
        if gender not in GENDERS:
            continue
        if re.search(rf"\b{_PERSON_TITLES} {re.escape(surname)}\b", text):
            persons[full] = Person(full, given, surname, gender)
            continue
        # an annotated Source that stands alone ("the Washington Post", "Hillary Rodham Clinton" are longer
        # names) and whose surname is no word the text also writes in lower case ("Ryan Thinks", "Marine Corps")
        sourced = any(s < m.end() and m.start() < e for s, e in sources)
        worded = re.search(rf"\b{re.escape(surname.lower())}\b", text) is not None
        determined = _word_before(text, m.start()).lower() in ARTICLES  # "the Washington Post": a body
        if sourced and not worded and not determined and _alone(text, m.start(), m.end(), ""):
            persons[full] = Person(full, given, surname, gender)
    return list(persons.values())
