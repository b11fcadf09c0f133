"""The gender of a source, as the text and a given-name table support it.

The Gender Gap Tracker's headline figure (Asr et al. 2021) is the share of
quoted people who are women.  A speaker's gender is read here from four
kinds of evidence, in this order (:func:`speaker_gender`): honorifics, then
the person's own pronouns when they leave no doubt, then a noun the text
describes them by, then the given-name table, then pronouns that only lean:

1. **Honorifics and gendered titles** the article gives the person (Mr, Mrs,
   Ms, Miss, Sir, Dame, Lord, Lady, Baroness, King, Queen, Congresswoman…):
   the writer's own statement.  An office title in "-man" whose "-woman" form
   exists ("Chairman Jo Kesiwen", "Spokesman …") only leans: it is written of
   women too, so the given name and the person's own pronouns come first.
2. **The given name**, from a table of given names and the share of their
   bearers who are women (``analysis/data/first_names.txt``, converted from
   nomquamgender: Van Buskirk, Clauset & Larremore 2023, MIT licence); only a
   name whose bearers are overwhelmingly of one gender gives one (names whose
   bearers are mixed, such as Jean or Kim, give ``'unknown'``, yet they are
   still given names to :func:`given_names` and :func:`is_given_name`).
3. **Pronouns that refer to the person** (he/she and their forms), when they
   clearly lean one way; a he/she the attribution resolved to a named person as
   the subject of their own words ("She said:") weighs as much as two nearby ones.
   They also outweigh a given name borne by both genders in a share larger than
   those pronouns' own error rate (Lindsey: 9.8 % men) when they leave no doubt:
   two or more he (she) said of the person's own words, none of the other, and
   the nearby pronouns leaning the same way (:data:`PRONOUN_EVIDENCE_ERROR`).
   One nearby he/she alone decides nothing (:data:`MIN_PRONOUNS`): PolNeAR
   train, 91 % right even with no other person named just before it.
4. **A gendered noun describing the person** in apposition or right before the
   name ("Jo Kesiwen, a mother of three,", "the actress Jo Kesiwen"): the
   writer's statement, outranking the table; an office noun in "-man" whose
   "-woman" form exists (spokesman, chairman) is written of women too and
   says nothing (:func:`description_gender`).  PolNeAR train: all 46 such
   descriptions agree with the table's gender for a familiar given name
   (``benchmarks/gender_evidence.py``).

An unnamed source described by a gendered noun ("a BBC spokeswoman", "the
chairman of the club", "his brother") is a person whose gender the writer
states: the noun heading the description decides (:func:`role_gender`).
Organisations, groups ("Lawyers for the pair", "spokesmen") and other
roles are ``'unknown'``: the figure counts people.  When no evidence
decides, the answer is ``'unknown'``, never a guess.

References:
    Asr, F. T., Mazraeh, M., Lopes, A. et al. (2021). The Gender Gap Tracker.
    PLoS ONE 16(1).
    Van Buskirk, I., Clauset, A. & Larremore, D. B. (2023). An Open-Source
    Cultural Consensus Approach to Name-Based Gender Classification. ICWSM.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from analysis import resources

__all__ = [
    "FEMALE",
    "GENDER_WORDS",
    "MALE",
    "UNKNOWN",
    "description_gender",
    "first_name_gender",
    "given_names",
    "honorific_gender",
    "is_given_name",
    "mixed_gender",
    "role_gender",
    "speaker_gender",
]

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"

#: nomquamgender's default decision threshold: a name is gendered when p(female) is within this of 0 or 1.
NAME_THRESHOLD = 0.1
#: Pronouns decide only with at least this many, and this many times as many as the other gender's.
MIN_PRONOUNS = 2
PRONOUN_RATIO = 2.0
#: How often the writer's pronouns, read as :func:`_pronouns_show` reads them, name the other gender than a
#: given name that is all but certain (at most 2 % of its bearers of the other gender): PolNeAR train, 1 of 214
#: such people, rounded up. A given name whose bearers of the other gender are a larger share than this is
#: weaker evidence than those pronouns ("Lindsey Graham": 9.8 % of Lindseys are men; "he said" twice).
PRONOUN_EVIDENCE_ERROR = 0.01

#: The one table of gendered words, read both as honorifics and titles before a name ("Mrs", "Congresswoman",
#: "Sir") and as the head noun of an unnamed source's description ("a woman", "his wife", "the chairman"): the
#: speaker's gender here (:func:`honorific_gender`, :func:`role_gender`) and the pronoun filter and role checks of
#: :mod:`analysis.attribution` read this same table, so "a woman said" is female in both.
GENDER_WORDS = {
    "mr": MALE, "mister": MALE, "sir": MALE, "lord": MALE, "baron": MALE, "king": MALE, "prince": MALE,
    "duke": MALE, "earl": MALE, "count": MALE, "emperor": MALE, "sheikh": MALE, "congressman": MALE,
    "spokesman": MALE, "chairman": MALE, "councilman": MALE, "businessman": MALE, "father": MALE, "brother": MALE,
    "monsignor": MALE, "pope": MALE, "archbishop": MALE, "cardinal": MALE, "grandfather": MALE, "uncle": MALE,
    "actor": MALE, "man": MALE, "husband": MALE, "son": MALE,
    "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "madam": FEMALE, "madame": FEMALE, "mme": FEMALE, "dame": FEMALE,
    "lady": FEMALE, "baroness": FEMALE, "queen": FEMALE, "princess": FEMALE, "duchess": FEMALE,
    "countess": FEMALE, "empress": FEMALE, "congresswoman": FEMALE, "spokeswoman": FEMALE,
    "chairwoman": FEMALE, "councilwoman": FEMALE, "businesswoman": FEMALE, "sister": FEMALE, "mother": FEMALE,
    "grandmother": FEMALE, "aunt": FEMALE, "actress": FEMALE, "woman": FEMALE, "wife": FEMALE, "daughter": FEMALE,
}  # fmt: skip


def description_gender(noun: str) -> str:
    """The gender a lower-case noun describing a named person states ("Jo Kesiwen, a mother of three,", "the
    actress Jo Kesiwen"): :data:`GENDER_WORDS`, except an office noun in "-man" whose "-woman" form the table
    also holds (spokesman, chairman, congressman): writers give those to women too ("Jo Kesiwen, a spokesman
    for the firm"), so only the "-woman" form, or a noun of sex or kinship, decides.

    Args:
        noun: The description's head noun as written ("mother", "chairwoman").

    Returns:
        ``'female'``, ``'male'`` or ``'unknown'``.
    """
    low = noun.lower()
    if len(low) > len("man") and low.endswith("man") and low[: -len("man")] + "woman" in GENDER_WORDS:
        return UNKNOWN
    return GENDER_WORDS.get(low, UNKNOWN)


#: A given name must have this many recorded bearers before a capitalised word is taken for one (the speaker
#: reader's :func:`first_name_gender` and :func:`is_given_name` calls, :func:`_names`): the table's rarer rows
#: (down to 100 bearers: Barack, Kellyanne) decide a speaker's gender only (:func:`speaker_gender`), since
#: taking them for names turned common words into people ("Northern Steel Workers" -> "Steel Workers").
GIVEN_NAME_MIN_BEARERS = 1000


@functools.cache
def _name_table() -> dict[str, tuple[float, int]]:
    """Every row of the table: given name -> (p(female), recorded bearers)."""
    return {name: (float(p), int(count)) for name, p, count in resources.packaged_rows("first_names.txt")}


@functools.cache
def _names() -> dict[str, float]:
    """The given names common enough to recognise one (:data:`GIVEN_NAME_MIN_BEARERS`), whatever gender their
    bearers are: name -> p(female)."""
    return {name: p for name, (p, count) in _name_table().items() if count >= GIVEN_NAME_MIN_BEARERS}


@functools.cache
def given_names() -> frozenset[str]:
    """The lower-case given names common enough to take a capitalised word for one (:data:`GIVEN_NAME_MIN_BEARERS`),
    gender-mixed ones included (Chris, Kim, Nicola, Jean): a name is a name whether or not it tells a gender."""
    return frozenset(_names())


def is_given_name(word: str) -> bool:
    """``word`` (any case, a trailing stop or apostrophe ignored) is a given name common enough to take a
    capitalised word for one, whatever gender it points to ("Kim" in "Kim Howells said")."""
    return word.lower().strip(".'\u2019") in given_names()


def mixed_gender(p_female: float, threshold: float = NAME_THRESHOLD) -> bool:
    """A name whose share of women bearers is neither at most ``threshold`` (:data:`NAME_THRESHOLD`, nomquamgender's
    default rule) nor at least its complement: it gives no gender."""
    return threshold < p_female < 1 - threshold


def _table_key(name: str) -> str:
    """The name table's key for a given name: lower case, a trailing stop or apostrophe dropped, and accents folded
    when the name has any, since the table spells every name without them ("François" -> "francois", "Hélène",
    "Geneviève", "José"): its 50,755 rows hold no accented letter."""
    key = name.lower().strip(".'\u2019")
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def first_name_gender(
    name: str, *, min_bearers: int = GIVEN_NAME_MIN_BEARERS, threshold: float = NAME_THRESHOLD
) -> str:
    """The gender a given name points to, from the name table.

    Args:
        name: A given name ("Theresa", "François"), any case; accents are folded (:func:`_table_key`).
        min_bearers: Only names with this many recorded bearers count; the default is the cut-off for
            recognising a given name at all, ``0`` reads every row (a known speaker's gender).
        threshold: The share of the other gender's bearers a name may have and still point to one
            (:func:`mixed_gender`); a smaller one asks for firmer evidence.

    Returns:
        ``'female'``, ``'male'``, or ``'unknown'`` for a name not in the
        table, a rarer one, or one borne by both (Jean, Kim).
    """
    row = _name_table().get(_table_key(name))
    if row is None or row[1] < min_bearers:
        return UNKNOWN
    p = row[0]
    if mixed_gender(p, threshold):
        return UNKNOWN
    return FEMALE if p >= 1 - NAME_THRESHOLD else MALE


def honorific_gender(words: Sequence[str]) -> str:
    """The gender stated by honorifics or gendered titles among ``words`` (the first one that says).

    Args:
        words: Title words as written ("Mrs.", "Baroness", "Congresswoman").

    Returns:
        ``'female'``, ``'male'`` or ``'unknown'``.
    """
    for w in words:
        g = GENDER_WORDS.get(w.lower().rstrip("."))
        if g is not None:
            return g
    return UNKNOWN


#: Words after which a description's head noun is over: "a spokeswoman for the Queen" is headed by "spokeswoman".
_POSTMODIFIER_OPENERS = frozenset({"for", "of", "at", "from", "with", "in", "to", "on", "who", "whose", "and", ","})


def role_gender(words: Sequence[str]) -> str:
    """The gender an unnamed source's description states by its head noun.

    The head is the last word before a postmodifier ("A Labour Party spokesman", "a spokeswoman for the
    Queen", "Prime Minister Tony Blair's official spokesman"); a gendered noun there (:data:`GENDER_WORDS`:
    spokesman, chairwoman, mother…) decides, and a noun elsewhere in the phrase does not ("the Queen" is
    not the spokesman). Plural heads ("spokesmen", "Lawyers") name groups and stay unknown.

    Args:
        words: The description's words as written ("A", "BBC", "spokeswoman").

    Returns:
        ``'female'``, ``'male'`` or ``'unknown'``.
    """
    head: str | None = None
    for w in words:
        if w.lower() in _POSTMODIFIER_OPENERS:
            break
        head = w
    return honorific_gender([head]) if head is not None else UNKNOWN


def _opens_with_acronym(name: Sequence[str]) -> bool:
    """The name opens with capitals in a name written in mixed case ("CIA Benghazi", "JP Morgan"): an acronym,
    not a given name; a name all in capitals (a transcript's "JAKE TAPPER") still reads its given name."""
    first = name[0].replace(".", "")
    return len(first) >= 2 and first.isupper() and not all(w.isupper() for w in name)


def _lean(counts: tuple[int, int]) -> str:
    """The gender ``(male, female)`` pronoun counts clearly lean to (:data:`MIN_PRONOUNS`, :data:`PRONOUN_RATIO`)."""
    m, f = counts
    if m >= MIN_PRONOUNS and m >= PRONOUN_RATIO * f:
        return MALE
    if f >= MIN_PRONOUNS and f >= PRONOUN_RATIO * m:
        return FEMALE
    return UNKNOWN


def _pronouns_show(pronouns: tuple[int, int], said_pronouns: tuple[int, int]) -> str:
    """The gender the writer's pronouns show beyond doubt: at least :data:`MIN_PRONOUNS` he (or she) said of
    the person's own words and none of the other, and the nearby pronouns leaning the same way on their own;
    else ``'unknown'``. One stray pronoun, or a resolver's guesses alone, show nothing."""
    said = _lean(said_pronouns)
    if said == UNKNOWN or min(said_pronouns) > 0:
        return UNKNOWN
    return said if _lean(pronouns) == said else UNKNOWN


def _office_title(title: Sequence[str]) -> bool:
    """The gendered words of a title before a name are all "-man" office nouns whose "-woman" form exists
    ("Chairman", "Spokesman", "Councilman"; :func:`description_gender`): written of women too ("Harbour Anglers'
    Association Chairman Jo Kesiwen"), so they state no gender as "Mr" or "Congresswoman" does."""
    gendered = [w for w in title if w.lower().rstrip(".") in GENDER_WORDS]
    return bool(gendered) and all(description_gender(w.rstrip(".")) == UNKNOWN for w in gendered)


def _lone_word_said(said_pronouns: tuple[int, int], titled: bool) -> tuple[int, int]:
    """The he/she resolved to a person known by one word ("Taviel said", "President Obama") that
    :func:`speaker_gender` weighs.

    A lone capitalised word taken for a person is often a place or body ("Orlando", "BuzzFeed", "Macau"): one
    he/she resolved to it is the resolver's guess. It is the writer's word when the name has a title for one
    person ("President", "Judge": ``titled``) or when the resolver gave it the same pronoun at least
    :data:`MIN_PRONOUNS` times and never the other: PolNeAR train, every such word a person of that gender (7 of
    7 untitled; one he/she alone: 6 of 11, the rest a place, a firm, a state's initials or a woman called he), as
    "he said" twice is of full names (197 of 197 agree with a familiar given name)."""
    if titled:
        return said_pronouns
    if _lean(said_pronouns) != UNKNOWN and min(said_pronouns) == 0:
        return said_pronouns
    return (0, 0)


def _minority_share(given: str) -> float:
    """The share of a tabled given name's bearers who are of its less common gender (0.098 for Lindsey)."""
    p = _name_table()[_table_key(given)][0]
    return min(p, 1 - p)


def speaker_gender(
    name: Sequence[str],
    title: Sequence[str] = (),
    *,
    kind: str = "person",
    honorific: str | None = None,
    pronouns: tuple[int, int] = (0, 0),
    said_pronouns: tuple[int, int] = (0, 0),
    described: str | None = None,
    titled: bool = False,
) -> str:
    """A speaker's gender from the evidence the article gives.

    The order: an honorific or gendered title (an office title in "-man" only after the given name and the
    person's own pronouns: :func:`_office_title`); the person's own pronouns when they leave no doubt
    (:func:`_pronouns_show`); a gendered noun the text describes them by (``described``); the given name's table
    row; pronouns that merely lean one way.

    Args:
        name: The words of the person's name ("Theresa", "May").
        title: Words of their title or honorific as the article gives them.
        kind: ``'person'``, ``'organisation'`` or ``'role'``: people get a gender from all the evidence,
            roles from their head noun (``name`` holds the description's words, :func:`role_gender`).
        honorific: ``'m'``/``'f'`` (or ``'male'``/``'female'``) when already read from an honorific.
        pronouns: ``(male, female)`` counts of pronouns referring to the person.
        said_pronouns: ``(male, female)`` counts of he/she the attribution resolved to the person as the
            subject of their own speech ("she said"): each weighs :data:`MIN_PRONOUNS` nearby pronouns, so one
            decides alone when nothing stronger does (for a lone word only as :func:`_lone_word_said` allows).
        described: ``'m'``/``'f'`` (or ``'male'``/``'female'``) when the text describes the person by a gendered
            noun in apposition or right before the name (:func:`description_gender`: "Jo Kesiwen, a mother of
            three,", "the actress Jo Kesiwen").
        titled: The name has a title for one person ("President", "Judge"), which makes a lone word a
            person's name, so its resolved he/she count (:func:`_lone_word_said`).

    Returns:
        ``'female'``, ``'male'`` or ``'unknown'``.
    """
    if kind == "role":
        return role_gender(name)
    if kind != "person":
        return UNKNOWN
    stated = (FEMALE if honorific.startswith("f") else MALE) if honorific else honorific_gender(title)
    # an office title in "-man" ("Chairman Jo Kesiwen") only leans: a firmly gendered given name or the person's
    # own pronouns, when they leave no doubt, outrank it (PolNeAR train: all 16 such titles before a familiar
    # given name agree with it, so the lean stays when nothing else says)
    # (an honorific of the other gender, "Ms Kesiwen" elsewhere in the text, still decides)
    office = stated if stated != UNKNOWN and stated == honorific_gender(title) and _office_title(title) else UNKNOWN
    if stated != UNKNOWN and office == UNKNOWN:
        return stated
    if described:
        # the writer's word, as an honorific is, but a noun may be misread: the person's own pronouns, when they
        # leave no doubt, outweigh it
        shown = _pronouns_show(pronouns, said_pronouns)
        return shown if shown != UNKNOWN else (FEMALE if described.startswith("f") else MALE)
    if len(name) >= 2 and not _opens_with_acronym(name):  # a lone surname is no given name ("Clinton")
        g = first_name_gender(name[0], min_bearers=0)  # the person is known: rarer names speak too
        if g != UNKNOWN:
            shown = _pronouns_show(pronouns, said_pronouns)
            if shown not in (UNKNOWN, g) and _minority_share(name[0]) > PRONOUN_EVIDENCE_ERROR:
                return shown
            return g
    if office != UNKNOWN:
        shown = _pronouns_show(pronouns, said_pronouns)
        return shown if shown != UNKNOWN else office
    if len(name) < 2:
        said_pronouns = _lone_word_said(said_pronouns, titled)
    return _lean((pronouns[0] + MIN_PRONOUNS * said_pronouns[0], pronouns[1] + MIN_PRONOUNS * said_pronouns[1]))
