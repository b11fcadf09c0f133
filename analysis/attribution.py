"""Who said it, as a learned choice among candidate mentions.

The rule engine of :mod:`analysis.speakers` reads one cue per quote and
resolves its subject.  This module turns that single decision into a ranking
problem (the mention-ranking formulation of quotation attribution: O'Keefe et
al. 2012; Pareti 2016; Muzny et al. 2017):

1. **Candidates** — every mention near a quote that could be its source: names,
   subject pronouns, role phrases ("the chancellor", "a spokeswoman") and
   organisations, read from the same token stream as the rules (quote
   interiors are one placeholder token each, so a name inside another quote is
   never a candidate), plus a *continuity* candidate (the latest speaker).
2. **Features** — cue-verb adjacency and direction (subject of the cue,
   inverted ``said X``), syntactic-ish position (object of a preposition as in
   "by Tony Blair", object of ``told``, ``according to X``, ``X:``), distance
   in tokens and sentences, same paragraph, whether the paragraph opens with
   the quote, mention type, whether the mention is who spoke last, salience,
   and whether the rule engine picked it.  Distances are features, not
   thresholds: the model weighs them.
3. **Choice** — a linear score per candidate; the highest wins (a
   conditional-logit ranker reduced to pointwise logistic regression, trained
   by ``training/train_attribution.py`` on PolNeAR's train split; weights ship
   as plain arrays in ``analysis/data/attribution.npz``).
4. **Who the mention is** — the chosen mention is resolved inside the article
   (:mod:`analysis.speakers` resolution, with pronouns resolved by gender and
   grammatical salience: a subject before an object, an unnamed gendered role
   such as "a spokeswoman" before nobody); an office nobody holds by name ("The chancellor said") is the
   previous sentence's subject, a definite body description ("The bank said") the named body it fits, and a
   short form ("GM", "Lib Dems") the full name the article gives.

References:
    O'Keefe, T., Pareti, S., Curran, J. R., Koprinska, I. & Honnibal, M. (2012).
    A Sequence Labelling Approach to Quote Attribution. EMNLP.
    Pareti, S. (2016). PARC 3.0: A Corpus of Attribution Relations. LREC.
    Muzny, G., Fang, M., Chang, A. & Jurafsky, D. (2017). A Two-stage Sieve
    Approach for Quote Attribution. EACL.
    Newell, E., Margolin, D. & Ruths, D. (2018). An Attribution Relations
    Corpus for Political News (PolNeAR). LREC.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import operator
import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

import numpy as np

from analysis import resources
from analysis import speakers as sp
from analysis.gender import (
    FEMALE,
    GENDER_WORDS,
    MALE,
    NAME_THRESHOLD,
    UNKNOWN,
    first_name_gender,
    given_names,
    is_given_name,
)
from analysis.quotes import FLAT_BLOCK_CHARS, Quote, find_quotes, quote_blocks
from analysis.reported import (
    FINITE_TAGS,
    FLOATING_QUANTIFIERS,
    NUMBER_WORDS,
    PAST_TAGS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_SUBJECTS,
    RELATIVES,
    SUBORDINATORS,
    inflections,
    pronoun_stem,
)
from analysis.resources import load_weights

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from analysis.article import Article
    from analysis.reported import Report

__all__ = ["Candidate", "FEATURES", "attribute", "quote_candidates"]

#: Candidate mentions are read this many tokens either side of the quote at most
#: (and never before the previous paragraph): bounds the work per quote so the
#: pass stays linear; the model, not this window, weighs distance.
WINDOW = 60
_WEIGHTS = "attribution.npz"
#: How the ranker and the rules share the decision, chosen on PolNeAR dev among three settings
#: (ranker everywhere 0.917 / rules' mention everywhere 0.920 / back-off 0.920 named; back-off and
#: the rules tie on named + coref-resolved sources, and only back-off fixes the no-cue failure classes):
#: the rules' mention stands where they fired with a subject that resolves; the ranker decides elsewhere.
POLICY = "backoff"
MARGIN = 0.0  # log-odds by which the ranker must beat the rules' own choice where it decides

#: A role phrase reaches back at most this many tokens from its head noun ("A Department for Work and
#: Pensions spokeswoman" is 8): longer runs are sentences, not one noun phrase.
ROLE_PHRASE_REACH = 10
#: Role words before a name ("former Tory party leader Michael Howard") are read back at most this far:
#: a title run longer than this is a list of capitalised words, not one person's titles.
TITLE_REACH = 6
#: An appositive role after a name (", a spokeswoman for the department,") is read up to this many tokens
#: before its closing comma: a longer run is a clause, not an apposition.
APPOSITIVE_REACH = 10
#: A role before a name in apposition ("its chief executive, Jane Doe,") is read back at most this far.
ROLE_BEFORE_NAME_REACH = 8
#: A name in apposition after a role ("the spokesman, Steffen Seibert,") has at most this many tokens.
NAME_TOKENS = 5
#: Between a mention and its cue verb stand at most this many auxiliaries, adverbs or brackets
#: ("has repeatedly said", "(R) said"); more is another clause.
CUE_HOPS = 4
#: A cue verb this many tokens or fewer from the quote touches it (``," he said``: comma, quote, verb).
CUE_TOUCH = 2
#: Sentence distances are capped here and scaled to [0, 1]: beyond six sentences a mention is far whatever
#: the number (the features then saturate instead of growing without bound).
SENTENCE_CAP = 6

#: "the Bill", "the Sony Open": a run of at most this many capitalised words after ``the`` without a title
#: is a thing or a body; longer runs after ``the`` ("the Rev Jesse Louis Jackson") may be people.
THE_RUN_TOKENS = 2
#: A paragraph ending in a colon hands its quote to the colon's cue only when the cue verb stands within
#: this many tokens of the colon ("Smith said on Monday:"); farther, the colon closes another clause.
COLON_CUE_REACH = 6

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
#: First-person cue subjects that are the writer outside a quote ("I said", "We've told you", "I'd add that"); in
#: a paragraph a colon introduces they are the poster's own (:func:`_narrator`).
NARRATOR_PRONOUNS = frozenset({"i", "we"})
_PREPOSITIONS = frozenset("by to with of from for about against at on in than like as".split())

#: Feature names, in the order of the weight vector.
FEATURES = (
    "rule",  # the rule engine's mention
    "continuity",  # the pseudo-candidate: whoever spoke last
    "no_rule",  # the rule engine found no cue for this quote (shared by every candidate)
    "no_rule_x_continuity",
    "name",
    "pronoun",
    "role",
    "org",
    "plural",
    "before",
    "same_sentence",
    "sentence_distance",
    "log_token_distance",
    "same_paragraph",
    "previous_paragraph",
    "cue_after",  # a cue verb follows the mention: it is the cue's subject
    "cue_before",  # a cue verb precedes it: inverted ("said Caddell")
    "cue_next_to_quote",  # that cue touches the quote
    "object_of_preposition",
    "object_of_verb",  # "told X", "urged X"
    "according_to",
    "colon_before_quote",
    "sentence_initial",
    "quote_between",  # another quote stands between the mention and this one
    "last_speaker",
    "has_spoken",
    "log_salience",
    "gendered_pronoun",
    "paragraph_opens_with_quote",
    "possessive",
    "appositive",  # ", a former official," right after a name: the name is the source
    "unknown_single_name",  # one capitalised word that names no one known
    "common_word",  # one capitalised word the article also writes in lower case, or only sentence-initially
    "relative_clause",  # told in passing inside a relative clause ("the emails, which included staff members")
)
_F = {name: i for i, name in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One mention that could be a quote's source.

    Attributes:
        np: The noun phrase (token span and kind), or ``None`` for continuity.
        features: The feature vector (:data:`FEATURES` order).
    """

    np: sp._NP | None
    features: np.ndarray


Attribution = sp.Attribution  # the rule engine's record, with the mention offsets filled in here


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`attribute` found: attributions in reading order and the speakers by canonical name."""

    attributions: tuple[Attribution, ...]
    speakers: dict[str, sp.Speaker]


def _by_name(fitted: tuple[str, ...], coef: np.ndarray, names: tuple[str, ...]) -> np.ndarray | None:
    """The weights ``coef`` fitted for the features ``fitted``, laid out in ``names`` order: a feature added
    since the fit weighs nothing until the next refit, so the shipped model still reads as it was fitted.
    ``None`` when the fit used a feature ``names`` no longer has (its weight would be lost)."""
    if not set(fitted) <= set(names):
        return None
    out = np.zeros(len(names))
    for name, c in zip(fitted, coef.astype(float)):
        out[names.index(name)] = c
    return out


@functools.cache
def _weights() -> tuple[np.ndarray, float, np.ndarray | None, np.ndarray | None, np.ndarray | None] | None:
    """The shipped rankers (``coef``, ``intercept``, pronoun ``pron_coef``, role linker ``role_coef``, report
    source ranker ``rep_coef``, same features as ``coef``), or ``None``."""
    path = importlib_resources.files("analysis") / "data" / _WEIGHTS
    if not path.is_file():
        return None
    npz = load_weights(_WEIGHTS)  # dict of read-only arrays
    names = tuple(str(n) for n in npz["features"])
    if names != FEATURES:
        return None  # weights for another feature set: fall back to the rules
    pron = None
    if "pron_coef" in npz:
        pron = _by_name(tuple(str(n) for n in npz["pron_features"]), npz["pron_coef"], PRONOUN_FEATURES)
    role = None
    if "role_coef" in npz and tuple(str(n) for n in npz["role_features"]) == ROLE_FEATURES:
        role = npz["role_coef"].astype(float)
    rep = None
    if "rep_coef" in npz:
        rep = npz["rep_coef"].astype(float)
    return npz["coef"].astype(float), float(npz["intercept"]), pron, role, rep


#: Lower-case nouns for a kind of body written before its name (:data:`analysis.speakers.BODY_KIND_NOUNS`).
BODY_KIND_NOUNS = sp.BODY_KIND_NOUNS


#: Lower-case nouns for people who speak for a body ("a Delta spokesperson", "Globex officials").
BODY_VOICES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials employee employees staff executives".split()
)


class _Index:
    """Per-token sentence and paragraph numbers of a document (one linear pass)."""

    def __init__(self, doc: sp._Doc) -> None:
        n = doc.n
        ss, para = doc.sentence_start, sp.PARA_TOKEN
        self.doc = doc
        # (counted with C-level maps: a sentence opens where a token's sentence start differs from the one before)
        self.sid = list(itertools.accumulate(map(operator.ne, ss, [None, *ss[: n - 1]]), initial=0))[1:]
        is_para = list(map(para.__eq__, doc.tok))
        self.pid = list(itertools.accumulate(is_para, initial=0))[1:]
        self.para_starts = list(itertools.compress(itertools.count(), is_para))
        self.titles = role_titles(doc)
        # Evidence for "is this capitalised word a proper name here": written in lower case somewhere
        # ("the search", "a story").  Distinct tokens only: a text repeats a small vocabulary.
        self.lower_words = {t.lower() for t in doc.vocab if t[:1].islower()}
        self._mentions: list[sp._NP] | None = None
        self._starts: list[int] = []
        # each person's role words (:func:`_holder_words`), by entity and title: read for every role phrase
        self.holder_words: dict[tuple[int, str | None], set[str]] = {}
        # who each he/she token refers to, as read without its own previous pronoun (:func:`_chained`)
        self.pronoun_refs: dict[int, sp._Entity | None] = {}
        # by description head: the first newcomer it brings in, else None, and the token its scan has read to
        # (:func:`_introduced_unnamed`)
        self.introduced: dict[str, tuple[int | None, int]] = {}

    @functools.cached_property
    def org_modifiers(self) -> set[str]:
        """Capitalised words the article writes before an organisation word ("Delta Airlines", "Sony Music"):
        evidence that a name ending in one is a body, not a person (read on first use)."""
        doc = self.doc
        return {
            doc.tok[k - 1]
            for k in itertools.compress(itertools.count(1), doc.cap[: doc.n - 1])  # (after a capital: picked in C)
            if sp._base(doc.tok[k]) in sp._ORG_WORDS and doc.tok[k][:1].isupper()
        }

    @functools.cached_property
    def org_kind_named(self) -> frozenset[str]:
        """Capitalised words the article writes right after a lower-case noun for a kind of body ("water firm
        Aguas Argentinas", "carmaker Ford", "US band REM"): the name's first word, evidence that the name is
        a body, not a person, wherever else it stands (read on first use)."""
        return self.doc.body_kind_named

    @functools.cached_property
    def speaker_for(self) -> set[str]:
        """Capitalised words the article writes right before a lower-case noun for someone who speaks for a body
        ("a Delta spokesperson", "Globex officials"): a one-word name so written is a body's when nothing else
        makes it a person's (read on first use)."""
        doc = self.doc
        return {
            doc.tok[k - 1]
            for k in itertools.compress(itertools.count(1), doc.cap[: doc.n - 1])  # (after a capital: picked in C)
            if doc.low[k] in BODY_VOICES and doc.tok[k][:1].islower()
        }

    @functools.cached_property
    def person_descriptions(self) -> list[sp._NP]:
        """The descriptions headed by a learned person noun that no mention covers (:func:`_person_descriptions`),
        by position: read once per document on first use (a pronoun's window filters them)."""
        taken = {t for m in self.mentions(0, self.doc.n) for t in range(m.a, m.b)}
        return sorted(_person_descriptions(self.doc, taken) + _age_descriptions(self.doc, taken), key=lambda m: m.a)

    @functools.cached_property
    def mid_caps(self) -> set[str]:
        """Capitalised words the article also writes mid-sentence: capitals there are a name's, not position's
        (read on first use: only a one-word sentence opener asks)."""
        doc = self.doc
        opens = (sp.QUOTE_TOKEN, sp.PARA_TOKEN, ":", '"', "(")
        return {
            doc.tok[k]
            for k in itertools.compress(itertools.count(), doc.cap)  # (the capitalised words: picked in C)
            if k and doc.sentence_start[k] != k and doc.tok[k - 1] not in opens
        }

    def mentions(self, a: int, z: int, *, local: bool = False) -> list[sp._NP]:
        """The candidate mentions within tokens ``[a, z)`` (found once per document, on first use; with
        ``local``, a sentence's own are read alone while the document's are not needed yet)."""
        if self._mentions is None and local:
            return [m for m in _mentions(self.doc, a, z) if m.b <= z]
        if self._mentions is None:
            self._mentions = _mentions(self.doc, 0, self.doc.n)
            self._starts = [m.a for m in self._mentions]
        k = bisect.bisect_left(self._starts, a)
        out = []
        while k < len(self._mentions) and self._mentions[k].a < z:
            if self._mentions[k].b <= z:
                out.append(self._mentions[k])
            k += 1
        return out


def _tag_start(tok: list[str], e: int) -> int:
    """Where a tag after a name opens when it ends just before token ``e``: the ``(`` of a short bracket ("Jo Hale
    (Lab)") or the comma before a party tag ("Jo Hale, NDP-Burnaby South"), else ``e``: the name ends there."""
    if e >= 1 and tok[e - 1] == ")":
        o = next((p for p in range(e - 2, max(-1, e - 3 - sp.BRACKET_TAG_TOKENS), -1) if tok[p] == "("), None)
        if o is not None and sp.bracket_tag_end(tok, o, len(tok)) == e:
            return o
    c = next((p for p in range(e - 1, max(-1, e - 2 - sp.TAG_TOKENS), -1) if tok[p] == ","), None)
    return c if c is not None and c + 1 < e and sp.is_party_tag(tok[c + 1]) else e


def _skip_tag(tok: list[str], m: int, n: int) -> int:
    """Past a tag after a name at ``m``: ``, D-N.Y.,`` or ``, NDP-Burnaby South,`` (a comma, a tag, a comma)
    or a short bracket (``(pictured)``, ``(Lab)``), else ``m``."""
    bracket = sp.bracket_tag_end(tok, m, n)
    if bracket is not None:
        return bracket
    if m + 1 < n and tok[m] == "," and sp.is_party_tag(tok[m + 1]):
        e = m + 2
        while e < n and e < m + 2 + sp.TAG_TOKENS and tok[e] != ",":  # past the comma and the tag
            e += 1
        if e < n and tok[e] == ",":
            return e + 1
    return m


def _surname_like(tok: list[str], e: int, z: int) -> bool:
    """A capitalised stop word ending a name ("May", "Will", "Long") mid-sentence, not followed by a capital."""
    t = tok[e]
    nxt = tok[e + 1] if e + 1 < z else ""
    return t[:1].isupper() and t.isalpha() and t.lower() in _NAME_STOPS and not nxt[:1].isupper()


#: Capitalised words that are stop words or months elsewhere but surnames after a name or title.
_NAME_STOPS = frozenset(
    {
        "may",
        "will",
        "long",
        "little",
        "young",
        "rich",
        "strong",
        "low",
        "best",
        "white",
        "black",
        "brown",
        "green",
        "gay",
        "love",
        "march",
        "august",
        "june",
        "april",
    }
)


def _org_evidence(doc: sp._Doc, a: int, e: int) -> bool:
    """Evidence that a capitalised run is a body or a thing, not a person.

    Capitals alone do not decide: "the Bill", "The Globe and Mail", "the
    Commons Work and Pensions committee", "the Sony Open tournament" — a run
    after ``the`` without a title, a run joined to another by ``and``, or a
    run followed by a lower-case organisation or role noun.
    """
    tok, low = doc.tok, doc.low
    if e < doc.n and low[e] in ("and", "&") and e + 1 < doc.n and doc.cap[e + 1]:
        return True
    if e < doc.n and (low[e] in sp._ORG_WORDS or low[e] in sp._ROLE_NOUNS) and not tok[e][:1].isupper():
        return True
    return (
        a > 0
        and low[a - 1] == "the"
        and e - a <= THE_RUN_TOKENS
        and not any(sp._base(t) in sp._TITLE_WORDS for t in tok[a:e])
    )


#: Lower-case words that join two capitalised modifiers inside a role phrase ("A Department for Work and
#: Pensions spokeswoman").
_PHRASE_JOINERS = frozenset({"for", "of", "and", "&"})


def _modifies_thing(doc: sp._Doc, k: int) -> bool:
    """Whether the role noun at token ``k`` modifies the common noun after it, a noun for things, not people
    ("executive actions", "official documents", "campaign events", "the general election would"): no role phrase
    ends there ("party activists", "campaign officials", "police officers", "the general manager" are people)."""
    if k + 1 >= doc.n or not doc.tok[k + 1].isalpha() or not doc.tok[k + 1].islower():
        return False
    nxt = doc.low[k + 1]
    tag = resources.brill_tag(nxt)
    if tag not in _NOUN_TAGS or resources.brill_tag(doc.low[k]) not in _MODIFIER_TAGS:
        return False
    one = sp.regular_singular(nxt) if tag == "NNS" else nxt
    if nxt in _PEOPLE_NOUNS or one in _PEOPLE_NOUNS or one in sp.BODY_NOUNS:
        return False
    if nxt in _ROLE_AFTERS or nxt in sp._TIME_WORDS:
        return False  # a postposed title ("the dean emeritus"), an adverb of time ("the minister yesterday said")
    # The plural ends a noun phrase (a clause mark, a preposition, "and" after it), so it is no verb the lexicon
    # files as a noun first: "The Sanders campaign projects that …", "the campaign risks losing" are clauses.
    after = doc.low[k + 2] if k + 2 < doc.n else "."
    if tag == "NN" and (after in sp.AUX or after in sp.cue_verbs()):
        # "The general election would be …": a singular noun before its verb is the subject's head, the role
        # word its modifier (after a singular role a verb takes an -s or is past: "the general warned")
        return True
    return after in _BREAKS or after in _NOUN_PHRASE_ENDS or (resources.brill_tag(after) == "IN" and after != "that")


#: Nouns a role noun takes after it as part of the role, not as the thing it modifies ("the dean emeritus").
_ROLE_AFTERS = frozenset({"emeritus"})
#: Words after a plural noun that end its noun phrase besides the clause marks and prepositions.
_NOUN_PHRASE_ENDS = frozenset({"and", "or"})


#: Brill tags of a role noun that can modify the noun after it ("executive" NN, "chief" JJ).
_MODIFIER_TAGS = frozenset({"NN", "JJ"})
#: Nouns for people a role noun may modify ("party activists", "campaign officials", "police officers").
_PEOPLE_NOUNS = sp._ROLE_NOUNS | sp.PERSON_NOUNS | sp.PEOPLE_HEADS


def _role_phrase(doc: sp._Doc, k: int, lo: int) -> sp._NP | None:
    """The role phrase whose head noun is token ``k``, back to its determiner.

    Capitalised modifiers joined by ``for``/``of``/``and`` belong to it: "A
    Department for Work and Pensions spokeswoman", "The Tory leader".
    """
    tok, low = doc.tok, doc.low
    m = k
    while m - 1 >= lo and k - m < ROLE_PHRASE_REACH:
        p, pl = tok[m - 1], low[m - 1]
        cap_after = tok[m][:1].isupper() or low[m] in sp._ROLE_NOUNS  # ("Investors and experts")
        if pl in sp._DETERMINERS:
            m -= 1
            break
        if p[:1].isupper() and pl not in sp._stop_caps():
            m -= 1
        elif pl in _PHRASE_JOINERS and m - 2 >= lo and tok[m - 2][:1].isupper() and p[:1].islower() and cap_after:
            m -= 1  # (not before a modifier: "in the UK and [open source developers]" joins clauses)
        elif (
            p[:1].islower()
            and p.replace("-", "").isalpha()  # ("the [ex-Reds] assistant boss")
            and (pl not in resources_stop() or pl in _PERSON_MODIFIERS)  # ("one [former] executive")
            and pl not in sp.cue_verbs()
            and pl not in sp.AUX
            and not sp._verb_led(doc, m - 1)  # "will help [people]": a verb's object
        ):
            m -= 1  # a lower-case modifier ("senior", "press")
        else:
            break
    if sp.affiliated_name(doc, m, m, k) is not None:
        # "Jo Hale of Leeds police": the body after "of" is the person's affiliation, a mention apart from her name
        m = next(o for o in range(m + 1, k) if low[o] == "of") + 1
    end = _group_noun_end(doc, k)
    words = tuple(w for w in tok[m:end] if w.lower() not in sp._DETERMINERS)
    if any(w.lower() in sp._GROUP for w in tok[max(lo, m - 1) : k]):
        return sp._NP("plural", m, end, ())
    return sp._NP("role", m, end, words)


def _group_noun_end(doc: sp._Doc, k: int) -> int:
    """One past a role phrase's head: the role noun at ``k``, or the plural noun it modifies ("open [source]
    developers argue", "party activists say": :func:`analysis.speakers._group_end`), which is then the head.
    Only a role noun that the Brill lexicon reads first as a noun modifies one ("official powers": an
    adjective's)."""
    if (
        k + 1 < doc.n
        and doc.tok[k + 1][:1].islower()
        and doc.low[k + 1] not in sp._ROLE_NOUNS
        and resources.brill_tag(doc.low[k]) == "NN"
    ):
        return sp._group_end(doc, k + 1, doc.n) or k + 1
    return k + 1


@functools.cache
def resources_stop() -> frozenset[str]:
    from analysis import resources

    return frozenset(resources.stopwords())


def _joins_body(tok: list[str], cap: list[bool], e: int, z: int) -> bool:
    """An ampersand between capitalised words inside one body's name ("JPMorgan Chase & Co.", "Marks &
    Spencer"): the name runs on past it, so its last word alone ("Co.") is no mention."""
    return tok[e] == "&" and e > 0 and cap[e - 1] and e + 1 < z and cap[e + 1]


#: The lower-case words that can open a mention in :func:`_mentions` (a subject pronoun, also contracted: "he's";
#: a body noun its owner's possessive opens; a role noun).
_MENTION_WORDS = _SUBJECT_PRONOUNS | sp.BODY_NOUNS | sp._ROLE_NOUNS


def _mentions(doc: sp._Doc, a: int, z: int) -> list[sp._NP]:
    """Every candidate mention in tokens ``[a, z)``: pronouns, capitalised runs, role phrases."""
    tok, low, cap = doc.tok, doc.low, doc.cap
    out: list[sp._NP] = []
    # Only a capitalised word or one of these words opens a mention: the loop visits those alone (found in one
    # C-level pass), and every other word is stepped over as the loop body would step over it.
    # (a word without an apostrophe is its own pronoun stem, and the subject pronouns are mention words: only a
    # contraction, "he's", needs its stem read; the rest is one set intersection in C)
    distinct = set(low[a:z])
    words = (distinct & _MENTION_WORDS) | {w for w in distinct if "'" in w and pronoun_stem(w) in _SUBJECT_PRONOUNS}
    marks = list(itertools.compress(range(a, z), map(operator.or_, cap[a:z], map(words.__contains__, low[a:z]))))
    j = 0
    k = a
    while True:
        j = bisect.bisect_left(marks, k, j)
        if j == len(marks):
            break
        k = marks[j]
        t = tok[k]
        if t in (sp.QUOTE_TOKEN, sp.PARA_TOKEN):
            k += 1
            continue
        lw = low[k]
        head = pronoun_stem(lw) if "'" in lw else lw  # (most words have no apostrophe: no call)
        if head in _SUBJECT_PRONOUNS:  # "he", and "He's", "I've", "I'm" (never a name)
            out.append(sp._NP("pronoun", k, k + 1, (head,)))
            k += 1
            continue
        if cap[k]:
            e = k
            while e < z and (cap[e] or sp._joins_name(tok, cap, e, z) or _joins_body(tok, cap, e, z)):
                e += 1
            if e < z and e > doc.sentence_start[e] and _surname_like(tok, e, z):
                e += 1  # "Christine May", "Ms May": a capitalised word that is also a month or a modal
            if (
                sp.is_party_tag(t, opened=False)
                or sp.tag_run(tok, k)
                or (e == k + 1 and sp.adjective_before_noun(doc, k))
                or sp.place_adjective_before_noun(doc, k, e)
            ):
                # (a party tag; "Syrian hackers", "the Democratic chairs", "South Korean officials": an adjective)
                k = max(e, k + 1)
                continue
            leads_to_role = e < doc.n and not tok[e][:1].isupper() and low[e] in sp._ROLE_NOUNS
            # "Powell's office, when contacted, said": the owner's body is the mention, as a role after it is
            leads_to_role = leads_to_role or (low[e - 1].endswith("'s") and sp.owned_body_end(doc, e, z) is not None)
            if e == k + 1 and k == doc.sentence_start[k] and lw in sp._ROLE_NOUNS:
                # "Voters who say …", "Critics say": a role noun capitalised by position, not a name
                out.append(sp._NP("role", k, e, (t,)))
                k = e
                continue
            # "Bush's Facebook post", "Trump's Virginia state director": the owner alone is a name; the proper
            # noun after its possessive is the platform or place of the noun that follows
            owner = sp.owner_end(tok, low, k, e)
            np_ = None if leads_to_role else sp._classify_run(doc, k, k, owner)
            if np_ is not None and np_.kind == "name" and _org_evidence(doc, k, e):
                np_ = sp._NP("org", np_.a, np_.b, np_.head)
            if np_ is not None:
                out.append(np_)
            k = max(e, k + 1)
            continue
        if _owned_body(doc, k, z):
            out.append(_role_phrase(doc, k, max(a, doc.sentence_start[k])))
            k += 1
            continue
        if lw in sp._ROLE_NOUNS and not (k + 1 < doc.n and sp._is_name_token(tok[k + 1])):
            if _modifies_thing(doc, k):
                k += 1  # "Obama's executive actions", "official documents": a modifier of things, no one
                continue
            named = sp._role_then_name(doc, k, z)
            if named is not None:  # "the vice president and chairman of Chrysler LLC Jim Press": the name
                out.append(sp._NP("name", named[0], named[1], tuple(tok[named[0] : named[1]])))
                k = named[1]
                continue
            np_ = _role_phrase(doc, k, max(a, doc.sentence_start[k]))
            if np_ is not None and not _predicative(doc, np_):
                out.append(np_)
        k += 1
    if doc.label_tokens:
        out = [m for m in out if m.a not in doc.label_tokens]  # "Editor's note:": a label, no one who speaks
    # A capitalised role run nested in a longer role phrase ("Tory" in "The Tory leader"): keep the longer.
    out.sort(key=lambda m: (m.a, -m.b))
    kept: list[sp._NP] = []
    for m in out:
        if kept and m.a < kept[-1].b:
            if m.b - m.a > kept[-1].b - kept[-1].a:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _owned_body(doc: sp._Doc, k: int, z: int) -> bool:
    """Whether token ``k`` is a body noun that ends the phrase its owner's possessive opens ("Powell's [office]",
    "Acme's press [office]": :func:`analysis.speakers.owned_body_noun`), not a hand-listed role noun, which is
    read as one."""
    low = doc.low[k]  # (the set tests first: this runs on every lower-case word)
    return low in sp.BODY_NOUNS and low not in sp._ROLE_NOUNS and sp.owned_body_noun(doc, k, doc.sentence_start[k], z)


#: Words after which a bare role noun is a predicate, not someone: "while secretary of state", "as governor".
_PREDICATIVE = frozenset(
    "as while when became become becomes becoming was is were are been be named appointed elected remains".split()
)


def _predicative(doc: sp._Doc, np_: sp._NP) -> bool:
    """A role phrase without a determiner right after ``as``/``while``/a copula: an office held, not a speaker."""
    return (
        np_.kind == "role"
        and np_.a > 0
        and doc.low[np_.a] not in sp._DETERMINERS
        and doc.low[np_.a - 1] in _PREDICATIVE
    )


#: Heads of a role in apposition to a name: the hand lists' role nouns and titles, and the learned person nouns
#: ("Ann Lee, a midwife from Leeds," makes "the midwife" Ann Lee; "Trump, the real-estate mogul,").
_APPOSITIVE_HEADS = sp._ROLE_NOUNS | sp._TITLE_WORDS | sp.PERSON_NOUNS
#: Lower-case role words before a name that the article gives its holder ("corporate speaker Lance Wallnau"
#: makes "the conference speaker" Wallnau): the hand list's role nouns and the learned person nouns.
_NAME_ROLE_NOUNS = sp._ROLE_NOUNS | sp.PERSON_NOUNS


def role_titles(doc: sp._Doc) -> dict[int, set[str]]:
    """Role words the article gives each person beyond their capitalised title (by entity id).

    "Tory leader Michael Howard" (a lower-case role noun before the name)
    and "Gordon Brown, the chancellor," (an appositive) make "the Tory
    leader" and "the chancellor" that person later on.
    """
    tok, low = doc.tok, doc.low
    out: dict[int, set[str]] = {}
    for pos, ent in zip(doc.mention_pos, doc.mention_ent):
        if ent.kind != "person":
            continue
        s = pos
        while s - 1 >= 0 and doc.cap[s - 1]:
            s -= 1
        words: set[str] = set()
        m = s
        while m - 1 >= 0 and s - m < TITLE_REACH:
            p = tok[m - 1]
            # (a hyphened role by its head: "Blaze co-host Stu Burguiere", "vice-chairman Jane Roe")
            role = low[m - 1] in _NAME_ROLE_NOUNS or ("-" in p and sp._base(p) in _NAME_ROLE_NOUNS)
            if role or (p[:1].isupper() and low[m - 1] not in sp._stop_caps()):
                words.update(sp.role_parts(p))
                m -= 1
            else:
                break
        if not any(w in sp._ROLE_NOUNS or w in sp._TITLE_WORDS for w in words):
            words = set()
        e = pos + 1
        det = e + 1 < doc.n and tok[e] == "," and low[e + 1] in ("the", "a", "an")
        # "John Smith, chief executive of Acme,": news copy drops the article before a role in apposition;
        # then the phrase must open with the role words themselves (checked below: it ends in a role noun)
        # ("Jane Doe, Acme's chief executive,": an owner's possessive opens it as well)
        bare = (
            not det
            and e + 1 < doc.n
            and tok[e] == ","
            and (low[e + 1] in _APPOSITIVE_OPENERS or (low[e + 1].endswith("'s") and doc.cap[e + 1]))
        )
        if det or bare:
            m = e + 2 if det else e + 1
            start = m
            while m < doc.n and m < e + APPOSITIVE_REACH and tok[m] not in (",", ".", sp.QUOTE_TOKEN, sp.PARA_TOKEN):
                m += 1
            phrase = [sp._base(w) for w in tok[start:m]]
            # "Jane Doe, a spokeswoman for the department,": the role ends before its "for"/"of" phrase
            cut = next((j for j, w in enumerate(phrase) if w in _ROLE_PREPOSITIONS), len(phrase))
            phrase = phrase[:cut] if cut else phrase
            if m < doc.n and tok[m] in (",", ".") and phrase and phrase[-1] in _APPOSITIVE_HEADS:
                words |= set(phrase)
        if s >= 2 and tok[s - 1] == ",":
            # "The chancellor, Gordon Brown," / "its chief executive, Jane Doe,": the role before the name;
            # "the boss of Acme, John Smith,": its head noun may come before an "of"/"for" complement
            m = s - 2
            while (
                m - 1 >= 0
                and s - m < ROLE_BEFORE_NAME_REACH
                and low[m - 1] not in sp._DETERMINERS
                and tok[m - 1] not in _BREAKS
            ):
                m -= 1
            role = [sp._base(w) for w in tok[m : s - 1]]
            cut = next((j for j, w in enumerate(role) if w in _ROLE_PREPOSITIONS), len(role))
            if m - 1 >= 0 and low[m - 1] in sp._DETERMINERS and cut and role[cut - 1] in HOLDER_HEADS:
                words |= set(role[:cut]) if cut < len(role) else set(role)
            elif m - 1 >= 0 and low[m - 1] in sp._DETERMINERS and _capital_title(tok, m, s - 1):
                words |= set(role)  # "the Archbishop of Canterbury, Dr Rowan Williams,": the whole title
        if words:
            out.setdefault(id(ent), set()).update(_expand(words))
    return out


def _capital_title(tok: list[str], a: int, b: int) -> bool:
    """Whether ``tok[a:b]`` is a capitalised title with its complement ("Archbishop of Canterbury", "Bishop of
    Durham"): it opens with a title word and every word but the joiners is capitalised."""
    return (
        b > a + 1
        and tok[a][:1].isupper()
        and sp._base(tok[a]) in sp._TITLE_WORDS
        and all(w[:1].isupper() or w.lower() in _ROLE_PREPOSITIONS for w in tok[a:b])
    )


#: Abbreviated titles and the role word they stand for ("Gov. Chris Christie" … "the governor").
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "sec": "secretary",
    "gen": "general",
    "atty": "attorney",
    "supt": "superintendent",
    "amb": "ambassador",
    "prof": "professor",
    "pres": "president",
    "lt": "lieutenant",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "sgt": "sergeant",
    "det": "detective",
    "insp": "inspector",
    "const": "constable",
    "cst": "constable",
    "coun": "councillor",
    "ald": "alderman",
    "chmn": "chairman",
    # British police ranks' initials (titles before a given name: speakers._INITIAL_RANKS)
    "pc": "constable",
    "wpc": "constable",
    "dc": "constable",
    "ds": "sergeant",
    "di": "inspector",
    # British copy's councillor and police ranks, written without a period ("Cllr Jo Hale", "DCI Jo Hale", "DCS Jo Hale")
    "cllr": "councillor",
    "dci": "inspector",
    "dcs": "superintendent",
}
#: Modifiers that make another office of the same head noun ("deputy leader", "vice president").
_RANK_MODIFIERS = frozenset(
    {"vice", "deputy", "assistant", "associate", "senior", "junior", "acting", "shadow", "under"}
)
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
#: The indefinite articles: a role phrase they open brings someone new into the story (Heim 1982's novelty
#: condition), never a holder the article named before ("An aide to the governor said", not the aide named earlier).
_NEWCOMER_ARTICLES = frozenset({"a", "an"})
_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "with", "in", "to"})
#: Words that open a role in apposition without an article (", chief executive of Acme,", ", spokeswoman
#: for the ministry,"): role nouns and the modifiers of rank news copy puts before them — not any lower-case
#: word, so ", who said …" or ", now 45," never make a role.
_APPOSITIVE_OPENERS = sp._ROLE_NOUNS | frozenset(
    "senior chief deputy former acting assistant associate executive managing general vice".split()
)
#: Role words that name the same office in British copy: secretaries of state are ministers, Tories
#: are Conservatives ("Health Secretary Patricia Hewitt" … "the minister").
ROLE_SYNONYMS = {"secretary": "minister", "tory": "conservative", "conservative": "tory"}
#: Plainer head nouns news copy uses again for an office named by its title: a president or premier (and a prime
#: minister, by "prime") is "the Russian leader", a manager or chief executive "the Arsenal boss", "the Apple
#: chief", a chairman "the chair".  The title's holder holds these too; the role's modifiers still have to fit.
OFFICE_SYNONYMS = {
    "president": ("leader",),
    "premier": ("leader",),
    "prime": ("leader",),
    "manager": ("boss",),
    "executive": ("boss", "chief"),
    "ceo": ("boss", "chief", "executive"),
    "chairman": ("boss", "chair", "chief", "head"),
    "chairwoman": ("boss", "chair", "chief", "head"),
    "chair": ("boss", "chief", "head"),
    "head": ("boss", "chief"),
    "chief": ("boss", "head"),
}
#: Tokens that end a phrase read back or forward from a name (:data:`analysis.speakers.CLAUSE_MARKS`, no more).
_BREAKS = sp.CLAUSE_MARKS


def _role_hypernyms() -> dict[str, frozenset[str]]:
    """Title or role word -> the plainer role nouns its holder also answers to, learned from WordNet's hypernyms
    (``training/role_hypernyms.py`` writes ``analysis/data/role_hypernyms.txt``)."""
    out: dict[str, set[str]] = {}
    for title, plain in resources.packaged_rows("role_hypernyms.txt"):
        out.setdefault(title, set()).add(plain)
    return {title: frozenset(plain) for title, plain in out.items()}


#: Plainer role nouns for a title's holder ("Sen. Ana Ruiz" … "the lawmaker", "Det. Insp. Sarah Cole" … "the
#: officer", "Justice Mary Kent" … "the judge"): a role phrase with one of them resolves as one with the title's own
#: word does, through the same holders, recency and salience.
ROLE_HYPERNYMS = _role_hypernyms()


def _expand(words: set[str]) -> set[str]:
    """Role words with abbreviated titles also spelled out."""
    words = words | {TITLE_ABBREVIATIONS[w] for w in words if w in TITLE_ABBREVIATIONS}
    return words | {ROLE_SYNONYMS[w] for w in words if w in ROLE_SYNONYMS}


def _other_roles(words: set[str], head: str) -> set[str]:
    """A holder's role words beyond a role phrase's ``head`` and its own family: the plainer nouns of a title
    (:data:`ROLE_HYPERNYMS`: "senator" gives "lawmaker") and the titles ``head`` is a plainer noun of are one
    office, not another role the holder holds."""
    plain = {p for w in words for p in ROLE_HYPERNYMS.get(w, ())}
    return {w for w in words - {head} - plain if head not in ROLE_HYPERNYMS.get(w, ())}


def plain_heads(words: set[str]) -> set[str]:
    """The plainer head nouns (:data:`OFFICE_SYNONYMS`) a holder of these role words also answers to."""
    return {plain for w in words for plain in OFFICE_SYNONYMS.get(w, ())}


#: Words that open a role noun's complement: "the leader of the union", "the head of the inquiry".
_COMPLEMENT_OPENERS = frozenset({"of", "for", "at"})


def _complemented(doc: sp._Doc, np_: sp._NP) -> bool:
    """Whether a role phrase goes on with a complement that says whose office it is ("the leader of the union",
    "the head of the inquiry"): then a plainer word for a title (:data:`OFFICE_SYNONYMS`) names that office, not
    the title's holder's."""
    return any(doc.low[i] in _COMPLEMENT_OPENERS for i in range(np_.a + 1, np_.b))


def _holder_words(ent: sp._Entity, titles: dict[int, set[str]], idx: _Index | None = None) -> set[str]:
    """The role words an article gives a person: its capitalised title and the roles read by :func:`role_titles`
    (kept in ``idx`` when given: the same people are read for every role phrase)."""
    key = (id(ent), ent.title)
    if idx is not None and idx.titles is titles and key in idx.holder_words:
        return idx.holder_words[key]
    parts = {part for w in (ent.title or "").split() for part in sp.role_parts(w)}
    words = _expand(titles.get(id(ent), set()) | parts)
    if parts:
        # the plainer nouns of the capitalised title the name is written with ("Sen. Ana Ruiz" is "the lawmaker")
        words |= {plain for w in _expand(parts) for plain in ROLE_HYPERNYMS.get(w, ())}
    if idx is not None and idx.titles is titles:
        idx.holder_words[key] = words
    return words


#: Features of a role phrase's holder candidates (people the article gave that role's head noun), in weight order.
ROLE_FEATURES = (
    "all_words",  # every content word of the role is one of the holder's role words
    "modifier_share",  # share of the role's other words among them
    "modifier_conflict",  # the role has a modifier the holder's roles lack while the holder has other ones
    "most_recent",  # the holder mentioned last among the candidates
    "most_recent_all_words",  # the rule's pick: mentioned last among those holding every word of the role
    "log_token_distance",  # since the holder's latest mention
    "sentence_distance",
    "same_paragraph",
    "has_spoken",
    "last_speaker",
    "log_salience",
    "gender_mismatch",
)
_R = {name: i for i, name in enumerate(ROLE_FEATURES)}
#: Head nouns of a role one named person holds ("the chancellor", "the party's leader"): the role
#: linker reads these only; bodies ("the campaign"), groups ("officials"), documents and kin ("his
#: wife", whose holder is someone else) are resolved as before.
HOLDER_HEADS = frozenset(
    """president minister premier chancellor secretary spokesman spokeswoman spokesperson official aide adviser
    advisor lawyer attorney senator congressman congresswoman lawmaker representative governor mayor leader
    chairman chairwoman chair director executive ceo founder analyst economist professor researcher scientist
    pollster strategist candidate nominee officer judge prosecutor diplomat ambassador envoy manager host anchor
    author owner head chief boss general commander coach captain premier commissioner sheriff speaker treasurer
    billionaire businessman businesswoman mogul frontrunner front-runner incumbent challenger rival""".split()
)


@dataclass(frozen=True, slots=True)
class Holder:
    """A person a role phrase could be, with the features of that link (:data:`ROLE_FEATURES` order)."""

    entity: sp._Entity
    features: np.ndarray


def role_holders(att: sp._Attributor, idx: _Index, np_: sp._NP, pos: int) -> list[Holder]:
    """Who a role phrase at token ``pos`` could be: every person mentioned before it whom the article
    gave the role's head noun (:func:`role_titles`, titles; "Gov." spelled out).  Empty when nobody
    holds it: the role then stays a role ("a Department for Work and Pensions spokeswoman")."""
    doc = att.doc
    content = [part for w in np_.head if w.lower() not in sp._DETERMINERS for part in sp.role_parts(w)]
    content = [w for w in content if w not in sp.TENURE_WORDS]
    if not content:
        return []
    head, mods = content[-1], set(content[:-1])
    last = att.last_speaker(pos)
    want = _GENDER_WORDS.get(head)
    rows: list[tuple[sp._Entity, set[str], int]] = []
    for ent in doc.entities.values():
        if ent.kind != "person":
            continue
        k = bisect.bisect_right(ent.mentions, pos - 1)
        if not k:
            continue
        hw = _holder_words(ent, idx.titles, idx)
        if head in hw:
            rows.append((ent, hw, ent.mentions[k - 1]))
        elif head in plain_heads(hw) and mods <= hw and not _complemented(doc, np_):
            # "the Arsenal boss" for "Arsenal manager Arsene Wenger": a plainer word for the office, with every
            # modifier the holder's own ("the Russian leader" is not the president of a football body)
            rows.append((ent, hw | {head}, ent.mentions[k - 1]))
    recent = max(rows, key=lambda r: r[2])[0] if rows else None
    whole = [r for r in rows if set(content) <= r[1]]
    recent_whole = max(whole, key=lambda r: r[2])[0] if whole else None
    here = min(pos, doc.n - 1)
    out = []
    for ent, hw, p in rows:
        x = np.zeros(len(ROLE_FEATURES))
        x[_R["all_words"]] = float(set(content) <= hw)
        x[_R["modifier_share"]] = len(mods & hw) / len(mods) if mods else 0.0
        x[_R["modifier_conflict"]] = float(bool(mods - hw) and bool(_other_roles(hw, head)))
        x[_R["most_recent"]] = float(ent is recent)
        x[_R["most_recent_all_words"]] = float(ent is recent_whole)
        x[_R["log_token_distance"]] = math.log1p(max(pos - p, 0))
        x[_R["sentence_distance"]] = min(idx.sid[here] - idx.sid[p], SENTENCE_CAP) / SENTENCE_CAP
        x[_R["same_paragraph"]] = float(idx.pid[here] == idx.pid[p])
        x[_R["has_spoken"]] = float(id(ent) in att.spoken)
        x[_R["last_speaker"]] = float(ent is last)
        x[_R["log_salience"]] = math.log1p(len(ent.mentions))
        x[_R["gender_mismatch"]] = float(want is not None and ent.gender is not None and ent.gender != want)
        out.append(Holder(ent, x))
    return out


def _appositive_name(att: sp._Attributor, np_: sp._NP) -> sp._Entity | None:
    """The person a role phrase names in apposition right after it ("Ms. Merkel's spokesman, Steffen
    Seibert, wrote", "Google's chief human resources executive, Laszlo Bock, said", "the president of
    the region, Anna Rossi,"), else ``None``."""
    doc = att.doc
    head = sp.head_part(np_.head)
    if head and sp.body_or_many(head[-1]):
        return None  # "Police in Leeds, West Yorkshire,": no one person names a body or a group; a place's state
    c = np_.b
    if c < doc.n and doc.low[c] in _ROLE_PREPOSITIONS:
        # past the role's own "of" phrase: "the president of the Lombardy region, Roberto Maroni,"
        c = next((k for k in range(c + 1, min(doc.n, c + ROLE_PHRASE_REACH)) if doc.tok[k] in _BREAKS), doc.n)
    a = c + 1
    if a >= doc.n or doc.tok[c] != "," or not doc.cap[a]:
        return None
    e = a
    while e < doc.n and e - a < NAME_TOKENS and (doc.cap[e] or sp._joins_name(doc.tok, doc.cap, e, doc.n)):
        e += 1  # (a particle only before the rest of its name: "Ursula von der Leyen", not "Anna de," )
    f = _skip_tag(doc.tok, e, doc.n)  # "the lawyer, Tom Barr (pictured), said": a tag dresses the name
    if f < doc.n and doc.tok[f] not in (",", ".", sp.QUOTE_TOKEN, sp.PARA_TOKEN) and not att.is_cue(f):
        return None  # "the chancellor, Gordon Brown and …": a list, not an apposition
    run = sp._classify_run(doc, a, a, e)
    if run is None or run.kind != "name":
        return None
    # One word names the person too when the article reads it as one ("the bank's chief executive, Orunabe,
    # said": a single name, or a given name no table holds, is registered by its description, speakers'
    # _described_name); a lone word no one is ("the region, Lombardy,") finds no person.
    ent = doc.lookup(run.head, run.a, create=False, gender=run.gender)
    return ent if ent is not None and ent.kind == "person" else None


def _name_before_appositive(att: sp._Attributor, np_: sp._NP) -> sp._Entity | None:
    """The person a role phrase stands in apposition to, named right before it at the start of a clause
    ("Jan Novak, the head of the dockers' union, said" → Jan Novak), else ``None``.  A place before the
    comma is after a preposition ("In New York, the mayor said") and no clause's start."""
    doc = att.doc
    e = np_.a - 1
    if e < 1 or doc.tok[e] != ",":
        return None
    e = _tag_start(doc.tok, e)  # "Jo Hale (Lab), the president of Acme,": the name before its tag
    a = e
    while a > 0 and e - a < NAME_TOKENS and (doc.cap[a - 1] or doc.tok[a - 1] in sp._NAME_PARTICLES):
        a -= 1
    if a == e or (a > 0 and doc.tok[a - 1] not in _BREAKS and doc.sentence_start[a] != a):
        return None
    run = sp._classify_run(doc, a, a, e)
    if run is None or run.kind != "name":
        return None
    if len(run.head) < 2 and sp._base(run.head[0]) not in doc.described:
        return None  # a lone word the appositive does not itself describe ("Mr. Obama, officials said,")
    ent = doc.lookup(run.head, run.a, create=False, gender=run.gender)
    if ent is not None and len(run.head) < 2 and len(ent.tokens) > 1:
        return None  # a full name's surname keeps the rule for two words ("Clinton, a top aide said, …")
    return ent if ent is not None and ent.kind == "person" else None


#: Heads of a definite role for one office that the article's topic holds ("the chancellor", "the governor"):
#: with nobody given the office by name, the previous sentence's subject is its holder (Centering, as for
#: ``he``).  Roles that introduce someone new ("the spokesman", "an aide", "the analyst") are not among them.
OFFICE_HEADS = frozenset(
    """president minister premier chancellor secretary governor mayor senator congressman congresswoman leader
    chairman chairwoman ceo founder owner ambassador commissioner coach captain manager boss candidate nominee
    frontrunner front-runner incumbent billionaire businessman businesswoman""".split()
)


#: Person nouns too generic to stand for someone the article named ("the man", "the woman", "the person"):
#: news copy writes them for someone it brought in without a name ("A young woman asked … . The woman said").
_GENERIC_PERSON_HEADS = frozenset("man woman person guy individual".split())
#: How many words may stand between an indefinite article and its head noun ("a middle-aged female cashier").
INDEFINITE_REACH = 4
#: How many tokens back from the ")" closing a name's parenthesis its "(" may stand ("Jo Hale (R-Ohio),").
PARENTHESIS_REACH = 4


def _topic_head(head: str) -> bool:
    """Whether a definite description with this head noun can continue the previous sentence's topic person:
    an office (:data:`OFFICE_HEADS`), a standing (:data:`STANDING_HEADS`: "the business mogul"), a party
    member's noun ("the Wisconsin Republican") or a learned person noun ("the magnate", "the actor") that is
    none of the roles that introduce someone new (the holder heads that are no office: "the spokesman", "the
    analyst", "the chief executive"), kin ("his wife": someone else) or a generic noun ("the man")."""
    if head in OFFICE_HEADS or head in STANDING_HEADS or head in PARTY_MEMBER_NOUNS or head.endswith(_AGE_WORD):
        return True
    if head in ELECTED_HEADS:
        return True  # "the lawmaker", "the representative": an elected office, as "the senator" is
    if _plural_role(head) or (head.endswith("s") and head[:-1] in sp.PERSON_NOUNS):
        return False  # "the two voters", "the officials": many people, not the one named before
    return head in sp.PERSON_NOUNS and head not in HOLDER_HEADS | _ANONYMOUS_HEADS | _KIN_HEADS | _GENERIC_PERSON_HEADS


#: Tokens that close an appositive after its head noun ("Jo Hale, an Ohio Republican, said", "…, a lawyer who …").
_APPOSITIVE_CLOSERS = frozenset({",", ";", ".", ")", "who", "whose", "\u2014", "\u2013", "--"})


def _apposed_to_name(doc: sp._Doc, a: int, m: int) -> bool:
    """Whether the indefinite phrase opening at token ``a`` with its head at ``m`` is an appositive to the name
    before it ("Jo Hale, an Ohio Republican,", "Jo Hale (R-Ohio), a lawyer who …"): it describes someone named,
    bringing in no one new.  Not a subject after a clause that ends in a name ("After the storm hit Louisiana, a
    local newspaper called on …"): an appositive closes after its head."""
    if m + 1 < doc.n and doc.tok[m + 1] not in _APPOSITIVE_CLOSERS:
        return False
    b = a - 1
    if b < 1 or doc.tok[b] != ",":
        return False
    if doc.tok[b - 1] == ")":
        b = next((p for p in range(b - 2, max(-1, b - PARENTHESIS_REACH), -1) if doc.tok[p] == "("), b)
    return b >= 1 and doc.cap[b - 1] and doc.tok[b - 1][:1].isupper()


def _introduced_unnamed(idx: _Index, head: str, pos: int) -> bool:
    """Whether the article brought in someone by ``head`` with an indefinite article before token ``pos`` ("a
    judge in Ohio ruled … . The judge said"): a definite description with that head is then that newcomer.
    An indefinite apposition to a name ("Sen. Markwayne Mullin, an Oklahoma Republican,") brings in no one
    unnamed: a later "the Alabama Republican said" may still continue its own sentence's topic.

    Each description with that head asks again: the reading of a token looks only back from it, so the scan is
    remembered per head (the newcomer found, else how far it has read) and goes on from there."""
    first, read = idx.introduced.get(head, (None, 0))
    if first is None and read < pos:
        first = _first_introduced(idx.doc, head, read, pos)
        idx.introduced[head] = (first, pos)
    return first is not None and first < pos


def _first_introduced(doc: sp._Doc, head: str, a0: int, z: int) -> int | None:
    """The first token in ``[a0, z)`` with the head ``head`` that an indefinite article brings in as someone
    unnamed (:func:`_introduced_unnamed`), else ``None``."""
    # (the words with that head, picked in C)
    for m in itertools.compress(itertools.count(a0), map(head.__eq__, map(sp._base, doc.tok[a0:z]))):
        a = m - 1
        while a >= 0 and m - a <= INDEFINITE_REACH and doc.tok[a] not in _BREAKS:
            if doc.low[a] in _INDEFINITE:
                if _apposed_to_name(doc, a, m):
                    break  # "Sen. Jo Hale, an Ohio Republican, said": the named person, no newcomer
                return m
            if doc.low[a] in sp._DETERMINERS:
                break  # "the judge", "his adviser": no newcomer
            a -= 1
    return None


def _continues_topic(att: sp._Attributor, np_: sp._NP) -> bool:
    """Whether a description is the subject that opens its sentence: its first phrase ("The chancellor also
    hailed"), the speaker right after the quote that opens it (""…," the governor said", ""…," said the
    governor"), or the subject after an opening phrase that names no one and holds no cue ("In a statement,
    the mogul announced"; a prepositional one may leave out the comma before a subject its cue follows), or the
    source of an "According to" that opens it: the position that continues the previous sentence's topic."""
    doc = att.doc
    lo = doc.sentence_start[np_.a]
    d = np_.a - 1 if np_.a - 1 > lo and att.is_cue(np_.a - 1) else np_.a
    if _opens_sentence(doc, lo, d):
        return True
    if _opens_according(doc, lo, np_.a):
        return True  # "According to the chancellor, …": the source that opens the sentence, as its subject would
    # (BBC copy leaves out the comma after a short opening phrase when the subject's cue follows it: "In his New
    # Year message the party leader said")
    if doc.tok[np_.a - 1] == "," or (doc.low[lo] in _PREPOSITIONS and np_.b < doc.n and att.is_cue(np_.b)):
        k, z = bisect.bisect_left(doc.mention_pos, lo), bisect.bisect_left(doc.mention_pos, np_.a)
        people = (m for m, ent in zip(doc.mention_pos[k:z], doc.mention_ent[k:z]) if ent.kind == "person")
        if all(_name_modifies_noun(doc, m, np_.a) for m in people) and not any(
            att.is_cue(m) or doc.tok[m] == sp.QUOTE_TOKEN for m in range(lo, np_.a)
        ):
            return True
    own = att.sentence_subject(lo, np_.b)
    return own is not None and (own.a, own.b) == (np_.a, np_.b)


def _opens_according(doc: sp._Doc, lo: int, a: int) -> bool:
    """Whether the mention at token ``a`` is the source of an "According to" that opens the sentence at ``lo``."""
    return a - 2 == lo and sp._after_according(doc, a)


def _name_modifies_noun(doc: sp._Doc, m: int, z: int) -> bool:
    """Whether the capitalised words from token ``m`` (before token ``z``) modify the common noun after them ("his
    New Year message", "the Blair government"): a modifier names no one who could be the sentence's topic."""
    e = m
    while e < z and doc.cap[e]:
        e += 1
    return m < e < z and doc.tok[e].isalpha() and doc.tok[e].islower() and resources.brill_tag(doc.low[e]) in _NOUN_TAGS


#: Brill tags of a common noun.
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _subject_holder(att: sp._Attributor, idx: _Index, np_: sp._NP) -> sp._Entity | None:
    """A definite description of a person ("The chancellor said", ""…," the Florida senator said", "The
    billionaire real estate magnate says") → the person who is the previous sentence's subject ("Gordon
    Brown is to freeze duty. The chancellor also hailed …"), when the article gives that person no other
    office and brought in no one else by that noun ("a judge … the judge"); else ``None``.

    Centering (Grosz, Joshi & Weinstein 1995): the subject that opens a sentence continues the previous
    sentence's topic, as ``he`` does; news copy names its subject, then calls them by a role or epithet.
    """
    doc = att.doc
    words = [sp._base(w) for w in np_.head if w.lower() not in sp._DETERMINERS]
    if doc.low[np_.a] != "the" or not words or not _topic_head(words[-1]) or _person_owned(np_):
        return None
    head = words[-1]
    if not _continues_topic(att, np_) or _introduced_unnamed(idx, head, np_.a):
        return None  # only a sentence's subject continues the previous sentence's topic; "a judge … the judge"
    lo = doc.sentence_start[np_.a]
    prev = _previous_sentence(doc, lo)
    subj = att.sentence_subject(prev, lo) if prev is not None else None
    if subj is None and prev is not None and doc.tok[prev] == sp.QUOTE_TOKEN:
        # '"…," Mr. Lew said. The Treasury secretary also lauded …': a sentence that opens with a quote has
        # its speaker for topic, the last one recorded in that sentence
        said = next((e for p, e in reversed(att.events) if prev <= p < lo), None)
        if said is None or said.kind != "person" or not _animate(idx, said, None):
            return None
        return said if _fits_description(idx, said, head) and _keeps_modifier(idx, said, np_.head[-1]) else None
    if subj is not None and subj.kind not in ("name", "pronoun"):
        # "Voters face a clear choice, said Jo Hale. The party leader said …": a report fronted before its cue
        # has its speaker for topic, not the subject of the clause it reports
        said = _fronted_speaker(att, prev, lo)
        if said is None or not _animate(idx, said, None) or _named_in_own_clause(doc, said, np_):
            return None
        return said if _fits_description(idx, said, head) and _keeps_modifier(idx, said, np_.head[-1]) else None
    if subj is None:
        return None
    if subj.kind == "name" and (said := _fronted_speaker(att, prev, lo)) is not None:
        # "Mara Velk plans to cut taxes, Tom Oduya said. The retired surgeon told …": a report fronted before its
        # cue has its speaker for topic though the clause it reports opens with a name; a speaker the description
        # does not fit ("Velk will resign, her spokesman Tom Oduya said. The senator told …") leaves the subject
        if (
            _animate(idx, said, None)
            and not _named_in_own_clause(doc, said, np_)
            and _fits_description(idx, said, head)
            and _keeps_modifier(idx, said, np_.head[-1])
        ):
            return said
    if subj.kind == "pronoun" and subj.head[0] in ("he", "she"):
        ent = resolve_pronoun(att, idx, subj.a, subj.head[0])
    elif subj.kind == "name":
        ent = doc.lookup(subj.head, subj.a, create=False, gender=subj.gender)
    else:
        return None
    if ent is None or ent.kind != "person" or not _animate(idx, ent, subj if subj.kind == "name" else None):
        return None
    if _named_in_own_clause(doc, ent, np_):
        return None
    return ent if _fits_description(idx, ent, head) and _keeps_modifier(idx, ent, np_.head[-1]) else None


#: How many words may stand between a description and the name that opens the clause its cue reports ("the
#: chancellor said that Ms Hale", "the minister also said Hale").
REPORTED_SUBJECT_GAP = 4


def _named_in_own_clause(doc: sp._Doc, ent: sp._Entity, np_: sp._NP) -> bool:
    """Whether a description's cue reports a clause whose subject is ``ent``'s name ("Jo Hale spoke of rivalry. But
    the chancellor said Ms Hale was never at the meetings"): a speaker is not the person their report names as its
    subject (binding Principle C, Chomsky 1981: "he said Hale was wrong" is not Hale's claim), so the description
    is someone else.  Only a name right after the cue counts: news copy names the speaker deeper in what they say
    ("The senator said supporters of Sanders …", "he, Sanders, was …")."""
    k = bisect.bisect_left(ent.mentions, np_.b)
    for m in ent.mentions[k:]:
        if m - np_.b > REPORTED_SUBJECT_GAP:
            break
        gap = [sp._base(w) for w in doc.low[np_.b : m]]
        if doc.cap[m] and any(w in sp.cue_verbs() for w in gap) and all(w.isalpha() for w in gap):
            return True
    return False


#: How many tokens a speaker's name may take between the comma that ends a fronted report and its cue ("…, Jo
#: Hale said", "…, the Acme chief executive Jo Hale said").
FRONTED_SPEAKER_TOKENS = 6


def _fronted_speaker(att: sp._Attributor, lo: int, z: int) -> sp._Entity | None:
    """The person who speaks the report fronted in the sentence ``[lo, z)`` ("Voters face a clear choice, said Jo
    Hale.", "Taxes will rise, Jo Hale said."): the last speaker recorded at a cue that follows the comma ending the
    report, turned before its subject or after a short one that names them; else ``None``.  A sentence that opens
    with a subordinator or a preposition ("After the vote, Jo Hale said …") opens with an adjunct, not a report."""
    doc = att.doc
    first = lo
    while first < z and (doc.low[first] in sp.OPENERS or doc.tok[first] == ","):
        first += 1
    if first >= z or doc.low[first] in SUBORDINATORS or doc.low[first] in _PREPOSITIONS:
        return None
    for p, ent in reversed(att.events):
        if p >= z:
            continue
        if p < lo or ent.kind != "person":
            return None
        # a quote closed on a comma ends the report as a comma does; its speaker's event is the quote itself
        # ('… by fostering "risk-taking and investment," Jo Hale said')
        comma = next(
            (c for c in range(p - 1, max(lo, p - 1 - FRONTED_SPEAKER_TOKENS), -1) if doc.tok[c] == ","),
            p if _comma_quote(doc, p) else None,
        )
        if comma is None or comma <= first or any(doc.tok[m] in _BREAKS for m in range(comma + 1, p)):
            return None
        # the speaker is named past the comma, before the cue or right after it ("…, blasts critics": no subject;
        # the cue itself is a mention the pass records)
        k, e = bisect.bisect_right(ent.mentions, comma), bisect.bisect_right(ent.mentions, p + FRONTED_SPEAKER_TOKENS)
        return ent if any(m != p for m in ent.mentions[k:e]) else None
    return None


def _comma_quote(doc: sp._Doc, k: int) -> bool:
    """Whether token ``k`` is a quote closed on a comma inside its marks, a fronted report's end as a comma is
    ('… by fostering "risk-taking and investment," Jo Hale said': the quote is one token, its comma within)."""
    if doc.tok[k] != sp.QUOTE_TOKEN:
        return False
    s, e, _ = doc.special[k]
    return doc.text[s:e].rstrip().rstrip(_CLOSING_MARKS).rstrip().endswith(",")


#: Closing quote marks a quote's span may end with.
_CLOSING_MARKS = "\"'\u201d\u2019"


def _person_owned(np_: sp._NP) -> bool:
    """Whether a description's role belongs to a person it describes by a possessive person noun ("The actor's
    rep", "the singer's publicist"): someone who works for that person, never the person themself."""
    return any(
        w.lower().endswith(("'s", "\u2019s")) and sp._base(w[:-2].lower()) in sp.PERSON_NOUNS for w in np_.head[:-1]
    )


def _keeps_modifier(idx: _Index, ent: sp._Entity, word: str) -> bool:
    """A hyphened description ("the vice-chairman", "the co-host") fits a holder whose own title has its head
    only with its modifier too: "Acme chairman Tom Hale … the vice-chairman said" is another office."""
    modifier = set(sp.role_parts(word)) - {sp._base(word)}
    if not modifier:
        return True
    held = _holder_words(ent, idx.titles, idx)
    return sp._base(word) not in held or modifier <= held


#: Heads that say where someone stands in a race or what they own, not an office: any office holder can also
#: be one ("Sen. Marco Rubio" … "the GOP presidential candidate", "Gov. Chris Christie" … "the nominee", "Donald
#: Trump" … "the billionaire").  On PolNeAR train's fit part the kit's role readings give the same person
#: "candidate" and "senator" 11 times, "candidate" and "president" 4, "candidate" and "governor" 3, "nominee"
#: and "senator" 2, where no two offices but synonyms ever meet ("governor" and "senator": 0).
STANDING_HEADS = frozenset(
    """candidate nominee frontrunner front-runner incumbent challenger rival contender billionaire businessman
    businesswoman mogul magnate tycoon""".split()
)


def _fits_description(idx: _Index, ent: sp._Entity, head: str) -> bool:
    """A person can be what a description's ``head`` noun says: no gendered noun of the other gender
    ("spokeswoman" for a man, by the pronoun votes or by :func:`_stated_gender`), and no other office of theirs in this article that excludes it (a standing
    in a race or a fortune, :data:`STANDING_HEADS`, excludes none and is excluded by none; nor does a party's
    member noun, "the Wisconsin Republican")."""
    want = _GENDER_WORDS.get(head)
    # the pronoun votes, then the honorific or given name ("John Smith" is not "the congresswoman")
    if want is not None and any(g not in (None, want) for g in (ent.gender, _stated_gender(ent, None))):
        return False
    held = _holder_words(ent, idx.titles, idx) & (HOLDER_HEADS | sp._ROLE_NOUNS)
    return head in STANDING_HEADS or head in PARTY_MEMBER_NOUNS or not held - STANDING_HEADS or head in held


#: Role heads that introduce an unnamed voice ("a spokesman said", "officials said"): the name in the next
#: sentence is someone else, so a description with one of these heads is never read forward.
_UNNAMED_VOICE_HEADS = BODY_VOICES | frozenset("source sources aide insider".split())
#: The unnamed voices and a witness: no holder of a role the article named ("the witness" is no topic person).  A
#: witness, unlike a source, is who the next sentence names ("…, a witness has told jurors. Tom Hale made the
#: comments …": :func:`named_next`).
_ANONYMOUS_HEADS = _UNNAMED_VOICE_HEADS | {"witness"}


def _next_sentence(doc: sp._Doc, k: int) -> int | None:
    """The first token of the sentence after the one holding token ``k`` (past a paragraph break), or ``None``."""
    lo = doc.sentence_start[k]
    m = k + 1
    while m < doc.n and (doc.sentence_start[m] == lo or doc.tok[m] == sp.PARA_TOKEN):
        m += 1
    return m if m < doc.n else None


def named_next(att: sp._Attributor, idx: _Index, np_: sp._NP) -> sp._Entity | None:
    """The person a description that opens its sentence introduces and the next sentence names (cataphora).

    "France's finance minister has said … . Herve Gaymard said he would …", "A US flight attendant says she
    was fired. Jane Roe, who …": news copy describes a newcomer first and names them in the next sentence's
    subject.  Read only when no one named before holds the role (:func:`resolve_role`), for a description
    that is its own sentence's subject and a person-noun head that is not an unnamed voice ("a spokesman");
    the name must be a full name first given there, whose roles and gender do not contradict the head.
    """
    doc = att.doc
    words = [sp._base(w) for w in np_.head if w.lower() not in sp._DETERMINERS]
    if np_.kind != "role" or not words or np_.a >= doc.n:
        return None
    head = words[-1]
    if head in _UNNAMED_VOICE_HEADS or head in _NON_PERSON_HEADS or _plural_role(head) or _person_owned(np_):
        return None
    if not np_.head[-1][:1].islower() or not (head in sp._ROLE_NOUNS or head in HOLDER_HEADS or _role_word(head, head)):
        return None  # "Republican", "Liberal": a party or nationality word, no person noun
    if doc.low[np_.a] == "the" and _introduced_unnamed(idx, head, np_.a):
        return None  # "When a nurse returned … . The nurse later sued": the newcomer brought in before
    if np_.b + 1 < doc.n and doc.tok[np_.b] == "," and doc.cap[np_.b + 1]:
        return None  # "Schilling's son, Grant, defended …": the description names its own person
    if np_.a > 1 and doc.tok[np_.a - 1] == "," and doc.cap[np_.a - 2]:
        return None  # "said Perry, strategic partnership manager for …": an apposition to the name before
    lo = doc.sentence_start[np_.a]
    own = att.sentence_subject(lo, np_.b) if np_.a != lo else np_
    if (own is None or own.a != np_.a) and not _closing_report(att, np_):
        return None  # only a sentence's subject is the newcomer the next sentence names
    m = _next_sentence(doc, np_.a)
    if m is None:
        return None
    z = _next_sentence(doc, m) or doc.n
    subj = att.sentence_subject(m, z)
    if subj is None and doc.tok[m] == sp.QUOTE_TOKEN:
        # "A resident said the shooting restarted. '…,' said Ann Kouame.": the quote that opens the next sentence
        # names its speaker after it
        found = att.right_cue(m)
        subj = found[0] if found is not None else None
    if subj is None or subj.kind != "name":
        return None
    if _described_as_other(doc, subj):
        return None  # "A shopkeeper said … . '…,' said Ann Kouame, another shopkeeper": a second one
    ent = doc.lookup(subj.head, subj.a, create=False, gender=subj.gender)
    if ent is None or ent.kind != "person" or not ent.mentions or ent.mentions[0] < m or not _named_person(att, ent):
        return None  # someone named before is not the one the description introduces
    if not _animate(idx, ent, subj):
        return None
    if head in _ANONYMOUS_HEADS and _holder_words(ent, idx.titles, idx) - {head} - sp._PERSONAL_HONORIFICS:
        return None  # "A witness told the court … . Tom Hale, the defendant, denies …": a witness is no defendant
    return ent if _fits_description(idx, ent, head) else None


#: Words in a later title that make its holder another than a lede's definite role: a rank ("shadow"), a tenure
#: ("former"), or one more of the kind ("rival party leader Jo Hale", "Jo Hale, a previous health secretary").
_OTHER_HOLDER_WORDS = _RANK_MODIFIERS | sp.TENURE_WORDS | frozenset({"rival", "previous", "fellow"})
#: How many sentences after a definite role the person it describes may first be named with its words
#: ("…, the courts minister has told MPs. <a sentence>. "…," said courts minister Jo Hale").
CATAPHORA_SENTENCES = 3


def titled_later(att: sp._Attributor, idx: _Index, np_: sp._NP) -> sp._Entity | None:
    """A definite role no one named before holds ("the courts minister has told MPs") → the person first named in
    one of the :data:`CATAPHORA_SENTENCES` sentences after it with every word of the role before or as their name's
    title ("said courts minister Jo Hale"), else ``None``.

    A BBC lede gives the role alone and the story names its holder by the same words a sentence or two later (a
    cataphoric description, which :func:`named_next` reads only as the next sentence's subject).  Roles that
    introduce an unnamed voice ("the spokesman") and another person's roles ("the minister's aide") are left, and a
    title with a rank the role lacks ("shadow", "deputy") is another office."""
    doc = att.doc
    words = [sp._base(w).lower() for w in np_.head if w.lower() not in sp._DETERMINERS]
    if np_.kind != "role" or doc.low[np_.a] != "the" or not words or _person_owned(np_):
        return None
    head = words[-1]
    if head in _ANONYMOUS_HEADS or head in _NON_PERSON_HEADS or _plural_role(head) or head in _KIN_HEADS:
        return None
    if not (head in HOLDER_HEADS or _topic_head(head)):
        return None
    limit = np_.b
    for _ in range(CATAPHORA_SENTENCES):
        nxt = _next_sentence(doc, limit) if limit < doc.n else None
        if nxt is None:
            limit = doc.n
            break
        limit = nxt
    for ent in sorted(doc.entities.values(), key=lambda e: e.mentions[0] if e.mentions else doc.n):
        if ent.kind != "person" or not ent.mentions or not _named_person(att, ent):
            continue
        first = ent.mentions[0]
        # (a name in the role's own sentence is its complement or someone else: "the writer of Jo Hale's book")
        if first < np_.b or idx.sid[first] == idx.sid[np_.a]:
            continue
        if first >= limit:
            break
        titled = _holder_words(ent, idx.titles, idx) | _title_before(doc, first)
        if set(words) <= titled:
            if (titled & _OTHER_HOLDER_WORDS) - set(words):
                continue  # "the culture secretary … shadow (or former) culture secretary Jo Hale": another holder
            return ent if _fits_description(idx, ent, head) and _animate(idx, ent, None) else None
    return None


def _title_before(doc: sp._Doc, m: int) -> set[str]:
    """The lower-case words of the title written right before the name at token ``m`` ("said courts minister Jo
    Hale" → {"courts", "minister"}), back to a clause mark, a determiner or a cue verb."""
    out: set[str] = set()
    k = m - 1
    while k >= 0 and m - k <= DESCRIPTION_TOKENS and doc.tok[k].isalpha() and doc.low[k] not in sp._DETERMINERS:
        if sp._base(doc.low[k]) in sp.cue_verbs():
            break
        out.add(sp._base(doc.low[k]))
        k -= 1
    return out


def _closing_report(att: sp._Attributor, np_: sp._NP) -> bool:
    """Whether a description is the subject of the reporting clause that closes its sentence after a comma ("Acme
    never hid the losses, a witness has told jurors."): the subject of the report, as the sentence's own subject is."""
    doc = att.doc
    if np_.a < 1 or doc.tok[np_.a - 1] != ",":
        return False
    k = next((k for k in range(np_.b, min(doc.n, np_.b + 1 + CUE_AUXILIARIES)) if att.is_cue(k)), None)
    end = _next_sentence(doc, np_.a) or doc.n
    if k is None or k >= end:
        return False
    # the cue's own object at most ("told jurors", "said on Monday"), no clause after it
    return not any(t in _BREAKS for t in doc.tok[k + 1 : end] if t not in (".", sp.PARA_TOKEN))


#: Words that open a name's appositive or precede it to say the person is one more of a kind already in the story
#: ("Ann Kouame, another shopkeeper", "fellow shopkeeper Ann Kouame", "Ann Kouame, a second witness").
_ANOTHER_WORDS = frozenset({"another", "fellow"})
_ORDINAL_OTHERS = frozenset({"second", "third", "fellow"})


def _described_as_other(doc: sp._Doc, name: sp._NP) -> bool:
    """Whether a name comes with a description that makes its person another of a kind already mentioned: an
    appositive opening "another", "a fellow" or "a second" after it, or "fellow"/"another" right before it."""
    a, b = name.a, name.b
    if any(doc.low[k] in _ANOTHER_WORDS for k in range(max(0, a - 1), b)):
        return True  # (a role before the name is inside its phrase: "Fellow shopkeeper Ann Kouame")
    if b + 1 >= doc.n or doc.tok[b] != ",":
        return False
    first = doc.low[b + 1]
    return first in _ANOTHER_WORDS or (first == "a" and b + 2 < doc.n and doc.low[b + 2] in _ORDINAL_OTHERS)


#: A definite description stands for the article's topic person only when the article mentioned them in the
#: description's sentence or in this many sentences before it (a paragraph's reach gave measure reported −1).
TOPIC_SENTENCES = 1
#: The topic person is mentioned at least this many times before the description: the one the article is about.
TOPIC_MENTIONS = 2
#: The reach of :data:`TOPIC_SENTENCES` for the person who spoke last: a description in the next quote's tag may
#: come a sentence of narration after their quote.
SPEAKER_TOPIC_SENTENCES = 2


def topic_person(att: sp._Attributor, idx: _Index, np_: sp._NP) -> sp._Entity | None:
    """A definite description of an office or a standing ("The Vermont senator", "the GOP front-runner") that
    no sentence subject continues (:func:`_subject_holder`) → the person the article has mentioned most so far,
    when that person is mentioned in the description's sentence or the one before it, fits the description
    (gender, offices, party, a state the article places them in) and leads every other person; else ``None``.
    "Mentioned" counts what the pass has recorded: written mentions and the quotes already attributed to the
    person (counting written names only was tried: PolNeAR train +1/−5, because a quote is salience too).

    "Yet it was unclear whether Sanders was ready to follow that script. The Vermont senator emailed
    supporters": news copy re-describes the person it is about wherever it likes, not only as the subject
    after their name (salience, as Lappin & Leass 1994 rank a pronoun's antecedents).  Roles that introduce
    someone new ("the spokesman", "the analyst") and generic nouns ("the man") are not read.
    """
    doc = att.doc
    words = [sp._base(w) for w in np_.head if w.lower() not in sp._DETERMINERS]
    if np_.kind != "role" or doc.low[np_.a] != "the" or not words:
        return None
    head = words[-1]
    if not (head in _TOPIC_HEADS or _topic_head(head)) or _introduced_unnamed(idx, head, np_.a) or _person_owned(np_):
        return None
    if np_.b + 1 < doc.n and doc.tok[np_.b] == "," and doc.cap[np_.b + 1]:
        return None  # "The vice presidential nominee, Gov. Jo Hale of Ohio, …": the description names its own person
    here = idx.sid[np_.a]
    own = {w.lower() for w in doc.tok[np_.a : np_.b]}
    places = {w.lower() for w in np_.head[:-1] if w[:1].isupper() and w.lower() not in PARTY_WORDS}
    last = att.last_speaker(np_.a)
    ranked: list[tuple[int, sp._Entity | None]] = []
    for ent in doc.entities.values():
        if ent.kind != "person" or not _named_person(att, ent):
            continue
        k = bisect.bisect_left(ent.mentions, np_.a)
        if k == 0:
            continue
        # the last speaker stays at hand a sentence longer: '"…," said Jo Hale. <a sentence>. "…," the shortstop said'
        reach = SPEAKER_TOPIC_SENTENCES if ent is last else TOPIC_SENTENCES
        if here - idx.sid[ent.mentions[k - 1]] > reach:
            ranked.append((k, None))  # a rival for salience, but not at hand
            continue
        ranked.append((k, ent))
    if not ranked:
        return None
    ranked.sort(key=lambda r: -r[0])
    count, ent = ranked[0]
    if ent is None or count < TOPIC_MENTIONS or (len(ranked) > 1 and ranked[1][0] == count):
        return None
    if {w.lower() for w in ent.tokens} & own or not _animate(idx, ent, None) or _named_in_own_clause(doc, ent, np_):
        return None  # "the Lincoln actor" is not Lincoln; "the chancellor said Ms Hale was wrong" is not Ms Hale
    if not _fits_description(idx, ent, head) or not _keeps_modifier(idx, ent, np_.head[-1]):
        return None
    party = {PARTY_WORDS[w.lower()] for w in np_.head if w.lower() in PARTY_WORDS}
    own_parties = _parties(idx, ent) if party else set()
    if own_parties and not party & own_parties:
        return None  # "Labour MP Jo Hale … the Tory leader": a politician of another party
    placed = _placed_states(doc, ent) if places else set()
    if placed and not any(p in places or p.split()[-1] in places for p in placed):
        return None  # "Sen. Ann Cole of Ohio … the Texas senator": someone else
    return ent


#: How many tokens of a relative clause after a role are read for its source's anonymity ("who asked not to be
#: named because he is not authorized", "who spoke on condition of anonymity").
ANONYMITY_REACH = 10
_ANONYMITY_WORDS = frozenset({"anonymity", "anonymously"})
_WITHHELD = frozenset({"named", "identified", "authorized", "authorised"})


def _anonymous_after(doc: sp._Doc, np_: sp._NP) -> bool:
    """Whether a role phrase goes on, past its complement, with a relative clause that withholds its name ("an
    adviser to the mayor who asked not to be named", "a senior official who spoke on condition of anonymity"):
    an unnamed source on purpose, no one the article names."""
    m = np_.b
    while m < doc.n and m - np_.b < ROLE_PHRASE_REACH and doc.tok[m] not in _BREAKS and doc.low[m] != "who":
        m += 1
    if m >= doc.n or doc.low[m] != "who":
        return False
    for k in range(m + 1, min(doc.n, m + 1 + ANONYMITY_REACH)):
        if doc.tok[k] in _BREAKS:
            return False
        if doc.low[k] in _ANONYMITY_WORDS or (doc.low[k] in _WITHHELD and "not" in doc.low[m + 1 : k]):
            return True
    return False


#: Heads of an unnamed informant that news copy uses for one another ("A source told People … the insider said").
INFORMANT_HEADS = frozenset({"source", "insider"})
#: How many sentences back an unnamed informant stays the one another informant's noun means ("A source told
#: People … '…,' the insider said"); a head written again ("a witness … the witness") reaches back further.
INFORMANT_SENTENCES = 2
#: Words that set a definite description apart from the newcomer before it ("the other witness", "the second aide").
_OTHER_WORDS = frozenset("other another second third fourth".split())
#: Words before a predicate noun ("as a candidate", "is a lawyer"): an indefinite after them describes someone
#: already there, it brings in no one new.
_PREDICATE_OPENERS = frozenset("as is was are were be been being become became remains remained".split())
#: Adjectives that follow an unnamed source's head noun with their own complement ("a person familiar with the
#: talks", "a source close to the family").
_POSTMODIFIERS = frozenset("familiar close knowledgeable briefed involved".split())
#: Pronouns in a complement ("a source close to him"): whoever they stand for, no word that sets a source apart.
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
#: Prepositions that open a role's complement ("an aide to the mayor", "the woman from Leeds").
_DESCRIPTION_PREPOSITIONS = _ROLE_PREPOSITIONS | frozenset({"from"})


def _described(words: Sequence[str]) -> tuple[str, set[str]]:
    """A role description's head noun and its complement's content words, its article left off ("the unnamed
    woman from Leeds" → ``("woman", {"leeds"})``, "an aide to the mayor" → ``("aide", {"mayor"})``); the head is
    the last word before the complement's preposition."""
    low = [w.lower() for w in words if w.lower() not in ("the", "a", "an")]
    cut = next((j for j, w in enumerate(low) if j and w in _DESCRIPTION_PREPOSITIONS), len(low))
    if not cut:
        return "", set()
    if cut > 1 and low[cut - 1] in _POSTMODIFIERS:
        cut -= 1  # "a source close to him", "the person familiar with the plan": the adjective opens the complement
    rest = {w for w in low[cut:] if w not in sp._DETERMINERS and w not in _DESCRIPTION_PREPOSITIONS}
    return sp._base(low[cut - 1]), rest - _POSTMODIFIERS - _OBJECT_PRONOUNS


def _unnamed_again(att: sp._Attributor, idx: _Index, np_: sp._NP, since: int) -> sp._Entity | None:
    """A definite description → the unnamed source an indefinite article last brought in by its head noun after
    token ``since`` (the last mention of a holder the article named): "An aide to the mayor who asked not to be
    named said … . '…,' said the aide"; "A British man is suing Acme … . The unnamed man from Leeds says …"; "…, a
    witness told the court. '…,' said the witness".  An informant's heads (:data:`INFORMANT_HEADS`) stand for one
    another within :data:`INFORMANT_SENTENCES` sentences ("A source told People … the insider said").  A
    description set apart ("the other aide"), naming its own person ("the man, named as …") or with a complement
    the newcomer's does not share ("the aide to the governor" after "an aide to the mayor") continues no one;
    ``None`` then, or when no such newcomer is there.

    Read back from the description: the newcomer nearest it is the one it continues (Heim 1982: an indefinite
    brings in a file card that a definite with its noun picks up again).  The newcomer is who the article made of
    them: who spoke at their cue (the person the next sentence names, :func:`named_next`: "…, a witness has told
    jurors. Tom Hale made the comments …"), else the source as written (kept in ``att.roles``); one who has not
    spoken yet is the description as first given, the guidelines' name for an unnamed source."""
    doc = att.doc
    if doc.low[np_.a] != "the" or _person_owned(np_) or _OTHER_WORDS & {w.lower() for w in np_.head}:
        return None
    if np_.b + 1 < doc.n and doc.tok[np_.b] == "," and (doc.cap[np_.b + 1] or doc.low[np_.b + 1] == "named"):
        return None  # "the man, named as Tom Hale,", "the aide, Ann Lee,": the description names its own person
    head, complement = _described(doc.tok[np_.a : np_.b])
    if not (head in sp.PERSON_NOUNS or head in INFORMANT_HEADS | _GENERIC_PERSON_HEADS) or _plural_role(head):
        return None  # "the campaign", "the general election": no person the article brought in
    heads = INFORMANT_HEADS if head in INFORMANT_HEADS else {head}
    here = idx.sid[np_.a]
    for m in range(np_.a - 1, since, -1):
        word = sp._base(doc.low[m])
        if word not in heads or (word != head and here - idx.sid[m] > INFORMANT_SENTENCES):
            continue
        a = m - 1
        while a > since and m - a <= INDEFINITE_REACH and doc.tok[a] not in _BREAKS:
            if doc.low[a] in _INDEFINITE:
                break
            if doc.low[a] in sp._DETERMINERS:
                a = since  # "the aide", "his aide": no newcomer here
                break
            a -= 1
        if (
            a <= since
            or doc.low[a] not in _INDEFINITE
            or m - a > INDEFINITE_REACH
            or (a > 0 and doc.low[a - 1] in _PREDICATE_OPENERS)
        ):
            continue  # "support him as a candidate", "he is a lawyer": a predicate describes, it brings in no one
        # the role the indefinite article opens, with the head at ``m`` ("a general election" is no general)
        ends = [np2.b for np2 in idx.mentions(a, m + 1) if np2.kind == "role" and np2.b > m]
        if not ends:
            continue
        if _apposed_to_name(doc, a, m) or _apposed_to_name(doc, a, _complement_end(doc, m) - 1):
            return None  # "Jo Hale, an aide to the mayor,": the named person, no newcomer
        said = [sp._NP("role", a, b, tuple(doc.tok[a + 1 : b])) for b in sorted(set(ends))]
        phrases = [sp.role_phrase(doc, np2).lower() for np2 in said]
        theirs = _described(doc.tok[a : _complement_end(doc, m)])[1]
        if complement and theirs and not complement & theirs:
            continue  # "an aide to the mayor … the aide to the governor": someone else
        # the source as the report read it: who spoke at its cue, else the phrase or the phrase read on over its
        # complement ("an aide" of "an aide to the mayor"); a newcomer who has not spoken yet ("a second source
        # familiar with the inquiry arrived … '…,' the source said"): the person the next sentence names, else the
        # description as first given
        found = (e for key, e in att.roles.items() for p in phrases if key == p or key.startswith(p + " "))
        near = [(p, e) for p, e in att.events if m < p <= _cue_after(doc, m) and e.kind in ("person", "role")]
        there = min(near, key=lambda pe: pe[0])[1] if near else None
        spoke = there or next((e for e in found if e.kind == "role" and id(e) in att.spoken), None)
        if spoke is None and doc.low[a] not in _NEWCOMER_ARTICLES and doc.sentence_start[a] != a:
            return None  # "telling one person close to her": counted in passing; "One man in Leeds shouted" opens
        named = (e for e in map(functools.partial(named_next, att, idx), said) if e is not None)
        return spoke or next(named, None) or _unnamed_role(att, said[-1], m)
    return None


#: Tokens between a subject's head and its speech verb: an auxiliary or two ("a witness has told", "had been told").
CUE_AUXILIARIES = 2


def _cue_after(doc: sp._Doc, m: int) -> int:
    """The last token after the head noun at ``m`` where a speech verb of that subject can stand (its complement
    read past, then :data:`CUE_AUXILIARIES` more): the report recorded there is the subject's ("…, a witness has
    told jurors")."""
    return min(doc.n - 1, _complement_end(doc, m) + CUE_AUXILIARIES)


def _complement_end(doc: sp._Doc, m: int) -> int:
    """The token after a role's complement that opens after its head at ``m`` ("an aide to the mayor[,]"), read
    up to a token that closes an apposition within :data:`ROLE_PHRASE_REACH` tokens; ``m + 1`` when none opens."""
    if m + 1 >= doc.n or doc.low[m + 1] not in _DESCRIPTION_PREPOSITIONS:
        return m + 1
    k = m + 1
    while k < doc.n and k - m < ROLE_PHRASE_REACH and doc.tok[k] not in _APPOSITIVE_CLOSERS:
        k += 1
    return k


def _named_since(idx: _Index, head: str, pos: int) -> int:
    """The last token before ``pos`` where the article mentions a person it named who holds a role with the head
    noun ``head`` ("Ann Lee, the mayor's aide, …"), else -1: a newcomer brought in before it is no longer the one
    a definite description with that head continues."""
    last = -1
    for ent in idx.doc.entities.values():
        if ent.kind != "person" or head not in _holder_words(ent, idx.titles):
            continue
        k = bisect.bisect_left(ent.mentions, pos)
        if k:
            last = max(last, ent.mentions[k - 1])
    return last


def _unnamed_role(att: sp._Attributor, np_: sp._NP, pos: int) -> sp._Entity:
    """The role as written, an entity of its own ("a Downing Street spokesman")."""
    return sp.unnamed_role(att.roles, sp.role_phrase(att.doc, np_), pos)


#: Possessive pronouns that make a kin noun someone's relative ("his mother", "her husband").
_KIN_OWNERS = frozenset({"his", "her", "their"})


def kin_holder(att: sp._Attributor, idx: _Index, np_: sp._NP) -> sp._Entity | None:
    """The one person the article names with a relative's noun (:func:`role_titles`: "His mother Ann Hale told
    …") that a definite description of someone's relative stands for ("Hale's mother has said …", "his mother
    said"), wherever in the article the name is given; else ``None``.  The owner is never their own relative,
    and two people named with the noun leave the description as it is; a named owner ("Ross's mother") takes only
    a relative the article shows to be theirs (:func:`_kin_of`), not another person's mother named elsewhere."""
    doc = att.doc
    head = sp._base(doc.tok[np_.b - 1]).lower()
    if head not in _KIN_HEADS or np_.b - np_.a < 2:
        return None
    owner = doc.tok[np_.b - 2]
    if not (owner.lower() in _KIN_OWNERS or (owner.endswith("'s") and doc.cap[np_.b - 2])):
        return None  # "a mother of three", "the father": no one's relative in particular
    owner_ent = None
    if owner.endswith("'s"):
        owner_ent = doc.lookup((owner[:-2],), np_.b - 2, create=False)
    held = [
        ent
        for ent in doc.entities.values()
        if ent.kind == "person" and ent is not owner_ent and head in idx.titles.get(id(ent), ())
    ]
    if len(held) != 1 or owner.endswith("'s") and not _kin_of(doc, held[0], owner, head):
        return None
    return held[0]


def _kin_of(doc: sp._Doc, ent: sp._Entity, owner: str, head: str) -> bool:
    """Whether the article shows ``ent`` to be the relative ``head`` of the person whose possessive name is
    ``owner`` ("Hale's"): the owner's surname is theirs ("Ann Hale" for "Hale's mother"), or a mention of them
    follows the owner's own kin noun ("Ross's mother Ann Lee").  "Ross's mother" is not the "mother Ann Hale" of
    a boy named before Ross."""
    name = owner[: -len("'s")].lower()
    if ent.tokens and ent.tokens[-1].lower() == name:
        return True
    return any(m >= 2 and sp._base(doc.tok[m - 1]).lower() == head and doc.tok[m - 2] == owner for m in ent.mentions)


def resolve_role(
    att: sp._Attributor, np_: sp._NP, pos: int, titles: dict[int, set[str]], idx: _Index | None = None
) -> sp._Entity | None:
    """A role phrase → the person the article gave that role, else the role itself.

    With the shipped role linker (``role_coef``, trained on PolNeAR's coreference chains by
    ``training/train_attribution.py``) and an index, the best-scoring :func:`role_holders`
    candidate (an indefinite role — "a spokeswoman" — or one whose own words the holder's roles
    lack, only when every word of it is the holder's);
    otherwise the holder mentioned last whose role words hold every word of the phrase.
    """
    doc = att.doc
    content = {part for w in np_.head for part in sp.role_parts(w)} - sp.TENURE_WORDS - {"the", "a", "an"}
    if not content or any(w in sp._DOCUMENT_NOUNS for w in content) or np_.kind != "role":
        return att.resolve(np_, pos)
    named = _appositive_name(att, np_) or _name_before_appositive(att, np_)
    if named is not None:
        return named
    kin = kin_holder(att, idx, np_) if idx is not None else None
    if kin is not None:
        return kin
    if doc.low[np_.a] in sp.QUANTIFIERS or (
        doc.low[np_.a] in _NEWCOMER_ARTICLES and sp._base(np_.head[-1]).lower() not in OFFICE_HEADS
    ):
        # "one former executive", "another aide", "two officials": a quantified description counts someone the
        # article has not named, never a holder named before (an apposition or the next sentence may name them);
        # so does an indefinite article before a role many hold ("Ann Lee, the mayor's aide, said … . An aide to
        # the governor who asked not to be named said …": a newcomer, not Ann Lee).  An office one person holds
        # may be its holder described anew ("A president who ordered the raid will hand his successor …")
        return (named_next(att, idx, np_) if idx is not None else None) or _unnamed_role(att, np_, pos)
    if doc.low[np_.a] in _INDEFINITE and _anonymous_after(doc, np_):
        # "An adviser to Acme who asked not to be named said": unnamed on purpose, whoever else holds the role
        return _unnamed_role(att, np_, pos)
    if idx is not None and doc.low[np_.a] == "the":
        # "An aide to the governor who asked not to be named said … . '…,' said the aide": the newcomer since a
        # named holder's last mention ("Ann Lee, the mayor's aide, said … ."), not Ann Lee nor a source of its own
        again = _unnamed_again(att, idx, np_, _named_since(idx, _described(doc.tok[np_.a : np_.b])[0], np_.a))
        if again is not None:
            return again
    w = _weights()
    coef = w[3] if w is not None else None
    if coef is not None and idx is not None and sp._base(np_.head[-1]) in HOLDER_HEADS:
        cands = role_holders(att, idx, np_, pos)
        if not cands:
            return _holder_in_context(att, idx, np_, pos)
        best = cands[int(np.argmax(np.stack([c.features for c in cands]) @ coef))]
        rank = {part for w in np_.head for part in sp.role_parts(w)} & _RANK_MODIFIERS
        if not best.features[_R["all_words"]] and (
            doc.low[np_.a] in _INDEFINITE
            or (best.features[_R["modifier_conflict"]] and not best.features[_R["modifier_share"]])
            or bool(rank - _holder_words(best.entity, idx.titles, idx))
        ):
            # "a spokeswoman", "one Clinton aide": someone the article does not name; "its senior vice
            # president" is another office than the President named earlier.  A definite one that continues
            # the topic is its holder though the article never wrote the modifier with their name ("Sen.
            # Marco Rubio spoke … . The Florida senator said")
            return _subject_holder(att, idx, np_) or _unnamed_role(att, np_, pos)
        return best.entity
    best, best_pos = None, -1
    for ent in doc.entities.values():
        if ent.kind != "person":
            continue
        words = _holder_words(ent, titles, idx)
        if words and content <= words:
            k = bisect.bisect_right(ent.mentions, pos)
            p = ent.mentions[k - 1] if k else -1
            if p >= 0 and p > best_pos:
                best, best_pos = ent, p
    if best is not None:
        return best
    if idx is None:
        return att.resolve(np_, pos)
    return _holder_in_context(att, idx, np_, pos)


def _holder_in_context(att: sp._Attributor, idx: _Index, np_: sp._NP, pos: int) -> sp._Entity | None:
    """A role no holder named with its words explains → the person the context makes it: the previous sentence's
    subject or speaker (:func:`_subject_holder`), the newcomer the next sentence names (:func:`named_next`), the
    holder a lede's role is titled with a sentence or two later (:func:`titled_later`), the article's leading person
    (:func:`topic_person`); else the role as the attributor reads it."""
    return (
        _subject_holder(att, idx, np_)
        or named_next(att, idx, np_)
        or titled_later(att, idx, np_)
        or topic_person(att, idx, np_)
        or att.resolve(np_, pos)
    )


#: Longest description that stands for a person the article has just named ("the 31-year-old former Belgium
#: international", "the MP for Westbury South"): a noun phrase, not a clause.
DESCRIPTION_TOKENS = 10
#: Prepositions that end a description's head and open its complement ("the singer of …", "the MP for …").
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "from", "at", "with", "in"})
#: Descriptive modifiers that only people carry ("the 29-year-old", "the former …"): with one of these an
#: adjective used as a noun ("international", "veteran") is a person.
_PERSON_MODIFIERS = sp.TENURE_WORDS | {"veteran", "retired"}
#: Heads of a description of someone's relative or friend ("the wife of …"): another person than the one named.
_KIN_HEADS = frozenset("mother father wife husband son daughter brother sister friend neighbour neighbor".split())
#: Tokens of a full name (given name and surname): a person the description can stand for, not a word of it.
FULL_NAME_TOKENS = 2


def _named_person(att: sp._Attributor, ent: sp._Entity) -> bool:
    """Whether a person entity is named firmly enough for a description to stand for them: a full name, or a
    single name the text shows to be a person's (a title or honorific, a quote of their own, a person noun or
    pronoun that describes it: "the striker Orunabe", "Orunabe himself"), as a footballer's or an artist's one
    name is."""
    if len(ent.tokens) >= FULL_NAME_TOKENS:
        return True
    return _shown_person(att, ent) or sp._base(ent.tokens[0]) in att.doc.speaking


def _shown_person(att: sp._Attributor, ent: sp._Entity) -> bool:
    """Whether the text shows a named entity to be a person: a title or honorific, a quote of their own, or, for a
    single name, a person noun or pronoun that describes it ("the striker Orunabe", "Orunabe himself")."""
    return bool(ent.title or ent.honorific or id(ent) in att.spoken) or (
        len(ent.tokens) == 1 and sp._base(ent.tokens[0]) in att.doc.described
    )


def _inverted_cue(att: sp._Attributor, k: int) -> bool:
    """Whether token ``k`` is a cue verb turned before its subject right after a quote or its comma (""…," said
    the winger"): the phrase after it is the speaker."""
    return k >= 1 and att.is_cue(k) and att.doc.tok[k - 1] in (",", sp.QUOTE_TOKEN)


def _description_span(att: sp._Attributor, np_: sp._NP) -> tuple[int, int, int] | None:
    """The definite description a mention lies in, up to its cue: ``(start, end, head)`` token positions, or
    ``None``.  "The 54-year-old singer of Dancing in the Rain told": the phrase opens with "the" at its
    clause's start, and its head (the last word before a complement's preposition, else its last word)
    is a lower-case noun of a person or an adjective after an age or "former"."""
    doc, tok, low = att.doc, att.doc.tok, att.doc.low
    lo = doc.sentence_start[min(np_.a, doc.n - 1)]
    d = np_.a
    while d > lo and tok[d - 1] not in _BREAKS and np_.a - d < DESCRIPTION_TOKENS and not _inverted_cue(att, d - 1):
        d -= 1
    # (after a cue turned before its subject, the description ends its clause: ""…," said the giant winger.")
    inverted = d > lo and _inverted_cue(att, d - 1)
    if low[d] != "the" or (d > lo and tok[d - 1] not in _BREAKS and not inverted):
        return None
    e = np_.b
    while e < doc.n and e - d < DESCRIPTION_TOKENS and tok[e] not in _BREAKS and not att.is_cue(e):
        e += 1
    ends = e < doc.n and (att.is_cue(e) or (inverted and tok[e] in _BREAKS))
    if not ends or e - d > DESCRIPTION_TOKENS:
        return None
    words = low[d + 1 : e]
    if any(
        w in sp.AUX or w in RELATIVES or w in _SUBJECT_PRONOUNS or resources.brill_tag(w).startswith("VB")
        for w in words
    ) or any(doc.sentence_start[m] == m or (low[m] != tok[m] and low[m] in sp._DETERMINERS) for m in range(d + 1, e)):
        # a clause ("the man who was arrested", "the poll showed") or a new phrase ("… people The Post
        # reported"), not a description
        return None
    cut = next((j for j, w in enumerate(words) if w in _COMPLEMENT_PREPOSITIONS), len(words))
    if not cut:
        return None
    h = d + cut
    t, head = tok[h], sp._base(tok[h])
    aged = any(w.endswith("-year-old") or w in _PERSON_MODIFIERS for w in words[: cut - 1])
    tag = resources.brill_tag(low[h])
    # an agent noun ("singer", "striker") or a parliamentary title ("MP"); the role nouns ("the source", "the
    # spokesman") are the role linker's, and many of them introduce someone the article does not name; a body
    # noun only looks like an agent noun ("the government", "the establishment", "the newspaper"): a body of
    # its own, never the person just named
    person = (
        t.islower()
        and low[h].endswith(_AGENT_ENDINGS)
        and tag in ("NN", "")
        and head not in sp._ROLE_NOUNS
        and head not in _NON_PERSON_HEADS
        and not _body_only_noun(head)
        and head not in resources_stop()
        and head not in sp.cue_verbs()
    ) or (t.isupper() and head in sp._TITLE_WORDS)
    adjective = t.islower() and aged and tag == "JJ"
    if not person and not adjective:
        return None
    return d, e, h


#: Endings of a demonym that is also its own plural, a whole people ("the Swiss", "the Chinese", "the
#: Seychellois"): English adds no plural "-s" after a sibilant, so such a word is rarely one person.
_OWN_PLURAL_ENDINGS = ("s", "se")
#: Nationality and regional nouns that stand for one person in news copy ("the Australian said", "the Scot
#: beat him", "the Texan told reporters"): the one-word demonyms of :data:`speakers.PLACE_PEOPLE` (learned from
#: WordNet), but for those that are also a plural or a people (:data:`_OWN_PLURAL_ENDINGS`).
DEMONYMS = frozenset(w for w in sp.PLACE_PEOPLE if " " not in w and not w.endswith(_OWN_PLURAL_ENDINGS))
_DEMONYMS_LOWER = frozenset(w.lower() for w in DEMONYMS)


def _opens_sentence(doc: sp._Doc, lo: int, d: int) -> bool:
    """Whether the phrase at token ``d`` is the first of its sentence (from ``lo``) but for a quote before it
    (""…," the singer told reporters"): the subject that continues the previous sentence's topic."""
    if d - 1 > lo and doc.tok[d - 2] in (",", sp.QUOTE_TOKEN) and sp._base(doc.tok[d - 1]) in sp.cue_verbs():
        d -= 1  # (""…," said the singer": the cue turned before its subject is no phrase of the sentence's own)
    return all(doc.tok[m] == sp.QUOTE_TOKEN or not doc.tok[m][:1].isalnum() for m in range(lo, d))


def demonym_person(att: sp._Attributor, idx: _Index, np_: sp._NP) -> tuple[sp._NP, sp._Entity] | None:
    """ "The Australian said" → ``(mention, person)``: the person a nationality noun (:data:`DEMONYMS`) stands
    for, else ``None``.

    "When Tom Walker shook his hand, the Canadian said …", "Andy Moray beat Rob Fenn. The Scot said …": news
    copy calls the person it has just named by their nationality.  The person is among those named before it
    in its sentence (the first of them), else in the previous sentence (who has just spoken, else the first
    named, as :func:`described_person` reads a description); a full name, whose gender and other nationality
    do not contradict the noun.
    """
    doc = att.doc
    words = [w for w in np_.head if w.lower() not in sp._DETERMINERS]
    if np_.kind not in ("name", "role") or len(words) != 1 or words[0] not in DEMONYMS:
        return None
    d = np_.b - 1
    if doc.tok[d] != words[0] or d < 1 or doc.low[d - 1] != "the":
        return None  # "Australian Lleyton Hewitt", "an American": not a definite noun for someone named
    d -= 1
    lo = doc.sentence_start[d]
    prev = _previous_sentence(doc, lo) if _opens_sentence(doc, lo, d) else lo
    k, z = bisect.bisect_left(doc.mention_pos, lo), bisect.bisect_left(doc.mention_pos, d)
    here = [ent for ent in doc.mention_ent[k:z] if ent.kind == "person"]
    before = []
    if prev is not None and prev < lo:
        before = [ent for ent in doc.mention_ent[bisect.bisect_left(doc.mention_pos, prev) : k] if ent.kind == "person"]
        last = att.last_speaker(d)
        before = ([last] if last is not None and any(ent is last for ent in before) else []) + before
    word = words[0].lower()
    want = "f" if word.endswith("woman") else "m" if word.endswith("man") else None
    fits = []
    for ent in here + before:
        if not _named_person(att, ent) or not _animate(idx, ent, None):
            continue
        if want is not None and ent.gender is not None and ent.gender != want:
            continue
        own = _nationalities(ent, idx)
        if own and word not in own:
            continue  # "Briton Tim Hale beat Australian Lee Ross. The Australian said": not Hale
        fits.append((word not in own, ent))  # one the article gave this nationality first
    if not fits:
        return None
    return sp._NP("role", d, np_.b, tuple(doc.tok[d : np_.b])), min(fits, key=lambda f: f[0])[1]


def _nationalities(ent: sp._Entity, idx: _Index) -> set[str]:
    """The nationality nouns (lower case) the article puts in a person's name, title or roles ("Briton Tim Hale")."""
    words = {w.lower() for w in ent.tokens} | _holder_words(ent, idx.titles, idx)
    return words & _DEMONYMS_LOWER


#: Party words (lower case) and the party they stand for: the nouns a politician's description ends in ("the
#: Wisconsin Republican", "the Vermont Democrat") and the words that give a person's party ("Republican Sen.
#: John McCain", "GOP front-runner Donald Trump", "Democratic presidential candidate Hillary Clinton").
PARTY_WORDS = {
    "republican": "republican",
    "gop": "republican",
    "democrat": "democrat",
    "democratic": "democrat",
    "tory": "conservative",
    "conservative": "conservative",
    "labour": "labour",
}
#: The party words that are nouns for a member: the head of a description of someone named before.
PARTY_MEMBER_NOUNS = frozenset({"republican", "democrat", "tory", "conservative"})
#: Heads of the descriptions :func:`topic_person` reads: an office, a standing, a party member.
_TOPIC_HEADS = OFFICE_HEADS | STANDING_HEADS | PARTY_MEMBER_NOUNS


def party_member_person(att: sp._Attributor, idx: _Index, np_: sp._NP) -> tuple[sp._NP, sp._Entity] | None:
    """ "The Wisconsin Republican says" → ``(description, person)``: the politician a definite description ending
    in a party member's noun (:data:`PARTY_MEMBER_NOUNS`) stands for, else ``None``.

    "House Speaker Paul Ryan says … . The Wisconsin Republican says": news copy calls the politician it has just
    named by their state and party, as the subject that continues the previous sentence's topic
    (:func:`_subject_holder`), else as the nearest elected politician of that state and party
    (:func:`_party_politician`); a person the article gives another party is not the one.
    """
    doc = att.doc
    words = [w for w in np_.head if w.lower() not in sp._DETERMINERS]
    if np_.kind not in ("name", "role") or not words or not words[-1][:1].isupper():
        return None
    party = PARTY_WORDS.get(words[-1].lower()) if words[-1].lower() in PARTY_MEMBER_NOUNS else None
    if party is None or doc.tok[np_.b - 1] != words[-1]:
        return None
    d = np_.b - len(words) - 1
    if d < 0 or doc.low[d] != "the" or any(not w[:1].isupper() for w in words):
        return None  # "Republican Paul Ryan", "a Republican", "the Republican nominee": no description of this kind
    desc = sp._NP("role", d, np_.b, tuple(doc.tok[d : np_.b]))
    ent = _subject_holder(att, idx, desc) or _party_politician(att, idx, desc, party)
    if ent is None:
        return None
    own = _parties(idx, ent)
    return (desc, ent) if not own or party in own else None


def _parties(idx: _Index, ent: sp._Entity) -> set[str]:
    """The parties (:data:`PARTY_WORDS` values) the article gives a person in their name, title or roles."""
    words = _holder_words(ent, idx.titles, idx) | {w.lower() for w in ent.tokens}
    return {PARTY_WORDS[w] for w in words if w in PARTY_WORDS}


#: Elected offices whose holders news copy calls by state and party ("Sen. Jo Hale … the Ohio Republican"): a
#: party member's description that does not continue the previous subject stands for the nearest one.
ELECTED_HEADS = frozenset("senator representative congressman congresswoman lawmaker governor".split())
#: A state's name has at most this many words ("New York", "North Carolina", "District of Columbia").
STATE_WORDS = 3
#: The party letter before a state in "(R-Ohio)" or ", D-New York,".
_PARTY_STATE = re.compile(r"^[RDI]-(?=[A-Z])")


def _placed_states(doc: sp._Doc, ent: sp._Entity) -> set[str]:
    """The states (lower case, words joined by spaces) the article places a person in: "Sen. Ann Cole of Ohio",
    "Ann Cole (R-Ohio)", "Ann Cole, R-New York,", "Ohio Sen. Ann Cole"."""
    last, n_words = ent.tokens[-1], len(ent.tokens)
    states: set[str] = set()
    for at, other in zip(doc.mention_pos, doc.mention_ent, strict=True):
        if other is not ent:
            continue
        # the mention may run on over "of Ohio": its name ends at the last occurrence of the surname
        n = next((i for i in range(at, max(at - STATE_WORDS - 2, -1), -1) if doc.tok[i] == last), None)
        if n is None:
            continue
        after = doc.tok[n + 1 : n + 2 + STATE_WORDS]
        if after[:1] == ["of"]:
            place = after[1:]
        elif after[:1] in (["("], [","]) and len(after) > 1 and _PARTY_STATE.match(after[1]):
            place = [_PARTY_STATE.sub("", after[1]), *after[2:]]
        else:
            place = []
        words = list(itertools.takewhile(lambda w: w[:1].isupper(), place))
        if words:
            states.add(" ".join(words).lower())
        f = n - n_words + 1
        if f >= 2 and doc.tok[f - 1].endswith(".") and doc.tok[f - 2][:1].isupper():
            # "Ohio Sen. Ann Cole", "New York Gov. Jo Hale": the state's words before an abbreviated title
            b = f - 2
            while b > max(f - 2 - STATE_WORDS, 0) and doc.tok[b - 1][:1].isupper() and b > doc.sentence_start[f]:
                b -= 1
            states.add(" ".join(doc.tok[b : f - 1]).lower())
    return states


def _party_politician(att: sp._Attributor, idx: _Index, desc: sp._NP, party: str) -> sp._Entity | None:
    """The elected politician (:data:`ELECTED_HEADS`) a party member's description stands for where it does not
    continue the previous subject (:func:`_subject_holder` found no one): the nearest one named before it in its
    sentence, else in the previous sentence, whose party (if the article gives one) is the description's and
    whose state (if the article places them in one, :func:`_placed_states`) is the description's state word(s);
    ``None`` when no one fits.

    "Mateen met Rep. Ed Royce, the chairman of the committee, the California Republican said", "Sen. J.D. Vance
    left early. He said …, but the Ohio Republican said": a state and a party describe a legislator or governor,
    not the other people the sentence names; "Sen. Ann Cole of Ohio" is no Texas Republican.
    """
    doc = att.doc
    state = " ".join(doc.tok[desc.a + 1 : desc.b - 1]).lower()
    lo = doc.sentence_start[desc.a]
    prev = _previous_sentence(doc, lo)
    start = prev if prev is not None else lo
    k, z = bisect.bisect_left(doc.mention_pos, start), bisect.bisect_left(doc.mention_pos, desc.a)
    for m in range(z - 1, k - 1, -1):
        ent, at = doc.mention_ent[m], doc.mention_pos[m]
        if ent.kind != "person" or not _named_person(att, ent):
            continue
        if doc.tok[at] == sp.QUOTE_TOKEN or not doc.tok[at][:1].isupper():
            continue  # a quote or cue its speaker was recorded at, not a name written there
        words = _holder_words(ent, idx.titles, idx) | {w.lower() for w in ent.tokens}
        own = _parties(idx, ent)
        if not (words & ELECTED_HEADS) or own and party not in own:
            continue
        placed = _placed_states(doc, ent) if state else set()
        if placed and state not in placed:
            continue  # "Sen. Ann Cole of Ohio … the Texas Republican": a politician of another state
        return ent
    return None


#: Most tokens of a name a description follows in apposition ("Nora Anne de Pellow, 45,"): read back this far.
_APPOSED_NAME_TOKENS = 5


def apposed_person(doc: sp._Doc, np_: sp._NP) -> sp._Entity | None:
    """The one person a description used as a noun stands for by what the article said of them in apposition:
    "the 45-year-old" → the person named with ``, 45,`` before it, "the mother-of-two" → the one named with ``, a
    mother-of-two,`` ("Nora Pellow, 45, runs the bakery … "…," the 45-year-old said"), British and Canadian
    copy's way of meeting someone again; ``None`` when no person or two were so described, or the phrase is no
    such bare description (:func:`speakers.apposed_form`)."""
    if np_.kind != "role" or len(np_.head) != 1:
        return None
    form = sp.apposed_form(np_.head[0].lower())
    if form is None:
        return None
    people: dict[int, sp._Entity] = {}
    for end in sp.apposed_name_ends(doc, form, np_.a):
        i = bisect.bisect_right(doc.mention_pos, end) - 1
        if i < 0 or doc.mention_pos[i] < end + 1 - _APPOSED_NAME_TOKENS:
            continue
        ent = doc.mention_ent[i]
        if ent.kind == "person" and all(sp._is_name_token(t) for t in doc.tok[doc.mention_pos[i] : end + 1]):
            people[id(ent)] = ent
    return next(iter(people.values())) if len(people) == 1 else None


def described_person(att: sp._Attributor, idx: _Index, np_: sp._NP) -> tuple[sp._NP, sp._Entity] | None:
    """A description that stands for the person just named → ``(description, person)``, else ``None``.

    "Labour MP Tom Braddock criticised it. The MP for Westbury South said …", "Rock star Mary Lenton will
    host it. The 54-year-old singer of Dancing in the Rain told …": news copy names someone, then
    describes them as the next clause's subject (Centering, as for ``he``).  The person is among those
    named earlier in the description's sentence, else in the previous sentence: who has just spoken, else
    the first of them, when the description's gender word does not contradict them.  Offices (:data:`HOLDER_HEADS`) are the role linker's
    (:func:`resolve_role`); a name inside the description ("Rain", "Belgium") is no speaker.
    """
    doc = att.doc
    apposed = apposed_person(doc, np_)
    if apposed is not None:  # "Nora Pellow, 45, …" … "the 45-year-old said": the age the article gave her
        return np_, apposed
    demonym = demonym_person(att, idx, np_) or party_member_person(att, idx, np_)
    if demonym is not None:
        return demonym
    span = _description_span(att, np_)
    if span is None:
        return None
    d, e, h = span
    head = sp._base(doc.tok[h])
    if head in HOLDER_HEADS or head in _KIN_HEADS or head in _BODY_ROLE_HEADS:
        # an office ("the chief executive") is the role linker's: its holder may be someone else; kin ("the
        # wife of …") are someone other than the person named; a body ("the firm") is the body resolver's
        return None
    if any(head in _holder_words(ent, idx.titles, idx) for ent in doc.entities.values() if ent.kind == "person"):
        return None  # the article gave someone this role ("Ann Lee, a lecturer at York,"): the role linker's
    if _introduced_unnamed(idx, head, d):
        # "… says a narrator. The narrator continues": the newcomer brought in before, not someone named
        desc = sp._NP("role", d, e, tuple(doc.tok[d:e]))
        return desc, _unnamed_role(att, desc, d)
    lo = doc.sentence_start[d]
    prev = _previous_sentence(doc, lo) if _opens_sentence(doc, lo, d) else lo
    if prev is None:
        return None
    k, z = bisect.bisect_left(doc.mention_pos, prev), bisect.bisect_left(doc.mention_pos, d)
    named = [ent for ent in doc.mention_ent[k:z] if ent.kind == "person"]
    inverted = d >= 1 and _inverted_cue(att, d - 1)
    earlier = _previous_sentence(doc, prev) if k == z and doc.low[d] == "the" and inverted else None
    if earlier is not None:
        # "Jo Hale says …. The 29-year-old had surgery. "…," said the winger": a definite description after an
        # inverted cue and a sentence that names no one (no person, body or place) goes on describing the person
        # named before it; not a description opening its own clause ("It rained all day. The race organiser
        # said …" brings in someone new)
        named = [
            ent for ent in doc.mention_ent[bisect.bisect_left(doc.mention_pos, earlier) : k] if ent.kind == "person"
        ]
    last = att.last_speaker(d)
    # who has just spoken is the topic the description continues ("Cross said … The speechwriter said"),
    # else the first person named, as a sentence's subject usually is
    order = ([last] if last is not None and any(ent is last for ent in named) else []) + named
    want = _GENDER_WORDS.get(head)
    desc = sp._NP("role", d, e, tuple(doc.tok[d:e]))
    spoken_of = _third_person_genders(doc, d)
    for ent in order:
        if (
            _named_person(att, ent)
            and _animate(idx, ent, None)
            and not set(ent.tokens) & set(doc.tok[d:e])  # "the Lincoln actor" is not Lincoln
        ):
            if want is not None and ent.gender is not None and ent.gender != want:
                break
            if spoken_of and _stated_gender(ent, None) in spoken_of:
                break  # ""He deserved it," said the veteran trainer" after Tom Baker: the quote speaks of him
            return desc, ent
    if np_.kind in ("name", "org") and np_.a > h:
        return desc, _unnamed_role(att, desc, d)  # no one named before: the description, not a name inside it
    return None


#: First-person singular words: a quote with one speaks of its speaker, whatever third person it names too.
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def _third_person_genders(doc: sp._Doc, d: int) -> frozenset[str]:
    """The genders (``"m"``, ``"f"``) of the he/she words in the quote an inverted cue right before token ``d``
    turns to its subject (""He deserved it," said the trainer"), when the quote has no first-person singular
    word: a quote that speaks of a man or woman in the third person and never of its speaker is no one's own
    words about themself, so its describing subject is not that person.  Empty otherwise."""
    q = d - 2 if d >= 2 else -1
    if q >= 0 and doc.tok[q] == ",":
        q -= 1  # (""…", said the trainer": the comma outside the quote)
    if q < 0 or doc.tok[q] != sp.QUOTE_TOKEN or q not in doc.quote_at or sp._base(doc.tok[d - 1]) not in sp.cue_verbs():
        return frozenset()
    quote = doc.quotes[doc.quote_at[q]]
    words = re.findall(r"[a-z]+", doc.text[quote.start : quote.end].lower())
    if _FIRST_PERSON.intersection(words):
        return frozenset()
    return frozenset(sp._GENDERED[w] for w in words if w in sp._GENDERED)


def _cue_near(att: sp._Attributor, k: int, step: int, limit: int) -> int | None:
    """The cue verb next to a mention edge ``k`` (skipping auxiliaries, adverbs, a parenthesis, appositive)."""
    doc, tok = att.doc, att.doc.tok
    m = _skip_tag(tok, k, doc.n) if step > 0 else k
    hops = 0
    while 0 <= m < doc.n and hops < CUE_HOPS and m != limit:
        t = tok[m]
        if t in (sp.QUOTE_TOKEN, sp.PARA_TOKEN):
            return None
        if att.is_cue(m):
            return m
        low = doc.low[m]
        if low in sp.AUX or (low.endswith("ly") and len(low) > 3 and not t[:1].isupper()) or t in ("(", ")"):
            m += step
            hops += 1
            continue
        return None
    return None


def _features(
    att: sp._Attributor,
    idx: _Index,
    ti: int,
    np_: sp._NP,
    rule: sp._NP | None,
    last: sp._Entity | None,
    ent: sp._Entity | None,
) -> np.ndarray:
    doc, tok = att.doc, att.doc.tok
    x = np.zeros(len(FEATURES))
    x[_F["rule"]] = float(rule is not None and rule.a == np_.a and rule.b == np_.b)
    x[_F["no_rule"]] = float(rule is None)
    x[_F[np_.kind if np_.kind in ("name", "pronoun", "role", "org", "plural") else "name"]] = 1.0
    before = np_.b <= ti
    x[_F["before"]] = float(before)
    sd = abs(idx.sid[ti] - idx.sid[min(np_.a, doc.n - 1)])
    x[_F["same_sentence"]] = float(sd == 0)
    x[_F["sentence_distance"]] = min(sd, SENTENCE_CAP) / SENTENCE_CAP
    dist = (ti - np_.b) if before else (np_.a - ti)
    x[_F["log_token_distance"]] = math.log1p(max(dist, 0))
    pd = idx.pid[ti] - idx.pid[np_.a]
    x[_F["same_paragraph"]] = float(pd == 0)
    x[_F["previous_paragraph"]] = float(pd == 1)
    after = _cue_near(att, np_.b, 1, -1)
    # "the emails, which included staff members suggesting …": told in passing, not someone the article goes
    # on with; a report's own source stays what it is ("Sanders's victory, which Clinton conceded"; a report's
    # candidates are read from its cue, ``ti``)
    aside = after != ti and sp.in_relative_clause(doc, np_.a, np_)
    if aside:
        after = None
    before_cue = _cue_near(att, np_.a - 1, -1, -1)
    x[_F["cue_after"]] = float(after is not None)
    inverted = before_cue is not None and sp.inverted_after_quote(doc, before_cue)  # '"…," warned X'
    x[_F["cue_before"]] = float(before_cue is not None and (sp._invertible(tok[before_cue]) or inverted))
    for c in (after, before_cue):
        if c is not None and (abs(c - ti) <= CUE_TOUCH or (c + 1 < doc.n and tok[c + 1] == ":" and c + 2 == ti)):
            x[_F["cue_next_to_quote"]] = 1.0
    prev = doc.low[np_.a - 1] if np_.a > 0 else ""
    according = sp._after_according(doc, np_.a)
    x[_F["object_of_preposition"]] = float(prev in _PREPOSITIONS and not according)
    x[_F["object_of_verb"]] = float(prev in sp._OBJECT_VERBS and not (inverted and before_cue == np_.a - 1))
    x[_F["according_to"]] = float(according)
    x[_F["colon_before_quote"]] = float(np_.b < doc.n and tok[np_.b] == ":" and np_.b + 1 == ti)
    s0 = doc.sentence_start[np_.a]
    opener = s0
    while opener < np_.a and (doc.low[opener] in sp.OPENERS or tok[opener] == ","):
        opener += 1
    x[_F["sentence_initial"]] = float(opener == np_.a)
    lo, hi = (np_.b, ti) if before else (ti + 1, np_.a)
    x[_F["quote_between"]] = float(sp.QUOTE_TOKEN in tok[lo:hi])  # (searched in C)
    x[_F["last_speaker"]] = float(ent is not None and ent is last)
    x[_F["has_spoken"]] = float(ent is not None and id(ent) in att.spoken)
    x[_F["log_salience"]] = math.log1p(len(ent.mentions)) if ent is not None else 0.0
    x[_F["gendered_pronoun"]] = float(np_.kind == "pronoun" and np_.head[0] in ("he", "she"))
    x[_F["paragraph_opens_with_quote"]] = float(ti > 0 and tok[ti - 1] == sp.PARA_TOKEN or ti == 0)
    x[_F["possessive"]] = float(sp.is_possessive_at(doc, np_.b))
    x[_F["appositive"]] = float(np_.a >= 2 and tok[np_.a - 1] == "," and doc.cap[np_.a - 2] and np_.kind != "name")
    x[_F["common_word"]] = float(_common_word(idx, doc, np_))
    x[_F["unknown_single_name"]] = float(np_.kind == "name" and len(np_.head) == 1 and ent is None)
    x[_F["relative_clause"]] = float(aside)
    return x


#: Features of a pronoun's antecedent candidates, in the order of the pronoun weight vector.
PRONOUN_FEATURES = (
    "last_speaker_pseudo",  # the pseudo-candidate: whoever spoke last
    "gender_match",
    "gender_mismatch",
    "role",
    "sentence_distance",
    "same_sentence",
    "log_token_distance",
    "same_paragraph",
    "subject",  # opens its sentence or clause, or a cue verb follows it
    "object_of_preposition",
    "object_of_verb",
    "possessive",
    "last_speaker",
    "has_spoken",
    "log_salience",
    "titled",
    "nearest_compatible",  # no person of a compatible gender stands between it and the pronoun
    "subject_same_sentence",  # Centering (Grosz, Joshi & Weinstein 1995): the subject is the preferred antecedent
    "subject_previous_sentence",
    "rule_antecedent",  # the rule engine's reading of the pronoun
    "passed_by_subject",  # a name or role for someone else opens a sentence after it (Centering's topic shift)
    "introduced_subject",  # someone brought in unnamed as a subject just before ("A senior official defended …")
    "paragraph_subject",  # opens the pronoun's paragraph as its subject: a new paragraph's topic (Centering)
    "in_fronted_report",  # stands in the clause a later "…, he said" of its sentence reports: content, not topic
    "continued_subject",  # opens a sentence as subject, and every sentence since opens with the same pronoun
    "previous_pronoun",  # who the same pronoun just before refers to (Centering's CONTINUE: the backward centre)
    "relative_head",  # the phrase a relative clause holding the pronoun describes ("an aide who said he …")
    "named_in_quote",  # the quote the pronoun's cue reports names them: it speaks about them, not as them
    "spoken_of_in_quote",  # the nearest compatible person, when the pronoun's quote calls someone "he"/"his"
    "in_earlier_report",  # stands in the clause a cue before it in its sentence reports ("Brown said Baume was …")
)
_P = {name: i for i, name in enumerate(PRONOUN_FEATURES)}
#: How many sentences back a role subject still shifts the topic a pronoun continues: its own and the one before.
PASSING_SENTENCES = 1
#: Gendered nouns as "m"/"f" ("woman" -> "f"): the one table :mod:`analysis.gender` owns for speakers' gender.
_GENDER_WORDS = {word: g[0] for word, g in GENDER_WORDS.items()}


def _description_start(doc: sp._Doc, a: int) -> int:
    """The first token of the description a role mention at ``a`` heads: back over its modifiers ("senior",
    "29-year-old", "Berlin") to the determiner that opens it ("A 29-year-old Berlin woman", "Her father"),
    else ``a``.  A subject description opens its sentence with its determiner, not its head."""
    if doc.low[a] in sp._DETERMINERS:
        return a  # the phrase already opens with its determiner
    lo = max(doc.sentence_start[a], a - sp.ROLE_MODIFIERS)
    d = a
    while d - 1 >= lo and doc.low[d - 1] not in sp._DETERMINERS:
        t = doc.tok[d - 1]
        if not (doc.cap[d - 1] or resources.brill_tag(doc.low[d - 1]) in _DESCRIPTION_MODIFIER_TAGS or "-" in t):
            return a
        d -= 1
    if d - 1 >= lo and doc.low[d - 1] in sp._DETERMINERS:
        return d - 1
    return d if d == doc.sentence_start[a] else a


def _inverted_subject(att: sp._Attributor, a: int) -> bool:
    """Whether the phrase at token ``a`` is the subject of an inverted trailing cue: the cue verb just before it
    follows a quote or a comma (""…," said a local teacher"; not "told a reporter", whose phrase is an object)."""
    doc = att.doc
    cue = _cue_near(att, a - 1, -1, -1)
    return cue is not None and cue > 0 and doc.tok[cue - 1] in (sp.QUOTE_TOKEN, ",")


def _phrase_start(doc: sp._Doc, a: int) -> int:
    """The first token of a name's noun phrase: back over its title and role words ("Tory leader", "Labour MP"),
    and the nouns compounded with a role word ("San Diego chapter president", "party campaign manager")."""
    lo = doc.sentence_start[a]
    while (
        a - 1 >= lo
        and a - 1 >= 0
        and (
            doc.cap[a - 1]
            or _title_word(doc.tok[a - 1])
            or (_title_word(doc.tok[a]) and resources.brill_tag(doc.low[a - 1]) == "NN")
        )
    ):
        if doc.tok[a - 1] in (sp.QUOTE_TOKEN, sp.PARA_TOKEN):
            break
        a -= 1
    if a - 1 >= lo and doc.low[a - 1] in sp._DETERMINERS:
        a -= 1
    return a


#: The words a role or title before a name is, or a hyphened one ends in.
_TITLE_HEADS = sp._ROLE_NOUNS | sp._TITLE_WORDS


def _title_head(word: str) -> str | None:
    """The role or title word (lower case) that ``word`` (as written) is, a hyphened one by its head as
    :func:`speakers._hyphened_role` reads it, with a role noun for a head too ("co-chairman" -> "chairman",
    "vice-president"; not "Kilroy-Silk"), else ``None``."""
    low = word.lower()
    head = sp._hyphened_role(low, word, _TITLE_HEADS) if "-" in low else low
    return head if head in _TITLE_HEADS else None


def _title_word(word: str) -> bool:
    """A role or title word before a name (:func:`_title_head`)."""
    return _title_head(word) is not None


_GIVEN_NAME_GENDER = {FEMALE: "f", MALE: "m"}


def _np_gender(np_: sp._NP, ent: sp._Entity | None) -> str | None:
    if ent is not None and ent.kind == "person":
        # an honorific or a firm given name before the pronoun votes, which come from earlier resolutions and carry
        # their mistakes: a story a woman tells about "Philip Doe" resolves her many "she"s near his name
        stated = _stated_gender(ent, None, FIRM_NAME_THRESHOLD)
        if stated or ent.gender:
            return stated or ent.gender
    if ent is not None and ent.kind == "person" and len(ent.tokens) >= 2:
        # no honorific or pronoun evidence yet: the given name's (gender.first_name_gender, open data)
        g = _GIVEN_NAME_GENDER.get(first_name_gender(ent.tokens[0]))
        if g:
            return g
    if np_.gender:
        return np_.gender
    if np_.kind == "role" and np_.head:
        return _GENDER_WORDS.get(sp._base(np_.head[-1]))
    return None


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A person (or gendered role) a pronoun could refer to.

    Attributes:
        np: The mention (token span), or ``None`` for the last speaker.
        entity: Who it is.
        features: The feature vector (:data:`PRONOUN_FEATURES` order).
    """

    np: sp._NP | None
    entity: sp._Entity
    features: np.ndarray


#: Words after a trailing cue read for a ``that`` or a quote that would put its content after it ("he said on
#: Monday that …"); the reported-speech finder reads a trailing cue's tail as far.
CONTENT_TAIL_REACH = 6


def own_content_start(att: sp._Attributor, pos: int) -> int | None:
    """The first token of the clause a pronoun at ``pos`` reports when it is the subject of a trailing cue
    ("Tony Blair would lead the campaign, he said."), else ``None``.

    The pronoun c-commands the clause it reports even when that clause is fronted, so a name inside it can
    never be the pronoun's antecedent (binding Principle C, Chomsky 1981: "Blair would lead, he said" is not
    Blair's own claim; a reporter writes "he would lead, Mr Blair said").  The clause is fronted when the
    pronoun follows a comma and its cue ends the sentence or goes on with an addressee or a time only (no
    ``that``, no quote, no clause of its own after it); a sentence opening with a subordinator or a preposition
    ("After meeting Blair, he said …") opens with an adjunct, not a report, and a quote before the pronoun is
    the report itself.
    """
    doc, tok, low = att.doc, att.doc.tok, att.doc.low
    lo = doc.sentence_start[pos]
    if _according_object(doc, pos):
        # "Blair would lead the campaign, according to him.": the phrase reports the clause before its comma as
        # "…, he said" does (its object pronoun is read as the subject form, speakers._according_pronoun)
        return _fronted_first(doc, lo, pos - 2)
    if pos - 1 <= lo or tok[pos - 1] != ",":
        return None
    cue = _cue_near(att, pos + 1, 1, -1)
    if cue is None:
        return None
    end = doc.sentence_end(cue)  # (the cue is reached over no sentence end, so it stands in ``pos``'s sentence)
    tail = range(cue + 1, min(end, cue + 1 + CONTENT_TAIL_REACH))
    if any(tok[i] in (sp.QUOTE_TOKEN, ":") or low[i] == "that" for i in tail):
        return None
    if cue + 1 < end and low[cue + 1] in _SUBJECT_PRONOUNS:  # "he said he would …": the report follows
        return None
    return _fronted_first(doc, lo, pos)


def _fronted_first(doc: sp._Doc, lo: int, pos: int) -> int | None:
    """The first token of a clause fronted before a trailing cue at ``pos`` in the sentence opening at ``lo``
    (past its openers), or ``None`` when the sentence opens with an adjunct (a subordinator or a preposition)
    or a quote before ``pos`` is the report itself."""
    tok, low = doc.tok, doc.low
    first = lo
    while first < pos and (low[first] in sp.OPENERS or tok[first] == ","):
        first += 1
    if first >= pos or low[first] in SUBORDINATORS or low[first] in _PREPOSITIONS:
        return None
    if any(tok[i] == sp.QUOTE_TOKEN for i in range(lo, pos)):
        return None
    return first


#: Tokens that end an "according to him" phrase's clause.
_ACCORDING_ENDS = frozenset({".", ",", ";", "!", "?", ")", sp.PARA_TOKEN})


def _according_object(doc: sp._Doc, pos: int) -> bool:
    """Whether token ``pos`` is the object pronoun of a trailing ", according to him" that ends its clause."""
    return (
        doc.low[pos] in _ACCORDING_OBJECTS
        and pos - 3 > doc.sentence_start[pos]
        and doc.tok[pos - 3] == ","
        and sp._after_according(doc, pos)
        and (pos + 1 >= doc.n or doc.tok[pos + 1] in _ACCORDING_ENDS)
    )


#: The pronouns whose trailing cue (", he said.") reports the clause fronted before it.
_REPORTING_PRONOUNS = frozenset({"he", "she", "they"})
#: Their object forms, which "according to" reads as the one who reports the clause before it ("…, according to
#: him."; speakers reads them as the subject forms).
_ACCORDING_OBJECTS = frozenset(o for o, s in sp._SUBJECT_OF_OBJECT.items() if s in _REPORTING_PRONOUNS)


def in_fronted_report(att: sp._Attributor, m: sp._NP, pos: int) -> bool:
    """Whether the mention ``m`` stands in a clause that a pronoun later in its sentence (before ``pos``) reports
    from a trailing cue ("Blair would lead the campaign, he said.": Blair).

    Such a name is what the speaker talked about, not the sentence's subject: the pronoun is (Centering's
    preferred center is the one who speaks), so it neither opens the sentence nor shifts the topic away from
    the speaker a later "he" goes on with.
    """
    doc = att.doc
    end = min(doc.sentence_end(m.a), pos)
    for k in range(m.b + 1, end):
        if (doc.low[k] in _REPORTING_PRONOUNS and doc.tok[k - 1] == ",") or _according_object(doc, k):
            start = own_content_start(att, k)
            if start is not None and start <= m.a:
                return True
    return False


def _continued_by(doc: sp._Doc, a: int, pos: int, pron: str) -> bool:
    """Whether every sentence after the one holding token ``a`` and before the one holding ``pos`` opens (after
    its openers: "But", "And", "Still", a comma) with the subject pronoun ``pron``."""
    k, last = doc.sentence_end(a), doc.sentence_start[pos]
    while k < last:
        j = k
        while j < last and (doc.tok[j] in (sp.PARA_TOKEN, ",") or doc.low[j] in sp.OPENERS):
            j += 1
        if j >= last:
            break  # (a paragraph token before the pronoun's sentence)
        if doc.low[j] != pron:
            return False
        k = doc.sentence_end(j)
    return True


#: A pronoun continues the same pronoun at most this many sentences before it (its own sentence or the previous).
CHAIN_SENTENCES = 1


def _chained(att: sp._Attributor, idx: _Index, pos: int, pron: str) -> sp._Entity | None:
    """Who the nearest ``pron`` before token ``pos`` (outside quotes, in its sentence or the one before) refers
    to, by the resolver read without this feature (so a chain costs one resolution per pronoun, not a recursion
    down the article); ``None`` when there is none.  "Trump has not answered Calderon's remarks, although he
    kept up his rhetoric. "…," he tweeted": the second "he" goes on with the first (Centering, Grosz, Joshi &
    Weinstein 1995: the backward-looking centre is kept), not to the last speaker."""
    low = att.doc.low
    k = pos - 1
    while k >= 0 and idx.sid[pos] - idx.sid[k] <= CHAIN_SENTENCES:
        if low[k] == pron:
            if k not in idx.pronoun_refs:
                idx.pronoun_refs[k] = resolve_pronoun(att, idx, k, pron, chain=False)
            return idx.pronoun_refs[k]
        k -= 1
    return None


#: Tokens after a pronoun read for the quote its cue opens ("he told the BBC: "…"").
OWN_QUOTE_REACH = 6


def own_quote_text(att: sp._Attributor, pos: int) -> str:
    """The text of the quote a pronoun at ``pos`` is the source of: the one its trailing cue follows (""…," he
    said"), else the one its cue opens within :data:`OWN_QUOTE_REACH` tokens ("He said: "…""); "" when none."""
    doc = att.doc
    k = pos - 1
    if k > 0 and doc.tok[k] == ",":
        k -= 1
    if k >= 0 and doc.tok[k] == sp.QUOTE_TOKEN and _cue_near(att, pos + 1, 1, -1) is not None:
        q = doc.quotes[doc.quote_at[k]]
        return doc.text[q.start : q.end]
    for j in range(pos + 1, min(doc.n, pos + 1 + OWN_QUOTE_REACH)):
        if doc.tok[j] == sp.QUOTE_TOKEN:
            q = doc.quotes[doc.quote_at[j]]
            return doc.text[q.start : q.end] if _cue_near(att, pos + 1, 1, -1) is not None else ""
        if doc.tok[j] in (".", sp.PARA_TOKEN):
            break
    return ""


#: A name token shorter than this is no evidence that a quote names its bearer ("Li", "Ed" match too much).
QUOTED_NAME_CHARS = 3


#: A capitalised word of a quote ("Trump", "O'Neill"): what :func:`_named_in` compares a name's words with.
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'-]*")


def _capitalised_words(quote: str) -> set[str]:
    """The capitalised words of ``quote`` (:data:`_CAPITALISED_WORD`): read once per pronoun, for every candidate."""
    return set(_CAPITALISED_WORD.findall(quote))


def _named_in(words: set[str], ent: sp._Entity) -> bool:
    """Whether a quote whose capitalised words are ``words`` (:func:`_capitalised_words`) holds a word of the
    person's name (a surname or a given name, capitalised as written)."""
    return ent.kind == "person" and any(
        t in words for t in ent.tokens if len(t) >= QUOTED_NAME_CHARS and t[:1].isupper()
    )


#: A run of lower-case letters: the words of a lower-cased quote.
_LOWER_WORD = re.compile(r"[a-z]+")


def _speaks_of(quote: str, pron: str) -> bool:
    """Whether ``quote`` refers to someone by a third-person pronoun of ``pron``'s gender ("his first year")."""
    want = sp._PRONOUNS.get(pron)
    return any(sp._GENDERED.get(w) == want for w in _LOWER_WORD.findall(quote.lower()))


def pronoun_antecedents(att: sp._Attributor, idx: _Index, pos: int, pron: str, chain: bool = True) -> list[Antecedent]:
    """Who ``he``/``she`` at token ``pos`` could be: people and roles mentioned before it, and the last speaker.

    Read back to the start of the paragraph before the previous one (at most
    :data:`WINDOW` tokens before that): the ranker weighs distance.  ``chain=False`` leaves out the reading of
    the pronoun before it (:func:`_chained`).
    """
    doc, tok = att.doc, att.doc.tok
    want = sp._PRONOUNS.get(pron)
    p = idx.pid[pos]
    first = idx.para_starts[p - 3] if p >= 3 else 0
    a = max(first, pos - 2 * WINDOW)
    # "…, according to him.": the rules record a report at its cue, which here stands before the pronoun; the
    # last speaker is who spoke before the phrase, not the rules' own reading of it
    last = att.last_speaker(pos - 3 if sp._after_according(doc, pos) else pos)
    ruled = att.pronoun(pron, pos)
    chained = _chained(att, idx, pos, pron) if chain else None
    # a speaker talks about others by name or as "he", not about themselves (Principle C again: the quote the
    # pronoun reports is its content): ""It's his first year …," he said" after "Bob Dwyer warned that Schalk
    # Burger …" is Dwyer on Burger
    quote = own_quote_text(att, pos)
    speaks_of = bool(quote) and _speaks_of(quote, pron)
    quote_words = _capitalised_words(quote)  # (read once: every candidate asks whether the quote names them)
    out: list[Antecedent] = []
    if last is not None and _animate(idx, last, None):
        x = np.zeros(len(PRONOUN_FEATURES))
        x[_P["named_in_quote"]] = float(bool(quote) and _named_in(quote_words, last))
        x[_P["previous_pronoun"]] = float(last is chained)
        x[_P["last_speaker_pseudo"]] = 1.0
        g = last.gender if last.kind == "person" else None
        x[_P["gender_match"]] = float(g == want)
        x[_P["gender_mismatch"]] = float(g is not None and g != want)
        x[_P["last_speaker"]] = 1.0
        x[_P["has_spoken"]] = 1.0
        x[_P["rule_antecedent"]] = float(last is ruled)
        out.append(Antecedent(None, last, x))
    window = idx.mentions(a, pos)
    content = own_content_start(att, pos)  # names in the clause the pronoun reports are never who it is
    nps = [
        m
        for m in window
        if (m.kind in ("name", "role") or _titled_person_org(doc, m))
        and m.b <= pos
        and not _name_modifier(doc, m)
        and (content is None or m.a < content)
    ]
    # "A waiter returned …": descriptions headed by a learned person noun are candidates too, not only role nouns
    unnamed = [m for m in idx.person_descriptions if a <= m.a and m.b <= pos and (content is None or m.a < content)]
    nps = sorted(nps + unnamed, key=lambda m: m.a)
    seen_compatible = False
    # the first sentence of the pronoun's paragraph (after the paragraph token that opens it)
    para_sid = idx.sid[min(idx.para_starts[p - 1] + 1, pos)] if p >= 1 else 0
    rows = []
    subjects: list[tuple[int, sp._Entity]] = []  # gender-compatible role subjects near the pronoun, by position
    ends = {m.b: m for m in window}  # each mention by its end: a conjunct's partner
    for m in reversed(nps):
        if m.kind == "org":  # "Tory co-chairman Liam Fox": a titled given name read as a body's name
            ent = doc.lookup(m.head, m.a, kind="organisation", create=False)
            g = _GIVEN_NAME_GENDER.get(first_name_gender(m.head[0]))
        else:
            ent = (
                resolve_role(att, m, m.a, idx.titles, idx)
                if m.kind == "role"
                else doc.lookup(m.head, m.a, create=False, gender=m.gender)
            )
            if ent is None or ent.kind == "organisation" or not _person_evidence(att, m, ent):
                continue
            if not _animate(idx, ent, m):
                continue  # a gendered pronoun refers to a person: never a body, product, place or document
            g = _np_gender(m, ent)
        if ent is None:
            continue
        x = np.zeros(len(PRONOUN_FEATURES))
        x[_P["gender_match"]] = float(g == want)
        x[_P["gender_mismatch"]] = float(g is not None and g != want)
        x[_P["role"]] = float(ent.kind == "role")
        sd = idx.sid[pos] - idx.sid[m.a]
        x[_P["sentence_distance"]] = min(sd, SENTENCE_CAP) / SENTENCE_CAP
        x[_P["same_sentence"]] = float(sd == 0)
        x[_P["log_token_distance"]] = math.log1p(pos - m.b)
        x[_P["same_paragraph"]] = float(idx.pid[pos] == idx.pid[m.a])
        # "Tory leader Michael Howard will …": the subject is the whole phrase; "behind Yelling and Bak": Bak
        # is no subject
        role_m, start = _first_conjunct(doc, m, ends)
        opener = doc.sentence_start[role_m.a]
        while opener < role_m.a and (doc.low[opener] in sp.OPENERS or tok[opener] in (",", "(")):
            opener += 1
        prev = doc.low[role_m.a - 1] if role_m.a > 0 else ""
        opening = _description_start(doc, role_m.a) if role_m.kind == "role" else start
        # "A 29-year-old waitress was fined": from its determiner; "Obama consultant Cornell Belcher picked up …":
        # after the role words (and the name they belong to) that modify the name
        opens = opener in (role_m.a, start, opening) or _premodified(doc, opener, min(start, opening))
        inverted = _inverted_subject(att, min(start, opening))
        reported = in_fronted_report(att, m, pos)
        opens = opens and not reported  # the reported clause's subject; the one who reports it is the sentence's
        x[_P["in_fronted_report"]] = float(reported)
        x[_P["in_earlier_report"]] = float(sd <= PASSING_SENTENCES and in_earlier_report(att, m))
        x[_P["subject"]] = float(
            not reported
            and (
                opens
                or (doc.low[start - 1] if start > 0 else "") in (",", ";", "and", "but")
                or _cue_near(att, m.b, 1, -1) is not None
                or inverted
            )
        )
        # Centering: a newcomer introduced by an indefinite article as a subject is the preferred center of the
        # next utterance, whoever spoke before ("A senior official defended the cut. "…," he said.")
        x[_P["introduced_subject"]] = float(
            ent.kind == "role" and opens and sd <= PASSING_SENTENCES and doc.low[opening] in _INDEFINITE
        )
        # a person who opens the pronoun's own paragraph as its subject is that paragraph's topic, whoever
        # spoke in the paragraphs before ("Raynard Jackson … is a resident who voted for Obama. "…," he said");
        # not one of two people who open it together ("Trump and Sanders blame …"): a plural topic
        # (a name: a newcomer brought in unnamed is :data:`PRONOUN_FEATURES`' introduced_subject)
        alone = m.kind == "name" and role_m is m and (m.b >= doc.n or doc.low[m.b] not in _NP_CONJUNCTIONS)
        x[_P["paragraph_subject"]] = float(opens and alone and idx.pid[role_m.a] == p and idx.sid[role_m.a] == para_sid)
        # "Ed Reid backs the plan. But he worries about the cost. "…," he said.": each sentence between goes on with
        # the subject by the same pronoun (Centering's CONTINUE), so the topic is still the subject two back
        x[_P["continued_subject"]] = float(opens and sd >= 2 and _continued_by(doc, m.a, pos, pron))
        x[_P["object_of_preposition"]] = float(prev in _PREPOSITIONS)
        x[_P["relative_head"]] = float(sd == 0 and _heads_relative_clause(doc, m, pos))
        x[_P["rule_antecedent"]] = float(ent is ruled)
        x[_P["previous_pronoun"]] = float(ent is chained)
        x[_P["subject_same_sentence"]] = x[_P["subject"]] * float(sd == 0)
        x[_P["subject_previous_sentence"]] = x[_P["subject"]] * float(sd == 1)
        x[_P["object_of_verb"]] = float(prev in sp._OBJECT_VERBS)
        x[_P["possessive"]] = float(sp.is_possessive_at(doc, m.b))
        x[_P["last_speaker"]] = float(ent is last)
        x[_P["has_spoken"]] = float(id(ent) in att.spoken)
        x[_P["log_salience"]] = math.log1p(len(ent.mentions))
        x[_P["titled"]] = float(bool(ent.title or ent.honorific))
        x[_P["nearest_compatible"]] = float(not seen_compatible and g in (None, want))
        x[_P["named_in_quote"]] = float(bool(quote) and _named_in(quote_words, ent))
        x[_P["spoken_of_in_quote"]] = float(speaks_of) * x[_P["nearest_compatible"]]
        if g in (None, want):
            seen_compatible = True
            if (
                opens
                and sd <= PASSING_SENTENCES
                and (
                    (m.kind == "name" and ent.kind == "person")
                    or (m.kind == "role" and (ent.kind == "role" or _appositive_name(att, m) is ent))
                )
            ):
                # a person's name that opens its sentence (not one a cue merely follows: "Mr. Autor, like most
                # economists, is …"), or a role phrase there for someone unnamed ("a council spokesman") or named
                # beside it ("The minister, John Reid,"); a role the linker gives to someone named before is their
                # own, which the article may well call by another name
                subjects.append((m.a, ent))
        rows.append(Antecedent(m, ent, x))
    # "Tom Hale spoke. A council spokesman defended the cut. "…," he said.": a new subject continued by the
    # pronoun (Centering's topic shift) passes the speaker before it, who would otherwise win as last speaker;
    # the last speaker stands where the window last mentions them (passed by any such subject when it does not)
    at_of: dict[int, int] = {}
    for ant in rows:  # rows run backwards: the first one of an entity is its latest mention
        at_of.setdefault(id(ant.entity), ant.np.a)
    for ant in out + rows:
        at = at_of.get(id(ant.entity), -1) if ant.np is None else ant.np.a
        ant.features[_P["passed_by_subject"]] = float(any(a > at and e is not ant.entity for a, e in subjects))
        if ant.features[_P["passed_by_subject"]]:
            ant.features[_P["paragraph_subject"]] = 0.0  # the topic has shifted again since the paragraph opened
        if any(a > at and e is not ant.entity and idx.sid[a] == idx.sid[pos] == para_sid for a, e in subjects):
            # "He said: "…" ¶ Tory MP Dan Greer attacked plans to change what he said was …": a new paragraph whose
            # first sentence, the pronoun's own, opens with a subject of its own ends the chain of "he"s before it
            # (Centering's SHIFT); within a paragraph "His lawyer said he …" goes on with the client
            ant.features[_P["continued_subject"]] = 0.0
            ant.features[_P["previous_pronoun"]] = 0.0
    return out + rows


#: The words after which a mention opens the clause a cue before it reports.
_REPORT_OPENERS = frozenset({"that", ","})
#: Marks that end the clause a cue reports before a mention: a new clause or a quote of its own.
_REPORT_BREAKS = frozenset({";", sp.QUOTE_TOKEN, sp.PARA_TOKEN})


def in_earlier_report(att: sp._Attributor, m: sp._NP) -> bool:
    """Whether the mention ``m`` stands in the clause a cue before it in its sentence reports ("But the chancellor
    said Mr Baume was never at the meetings", "He declared that Donald Trump would have a path"): what someone said
    about them, not the sentence's subject, though it opens a clause; not the subject of an inverted cue ("said
    Mr Baume") nor its addressee ("told Mr Baume")."""
    doc = att.doc
    lo = doc.sentence_start[m.a]
    for k in range(m.a - 1, lo - 1, -1):
        if doc.tok[k] in _REPORT_BREAKS:
            return False
        if att.is_cue(k):
            # the mention opens the clause: right after the cue ("said Mr Baume was"), after its "that", or after the
            # comma that ends an adjunct ("declared that as long as …, Donald Trump would")
            prev = doc.low[m.a - 1]
            return (
                (m.a - 1 == k or prev in _REPORT_OPENERS)
                and not _inverted_subject(att, m.a)
                and prev not in sp._OBJECT_VERBS
            )
    return False


#: The relative pronouns that open a clause describing the person before them ("an aide who …", "Lee, whose …").
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _heads_relative_clause(doc: sp._Doc, m: sp._NP, pos: int) -> bool:
    """Whether the pronoun at ``pos`` stands in a relative clause that opens right after the mention ``m`` (past a
    comma) and describes it: "An aide to the mayor who asked not to be named because he is not authorized" (the
    aide, whom the clause is about, not the mayor its complement names; Hobbs 1978 reads a pronoun's own clause's
    head first).  A clause break (";", a quote) before the pronoun ends the relative clause."""
    if m.a > 0 and doc.low[m.a - 1] in _PREPOSITIONS:
        return False  # "an aide to [the mayor] who …": a complement's noun, the clause describes the phrase it ends
    r = m.b
    if m.kind == "role" and r < pos and doc.low[r] in _ROLE_PREPOSITIONS:
        # past the role's complement ("an aide to the mayor who …"), whose names the clause does not describe
        stop = min(pos, r + ROLE_PHRASE_REACH)
        r = next((k for k in range(r + 1, stop) if doc.low[k] in _PERSON_RELATIVES or doc.tok[k] in _BREAKS), pos)
    r += r < pos and doc.tok[r] == ","
    if r >= pos or doc.low[r] not in _PERSON_RELATIVES:
        return False
    return not any(doc.tok[k] in (";", sp.QUOTE_TOKEN, sp.PARA_TOKEN) for k in range(r + 1, pos))


def _premodified(doc: sp._Doc, opener: int, a: int) -> bool:
    """Whether the words from a sentence's opener to a name at ``a`` only modify it: role or agent nouns right
    before it, capitalised words before those ("Obama consultant Cornell Belcher", "Political analyst David
    Bositis"), so the name still opens the sentence as its subject."""
    if not opener < a or not _role_word(doc.tok[a - 1], doc.low[a - 1]):
        return False
    return all(doc.cap[k] or _role_word(doc.tok[k], doc.low[k]) for k in range(opener, a))


def _person_descriptions(doc: sp._Doc, taken: set[int]) -> list[sp._NP]:
    """The descriptions of one person headed by a learned person noun that no candidate mention (its tokens:
    ``taken``) covers ("the waiter", "a local plumber", "a 29-year-old driver"): someone the article brings in
    without a name, whom a later ``he``/``she`` can continue (the role nouns are mentions already)."""
    out = []
    # (the head test reads the word alone: it is made once per distinct word, and the loop visits the hits)
    heads = set(filter(_person_description_head, doc.vocab))
    for k in itertools.compress(itertools.count(), map(heads.__contains__, doc.tok)):
        if k in taken:
            continue
        lo = doc.sentence_start[k]
        if k + 1 < doc.n and (doc.cap[k + 1] or doc.low[k + 1] in sp.PERSON_NOUNS):
            continue  # a modifier of a name or of another noun ("the actor Tom Hanks", "the police driver")
        if not sp.person_head(doc, k, lo):
            continue
        np_ = _role_phrase(doc, k, lo)
        if np_ is None or np_.kind != "role" or np_.b != k + 1:
            continue
        d = min(np_.a, _description_start(doc, k))  # past a modifier the phrase reader stops at ("29-year-old")
        if d >= 2 and doc.tok[d - 1] == "," and (d - 2) in taken:
            continue  # an appositive ("Gary Hufbauer, a senior fellow at …"): the person named before it
        if not any(t in taken for t in range(d, k)):
            out.append(
                sp._NP("role", d, k + 1, tuple(w for w in doc.tok[d : k + 1] if w.lower() not in sp._DETERMINERS))
            )
    return out


#: An age written as a person's adjective ("31-year-old"): with "the" and no noun after it, one person.
_AGE_WORD = "-year-old"
#: Brill tag prefixes of a word that shows an age to be its phrase's head: a verb, a modal or an adverb
#: ("The 31-year-old was …", "the 31-year-old will …", "the 31-year-old also …"), not a noun it modifies.
_AGE_FOLLOWERS = frozenset({"VB", "MD", "RB"})


def _age_descriptions(doc: sp._Doc, taken: set[int]) -> list[sp._NP]:
    """ "The 31-year-old was third …": an age used as a noun that opens its sentence, the description of a person
    the article has named (:func:`_subject_holder` reads who), which a later ``he``/``she`` can continue.  An age
    before a noun ("the 31-year-old striker") is that noun's description (:func:`_person_descriptions`)."""
    out = []
    # (only the tokens that are an age are visited: the distinct words are tested once, the tokens picked in C;
    # a token's lower-case form is its word's, so the test reads the same)
    ages = {t for t in doc.vocab if t.lower().endswith(_AGE_WORD)}
    for k in itertools.compress(itertools.count(), map(ages.__contains__, doc.tok)):
        if k in taken or k < 1 or doc.low[k - 1] != "the":
            continue
        nxt = doc.low[k + 1] if k + 1 < doc.n else ""
        verb = nxt in sp.AUX or nxt in sp.cue_verbs() or resources.brill_tag(nxt)[:2] in _AGE_FOLLOWERS
        if nxt[:1].isalnum() and not verb:
            continue  # "the 31-year-old striker", "the 31-year-old Briton": the age modifies a noun
        if not _opens_sentence(doc, doc.sentence_start[k], k - 1):
            continue
        out.append(sp._NP("role", k - 1, k + 1, (doc.tok[k],)))
    return out


@functools.lru_cache(maxsize=sp._WORD_CACHE_SIZE)
def _person_description_head(token: str) -> bool:
    """Whether a token as written can head a description of one person (:func:`_person_descriptions`): its base
    is a learned person noun (:func:`_person_noun_head`) and no role noun (those are mentions already).

    Read once per distinct word, across articles too: news articles share most of their vocabulary.
    """
    head = sp._base(token)
    return head not in sp._ROLE_NOUNS and _person_noun_head(head)


def _person_noun_head(head: str) -> bool:
    """A learned person noun for one person ("waiter", "plumber"), not a plural ("drivers") or a body's word."""
    return (
        head in sp.PERSON_NOUNS
        and head not in _NON_PERSON_HEADS
        and not (head.endswith("s") and head[:-1] in sp.PERSON_NOUNS)
    )


#: Conjunctions that join two noun phrases into one ("Yelling and Bak"): the second conjunct takes the first's role.
_NP_CONJUNCTIONS = frozenset({"and", "or"})


def _first_conjunct(doc: sp._Doc, m: sp._NP, ends: dict[int, sp._NP]) -> tuple[sp._NP, int]:
    """The first of the coordinated mentions ``m`` closes ("Hayley Yelling and Justyna Bak" -> Hayley Yelling),
    else ``m`` itself, with the first token of its phrase (:func:`_phrase_start`).

    Conjuncts share one grammatical role: in "third behind Yelling and Bak" Bak is an object of ``behind``
    like Yelling, though the ``and`` before it would read as a new clause's subject ("…, and Bak said").
    Only a mention that ends right before the conjunction counts as the partner, so a clause joined by
    ``and`` after a non-name word keeps its own subject.
    """
    seen = {id(m)}
    start = _phrase_start(doc, m.a)
    while start >= 2 and doc.low[start - 1] in _NP_CONJUNCTIONS:
        partner = ends.get(start - 1)
        if partner is None or id(partner) in seen:
            break
        seen.add(id(partner))
        m = partner
        start = _phrase_start(doc, m.a)
    return m, start


#: Heads of role phrases that name a body, a document or a group, never one person ("the company", "a
#: statement", "her blog", "analysts"): ``he``/``she`` cannot refer to them (animacy and number agreement).
_NON_PERSON_HEADS = (
    sp._ORG_WORDS
    | sp._DOCUMENT_NOUNS
    | frozenset(
        "team campaign website post posts tweet blog note release group staff people family fans users spokespeople".split()
    )
)


def _person_role(words: Sequence[str]) -> bool:
    """A role phrase whose head (last word) is one person ("a spokeswoman", "the chancellor"), not a body, a
    document or a plural ("the company", "a statement", "analysts")."""
    if not words:
        return False
    head = sp._base(words[-1])
    if head not in sp._ROLE_NOUNS and _person_noun_head(head):
        return True  # a learned person noun ("the waiter"): :func:`_person_descriptions`
    if head in _NON_PERSON_HEADS or head not in sp._ROLE_NOUNS:
        return False  # a body or document, or no role noun at all ("Tory", "the Australian")
    return not _plural_role(head)


def _plural_role(head: str) -> bool:
    """A plural of a role noun ("analysts", "officials", "spokesmen"): many people, not one."""
    return (head.endswith("s") and head[:-1] in sp._ROLE_NOUNS) or head.endswith("men")


#: wordfreq Zipf frequency from which a capitalised word opening a name that the name table does not know is a
#: word of English ("Creative" 4.6, "Wall" 5.0, "International" 5.4), not a given name the table lacks (Bernie
#: 4.0, Barack 4.0, Armstrong 3.9, Nikki): one use per 30,000 words, far above every given name's own
#: frequency outside the table (Speer 2022, wordfreq).
ENGLISH_WORD_ZIPF = 4.5


def _titled_person_org(doc: sp._Doc, m: sp._NP) -> bool:
    """A run the name classifier read as a body but that is a titled person: a lower-case role word, then a
    given name of known gender and a surname ("co-chairman Liam Fox", where "Fox" is also a network's name).
    The role word before it is the evidence; a given name alone is not ("Morgan Stanley")."""
    if m.kind != "org" or not 2 <= len(m.head) <= NAME_TOKENS or m.a == 0:
        return False
    prev = doc.tok[m.a - 1]
    head = _title_head(prev)
    return (
        prev[:1].islower()
        and head is not None
        and sp._base(head) not in _NON_PERSON_HEADS
        and first_name_gender(m.head[0]) != UNKNOWN
    )


def _group_word(word: str) -> bool:
    """Whether a capitalised word names a party or a people, in the singular or plural ("Democrat", "GOP",
    "Republicans", "Americans"): on its own it is never one person a ``he``/``she`` refers to."""
    low = word.lower()
    forms = {low, low.removesuffix("s"), sp.regular_singular(low)}
    return any(f in PARTY_WORDS or f in _DEMONYMS_LOWER for f in forms)


def _animate(idx: _Index, ent: sp._Entity, m: sp._NP | None) -> bool:
    """Whether a candidate can be who ``he``/``she`` refers to: a person, by the evidence the article gives.

    Animacy is a hard constraint on a gendered pronoun's antecedent (Lappin & Leass 1994, agreement
    filter): a name is a person by an honorific, a title, or a given name from the name table
    (:mod:`analysis.gender`); it is a body, product or place when a word of it is an organisation word,
    when it opens with an acronym ("AC Milan") or with a word of general English that is no given name
    ("Creative Zen", "Wall Street"), or when the article writes it before an organisation word
    ("Delta Airlines").  A role must be one person (:func:`_person_role`).

    References:
        Lappin, S. & Leass, H. J. (1994). An Algorithm for Pronominal Anaphora Resolution.
        Computational Linguistics 20(4).
    """
    if ent.kind == "organisation":
        return False
    if ent.kind == "role":
        return _person_role(m.head if m is not None and m.kind == "role" else ent.name.split())
    toks = ent.tokens or tuple(ent.name.split())
    if any(sp.possessive(t.lower(), plural=False, pronoun_has=False) for t in toks[:-1]):
        return False  # "Mr Reid's Budget", "Acme's Tower": the thing the owner has, headed by its last word
    if ent.honorific or ent.title:
        return True
    if not toks:
        return False
    first = toks[0].strip(".'")
    if any(is_given_name(t) for t in toks[:-1]):
        return True  # a given name before the surname ("Magistrate Lee Gilmore")
    if any(sp._base(t) in sp._ORG_WORDS for t in toks) or toks[0] in idx.org_kind_named:
        return False  # an organisation word in it, or the article writes it after one ("firm Aguas Argentinas")
    if len(toks) == 1 and _group_word(first):
        return False  # "Democrats", "GOP", "Americans" alone: a party or a people, never one person
    if (
        len(toks) >= 2
        and first.isalpha()
        and ((first.isupper() and len(first) > 1) or _zipf(first.lower()) >= ENGLISH_WORD_ZIPF)
    ):
        return False  # "AC Milan", "Creative Zen": no given name opens it, an acronym or a common word does
    return toks[-1] not in idx.org_modifiers


#: A name modifying a role before another name ("Obama consultant Cornell Belcher", "Trump campaign chairman
#: Paul Manafort") reaches the second name within this many role words.
MODIFIER_REACH = 3


def _name_modifier(doc: sp._Doc, m: sp._NP) -> bool:
    """Whether a name only modifies a role that a second name holds: "Obama consultant Cornell Belcher" is
    Belcher, so "he" after it is not Obama.  Lower-case role words, then a capitalised name."""
    if m.kind != "name":
        return False
    k = m.b
    while k < doc.n and k - m.b < MODIFIER_REACH and _role_word(doc.tok[k], doc.low[k]):
        k += 1
    return k > m.b and k < doc.n and doc.cap[k] and sp._is_name_token(doc.tok[k])


#: Endings of agent nouns ("consultant", "strategist", "pollster", "supporter"): with the role nouns, what a
#: lower-case word between two names must look like to be a role the second name holds.
_AGENT_ENDINGS = ("ant", "ent", "ist", "er", "or", "man", "woman")


def _body_only_noun(head: str) -> bool:
    """A noun for a body that WordNet never files as a person first (:func:`speakers.body_noun` but not
    :data:`speakers.PERSON_NOUNS`): "government", "establishment", "newspaper" end like agent nouns, yet
    "retailer" and "lender", which also name people, are left to the agent-noun reading."""
    return sp.body_noun(head) and head not in sp.PERSON_NOUNS


def _role_word(t: str, low: str) -> bool:
    """A lower-case role noun or agent noun (not a stop word, verb or auxiliary)."""
    if not t[:1].islower() or not t.isalpha():
        return False
    if low in sp._ROLE_NOUNS or low in sp._TITLE_WORDS:
        return True
    return (
        low.endswith(_AGENT_ENDINGS) and low not in resources_stop() and low not in sp.cue_verbs() and low not in sp.AUX
    )


def _person_evidence(att: sp._Attributor, np_: sp._NP, ent: sp._Entity) -> bool:
    """Whether a mention can be a person ``he``/``she`` refers to: capitals alone are no evidence.

    A full name, an honorific or title, or having spoken makes a person; a
    role phrase must end in a role noun ("a spokeswoman"), not an adjective
    of nationality or party ("the Australian", "Tory").
    """
    if np_.kind == "role":
        return bool(np_.head) and (
            sp._base(np_.head[-1]) in sp._ROLE_NOUNS
            or _person_noun_head(sp._base(np_.head[-1]))
            or np_.head[-1].lower().endswith(_AGE_WORD)  # "the 29-year-old" (:func:`_age_descriptions`)
        )
    if _shown_person(att, ent):
        return True
    return len(ent.tokens) >= 2 and not _place_evidence(att.doc, ent)


#: Prepositions of place: a name only ever written after one of these ("in Salem, New Hampshire",
#: "in Washington Heights") is where something happened, not who.
_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"across", "throughout", "inside", "into", "around"}


def _place_evidence(doc: sp._Doc, ent: sp._Entity) -> bool:
    """Every mention of a "name" follows a preposition of place, or "in Town," before it, and none is
    described as a person (:func:`_person_description_after`)."""
    if not ent.mentions:
        return False
    for pos in ent.mentions:
        a = pos - len(ent.tokens) + 1  # mentions are indexed by their last token
        if a <= 0 or _person_description_after(doc, pos + 1):
            return False
        prev = doc.low[a - 1]
        if prev in _PLACE_PREPOSITIONS or (
            prev == "," and a >= 3 and doc.cap[a - 2] and doc.low[a - 3] in _PLACE_PREPOSITIONS
        ):  # "in Washington Heights", "in Salem, New Hampshire"
            continue
        return False
    return True


#: Words a writer may put between an appositive's article and its role noun ("a senior lawyer").
_DESCRIPTION_MODIFIERS = 1


def _person_description_after(doc: sp._Doc, end: int) -> bool:
    """A role noun follows a name ending before ``end`` after a comma ("… came from Peter Quinn, a lawyer
    for the residents", "Brian Gammage, vice-president of research at …"): a writer introducing a person
    as a new source, so "from" is no preposition of place there ("from Canberra, the capital" is no role)."""
    if end + 1 >= doc.n or doc.tok[end] != ",":
        return False
    k = end + 1 + int(doc.low[end + 1] in sp.ARTICLES)
    return any(_title_word(doc.tok[j]) for j in range(k, min(doc.n, k + 1 + _DESCRIPTION_MODIFIERS)))


def _body(att: sp._Attributor, idx: _Index, np_: sp._NP, pron: str) -> bool:
    """Whether a subject can be who ``it`` (one body) or ``they`` (a body or many people) refers to.

    Organisations, party names ("Labour", "The Tories") and body roles ("the company", "the party") are both;
    plural roles ("analysts", "lawyers") and groups are ``they`` only; a person never is.
    """
    doc = att.doc
    if pron == "they" and _capitalised_group(doc, np_):
        return True  # "Companies say …", "Protesters gathered …": many, capitalised only by the sentence
    if np_.kind == "name" and _common_word(idx, doc, np_):
        return False  # an ordinary word capitalised by its position ("Requests for …"); a body's name is one
    if np_.kind == "org":
        return not _titled_person_org(doc, np_)
    if np_.kind == "plural":
        return pron == "they"
    if not np_.head:
        return False
    last = np_.head[-1]
    head = sp._base(last)
    if np_.kind == "role":
        if head in _NON_PERSON_HEADS and head not in sp._DOCUMENT_NOUNS:
            return pron == "they" or head not in sp.PEOPLE_HEADS  # "the company", "the party"; "the staff" are many
        if last[:1].isupper() and head not in sp._ROLE_NOUNS:
            return True  # a party or body by its name read as a role word ("Labour", "Tory")
        # "analysts", "spokesmen", "local contractors": many people
        return pron == "they" and (_plural_role(head) or head == "people" or _plural_people_noun(last))
    if np_.kind != "name":
        return False
    ent = doc.lookup(np_.head, np_.a, create=False)
    if ent is not None and ent.kind == "organisation":
        return True
    if len(np_.head) == 1 and _plural_name(np_.head[0]):
        return True  # "The Liberal Democrats", "the Tories": a party or a people, whatever title the split read
    if any(is_given_name(t) for t in np_.head[:-1]) or (
        ent is not None
        and (
            ent.title
            or ent.honorific
            or (ent.gender and not _voice_of_body(idx, ent))
            or (_given_name_first(ent) and not _body_words(idx, ent.tokens))
        )
    ):
        # a person (a gender read from he/she alone does not make a body's name one); a surname whose full name
        # opens with a given name ("Assem" for Mohamed Mamdouh Assem; not "Post" for the Washington Post)
        return False
    if pron == "it":
        return True  # a name with no evidence of a person ("The Privacy League")
    # a plural proper name ("The Tories", "the Liberal Democrats"): a party or a people, for ``they``
    return head.endswith("s") and not head.endswith("ss")


def _fits_past(idx: _Index, np_: sp._NP, head: str) -> bool:
    """A subject that a definite description ``the <head>`` reads back to past another topic: a named body
    the article gives as a ``head`` (:func:`_fits`), or, for a head other than "company"/"firm", a body
    named by a plural proper noun ("The Liberal Democrats") or a capitalised common word ("Labour")."""
    if not np_.head or np_.kind not in ("name", "role", "org"):
        return False
    if np_.kind == "role":
        plain = np_.head[-1][:1].isupper() and sp._base(np_.head[-1]) not in sp._ROLE_NOUNS
    else:
        plain = len(np_.head) == 1 and _plural_name(np_.head[0])
    if plain and head not in _GENERIC_BODY_HEADS:
        return True
    ent = idx.doc.lookup(np_.head, np_.a, create=False) if np_.kind != "role" else None
    return ent is not None and _fits(idx, ent, head)


def _plural_for_it(np_: sp._NP, pron: str) -> bool:
    """Whether ``it`` meets a one-word plural proper name as subject ("Two Americans were killed … "…," it reads"):
    a plural is never ``it`` (number agreement), though a definite description may read back to one ("The Greens
    say … The party says")."""
    return pron == "it" and np_.kind == "name" and len(np_.head) == 1 and _plural_name(np_.head[0])


def _plural_name(word: str) -> bool:
    """A capitalised word whose capitalised reading in the Brill lexicon is a plural noun ("Democrats",
    "Tories", "Conservatives"), never a surname ("Banks" and "Waters" read as NNP there)."""
    caps = resources.brill_lexicon()[1]
    return caps.get(word.lower(), ("",))[0] in _PLURAL_TAGS


#: Brill tags of a plural noun.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


#: ``it``/``they`` look back at most this many sentences for a body as subject (Centering: the backward-looking
#: center is the previous utterances' subject; beyond a few sentences another topic has begun).
BODY_SENTENCES = SENTENCE_CAP


def body_antecedent(
    att: sp._Attributor, idx: _Index, pos: int, pron: str, *, description: str | None = None, named_only: bool = False
) -> sp._Entity | None:
    """``it``/``they`` at token ``pos`` → the nearest body that is a sentence's subject, looking back from
    the pronoun's own sentence (Centering: the subject of the previous utterance is the preferred
    antecedent of a subject pronoun, whoever spoke last; Grosz, Joshi & Weinstein 1995).

    "Labour says … The Tories have promised a cut. They say they can save £4bn" → the Tories, not the
    body that last spoke.  A ``they``/``it`` subject on the way co-refers and is passed over.  ``None``
    when no body is a subject within :data:`BODY_SENTENCES` sentences.

    With ``description`` (its head noun) the mention is a definite body description ("the party", "the
    company"), which cannot be a person or a thing: a subject that is neither a body nor a pronoun is
    passed over instead of ending the search, and a body past it must be one its name shows and the
    description fits (:func:`_fits_past`): "Labour says … Deputy Prime Minister John Prescott has said …
    The party says" → Labour.

    With ``named_only`` (a description by a learned body noun, :func:`body_description`) the article must show
    the body: the first subject before the description's sentence that is not ``it``/``they`` decides, and it
    counts only if the article names it as a body (:func:`_named_subject_body`).

    References:
        Grosz, B. J., Joshi, A. K. & Weinstein, S. (1995). Centering: A Framework for Modeling the
        Local Coherence of Discourse. Computational Linguistics 21(2).
    """
    doc = att.doc
    end = pos
    lo = doc.sentence_start[min(pos, doc.n - 1)]
    unnamed = None  # "the company" as subject on the way: it co-refers; a named body before it is who
    # "In addition to the Nano, they have …": the pronoun after an opening phrase is its sentence's subject
    opened = pos > lo and doc.tok[pos - 1] == "," and doc.low[pos] in ("it", "they")
    passed = False  # a description has read past a subject that is no body
    for step in range(BODY_SENTENCES):
        np_ = att.sentence_subject(lo, end) if lo < end and not opened else None
        if pron == "they" and not description and lo < end and not opened and not named_only:
            # "Among the critics were local farmers": the subject follows the copula
            np_ = _copula_inverted_group(doc, lo, end) or np_
        if np_ is None and pron == "they" and not description and lo < end and not opened:
            np_ = _people_subject(doc, lo, end)  # "The protesters paid tribute …": no mention, a group all the same
        if named_only:
            if step and not (np_ is not None and np_.kind == "pronoun" and np_.head[0] in ("it", "they")):
                # "Delta cut flights. It blamed the storm. The airline said": ``it``/``they`` co-refer, passed over
                return None if np_ is None else _named_subject_body(att, idx, np_, pos, description or "")
            np_ = None  # (the description's own sentence: it opens it)
        if np_ is None and pron == "it" and step <= DOCUMENT_SENTENCES and not opened and not description and lo < end:
            written = _document_subject(doc, lo, end, pos)
            if written is not None:  # "The letter said … It added": the document the article quotes
                return unnamed or resolve_role(att, written, written.a, idx.titles, idx)
        if np_ is None and pron == "it" and not description and not named_only and lo < end and not opened:
            np_ = _possessor_subject(doc, lo, end)  # "Heineken's net income fell. It blamed …": the brewer
        if opened and np_ is None:  # "While many analysts expect a cut, they say …": the fronted clause's subject
            np_ = _fronted_clause_subject(att, idx, lo, pos, pron)
        opened = False
        if np_ is not None and np_.b <= pos and not (np_.a <= pos < np_.b):
            if np_.kind == "pronoun":
                if np_.head[0] not in ("it", "they"):
                    if not description:
                        return unnamed  # a person is the topic: no body to carry on
                    passed = True
            elif np_.kind == "role" and _introduces_description(doc, np_, description):
                return unnamed or resolve_role(att, np_, np_.a, idx.titles, idx)
            elif passed and not _fits_past(idx, np_, description or ""):
                pass  # past another topic a description reads back only to a body it plainly fits
            elif pron == "they" and not description and (pair := _people_pair(doc, np_, end)) is not None:
                return unnamed or att.resolve(pair, pair.a)  # "Gary Johnson and Bill Weld toured …": both
            elif _body(att, idx, np_, pron) and (description is not None or not _plural_for_it(np_, pron)):
                if np_.kind == "plural" or (pron == "they" and _capitalised_group(doc, np_)):
                    return unnamed or _group(att, np_, np_.a)
                if np_.kind == "role" and not np_.head[-1][:1].isupper():
                    ent = resolve_role(att, np_, np_.a, idx.titles, idx)
                    if ent is None or ent.kind != "role" or (pron == "they" and not unnamed and _many_people(np_)):
                        return ent
                    unnamed = unnamed or ent
                else:
                    pair = sp._pair_after(doc, np_, np_.b, end) if pron == "they" else None
                    if pair is not None:  # "Labour and the Tories have attacked … they insist": both
                        return att.resolve(pair, pair.a)
                    return att.resolve(sp._NP("org", np_.a, np_.b, np_.head) if np_.kind == "name" else np_, np_.a)
            elif not description:
                # another subject (a person, a thing) took the center; a ``they`` that cannot be it goes to the
                # group next in line, the one its verb's object names ("The decision angered some teachers")
                group = _object_group(doc, np_.b, end) if pron == "they" and unnamed is None and step else None
                return _group(att, group, group.a) if group is not None else unnamed
            else:
                passed = True
        elif np_ is None and step == 1 and pron == "they" and not description and not named_only and unnamed is None:
            # no subject a mention reader reads ("The decision angered some teachers"): the group it acts on
            group = _object_group(doc, lo, end)
            if group is not None:
                return _group(att, group, group.a)
        prev = _previous_sentence(doc, lo)
        if prev is None:
            break
        end, lo = lo, prev
    return unnamed


#: Brill tags that end a subject description when a noun came before them: a finite verb, a modal or a past
#: participle (a passive's "were told" reads as "told").
_SUBJECT_END_TAGS = FINITE_TAGS | {"VBN"}


#: Verbs of being that a fronted phrase inverts with its subject ("Among the critics were local farmers").
_INVERTING_COPULAS = frozenset({"are", "were"})
#: Prepositions that open a phrase fronted before an inverted copula ("Among the critics were …").
_FRONTING_PREPOSITIONS = _PREPOSITIONS | {"among", "beside", "behind"}


def _copula_inverted_group(doc: sp._Doc, lo: int, end: int) -> sp._NP | None:
    """The subject of a sentence at ``lo`` (before ``end``) that opens with a prepositional phrase and a plural
    copula, so its subject follows the verb ("Among the critics were local farmers", "On one side are activists
    who …"): the group written there (:func:`_object_group`), else ``None``."""
    a = lo
    while a < end and doc.tok[a] == sp.PARA_TOKEN:
        a += 1
    if a >= end or doc.low[a] not in _FRONTING_PREPOSITIONS:
        return None
    for k in range(a + 1, min(end, a + DESCRIBED_SOURCE_TOKENS)):
        if doc.low[k] in _INVERTING_COPULAS:
            group = _object_group(doc, k + 1, end, after_verb=False)
            return group if group is not None and group.a <= k + 1 + DESCRIBED_SOURCE_TOKENS else None
        if doc.tok[k] in _BREAKS or resources.brill_tag(doc.low[k]) in FINITE_TAGS:
            return None  # a clause of its own before any copula: the subject stands before its verb
    return None


def _object_group(doc: sp._Doc, a: int, end: int, *, after_verb: bool = True) -> sp._NP | None:
    """The one plural description of people written in ``[a, end)`` after a clause's subject, where its verb's
    object or a complement stands ("angered some teachers in the town", "greeted by hundreds of farmers"): a
    lower-case plural of a learned people noun or a role noun (:func:`_plural_role`) that heads its phrase, with
    the modifiers before it, or two such joined by "and"/"or" ("industry experts and officials"). Centering ranks
    the object after the subject, so ``they`` goes there when the subject cannot be who it is. ``None`` when there
    is none or more than one group (which of them is meant is unclear), or, with ``after_verb``, no verb stands
    between ``a`` and the group."""
    heads = [
        k
        for k in range(a, end)
        if doc.tok[k][:1].islower()
        and resources.brill_tag(doc.low[k]) == "NNS"
        and (sp._people_noun(sp._base(doc.low[k])) or _plural_role(doc.low[k]))  # not "comments", "newspapers"
        and not (k + 1 < end and resources.brill_tag(doc.low[k + 1]) in ("NN", "NNS"))
        and not sp.is_possessive_at(doc, k + 1)  # "the teachers' union": a modifier, not the head
    ]
    if not heads:
        return None
    if after_verb and not any(
        doc.low[j] in sp.AUX or resources.brill_tag(doc.low[j]) in _SUBJECT_END_TAGS for j in range(a, heads[0])
    ):
        return None  # no verb before it: still the subject's own phrase ("Six Gannett newspapers")
    first, z = heads[0], heads[-1]
    if len(heads) == 2 and doc.low[first + 1] in _NP_CONJUNCTIONS:
        if not all(resources.brill_tag(doc.low[j]) in _NOUN_MODIFIER_TAGS for j in range(first + 2, z)):
            return None  # "farmers and angered teachers": two clauses' groups, not one
    elif len(heads) != 1:
        return None
    k = first
    while k - 1 >= a and first - k < DESCRIBED_SOURCE_TOKENS and doc.tok[k - 1][:1].islower():
        tag = resources.brill_tag(doc.low[k - 1])
        if doc.low[k - 1] in _DESCRIPTION_OPENERS:
            k -= 1
            break  # "some", "many": the phrase opens here
        if tag not in _DESCRIPTION_MODIFIER_TAGS or (tag not in _NOUN_MODIFIER_TAGS and k < first):
            break  # a participle only right before the head ("elected officials"); further back it is the verb
        k -= 1
    return sp._NP("plural", k, z + 1, tuple(doc.tok[k : z + 1]))


def _people_subject(doc: sp._Doc, lo: int, end: int) -> sp._NP | None:
    """A plural description of people that is the subject of the sentence at ``lo`` (before ``end``) though no
    mention reader reads it, its head a learned person noun rather than a role noun ("The protesters paid
    tribute", "Local contractors were angry", "According to the book, the security contractors assembled"): the
    group a later ``they`` continues (Centering, as for a body).  As :func:`speakers.sentence_subject` reads a
    subject, the phrase opens the sentence or follows a comma after an opening phrase, and ends at its verb; it
    must be all a description (:func:`described_source`) whose head is a plural noun for people, not a body's
    voice or a document."""
    a = lo
    while a < end and (doc.tok[a] == sp.PARA_TOKEN or doc.low[a] in sp.OPENERS):
        a += 1
    commas = [c + 1 for c in range(a, min(end, a + sp.SUBJECT_COMMA_REACH)) if doc.tok[c] == ","]
    for start in [a, *commas]:
        desc = _people_description_at(doc, start, end)
        if desc is not None:
            return desc
    return None


def _people_description_at(doc: sp._Doc, a: int, end: int) -> sp._NP | None:
    """The plural description of people (:func:`_people_subject`) that starts at token ``a`` and runs to its
    verb, else ``None``."""
    z, noun = a, False
    while z < end and z - a < DESCRIBED_SOURCE_TOKENS and doc.tok[z] not in _BREAKS:
        tag = resources.brill_tag(doc.low[z])
        if noun and (doc.low[z] in sp.AUX or tag in _SUBJECT_END_TAGS):
            break
        noun = noun or tag in ("NN", "NNS")
        z += 1
    if z >= end or z == a or not noun or doc.tok[z] in _BREAKS:
        return None
    desc = described_source(doc, (doc.offsets(a)[0], doc.offsets(z - 1)[1]))
    if desc is None or desc.b != z:
        return None
    return desc if _plural_people_noun(doc.tok[z - 1]) or _plural_body_noun(doc.tok[z - 1]) else None


def _plural_body_noun(word: str) -> bool:
    """A regular plural noun for bodies ("companies", "firms", "banks", "unions"): a plural in the Brill lexicon whose
    singular is a word for a body (:data:`speakers._ORG_WORDS`, the learned :data:`speakers.BODY_NOUNS`), whom a
    later ``they`` continues as it does a group of people ("The tobacco companies denied … They also said")."""
    low = word.lower()
    singular = sp.regular_singular(low)
    # (a regular plural only: "media", "press" are mass nouns the lexicon also tags NNS)
    return (
        singular != low
        and resources.brill_tag(low) == "NNS"
        and (singular in sp._ORG_WORDS or singular in sp.BODY_NOUNS)
    )


def _introduces_description(doc: sp._Doc, np_: sp._NP, description: str | None) -> bool:
    """Whether a subject on the way back from a definite body description introduces the body it means: an
    indefinite with the same head ("But a ballot commission was more tentative … the commission said"), a
    new body the article has not named, so a named body before it is someone else."""
    return bool(description) and doc.low[np_.a] in _INDEFINITE and sp._base(np_.head[-1]) == description


def _many_people(np_: sp._NP) -> bool:
    """A subject that is many people as written ("industry analysts", "some strategists", "the staff"): a group
    ``they`` refers to in its own right, never a description of a body named before it as "the company" is
    ("Acme reported profits. Analysts were less upbeat. 'Margins are thin,' they said" → the analysts)."""
    head = sp._base(np_.head[-1]) if np_.head else ""
    return np_.kind == "role" and (
        head in sp.PEOPLE_HEADS
        or ((_plural_role(head) or _plural_people_noun(np_.head[-1])) and head not in _NON_PERSON_HEADS)
    )


def _plural_people_noun(word: str) -> bool:
    """A plural noun for people that is no role noun ("protesters", "contractors", "guards"): a learned person
    noun or an agent noun (:func:`_person_noun`) in the plural, not a body's voice ("spokesmen" are roles)."""
    low = word.lower()
    return resources.brill_tag(low) == "NNS" and _person_noun(low) and sp._base(low) not in BODY_VOICES


#: Endings of plural agent nouns ("protesters", "investors", "campaigners", "activists", "politicians"): people.
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")


def _capitalised_group(doc: sp._Doc, np_: sp._NP) -> bool:
    """A one-word subject capitalised only because it opens its sentence, that is a plural noun for people or
    bodies ("Companies say …", "People briefed on the talks were adamant", "Protesters chanted"): a group
    ``they`` refers to, though the name classifier read a capitalised name.  A plural proper noun ("Democrats",
    a plural in the Brill lexicon's capitalised entries) and a surname the article gives are not."""
    if np_.kind != "name" or len(np_.head) != 1:
        return False
    k = doc.sentence_start[np_.a]
    while k < np_.a and doc.tok[k] == sp.PARA_TOKEN:  # a paragraph mark belongs to the sentence after it
        k += 1
    if k != np_.a:
        return False
    low = np_.head[0].lower()
    lexicon, caps = resources.brill_lexicon()[:2]
    if resources.brill_tag(low) != "NNS" or caps.get(low, ("",))[0] == "NNPS":
        return False
    if any(len(e.tokens) >= 2 for e in doc.by_surname.get(low, ())):
        return False  # "Waters said": the surname of a person the article names in full
    singular = sp.regular_singular(low)
    return low in sp.PEOPLE_HEADS or _plural_role(low) or singular in sp._ORG_WORDS or low.endswith(_AGENT_PLURALS)


def _fronted_clause_subject(att: sp._Attributor, idx: _Index, lo: int, pos: int, pron: str) -> sp._NP | None:
    """The subject of a subordinate clause that opens the pronoun's sentence, when it is who ``it``/``they`` can be
    ("While many bank watchers expect Mr Kim to stay, they say …", "Although the firm cut costs, it said …"):
    the only subject written before the pronoun, the main clause's own being the pronoun (Centering within the
    sentence).  ``None`` when the sentence opens otherwise or that subject is no body or group."""
    doc = att.doc
    if doc.low[lo] not in SUBORDINATORS or lo + 1 >= pos:
        return None
    np_ = sp._np_at(doc, lo + 1, pos)
    if np_ is None or np_.kind == "pronoun" or np_.b > pos:
        return None
    if _body(att, idx, np_, pron) or (pron == "they" and _people_pair(doc, np_, pos) is not None):
        return np_
    return None


def _people_pair(doc: sp._Doc, np_: sp._NP, limit: int) -> sp._NP | None:
    """Two people named as one subject ("Gary Johnson and Bill Weld", "Professors Foner and Alba"), whom
    ``they`` after it refers to together.  Unlike a cue's subject (:func:`speakers._pair_after`) any verb may
    follow the pair, and an appositive after it ("Richard Alba and Nancy Foner, sociologists at …"); a third name
    after a comma makes a list, which is left alone."""
    k = np_.b
    if np_.kind != "name" or not (k + 1 < limit and doc.low[k] == "and" and doc.cap[k + 1]):
        return None
    second = sp._np_at(doc, k + 1, limit)
    if second is None or second.kind != "name" or second.a != k + 1:
        return None
    if second.b + 1 < limit and doc.tok[second.b] == "," and not doc.tok[second.b + 1][:1].islower():
        return None  # a third name: a list ("Smith and Jones, Brown …"); an appositive goes on in lower case
    return sp._coordination(doc, np_.a, second.b)


#: ``it`` reads back to a document subject in its own sentence or the one before only: further back the
#: document is no longer the topic (Centering's backward-looking center is the previous utterance's).
DOCUMENT_SENTENCES = 1


def _document_subject(doc: sp._Doc, lo: int, end: int, pos: int) -> sp._NP | None:
    """The subject of the sentence ``[lo, end)`` when it is a document ("The letter said …", "The report
    found …"), which :meth:`speakers._Attributor.sentence_subject` leaves out: ``it`` after it is that
    document, as the kit gives the document itself as the source of what it says."""
    np_ = sp._np_at(doc, lo, end)
    if np_ is None or np_.kind != "role" or not np_.head or np_.b > pos or doc.low[np_.a] not in sp.ARTICLES:
        return None  # ("Thursday's memo": a possessor's document is labelled by the role linker as the possessor)
    return np_ if sp._base(np_.head[-1]) in sp._DOCUMENT_NOUNS else None


#: Possessors that are dates, not owners ("Thursday's memo", "May's figures"): no subject's owner.
_DATE_OWNERS = sp._TIME_WORDS | sp._NAME_MONTHS


def _possessor_subject(doc: sp._Doc, lo: int, end: int) -> sp._NP | None:
    """The owner named by the possessive that opens the sentence ``[lo, end)`` when what it owns is no person
    ("Heineken's net income fell …", "Acme's shares rose …"): as a name, the one a following ``it`` can be, since
    income or shares do not speak and the owner is the topic.  :meth:`speakers._Attributor.sentence_subject` reads
    no subject there.  ``None`` when the sentence opens otherwise or the possessive owns a person ("Acme's chief
    executive", :func:`speakers._owns_person`): then the person is the subject."""
    a = lo
    while a < end and doc.tok[a] == sp.PARA_TOKEN:
        a += 1
    k = next(
        (m for m in range(a, min(end, a + NAME_TOKENS)) if not doc.cap[m] or sp.is_possessive_at(doc, m + 1)), None
    )
    if k is None or k + 1 >= end or not doc.cap[k] or not sp.is_possessive_at(doc, k + 1) or doc.cap[k + 1]:
        return None  # no name's possessive before a lower-case word ("Heineken's Amstel" is a brand: a name)
    if sp._owns_person(doc, k) or sp._base(doc.tok[k]) in _DATE_OWNERS:
        return None  # a person is the subject; "Thursday's memo" is a date's, no one's
    a += int(doc.low[a] in sp.ARTICLES and a < k)  # "The Guardian's sales": the name after its article
    owner = doc.tok[k][:-2] if doc.low[k].endswith(("'s", "\u2019s")) else doc.tok[k]
    return sp._NP("name", a, k + 1, (*doc.tok[a:k], owner.rstrip("'\u2019")))


def _previous_sentence(doc: sp._Doc, lo: int) -> int | None:
    """The first token of the sentence before the one starting at token ``lo``, ``None`` at the start."""
    k = lo - 1
    while k > 0 and doc.sentence_start[k] >= lo:  # a paragraph token belongs to the sentence after it
        k -= 1
    return doc.sentence_start[k] if k >= 0 else None


#: Heads of a definite body role that names one body the article has named before ("the party", "the
#: company", "the firm"): read back to that body as ``it`` is (:func:`body_antecedent`).
_BODY_ROLE_HEADS = frozenset(
    "party company firm group bank airline club union council agency bureau department ministry commission".split()
)


def resolve_body_role(att: sp._Attributor, idx: _Index, np_: sp._NP, pos: int) -> sp._Entity | None:
    """A role phrase by the role linker (:func:`resolve_role`); where that leaves a definite body description
    unnamed ("the party", "the company"), the named body it describes (:func:`body_description`)."""
    ent = resolve_role(att, np_, pos, idx.titles, idx)
    if ent is None or ent.kind != "role":
        return ent
    ent = body_description(att, idx, np_, pos, ent)
    if ent is not None and ent.kind == "role":
        return owned_role(att, idx, np_, pos) or ent
    return ent


def owned_role(att: sp._Attributor, idx: _Index, np_: sp._NP, pos: int) -> sp._Entity | None:
    """An unnamed source a possessive pronoun owns, named by its owner: "his campaign said" after Bernie Sanders is
    "Bernie Sanders' campaign" (as the guidelines name a source the article never names: by its description, with
    whose it is), not "his campaign", which two candidates' campaigns in one article would share.  The owner is the
    pronoun's antecedent (:func:`resolve_pronoun`); ``None`` when the phrase has no possessive pronoun or its owner
    is no named person or body."""
    doc = att.doc
    pron = POSSESSIVE_SUBJECTS.get(doc.low[np_.a])
    if pron is None or np_.b - np_.a < 2:
        return None
    owner = resolve_pronoun(att, idx, np_.a, pron)
    if owner is None or owner.kind not in ("person", "organisation"):
        return None
    if pron in ("he", "she") and (
        owner.kind != "person" or _stated_gender(owner, None) not in (None, sp._PRONOUNS[pron])
    ):
        return None  # the resolver's fallback when no one in reach agrees: "her husband" is no man's
    rest = sp.role_phrase(doc, sp._NP(np_.kind, np_.a + 1, np_.b, np_.head))
    return sp.unnamed_role(att.roles, f"{_possessive(owner.name)} {rest}", pos)


def _possessive(name: str) -> str:
    """A name's possessive as news copy writes it: "Bernie Sanders'", "Donald Trump's"."""
    return name + ("'" if name.endswith("s") else "'s")


#: One voice speaking for a body ("a spokesman"): with no body named beside it, the body the text is about.
_VOICE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _bare_voice(doc: sp._Doc, np_: sp._NP) -> bool:
    """A body's voice with nothing but an article ("A spokesman", "the spokeswoman"): no owner, modifier or
    complement says whose voice it is ("a Delta spokesman", "a spokesman for the firm" say so)."""
    return (
        np_.b - np_.a == len(("a", "spokesman"))
        and doc.low[np_.a] in sp.ARTICLES
        and doc.low[np_.a + 1] in _VOICE_HEADS
    )


def body_description(att: sp._Attributor, idx: _Index, np_: sp._NP, pos: int, ent: sp._Entity) -> sp._Entity | None:
    """The one reading of a definite body description ("the party", "the network", "the city council") the role
    linker left as the role ``ent``: the named body it refers back to, else ``ent``.

    - a bare hand-listed head (:data:`_BODY_ROLE_HEADS`: "the company", "the party") reads back to any subject
      that is no person (:func:`body_antecedent`), checked against the body the article calls so;
    - a description whose words one named body's name holds ("the central bank" → "European Central Bank",
      :func:`_named_by_description`);
    - a bare learned body noun that continues the topic reads back, past ``it``/``they``, to the subject before
      it when the article shows that to be a body (:func:`_subject_body`, :func:`body_antecedent` with
      ``named_only``).

    The walk back is :func:`body_antecedent`'s for the first and the last; the coordination test
    (:func:`_coordinated_body`: "Leeds City Council and Bradford Council … the council" stays as written) is
    made here for all three.  A document ("the
    statement") is :func:`speakers.document_issuer_np`'s, through the role linker."""
    if _bare_voice(att.doc, np_):
        # "The Association of Fire Chiefs has issued guidance. A spokesman said: …": the voice of the body the
        # previous sentence is about, when its name shows it to be a body
        named = body_antecedent(att, idx, np_.a, "it", description="", named_only=True)
        return named if named is not None and not _coordinated_body(att.doc, named, np_.a) else ent
    bare = bool(
        np_.head and np_.b - np_.a == len(("the", "party")) and att.doc.low[np_.a] == "the"
    )  # only the bare "the party": "the M5S party" names its body already
    if bare and sp._base(np_.head[-1]) in _BODY_ROLE_HEADS:
        head = sp._base(np_.head[-1])
        named = body_antecedent(att, idx, np_.a, "it", description=head)
        described = described_body(idx, head, np_.a, unique=True)
        if named is not None and _coordinated_body(att.doc, named, np_.a):
            return ent  # "Leeds City Council and Bradford Council …  The council said": either, so as written
        if named is not None and _named_body(named):
            if (
                described is None
                or described is named
                or _org_name(named)
                or _fits(idx, named, head)
                or (head in _ANY_BODY_HEADS and _last_body(att, idx, np_.a, "it") is not described)
            ):
                return named
            # the body the head describes and that spoke last beats a subject that no word shows to be a
            # body ("Macrovision said RipGuard would … RipGuard is expected …, the company said": the
            # company is the firm, not its product); for a head only some bodies are ("the party", "the
            # agency") the body the article calls so beats a subject it does not ("the party" is the Labour
            # Party, not a town that hosted its conference)
        return described or ent
    named = _named_by_description(idx, np_, pos)
    head = sp._base(np_.head[-1]) if np_.head else ""
    if named is None and bare and _kind_of_body(head) and not sp.plural_noun(head):
        # a singular head only: "The State Department and the Department of Homeland Security have said …
        # The departments" are both
        named = _subject_body(att, idx, np_, head)
    if named is not None and _coordinated_body(att.doc, named, pos):
        return ent  # "The Orbis Network and the Civic Trust met … the network said": either, so as written
    return named or ent


def _kind_of_body(head: str) -> bool:
    """A head noun a named body can be described by ("the supermarket", "the organization", "the network"): a
    body noun (:func:`speakers.body_noun`, learned from WordNet, or a noun for a kind of body) that is neither
    people ("the staff", "the fans") nor a document ("the report")."""
    return sp.body_noun(head) and head not in sp.PEOPLE_HEADS and head not in sp._DOCUMENT_NOUNS


def _subject_body(att: sp._Attributor, idx: _Index, np_: sp._NP, head: str) -> sp._Entity | None:
    """A bare definite body description by a learned body noun that opens its sentence ("The Heritage Foundation
    notes … The organization also points out"; "CNN pushed back. The network said") → the named body that is
    the previous sentence's subject, past subjects ``it`` that continue it (Centering: Grosz, Joshi & Weinstein
    1995), when the article shows that name to be a body's (:func:`_body_by_name`), no other body is named
    beside it (:func:`_coordinated_body`) and it modifies no body noun ("A United Nations tribunal"); else
    ``None``.

    The hand-listed heads (:data:`_BODY_ROLE_HEADS`: "the company", "the party") read back to any subject
    that is no person (:func:`body_antecedent`); a learned head asks for evidence, as many of them are also
    collections of people ("the crowd", "the audience") or a place's institutions ("Ethiopia held elections.
    The government …").  Names are only looked up here, never created: a subject that is no body stays as read.
    """
    if not _continues_topic(att, np_):
        # only a sentence's subject, or the source that opens it ("According to the newspaper, …"), continues
        # the topic ("It has opened … what the government says")
        return None
    return body_antecedent(att, idx, np_.a, "it", description=head, named_only=True)


def _named_subject_body(att: sp._Attributor, idx: _Index, subj: sp._NP, pos: int, head: str) -> sp._Entity | None:
    """The named body a subject before a learned body description at token ``pos`` is
    (:func:`body_antecedent` with ``named_only``), when the article shows that name to be a body's
    (:func:`_body_by_name`) and it modifies no body noun ("A United Nations tribunal"); else ``None``.  Names
    are only looked up here, never created: a subject that is no body stays as read.  (A body named beside
    another is :func:`body_description`'s to leave as written.)"""
    doc = att.doc
    if subj.kind not in ("name", "org") or not _body(att, idx, subj, "it"):
        return None
    kind = "organisation" if subj.kind == "org" else "person"
    named = doc.lookup(subj.head, subj.a, kind=kind, create=False)
    if named is None and _body_words(idx, subj.head):
        named = att.resolve(sp._NP("org", subj.a, subj.b, subj.head), subj.a)  # a body not yet met as a speaker
    if named is None or not _named_body(named):
        return None
    if _modifies_body(doc, named, pos):
        return None  # "A United Nations tribunal … The panel said": the tribunal the name modifies
    return _as_body(named) if _body_by_name(idx, named, head) else None


def _modifies_body(doc: sp._Doc, ent: sp._Entity, pos: int) -> bool:
    """Whether the latest mention of ``ent`` before token ``pos`` modifies a lower-case body noun after it
    ("A United Nations tribunal", "the Labour council"): that body, not the named one, is what it introduces."""
    k = bisect.bisect_left(ent.mentions, pos)
    last = ent.mentions[k - 1] if k else -1  # a mention is indexed by its last token
    return 0 <= last < doc.n - 1 and doc.tok[last + 1][:1].islower() and _kind_of_body(sp._base(doc.tok[last + 1]))


def _body_by_name(idx: _Index, ent: sp._Entity, head: str) -> bool:
    """Whether the article shows named entity ``ent`` to be a body: a body word in its name ("Heritage
    Foundation", "CNN"), a company's ("Globex Inc", "carmaker Ford") or called by ``head`` ("the bank ABN
    Amro").  Its kind is no evidence: :func:`body_antecedent` reads any subject it returns as an organisation."""
    toks = ent.tokens or tuple(ent.name.split())
    return ent.kind != "role" and (_body_words(idx, toks) or _described_as(idx.doc, ent, head))


def _body_words(idx: _Index, toks: Sequence[str]) -> bool:
    """Whether a name's words show a body: a body or company word ("Heritage Foundation", "CNN", "Globex Inc"),
    or its first word written after a noun for a kind of body ("supermarket chain Tesco")."""
    return bool(toks) and (
        any(sp._base(t) in sp._ORG_WORDS or sp._base(t) in _COMPANY_WORDS for t in toks)
        or toks[0] in idx.org_kind_named
    )


def _coordinated_body(doc: sp._Doc, ent: sp._Entity, pos: int) -> bool:
    """Whether the latest mention of named body ``ent`` before token ``pos`` is coordinated with another name
    ("Leeds City Council and Bradford Council agreed", "Tesco and Asda"): a singular description after it
    ("the council") may be either, and the guidelines keep an ambiguous description as written."""
    k = bisect.bisect_left(ent.mentions, pos)
    if not k:
        return False
    last = ent.mentions[k - 1]  # a mention is indexed by its last token
    first = last - len(ent.tokens) + 1
    nxt = last + 2 + (last + 2 < doc.n and doc.low[last + 2] == "the")  # "the Crown Court and the High Court"
    after = nxt < doc.n and doc.low[last + 1] == "and" and doc.cap[nxt]
    before = first >= 2 and doc.low[first - 1] == "and" and doc.cap[first - 2]
    return after or before


def _named_by_description(idx: _Index, np_: sp._NP, pos: int) -> sp._Entity | None:
    """A definite description of a body by a learned body noun (:data:`speakers.BODY_NOUNS`: "the court", "the
    city council", "the central bank") -> the one body named before ``pos`` whose name holds every word of it
    ("Leeds City Council", "the European Central Bank"); ``None`` when no named body or more than one does
    (the guidelines: a description the article leaves ambiguous stays the description as given)."""
    doc = idx.doc
    words = [sp._base(w) for w in np_.head]
    if (
        not words
        or doc.low[np_.a] != "the"
        or words[-1] not in sp.BODY_NOUNS
        or (len(words) == 1 and words[-1] in _BODY_ROLE_HEADS)
        or any(not w.isalpha() for w in words)
    ):
        return None  # (a bare hand-listed body head is linked above, by the subject before it as well)
    forms = {words[-1], words[-1] + "s"}
    found: list[sp._Entity] = []
    for ent in _distinct_entities(doc):
        toks = [sp._base(t) for t in ent.tokens or tuple(ent.name.split())]
        names = set(toks)
        if ent.kind == "role" or ent.honorific or ent.title or ent.gender or not _headed_by(toks, forms):
            continue
        if bisect.bisect_left(ent.mentions, pos) and all(w in names for w in words[:-1]):
            found.append(ent)
    return _as_body(found[0]) if len(found) == 1 else None


def _distinct_entities(doc: sp._Doc) -> list[sp._Entity]:
    """The article's entities, each once: a name and its short form or acronym are two keys of one entity
    ("Ministry of Environment (MOE)"), which would otherwise count as two bodies a description fits."""
    return list({id(e): e for e in doc.entities.values()}.values())


#: Words after a body's head in its name that open the body's complement ("Board of Elections", "Court for Wales").
_NAME_COMPLEMENTS = frozenset({"of", "for"})


def _headed_by(toks: Sequence[str], forms: set[str]) -> bool:
    """Whether a name's head noun is one of ``forms``: its last word ("Leeds City Council") or the word before
    its complement ("Bank of England"), not a word in its middle ("Characterization Of Network Reporting")."""
    return any(t in forms and (i == len(toks) - 1 or toks[i + 1] in _NAME_COMPLEMENTS) for i, t in enumerate(toks))


#: Heads of a definite description any named company can be ("the company", "the firm"); the other body heads
#: ("the bank", "the party", "the airline") need the article to call that body so.
_GENERIC_BODY_HEADS = frozenset("company firm".split())
#: Words of a place's name that the organisation words hold too ("United States", "Orange County"): a place
#: is no body a description refers to.
_PLACE_NAME_WORDS = frozenset(
    """states kingdom republic nations emirates county city district province parish borough township region
    valley island bay""".split()
)
#: Tokens after a name read for its appositive description ("ABN Amro, the Netherlands' largest bank, …").
DESCRIPTION_REACH = 8
#: A body mentioned within this many sentences before a definite description is its nearby candidate.
NEAR_SENTENCES = 1


def _described_as(doc: sp._Doc, ent: sp._Entity, head: str) -> bool:
    """Whether the article calls a named body by ``head``: in its name ("Deutsche Bank" for "the bank"),
    right before it ("water firm Aguas Argentinas") or in an appositive after it ("ABN Amro, the
    Netherlands' largest bank,")."""
    toks = ent.tokens or tuple(ent.name.split())
    forms = {head, head + "s"}  # "Delta Airlines" is an airline
    if any(sp._base(t) in forms for t in toks):
        return True
    for p in ent.mentions:
        a = p - len(toks) + 1
        if a > 0 and doc.tok[a - 1] in forms:
            return True  # lower case and no possessive: "firm X", not "Newspaper says X" or "magazine's X"
        if p + 1 < doc.n and doc.tok[p + 1] == ",":
            for k in range(p + 2, min(doc.n, p + 2 + DESCRIPTION_REACH)):
                if doc.tok[k] in _BREAKS or doc.low[k] in _PREPOSITIONS or doc.low[k] in RELATIVES:
                    break  # past the appositive's head: "a spokeswoman for the parent company," is a person
                if doc.low[k] in forms and k + 1 < doc.n and (doc.tok[k + 1] in _BREAKS or doc.low[k + 1] == "of"):
                    # the appositive's head ("… largest bank,", "the parent company of Google,"), not "the
                    # bank's economist"
                    return True
    return False


#: Words in a name that make it a company's ("Globex Inc", "General Motors", "NPD Group"); an organisation
#: word alone does not ("Labor Department", "Supreme Court" are no company).
_COMPANY_WORDS = frozenset(
    "inc corp corporation co ltd llc plc group motors airlines systems technologies labs partners holdings".split()
)


def _voice_of_body(idx: _Index, ent: sp._Entity) -> bool:
    """A one-word name with no honorific or title that the article writes before a spokesperson
    ("a Delta spokesperson"): a body, whatever ``he``/``she`` was read as it ("She was suspended by Delta")."""
    return len(ent.tokens) == 1 and not (ent.honorific or ent.title) and ent.tokens[0] in idx.speaker_for


def _given_name_first(ent: sp._Entity) -> bool:
    """A name opening with a given name from the name table ("Laurie Guzzinati"): a person's."""
    return ent.kind == "person" and len(ent.tokens) >= 2 and is_given_name(ent.tokens[0])


def _is_company(idx: _Index, ent: sp._Entity) -> bool:
    """A named company by the article's evidence: a company word in its name or a name written after a noun
    for a kind of body ("carmaker X").  Capitals that are no person's are not enough ("South Korean",
    "Le Courrier Picard")."""
    toks = ent.tokens or tuple(ent.name.split())
    if not toks or ent.kind == "role" or ent.honorific or ent.title or ent.gender:
        return False
    return any(sp._base(t) in _COMPANY_WORDS for t in toks) or toks[0] in idx.org_kind_named


def _named_body(ent: sp._Entity) -> bool:
    """A body by its name: not an unnamed role ("the company"), though a party's name read as a role word
    ("Labour") is one."""
    return ent.kind != "role" or (ent.name[:1].isupper() and ent.name.split()[0].lower() not in sp._DETERMINERS)


def _org_name(ent: sp._Entity) -> bool:
    """A body by a word of its name ("Twitter", "Audit Commission"), not only by where it stands: a
    capitalised subject with no such word may be a product ("RipGuard")."""
    return any(sp._base(t) in sp._ORG_WORDS for t in ent.tokens or ent.name.split())


#: Head nouns of a body's name that make it a government agency ("Food and Drug Administration", "Census
#: Bureau", "Environmental Protection Agency"): "the agency" can be that body though the article never calls it so.
AGENCY_NAME_HEADS = frozenset("administration agency bureau commission service authority".split())


def _agency_name(ent: sp._Entity) -> bool:
    """Whether a body's name is headed by an agency's noun (:data:`AGENCY_NAME_HEADS`): "Food and Drug
    Administration", "Bureau of Labor Statistics" (an acronym's entity is its full name's)."""
    return _headed_by([sp._base(t) for t in ent.tokens or ent.name.split()], set(AGENCY_NAME_HEADS))


def _fits(idx: _Index, ent: sp._Entity, head: str) -> bool:
    """Whether the article gives named body ``ent`` as a ``head`` ("the bank": one it calls a bank; "the
    company": any company; "the agency": one whose name an agency's noun heads)."""
    return (
        _described_as(idx.doc, ent, head)
        or (head in _GENERIC_BODY_HEADS and _is_company(idx, ent))
        or (head == "agency" and _agency_name(ent))
    )


def described_body(idx: _Index, head: str, pos: int, *, unique: bool = False) -> sp._Entity | None:
    """A definite body description ("the bank", "the company") at token ``pos`` → the named body it describes.

    Candidates are the bodies named before it that the description fits: any company for a generic head
    ("the company", :func:`_is_company`), one the article calls by the head otherwise ("ABN Amro, the Netherlands' largest bank"
    for "the bank").  A body named in the description's sentence or the one before comes first (the
    antecedent of a definite description is mostly near), then the most mentioned (the article's topic),
    then the latest.  When no named body fits, a generic head's nearby body (:func:`nearest_body`), else ``None``.
    With ``unique``, a head only some bodies are ("the bank", not "the company") that two named bodies fit
    equally (both near, or neither near) resolves to none: the guidelines keep an ambiguous description as given.
    """
    doc = idx.doc
    here = idx.sid[min(pos, doc.n - 1)]
    best, best_key = None, None
    ties = 0
    for ent in _distinct_entities(doc):
        if any(sp._base(t) in _PLACE_NAME_WORDS for t in ent.tokens):
            continue
        k = bisect.bisect_left(ent.mentions, pos)
        if not k or ent.kind == "role" or ent.honorific or ent.title or ent.gender or _given_name_first(ent):
            continue  # a person is no body
        if not _fits(idx, ent, head):
            continue
        last = ent.mentions[k - 1]
        key = (here - idx.sid[last] <= NEAR_SENTENCES, k, last)
        if best_key is not None and key[0] == best_key[0]:
            ties += 1
        elif best_key is None or key > best_key:
            ties = 0
        if best_key is None or key > best_key:
            best, best_key = ent, key
    if unique and ties and head not in _ANY_BODY_HEADS:
        return None
    return _as_body(best or nearest_body(idx, head, pos))


def _as_body(ent: sp._Entity | None) -> sp._Entity | None:
    """A named entity a body description resolves to is a body: a name read as a person's for want of
    evidence ("Bear Stearns", "Verizon") becomes an organisation, so no ``he``/``she`` reaches it and no
    person's gender is counted for it (:func:`described_body` and :func:`nearest_body` only return names the
    article gives no evidence of a person for)."""
    if ent is not None and ent.kind == "person":
        ent.kind = "organisation"
    return ent


#: Heads of a description any named body can be ("the company", "the group"); the others ("the bank", "the
#: party") need the article to call the body so (:func:`_described_as`).
_ANY_BODY_HEADS = _GENERIC_BODY_HEADS | frozenset({"group", "organisation", "organization"})


def nearest_body(idx: _Index, head: str, pos: int) -> sp._Entity | None:
    """A generic body description ("the firm", "the group") at token ``pos`` that no named body fits by the
    article's words (:func:`described_body`) → the body named in its sentence or the one before, when the
    article gives no evidence of a person for it (:func:`_animate`): "jet fuel supplier China Aviation Oil has
    offered … The firm said".  A body last written there as a possessor ("Apple's phone") comes after the
    others; then the most mentioned (the topic), then the latest.
    """
    if head not in _ANY_BODY_HEADS:
        return None
    doc = idx.doc
    here = idx.sid[min(pos, doc.n - 1)]
    best, best_key = None, None
    for ent in doc.entities.values():
        k = bisect.bisect_left(ent.mentions, pos)
        if not k or here - idx.sid[ent.mentions[k - 1]] > NEAR_SENTENCES or ent.kind == "role":
            continue
        if any(sp._base(t) in _PLACE_NAME_WORDS for t in ent.tokens) or ent.honorific or ent.title:
            continue
        if _animate(idx, ent, None) and not _its_after(doc, ent):
            continue
        last = ent.mentions[k - 1]
        # a possessor ("Apple's newest phone") is less salient than a subject or object (Centering's ranking)
        key = (not doc.low[last].endswith("'s"), k, last)
        if best_key is None or key > best_key:
            best, best_key = ent, key
    return best


def _its_after(doc: sp._Doc, ent: sp._Entity) -> bool:
    """Whether the article writes ``its`` after a mention of ``ent`` in the same sentence with no other
    name between ("China Aviation Oil has offered to repay its creditors", "Bear Stearns tumbling as a result
    of its loss"): evidence of a body where its words look like a person's name (a given name, "China", opens
    it)."""
    for p in ent.mentions:
        m = bisect.bisect_right(doc.mention_pos, p)
        stop = doc.mention_pos[m] if m < len(doc.mention_pos) else doc.n
        for k in range(p + 1, min(stop, doc.n)):
            if doc.sentence_start[k] != doc.sentence_start[p] or doc.tok[k] == sp.QUOTE_TOKEN:
                break
            if doc.low[k] == "its":  # ("it" may be expletive: "it is expected")
                return True
    return False


def _last_body(att: sp._Attributor, idx: _Index, pos: int, pron: str) -> sp._Entity | None:
    """The latest speaker before ``pos`` that ``it``/``they`` can be: an organisation, a name with no evidence
    of a person ("Delta", :func:`_animate`), or a role for a body ("the company"; for ``they`` also many people,
    "analysts") — never one person ("a Delta spokesperson")."""
    for p, ent in reversed(att.events):
        if p > pos:
            continue
        if ent.kind == "organisation" or (ent.kind == "person" and not _animate(idx, ent, None)):
            return ent
        if ent.kind == "role" and not _person_role(ent.name.split()):
            head = sp._base(ent.name.split()[-1]) if ent.name else ""
            if pron == "they" or (head in _NON_PERSON_HEADS - sp.PEOPLE_HEADS and head not in sp._DOCUMENT_NOUNS):
                return ent
    return None


def resolve_pronoun(att: sp._Attributor, idx: _Index, pos: int, pron: str, chain: bool = True) -> sp._Entity | None:
    """``he``/``she`` → the best-scoring antecedent (:func:`pronoun_antecedents`); ``it``/``they`` → the body
    that is the subject before it (:func:`body_antecedent`), else as the rules read them."""
    if pron in ("it", "they"):
        return body_antecedent(att, idx, pos, pron) or _last_body(att, idx, pos, pron)
    w = _weights()
    if pron not in ("he", "she") or w is None or w[2] is None:
        return att.pronoun(pron, pos)
    found = pronoun_antecedents(att, idx, pos, pron, chain)
    if found and all(_firmly_contradicts(c, pron) for c in found):
        # Every person in reach contradicts the pronoun: "Palin's pugnacious posts … Donald Trump's plan. '…,' she
        # posted" is Palin, named further back, not the nearest man (agreement is a hard constraint).
        farther = _farther_agreeing(att, pos, pron)
        if farther is not None:
            return farther
    cands = _answering(att, idx, _agreeing(found, pron), pos)
    if not cands:
        return att.pronoun(pron, pos)
    scores = np.stack([c.features for c in cands]) @ w[2]
    return cands[int(np.argmax(scores))].entity


def _stated_gender(ent: sp._Entity, np_: sp._NP | None, threshold: float = NAME_THRESHOLD) -> str | None:
    """A person's gender as the text states it: an honorific or gendered title ("Mrs", "Congresswoman"),
    else the given name's ("Claudia Tenney"; a name more than ``threshold`` of whose bearers are of the other
    gender states none, :func:`analysis.gender.mixed_gender`), else a gendered role noun ("a spokeswoman").  Not
    the pronoun votes: those come from earlier resolutions and carry their mistakes."""
    if ent.honorific:
        return ent.honorific
    if ent.kind == "person" and len(ent.tokens) >= 2:
        return _GIVEN_NAME_GENDER.get(first_name_gender(ent.tokens[0], threshold=threshold))
    if np_ is not None and np_.kind == "role" and np_.head:
        return _GENDER_WORDS.get(sp._base(np_.head[-1]))
    return None


def _agreeing(cands: list[Antecedent], pron: str) -> list[Antecedent]:
    """The antecedents whose stated gender (:func:`_stated_gender`) does not contradict the pronoun's:
    agreement is a hard constraint of English anaphora, not a preference a salient speaker may outweigh
    ("Donald Trump …  she said" is never Trump).  All of them when every one contradicts it."""
    want = sp._PRONOUNS.get(pron)
    kept = [c for c in cands if _stated_gender(c.entity, c.np) in (None, want)]
    return kept or cands


#: A given name contradicts a pronoun firmly when at most this share of its bearers have the pronoun's gender
#: (Sarah 0.008 men, Donald 0.000 women): only then, when every antecedent in reach contradicts it, is one sought
#: further back (:func:`_farther_agreeing`).  A name nomquamgender's 0.1 genders but a tenth of whose bearers are
#: the other gender (Lindsey 0.90 women, Hillary 0.92) keeps :func:`_agreeing`'s fallback to the ones in reach.
FIRM_NAME_THRESHOLD = 0.05


def _firmly_contradicts(ant: Antecedent, pron: str) -> bool:
    """Whether an antecedent's stated gender (:func:`_stated_gender`) contradicts the pronoun's on firm evidence: an
    honorific or gendered title, a gendered role noun, or a given name almost only the other gender bears."""
    stated = _stated_gender(ant.entity, ant.np, FIRM_NAME_THRESHOLD)
    return stated is not None and stated != sp._PRONOUNS.get(pron)


def _farther_agreeing(att: sp._Attributor, pos: int, pron: str) -> sp._Entity | None:
    """The person mentioned last before token ``pos`` whose stated gender is the pronoun's and who has spoken or
    holds a title or honorific (as :meth:`speakers._Attributor.pronoun` reads salience), however far back: where
    every antecedent in :func:`pronoun_antecedents`' reach contradicts the pronoun."""
    doc = att.doc
    want = sp._PRONOUNS.get(pron)
    spoken = att.spoken
    for k in range(bisect.bisect_left(doc.mention_pos, pos) - 1, -1, -1):
        ent = doc.mention_ent[k]
        if (
            ent.kind == "person"
            and _stated_gender(ent, None) == want
            and (id(ent) in spoken or ent.title or ent.honorific)
        ):
            return ent
    return None


#: Verbs that put a question to their object ("asked Smith whether", "questioned the minister about", "pressed her
#: on"), read only where the Brill lexicon's first reading of the form is a verb ("asked", "pressed", not the
#: nouns "question", "interview", "press").
QUESTION_VERBS = frozenset(
    f
    for base in ("ask", "question", "press", "interview", "grill", "query")
    for f in inflections(base)
    if resources.brill_tag(f).startswith("VB")
)
#: Words after the one asked that make the verb a request, not a question ("asked Freddy to be best man",
#: "asked the council for money"): the one asked is not answering.
_REQUEST_WORDS = frozenset({"to", "for"})
#: Negations before a request's infinitive ("asked Lee not to raise it", "never to"), as
#: :mod:`analysis.reported` reads a negated infinitive.
_REQUEST_NEGATIONS = frozenset({"not", "never"})
#: Tokens on either side of a pronoun that reach the quote it is the source of ('"…?" he said',
#: 'he said, "…?"').
_QUOTE_REACH = 3


def _asker(att: sp._Attributor, idx: _Index, ant: Antecedent, pos: int) -> sp._NP | None:
    """The subject that put a question to ``ant`` in the pronoun's sentence or the one before ("Jones asked
    Smith whether …"), when ``ant``'s mention is the object of a question verb (:data:`QUESTION_VERBS`), else
    ``None``."""
    doc, m = att.doc, ant.np
    if m is None or idx.sid[pos] - idx.sid[m.a] > PASSING_SENTENCES or sp.is_possessive_at(doc, m.b):
        return None
    first = min(_phrase_start(doc, m.a), _description_start(doc, m.a) if m.kind == "role" else m.a)
    v = first - 1
    if v <= doc.sentence_start[m.a] or doc.low[v] not in QUESTION_VERBS:
        return None
    after = m.b + (m.b < doc.n and doc.low[m.b] in _REQUEST_NEGATIONS)
    if after < doc.n and doc.low[after] in _REQUEST_WORDS:
        return None
    subject = att.sentence_subject(doc.sentence_start[v], v)
    return subject if subject is not None and subject.b <= v else None


def _asks_again(doc: sp._Doc, pos: int) -> bool:
    """Whether the pronoun at ``pos`` takes a new turn as the asker rather than answering: it is the subject
    of a question verb ("He then asked the mayor"), or the quote it is the source of is itself a question
    ('"Will it be cheap?" he said')."""
    v = pos + 1
    while v < doc.n and resources.brill_tag(doc.low[v]).startswith("RB"):
        v += 1  # "he then asked", "he also pressed"
    if v < doc.n and doc.low[v] in QUESTION_VERBS:
        return True
    lo, hi = max(doc.sentence_start[pos], pos - _QUOTE_REACH), min(doc.n, pos + _QUOTE_REACH + 1)
    near = sorted((abs(k - pos), k) for k in range(lo, hi) if k in doc.quote_at)
    if not near:
        return False
    q = doc.quotes[doc.quote_at[near[0][1]]]
    return doc.text[q.start : q.end].rstrip().endswith("?")


def _answering(att: sp._Attributor, idx: _Index, cands: list[Antecedent], pos: int) -> list[Antecedent]:
    """The antecedents without the one who just asked a question of another of them: in a question and its
    answer (an adjacency pair; Schegloff & Sacks 1973) the one asked answers, so "Jones asked Smith whether it
    would pass. "…," he said" is Smith, though Jones is the subject Centering prefers.  The asker stays when the
    article mentions them again after the question, when no one else is left, and when the pronoun opens a new
    turn of its own (:func:`_asks_again`): the asker goes on asking."""
    for ant in cands:
        subject = _asker(att, idx, ant, pos)
        if subject is None:
            continue
        asker = next((c.entity for c in cands if c.np is not None and c.np.a == subject.a), None)
        if asker is None or asker is ant.entity:
            continue
        latest = max(c.np.a for c in cands if c.entity is asker and c.np is not None)
        if latest > subject.a:
            continue  # named again after the question: who speaks is open again
        if _asks_again(att.doc, pos):
            return cands
        kept = [c for c in cands if c.entity is not asker]
        if kept:
            return kept
    return cands


def candidate_antecedents(
    att: sp._Attributor, idx: _Index, cands: list[Candidate]
) -> dict[int, list[tuple[Antecedent, tuple[int, int] | None]]]:
    """Training hook: for each ``he``/``she`` candidate (by index), the antecedents the resolver weighs
    there (:func:`pronoun_antecedents` that agree in gender, as :func:`resolve_pronoun` keeps them), each
    with its character span (``None`` for the last speaker)."""
    doc = att.doc
    out = {}
    for k, c in enumerate(cands):
        if c.np is not None and c.np.kind == "pronoun" and c.np.head[0] in ("he", "she"):
            ants = _answering(
                att, idx, _agreeing(pronoun_antecedents(att, idx, c.np.a, c.np.head[0]), c.np.head[0]), c.np.a
            )
            out[k] = [(x, None if x.np is None else (doc.offsets(x.np.a)[0], doc.offsets(x.np.b - 1)[1])) for x in ants]
    return out


def _continuity(rule: sp._NP | None, last: sp._Entity | None) -> np.ndarray:
    x = np.zeros(len(FEATURES))
    x[_F["continuity"]] = 1.0
    x[_F["no_rule"]] = float(rule is None)
    x[_F["no_rule_x_continuity"]] = float(rule is None)
    x[_F["last_speaker"]] = float(last is not None)
    x[_F["has_spoken"]] = float(last is not None)
    return x


def _peek(att: sp._Attributor, np_: sp._NP, pos: int) -> sp._Entity | None:
    """Who a candidate refers to, without creating entities (for features only)."""
    doc = att.doc
    if np_.kind in ("name", "org"):
        return doc.lookup(
            np_.head, pos, kind="person" if np_.kind == "name" else "organisation", create=False, gender=np_.gender
        )
    if np_.kind == "pronoun" and np_.head[0] in ("he", "she"):
        return att.pronoun(np_.head[0], pos)
    return None


def rule_cue(att: sp._Attributor, ti: int) -> tuple[sp._NP | None, str, int] | None:
    """The rule engine's cue for the quote token ``ti`` (the order :func:`speakers._attribute_quote` uses)."""
    doc, tok = att.doc, att.doc.tok
    found = att.right_cue(ti)
    lo = doc.sentence_start[ti]
    if found is None:
        found = att.left_cue(ti, lo)
    if found is None and ti == lo and (ti == 0 or tok[ti - 1] == sp.PARA_TOKEN) and ti >= 2 and tok[ti - 2] == ":":
        p = ti - 2
        found = att.left_cue(p + 1, doc.sentence_start[p])
        if found is not None and found[1] != ":" and found[2] < p - COLON_CUE_REACH:
            found = None
    if found is None:
        found = att.later_cue(ti)
    return found


def _with_earlier_cue_subjects(att: sp._Attributor, nps: list[sp._NP], a: int, ti: int) -> list[sp._NP]:
    """The window's mentions ``nps`` and the cue subjects of earlier quotes in tokens ``[a, ti)`` that no mention
    covers, in text order.

    A description or body the rules read only as a cue's subject (""…?" the editorial board writes. "…"", "said
    the ad's narrator") is no mention elsewhere (:func:`_mentions` reads role nouns and names), so the quote that
    goes on after it could only be handed to a name farther away; as a candidate it competes as a name would.
    """
    doc = att.doc
    extra = []
    for k in range(bisect.bisect_left(doc.events, a), bisect.bisect_left(doc.events, ti)):
        q = doc.events[k]
        if doc.tok[q] != sp.QUOTE_TOKEN:
            continue
        found = rule_cue(att, q)
        m = found[0] if found is not None else None
        if m is None or m.kind != "role" or not a <= m.a < ti or any(n.a < m.b and m.a < n.b for n in nps + extra):
            continue
        extra.append(m)
    return sorted(nps + extra, key=lambda n: n.a) if extra else nps


def quote_candidates(
    att: sp._Attributor, idx: _Index, ti: int, rule: sp._NP | None, bounds: tuple[int, int] | None = None
) -> list[Candidate]:
    """The candidates for the quote at token ``ti``: mentions in the window (or ``bounds``), the rule's,
    and continuity."""
    doc = att.doc
    p = idx.pid[ti]
    first = idx.para_starts[p - 2] if p >= 2 else 0  # from the start of the previous paragraph
    a = max(first, ti - WINDOW)
    z = min(doc.n, ti + 1 + WINDOW)
    if p < len(idx.para_starts):
        z = min(z, idx.para_starts[p])  # to the end of the quote's paragraph
    if bounds is not None:
        a, z = bounds
    nps = idx.mentions(a, z, local=bounds is not None)
    if bounds is None:
        nps = _with_earlier_cue_subjects(att, nps, a, ti)
    if rule is not None:
        # The rule's phrase stands for any mention it overlaps ("Spokeswoman Haley Morris" over "Haley
        # Morris"), unless it is a bare title that a name of ours holds whole ("Ms May" over the rules' "Ms").
        wider = next(
            (m for m in nps if m.kind == "name" and rule.kind == "role" and m.a <= rule.a and rule.b < m.b), None
        )
        rule = wider or rule
        nps = [m for m in nps if m.b <= rule.a or m.a >= rule.b] + [rule]
    last = att.last_speaker(ti)
    out = [Candidate(None, _continuity(rule, last))]
    for m in nps:
        if m.a <= ti < m.b:
            continue
        ent = _peek(att, m, min(m.a, ti))
        out.append(Candidate(m, _features(att, idx, ti, m, rule, last, ent)))
    return out


def _common_word(idx: _Index, doc: sp._Doc, np_: sp._NP) -> bool:
    """A one-word "name" that is an ordinary word capitalised by position ("Search", "Story", "Recent").

    Capitals alone are no evidence of a name: a word the article also
    writes in lower case ("the search", "a story") is an ordinary word
    capitalised by its position.  Acronyms ("KCNA") are names.
    """
    if np_.kind not in ("name", "org") or np_.b - np_.a != 1 or len(np_.head) != 1:
        return False
    word = np_.head[0]
    if word.isupper() or "'" in word.rstrip("'s"):
        return False
    low = sp._base(word)
    if low in idx.lower_words:
        return True
    # Only ever capitalised where a sentence opens ("Hours later, Trump …", "Ask yourself: …", "Audiences
    # …"), never with a first name or title, and a word of general English (wordfreq) that is no given name.
    return (
        word not in idx.mid_caps
        and doc.sentence_start[np_.a] == np_.a
        and _zipf(low) >= COMMON_WORD_ZIPF
        and low not in given_names()
    )


#: wordfreq's Zipf frequency (log10 per billion words) from which a one-word sentence opener is read as a
#: word of general English rather than a name: 3 is about once per million words ("proponents" 3.4,
#: "audiences" 4.0), above most surnames' (Speer 2022, wordfreq).
COMMON_WORD_ZIPF = 3.0


@functools.cache
def _zipf(word: str) -> float:
    import wordfreq

    return float(wordfreq.zipf_frequency(word, "en"))


def _choose(cands: list[Candidate], weights: tuple) -> Candidate:
    """The best-scoring candidate.  A group ("both leaders") names no one speaker, so it is chosen only
    when the rules read it as the cue's subject (a joint statement); otherwise it would turn a
    continued speaker into none."""
    usable = [c for c in cands if c.np is None or c.np.kind != "plural" or c.features[_F["rule"]]]
    usable = [c for c in usable if c.np is None or not c.features[_F["common_word"]]] or usable
    scores = np.stack([c.features for c in usable]) @ weights[0]
    best = int(np.argmax(scores))
    # The rules' own choice (their mention, or continuity when they found no cue) stands unless
    # the ranker prefers another by MARGIN (log-odds), chosen on PolNeAR dev among a few values.
    ruled = [k for k, c in enumerate(usable) if c.features[_F["rule"]] or (c.np is None and c.features[_F["no_rule"]])]
    if ruled and scores[best] - scores[ruled[0]] < MARGIN:
        return usable[ruled[0]]
    return usable[best]


def attribute(
    article: Article,
    *,
    quotes: Sequence[Quote] | None = None,
    collect: list[tuple] | None = None,
    collect_roles: list[tuple] | None = None,
    collect_reports: list[tuple] | None = None,
) -> Result:
    """Find who said each quote, choosing among candidate mentions with the shipped ranker.

    Args:
        article: A parsed :class:`~analysis.article.Article`.
        quotes: Quotes already found (found here if omitted).
        collect: Training hook: a list that receives ``(quote, candidates, char spans)`` per quote;
            decisions then follow the rules, so the features match what inference sees on the same text.
        collect_roles: Training hook: receives ``(char span, holders)`` for every role phrase, read
            when the pass reaches it (so who has spoken is what inference sees there).
        collect_reports: Training hook: receives ``(attribution, candidates, char spans)`` for every
            reported-speech row (:func:`report_candidates`); its source then stays the detector's.

    Returns:
        A :class:`Result`; without shipped weights every choice is the rule engine's.
    """
    blocks = quote_blocks(article)
    text = article.text
    if quotes is None:
        quotes = find_quotes(text, blocks)
    doc = sp._Doc(text, blocks, quotes)
    att = sp._Attributor(doc)
    idx = _Index(doc)
    weights = None if collect is not None else _weights()
    tok = doc.tok
    out: list[tuple[Attribution, sp._Entity | None]] = []
    roles = [] if collect_roles is None else idx.mentions(0, doc.n)
    roles = [m for m in roles if m.kind == "role" and m.head and sp._base(m.head[-1]) in HOLDER_HEADS]
    for i in itertools.chain(doc.events, [doc.n]):
        while roles and roles[0].a <= i:
            m = roles.pop(0)
            collect_roles.append(((doc.offsets(m.a)[0], doc.offsets(m.b - 1)[1]), role_holders(att, idx, m, m.a)))
        if i >= doc.n:
            break
        if tok[i] == sp.QUOTE_TOKEN:
            found = sp._attribute_quote(att, i)
            rows = found if isinstance(found, list) else [found]
            q = doc.quotes[doc.quote_at[i]]  # the doc's list, where transcript turns join the quotes
            transcript = sp._TRANSCRIPT_LABEL.match(text, q.start, q.end) is not None  # "PENCE: …": the label speaks
            turn = doc.quote_at[i] in doc.turns  # a Q:/A: or NAME: turn: its label is the speaker
            if (
                len(rows) == 1
                and rows[0][1].kind != "nonspeech"
                and not transcript
                and not turn
                and (weights is not None or collect is not None)
            ):
                rows = [_learned(att, idx, i, rows[0], weights, collect)]
            else:
                rows = [(a, e) for _, a, e in rows]
                rows = [(_with_span(doc, a, None), e) for a, e in rows]
            out.extend(rows)
        elif att.is_cue(i):
            rep = sp._reported(att, i)
            if rep is not None:
                if collect_reports is not None:
                    a, ent = rep[1:]
                    cands = report_candidates(att, idx, i)
                    spans = [
                        None if c.np is None else (doc.offsets(c.np.a)[0], doc.offsets(c.np.b - 1)[1]) for c in cands
                    ]
                    collect_reports.append((a, cands, spans, candidate_antecedents(att, idx, cands)))
                else:
                    a, ent = _reported_source(att, idx, i, rep[1], rep[2]) if weights is not None else rep[1:]
                out.append((a if a.mention_start is not None else _with_span(doc, a, None), ent))
            else:
                sp._trailing_report(att, i)
    out = repeated_lines(article, out)
    aliases = body_short_forms(att, idx, short_forms(doc))
    out = [
        (dataclasses.replace(a, speaker=aliases[id(ent)].name), aliases[id(ent)]) if id(ent) in aliases else (a, ent)
        for a, ent in out
    ]
    out = [(_pronoun_of_contraction(a), ent) for a, ent in out]
    speakers: dict[str, sp.Speaker] = {}
    atts: list[Attribution] = []
    said = said_pronouns(out, doc.text)
    for ent in neuter_speakers(out, doc.text, said):
        _as_body(ent)  # "Acme told reporters it would appeal": "it" shows a body, so no he/she gender is counted
    for a, ent in out:
        atts.append(_name_mention(doc, a))
        if ent is not None and a.kind != "nonspeech" and ent.name not in speakers:
            speakers[ent.name] = sp.speaker_record(ent, said.get(id(ent), (0, 0)))  # with the gender its evidence shows
    atts.sort(key=lambda a: a.start)
    return Result(tuple(atts), speakers)


#: A cue-less quote is read as a repeat only when it has at least this many words: "Pretty cool working there."
#: repeats a quote of the body; two words ("'Very sad'") recur by chance.
_MIN_REPEAT_WORDS = 3
#: Characters a stand-alone line may hold beside its quote: its marks and a sub-head's lead-in of a few words
#: ("Affirmative action and '…'", 25).  A character bound costs nothing, and most cue-less quotes open a long
#: paragraph.
_MAX_LINE_CHARS_BESIDE = 40
_WORD = re.compile(r"\w+")
#: The kinds of a quote in quote marks (reported rows and no-speech quotes aside).
_DIRECT_KINDS = frozenset({"full", "partial"})


def _stand_alone(para: tuple[int, int], a: Attribution) -> bool:
    """Whether a quote is a line of its own: its paragraph holds little but the quote (a sub-head, a pull-quote)."""
    return (a.start - para[0]) + (para[1] - a.end) <= _MAX_LINE_CHARS_BESIDE


#: Marks and spaces around a quote: what a quote that is a sentence of its own has beside it (:func:`_sentence_alone`).
_QUOTE_EDGE = " \t\u00a0'\"\u2018\u2019\u201c\u201d"


def _sentence_alone(text: str, para: tuple[int, int], a: Attribution) -> bool:
    """Whether a quote in a body flattened onto one line is a sentence of its own: after a sentence's end (or at
    the body's start), closing its sentence, the next sentence opening in a capital or a mark (`… she said. 'A
    hard call.' As the …`).  A flattened body has no line for a pull-quote or sub-head to stand on alone."""
    before = text[para[0] : a.start].rstrip(_QUOTE_EDGE)
    after = text[a.end : para[1]].lstrip(_QUOTE_EDGE)
    own = text[a.start : a.end].rstrip(_QUOTE_EDGE)
    return (
        (not before or before[-1] in _SENTENCE_CLOSERS)
        and own[-1:] in (".", "?", "!")
        and (not after or after[0].isupper() or after[0] in _QUOTE_EDGE)
    )


#: The last character of a sentence, or of a quote that closes one.
_SENTENCE_CLOSERS = frozenset(".?!'\"\u2019\u201d")


def _repeat_of(
    article: Article, para: tuple[int, int], words: list[str], own: tuple[int, int] | None = None
) -> int | None:
    """Where another body paragraph repeats ``words`` (case and punctuation aside), or ``None``.  The headline and
    standfirst are left out: a body quote they repeat is the one that is attributed.  In a body flattened onto
    one line (``own``: the quote's span) the repeat is looked for in its own paragraph too, outside the quote."""
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    text = article.text
    for s, e in article.paragraphs:
        if (s, e) != para and (m := pattern.search(text, s, e)) is not None:
            return m.start()
    if own is not None:
        for s, e in ((para[0], own[0]), (own[1], para[1])):
            if (m := pattern.search(text, s, e)) is not None:
                return m.start()
    return None


def repeated_lines(
    article: Article, out: list[tuple[Attribution, sp._Entity | None]]
) -> list[tuple[Attribution, sp._Entity | None]]:
    """Give a pull-quote or quoted sub-head the speaker of the words it repeats.

    A line that is one quote with no cue ("'There's so much anger.'" between two paragraphs) would continue the
    previous speaker; when another paragraph repeats its words, it is a pull-quote or sub-head, not a
    continuation.  It takes the speaker of the direct quote that holds the repeat; a repeat in narration (a
    pull-quote of the writer's own sentence, or of testimony printed without quote marks) names no one.
    Of the 13 lines this changes in PolNeAR train and the second audit pool (read by hand), the previous speaker
    was right for 1 and the repeat's speaker is right for 8, among them a standfirst ("'Carnage on the road' in
    …"); 3 more stay wrong only because the kit misattributes the repeat itself.

    Args:
        article: The article the rows were found in.
        out: ``(attribution, entity)`` rows in reading order.

    Returns:
        The rows, those lines' speakers replaced.
    """
    text = article.text
    rows = list(out)
    starts: list[int] = []
    low: str | None = None
    for k, (a, _) in enumerate(out):
        if a.kind not in _DIRECT_KINDS or a.cue is not None:
            continue
        starts = starts or [s for s, _ in article.paragraphs]
        p = bisect.bisect_right(starts, a.start) - 1
        para = article.paragraphs[p] if p >= 0 else None
        if para is None or a.start >= para[1]:
            continue
        flat = para[1] - para[0] > FLAT_BLOCK_CHARS
        if not (_sentence_alone(text, para, a) if flat else _stand_alone(para, a)):
            continue
        words = _WORD.findall(text, a.start, a.end)
        if len(words) < _MIN_REPEAT_WORDS:
            continue
        low = text.lower() if low is None else low
        if low.count(max(words, key=len).lower()) < 2:
            continue  # its longest word is written once: nothing repeats the line (the cheap test first)
        at = _repeat_of(article, para, words, (a.start, a.end) if flat else None)
        if at is None:
            continue
        twin = next(
            ((b, ent) for b, ent in out if b.kind in _DIRECT_KINDS and b.start <= at < b.end and b is not a), None
        )
        if flat and (twin is None or twin[0].cue is None):
            # one-line body: only a cued twin is evidence (two cue-less quotes repeat each other when a pull-quote's
            # own twin is read too; a chance repeat in narration is no pull-quote): the row stays as read
            continue
        ent = twin[1] if twin is not None else None
        speaker = ent.name if ent is not None else None
        rows[k] = (dataclasses.replace(a, speaker=speaker, mention=None, mention_start=None, mention_end=None), ent)
    return rows


#: The pronouns that stand as the subject of a speech cue ("she said", "he told reporters").
_SPEECH_PRONOUN_GENDER = {"he": 0, "she": 1}


#: Words that may open a reported clause before its subject ("said that she …").
_REPORTED_CLAUSE_OPENERS = frozenset({"that"})


def _clause_subject(text: str, a: Attribution) -> str:
    """The lower-case first word of a reported clause after an opening "that" ("she" of "that she would go")."""
    words = text[a.start : a.end].split(maxsplit=2)
    if words and words[0].lower() in _REPORTED_CLAUSE_OPENERS:
        words = words[1:]
    return words[0].lower() if words else ""


def _pronoun_of_contraction(a: Attribution) -> Attribution:
    """A mention that is a contracted pronoun ("He's said", "They've told", "I'm told") cut to the pronoun ("He"):
    the tokenizer keeps the contraction whole, but the source is the pronoun and the "'s"/"'ve" is its verb."""
    m = a.mention
    if m is None or a.mention_start is None or a.mention_end != a.mention_start + len(m):
        return a
    stem = pronoun_stem(m.lower().replace("\u2019", "'"))  # (the text keeps a typeset apostrophe: "She’s")
    if len(stem) == len(m) or stem not in _SUBJECT_PRONOUNS | _OTHER_CONTRACTED_SOURCES:
        return a
    return dataclasses.replace(a, mention=m[: len(stem)], mention_end=a.mention_start + len(stem))


#: Contracted words that name a source besides the subject pronouns: "you" ("You've said …"), "who" ("who's said").
_OTHER_CONTRACTED_SOURCES = frozenset({"you", "who"})


def said_pronouns(out: Sequence[tuple[Attribution, sp._Entity | None]], text: str = "") -> dict[int, tuple[int, int]]:
    """``(he, she)`` counts per person (by ``id``) of the quotes and reports whose speaker is named by a
    pronoun the attribution resolved to them: the writer's own word for the person's gender
    (:func:`analysis.gender.speaker_gender` weighs it above the nearby pronouns it counts by distance).

    A report by a person named at its cue whose clause opens with he/she ("Ann Lee said she would go") counts
    too: the subject of one's own reported clause is, as a rule, oneself (``text``: the article's text; PolNeAR
    train: 330 of 350 such he/she agree with a speaker's one-sided given name, the rest mostly a spokesperson's
    "she said he …" about their principal, which the given name then outranks)."""
    counts: dict[int, list[int]] = {}
    for a, ent in out:
        if ent is None or ent.kind != "person" or a.kind == "nonspeech":
            continue
        k = _SPEECH_PRONOUN_GENDER.get((a.mention or "").lower())
        if k is None and text and a.kind == "indirect" and a.mention:
            k = _SPEECH_PRONOUN_GENDER.get(_clause_subject(text, a))
        if k is not None:
            counts.setdefault(id(ent), [0, 0])[k] += 1
    return {e: (c[0], c[1]) for e, c in counts.items()}


#: The pronoun that shows a speaker to be a body, not a person: "It said …", "Acme said it would appeal".
_NEUTER_PRONOUN = "it"
#: Words a clause's "it" may stand before its verb with (an auxiliary or modal: "it would", "it had").
_IT_AUXILIARIES = frozenset("will would could should may might must can has had did does".split())
#: Verbs after which a clause's "it" is a dummy subject, no body ("said it was too early", "said it seemed fair"),
#: unless a participle follows ("insisted it was making an example": the body acts).
_DUMMY_IT_VERBS = frozenset("is was be been seems seemed appears appeared".split()) | frozenset(
    # (a situation's or a thing's verbs, which a body's "it" does not do: "said it would cost billions", "said it
    # could happen again", "said it would become harder", "said it depends on the weather")
    "cost costs happen happens happened become becomes became matter matters depend depends".split()
)


#: Linking verbs that, before an adjective, make a clause's "it" a situation ("it could get worse", "it grew
#: harder", "it turned nasty"); before an object they may be a body's acts ("it got a refund", "it grew 5%").
_LINKING_IT_VERBS = frozenset("get gets got getting grow grows grew turn turns turned".split())


def _agent_it(text: str, a: Attribution) -> bool:
    """Whether a reported clause opens with an "it" that acts ("said it would appeal", "said it was cutting
    jobs"), not a dummy "it" ("said it was too early", "said it would be wrong")."""
    words = text[a.start : a.end].lower().split()
    if words and words[0] in _REPORTED_CLAUSE_OPENERS:
        words = words[1:]
    if not words or words[0] != _NEUTER_PRONOUN:
        return False
    rest = [w for w in words[1:4] if w not in _IT_AUXILIARIES]
    if len(rest) > 1 and rest[0] in _LINKING_IT_VERBS and resources.brill_tag(rest[1]).startswith("JJ"):
        return False  # "said it could get worse", "said it grew harder": a situation, no body, changes
    return bool(rest) and (rest[0] not in _DUMMY_IT_VERBS or (len(rest) > 1 and rest[1].endswith("ing")))


def neuter_speakers(
    out: Sequence[tuple[Attribution, sp._Entity | None]], text: str, said: dict[int, tuple[int, int]]
) -> list[sp._Entity]:
    """Names read as a person's for want of evidence that the writer calls "it" as the source of their own
    speech: a row whose mention is "it" resolved to them ("Delta … It said …"), or a report by them whose
    clause opens with an "it" that acts ("Aguas Argentinas told the paper it would not accept …").

    Only names nothing shows to be a person's (no honorific, title or leading given name, no he/she of their
    own speech: :func:`said_pronouns`), so a resolver's stray "it" cannot unmake a person; such a name is a body
    ("Athletics Kenya", "Aguas Argentinas"), and a body has no gender.

    Args:
        out: ``(attribution, entity)`` rows in reading order.
        text: The article's text.
        said: :func:`said_pronouns` of the same rows.

    Returns:
        The entities, each once, in order of their first such row.
    """
    found: dict[int, sp._Entity] = {}
    for a, ent in out:
        if ent is None or ent.kind != "person" or a.kind == "nonspeech" or id(ent) in found:
            continue
        if not _not_a_person(ent) or any(said.get(id(ent), (0, 0))):
            continue
        if (a.mention or "").lower() == _NEUTER_PRONOUN or (a.kind == "indirect" and _agent_it(text, a)):
            found[id(ent)] = ent
    return list(found.values())


#: Longest acronym read as a short form given in parentheses ("General Motors (GM)", "Movimento 5 Stelle (M5S)").
ACRONYM_CHARS = 6


def _is_acronym(word: str) -> bool:
    """Capitals (and digits) only, short: "GM", "M5S", "NWM"."""
    return 2 <= len(word) <= ACRONYM_CHARS and word.isalnum() and word[0].isupper() and word.upper() == word


def _words(ent: sp._Entity) -> list[str]:
    """An entity's name words with its capitalised title ("Liberal" of "Liberal Democrats" read as a title)."""
    title = [t for t in (ent.title or "").split() if t[:1].isupper()]
    return title + list(ent.tokens or ent.name.split())


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Each word of ``short`` cuts the word of ``full`` at its place short ("Lib Dems" for "Liberal
    Democrats"; a plural ``s`` kept), and at least one is cut."""
    if len(short) != len(full) or len(short) < 2 or short == full:
        return False
    cut = False
    for a, b in zip(short, full):
        stem = a[:-1] if a.endswith("s") and b.endswith("s") and len(a) > 2 else a
        if not b.startswith(stem) or len(stem) < 2 or not (b[len(stem) :].isalpha() or b == stem):
            return False  # a word cut short, not another word joined on ("States-Mexico")
        cut = cut or len(stem) < len(b) - (a != stem)
    return cut


def short_forms(doc: sp._Doc) -> dict[int, sp._Entity]:
    """Entities that are a short form of another in the same article, by ``id``, to the full one.

    An acronym the article gives in parentheses after a name ("General Motors (GM)": GM → General Motors,
    its first letter the name's) and a name whose every word cuts the other's at its place ("Lib Dems" →
    "Liberal Democrats") are one speaker, named in full.
    """
    ents = [e for e in doc.entities.values() if e.kind != "role"]
    by_end = {p: e for e in ents for p in e.mentions}
    out: dict[int, sp._Entity] = {}
    tok = doc.tok
    for k in range(1, doc.n - 2):
        if tok[k] == "(" and tok[k + 2] == ")" and _is_acronym(tok[k + 1]):
            full = by_end.get(k - 1)
            short = doc.entities.get(tok[k + 1].lower())
            if (
                full is not None
                and short is not None
                and short is not full
                and full.name[:1].upper() == tok[k + 1][0]
                and len(full.tokens) >= 2
            ):
                out[id(short)] = full
    # names of two words or more, by word count and first letter: only those can cut one another short
    groups: dict[tuple[int, str], list[tuple[sp._Entity, list[str]]]] = {}
    for e in ents:
        words = _words(e)
        if len(words) >= 2:
            groups.setdefault((len(words), words[0][:1]), []).append((e, words))
    for group in groups.values():
        for e, words in group:
            if id(e) in out:
                continue
            full = next((f for f, other in group if f is not e and _abbreviates(words, other)), None)
            if full is not None:
                out[id(e)] = full
    return out


#: Lower-case words of a body's name that its acronym skips ("Organisation for Economic Co-operation and
#: Development": OECD; "Bank of America": BoA is no acronym, but "BA" would be).
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "&", "the", "de", "on"})
#: Longest name (in tokens) read back from an acronym given in brackets after it.
ACRONYM_NAME_TOKENS = 8
#: Heads of a description a body's acronym can open ("the M5S party", "the IMF report" is a document's).
_ACRONYM_DESCRIPTION_HEADS = BODY_KIND_NOUNS | _BODY_ROLE_HEADS


#: Joiners some acronyms keep ("Department of Justice": DOJ, beside "Bank of England": BoE/BE).
_ACRONYM_KEPT = frozenset({"of"})


def _initials(words: Sequence[str], keep: frozenset[str] = frozenset()) -> str:
    """The acronym ``words`` would have: each capitalised word's first letter and each number as written
    ("Movimento 5 Stelle" → "M5S"), joiners skipped unless in ``keep``; ``""`` when a lower-case word other than
    a joiner is in it."""
    out = []
    for w in words:
        if w.isdigit():
            out.append(w)
        elif w[:1].isupper() or w in keep:
            out.append(w[0].upper())
        elif w.lower() not in _ACRONYM_SKIPS:
            return ""
    return "".join(out)


def _acronyms(words: Sequence[str]) -> set[str]:
    """The acronyms ``words`` may have: joiners skipped, or "of" kept (:data:`_ACRONYM_KEPT`)."""
    return {_initials(words), _initials(words, _ACRONYM_KEPT)} - {""}


def _bracketed_names(doc: sp._Doc) -> dict[str, tuple[str, ...]]:
    """Acronyms the article defines in brackets after a name whose initials they are ("Movimento 5 Stelle
    (M5S)", "China Aviation Oil (CAO)"), to that name's tokens, read back from the bracket: the name need
    not be an entity of the registry (a number in it ends a name run)."""
    tok = doc.tok
    out: dict[str, tuple[str, ...]] = {}
    for k in range(1, doc.n - 2):
        if tok[k] != "(" or tok[k + 2] != ")" or not _is_acronym(tok[k + 1]):
            continue
        short = tok[k + 1]
        for a in range(k - 1, max(-1, k - 1 - ACRONYM_NAME_TOKENS), -1):
            letters = _initials(tok[a:k])
            if not letters or len(letters) > len(short):
                break
            if short in _acronyms(tok[a:k]) and tok[a][:1].isupper():
                out.setdefault(short, tuple(tok[a:k]))
                break
    return out


def _not_a_person(ent: sp._Entity) -> bool:
    """A name no honorific, title or leading given name shows to be a person's: one a body's short form can stand
    for."""
    return ent.kind != "role" and not (ent.honorific or ent.title) and not _given_name_first(ent)


#: Words that end the name of a body that speaks: a company's or an association's ("Circuit City Stores", "Mozilla
#: Foundation"); not a newspaper's, a place's, an event's or a document's ("New York Times", "United States", "North
#: American Free Trade Agreement"), whose first words are another name.
_BODY_NAME_WORDS = _COMPANY_WORDS | frozenset(
    """company bank fund foundation institute association trust agency council committee commission federation
    alliance coalition union society organisation organization store""".split()
)


def _body_word(word: str) -> bool:
    """A word of :data:`_BODY_NAME_WORDS`, singular or plural ("Foundation", "Stores")."""
    base = sp._base(word)
    return base in _BODY_NAME_WORDS or (base.endswith("s") and base[:-1] in _BODY_NAME_WORDS)


def _expands(short: str, full: sp._Entity) -> bool:
    """Acronym ``short`` is ``full``'s: the initials of its whole name ("IMF": International Monetary Fund), or of
    its first words when the rest is a qualifier with no body word ("FT": Financial Times Deutschland; not "UN"
    for United Nations Security Council, whose head is past the acronym's words)."""
    toks = full.tokens
    if short in _acronyms(toks):
        return True
    for j in range(2, len(toks)):
        if short in _acronyms(toks[:j]):
            return not any(_body_word(t) for t in toks[j:])
    return False


def _prefix_of(short: sp._Entity, full: sp._Entity, idx: _Index) -> bool:
    """``short``'s name opens ``full``'s and the words it leaves out show a body ("Highfield" for Highfields
    Capital Management, an investment firm; "Mercury" for Mercury LLC; not "Microsoft" for a product, Microsoft
    Internet Explorer): a body's short name, as a surname is a person's.  A name with an organisation word of its
    own is a whole name unless the longer one only adds a company word to it ("Apple" for Apple Inc.)."""
    s, f = short.tokens, full.tokens
    if not s or len(f) <= len(s) or any(sp._base(t) in _PLACE_NAME_WORDS for t in f):
        return False
    if sp._base(s[-1]) in sp._ORG_WORDS and not any(sp._base(t) in _COMPANY_WORDS for t in f[len(s) :]):
        return False  # a body by its own word ("the Senate", not the Senate Intelligence Committee; "Apple Inc.")
    for a, b in zip(s, f):
        if a.lower() != b.lower() and (a + "s").lower() != b.lower():
            return False  # a plural name may be written in the singular ("Highfield")
    return any(_body_word(t) for t in f[len(s) :]) or f[0] in idx.org_kind_named


def body_short_forms(att: sp._Attributor, idx: _Index, known: dict[int, sp._Entity]) -> dict[int, sp._Entity]:
    """:func:`short_forms` and a body's other short forms, by ``id``, to the body's full name as first given.

    * an acronym of a name the article gives, by its initials ("the IMF" → International Monetary Fund,
      "DEC" → Disasters Emergency Committee) or defined in brackets ("Movimento 5 Stelle (M5S)");
    * a description opened by such an acronym ("the M5S party");
    * a name that opens a body's longer name (:func:`_prefix_of`: "Highfield" → Highfields Capital Management).

    A short form that could stand for two names is left as written.
    """
    doc = att.doc
    out = dict(known)
    ents = [e for e in doc.entities.values() if _not_a_person(e)]
    longer = [e for e in ents if len(e.tokens) >= FULL_NAME_TOKENS]
    by_first: dict[str, list[sp._Entity]] = {}  # the longer names by first word: only those can a name open
    for f in longer:
        by_first.setdefault(f.tokens[0].lower(), []).append(f)
    defined = _bracketed_names(doc)

    def expansion(short: str, pos: int) -> sp._Entity | None:
        if short in defined:
            return doc.lookup(defined[short], pos, kind="organisation")
        found = {id(e): e for e in longer if _expands(short, e)}
        return next(iter(found.values())) if len(found) == 1 else None

    for e in ents:
        if id(e) in out:
            continue
        if len(e.tokens) == 1 and _is_acronym(e.tokens[0]):
            full = expansion(e.tokens[0], e.first)
        else:  # a short name refers back to the full one given before it
            first = e.tokens[0].lower() if e.tokens else ""
            opened = by_first.get(first, []) + by_first.get(first + "s", [])
            fulls = [f for f in opened if f is not e and f.first < e.first and _prefix_of(e, f, idx)]
            full = fulls[0] if len(fulls) == 1 else None
        if full is not None and full is not e:
            out[id(e)] = out.get(id(full), full)
    for role in att.roles.values():
        words = role.name.split()
        words = words[1:] if words and words[0].lower() == "the" else words
        if (
            len(words) == len(("M5S", "party"))
            and _is_acronym(words[0])
            and words[1].lower() in _ACRONYM_DESCRIPTION_HEADS
        ):
            full = expansion(words[0], role.first)
            if full is not None:
                out[id(role)] = out.get(id(full), full)
    return out


def report_candidates(att: sp._Attributor, idx: _Index, k: int) -> list[Candidate]:
    """The candidate sources of the report whose cue is token ``k``: the quote candidates read in the
    cue's sentence and the one before, the detector's source phrase standing as the rules' mention (features are relative to the cue,
    so ``cue_next_to_quote`` marks the cue's own subject and ``object_of_verb`` its addressee)."""
    doc = att.doc
    rep = doc.reports.get(k)
    np_ = sp._source_np(doc, rep.source) if rep is not None else None
    # The cue's sentence and the one before it in its paragraph: a report's source is written there (else
    # it is whoever spoke last, the continuity candidate), and reading no further keeps the pass cheap.
    s0, z = doc.sentence_start[k], doc.sentence_end(k)
    a = doc.sentence_start[s0 - 1] if s0 > 0 and doc.tok[s0 - 1] != sp.PARA_TOKEN else s0
    return quote_candidates(att, idx, k, np_, (a, z))


def _group(att: sp._Attributor, np_: sp._NP, pos: int) -> sp._Entity:
    """A group source ("both leaders", "majorities in all five") as written: a source label of its own,
    not nobody (PolNeAR annotates groups, polls' respondents and crowds as Sources)."""
    return _unnamed_role(att, sp._NP("role", np_.a, np_.b, np_.head), pos)


#: Words of a quantity of people opening a cue's subject ("47 percent said", "Six in 10 say", "Nearly half
#: said", "majorities in all five say"): a poll's respondents, a group source.
_QUANTITY = frozenset("percent per cent half majority majorities most many third quarter minority".split())
#: Words that open a new clause before a cue's subject ("…, but majorities in all five say").
_CLAUSE_OPENERS = frozenset("but and while whereas that because although though when as".split())
#: Longest quantity phrase read back from a cue ("the vast majority of registered voters in the state").
GROUP_REACH = 8


#: Adverbs between a cue's subject and its verb besides the auxiliaries and ``-ly`` words ("are now demanding").
_BEFORE_CUE = frozenset({"also", "now"})


def _subject_span(doc: sp._Doc, k: int, reach: int) -> tuple[int, int]:
    """The tokens ``[a, z)`` before the cue at token ``k`` back to its clause's start (at most ``reach``),
    past the auxiliaries and adverbs right before the cue: where its subject is written."""
    z = k
    while z - 1 >= 0 and (doc.low[z - 1] in sp.AUX or doc.low[z - 1].endswith("ly") or doc.low[z - 1] in _BEFORE_CUE):
        z -= 1
    a, lo = z, doc.sentence_start[min(k, doc.n - 1)]
    while a - 1 >= lo and z - a < reach and doc.tok[a - 1] not in _BREAKS and doc.low[a - 1] not in _CLAUSE_OPENERS:
        a -= 1
    return a, z


def _group_subject(doc: sp._Doc, k: int) -> sp._NP | None:
    """The quantity phrase that is the subject of the cue at token ``k`` ("Six in 10 say"), else ``None``."""
    a, z = _subject_span(doc, k, GROUP_REACH)
    if z - a > 1 and sp._preposition_led(doc, a):
        a = sp._past_opening_phrase(doc, a, z)  # "[In 1998] the party said", "[with] 30 percent of voters saying"
    words = doc.low[a:z]
    if not words or not (any(w in _QUANTITY or _count(w) for w in words) or _ratio(words)):
        return None  # (a year is no count: "in the wake of the defeat in 2012 urged")
    if any(doc.cap[m] and not doc.tok[m][:1].isdigit() for m in range(a + 1, z)) and "of" not in words:
        return None  # a name in the phrase ("Trump's 47 percent …") is no quantity of people
    if a > 0 and doc.cap[a - 1] and resources.brill_tag(words[0]) in PAST_TAGS:  # a past verb form: its predicate
        return None  # "Ann Reed [filed a $40 million lawsuit] alleging …": the name's verb phrase, no group
    a, z = _group_bounds(doc, a, z)
    a = sp.number_start(doc, a)  # "Already, [1,409 teachers] said": the number whole
    return sp._NP("plural", a, z, tuple(doc.tok[a:z]))


#: Brill tags of words before a group's quantity that belong to the clause, not to the group ("Sanders is
#: dominating by [6 in 10 voters]", "an electorate in which [67 percent of voters]"): prepositions, finite verbs,
#: relative pronouns.
_CLAUSE_TAGS = frozenset({"IN", "TO", "VB", "VBD", "VBP", "VBZ", "MD", "WDT", "WP"})
#: Words before a quantity that are part of the group's phrase though the lexicon files them as prepositions
#: ("About 4 in 10", "More than six in 10", "Those over 60", "nearly half").
_APPROXIMATORS = frozenset({"about", "around", "over", "under", "than", "nearly", "almost", "roughly", "up", "of"})
#: Words before a quantity that open a clause's addition, not the group ("including [18%] who say", "- [60
#: percent of voters]").
_ADDITION_WORDS = frozenset({"including", "-", "--", "\u2014", "\u2013"})


def _group_bounds(doc: sp._Doc, a: int, z: int) -> tuple[int, int]:
    """The group phrase within tokens ``[a, z)`` read back from a cue: from just past the clause words before
    its first quantity word ("is dominating by [6 in 10 voters]"), and without the relative pronoun the cue's
    clause opens with ("[a majority of those] who said"), which is no word of the group's name."""
    while z - 1 > a and (doc.low[z - 1] in RELATIVES or doc.tok[z - 1] in _CLOSING_BRACKETS):
        z -= 1  # ("29 percent (and [43 percent of Republicans]) said": an aside's bracket is no word of it)
    first = next((m for m in range(a, z) if _quantity_word(doc.low[m])), a)
    for m in range(first - 1, a - 1, -1):
        low = doc.low[m]
        if low in _ADDITION_WORDS or (resources.brill_tag(low) in _CLAUSE_TAGS and low not in _APPROXIMATORS):
            return m + 1, z
    return a, z


#: Closing brackets that may end the words read back from a cue ("(and 43 percent of Republicans) said").
_CLOSING_BRACKETS = frozenset({")", "]"})


def _quantity_word(word: str) -> bool:
    """A word that opens or counts a quantity of people ("majority", "percent", "six", "47%")."""
    return word in _QUANTITY or _number_word(word) and not _year(word) or _count(word)


def _count(word: str) -> bool:
    """A count in digits ("47", "18%"), not a year ("2012")."""
    return word.rstrip("%").isdigit() and not _year(word)


#: Years a four-digit number in news copy is read as ("in 2012"), not a count of people.
_YEARS = range(1800, 2100)


def _year(word: str) -> bool:
    """A four-digit year ("2012")."""
    return len(word) == len("2012") and word.isdigit() and int(word) in _YEARS


def _number_word(word: str) -> bool:
    """A count written in letters or digits ("one", "three", "10")."""
    return word == "one" or word in NUMBER_WORDS or word.isdigit()


def _ratio(words: Sequence[str]) -> bool:
    """Whether the words hold a poll's ratio, "N in M" ("One in three", "two in five voters"): a share of
    respondents, as "six in 10" is."""
    return any(
        words[i] == "in" and _number_word(words[i - 1]) and _number_word(words[i + 1]) for i in range(1, len(words) - 1)
    )


def _named_head(att: sp._Attributor, span: tuple[int, int] | None) -> sp._NP | None:
    """The full name a source phrase leads to after its role words ("Top Republican Party donor Sheldon
    Adelson", "Vatican spokesman the Rev. Federico Lombardi"), else ``None``.  The first name not after a
    preposition: "Rep. Lee Zeldin of New York" is Lee Zeldin.  (Read from the span's tokens alone.)"""
    if span is None:
        return None
    doc = att.doc
    a = doc.token_at(span[0])
    z = min(max(doc.token_at(span[1]), a + 1), doc.n)
    lead = False
    m = a
    while m < z:
        low = doc.low[m]
        after = m - 1 - (m > 1 and doc.low[m - 1] == "the")  # ("Staff at [the] Royal Mail": the body's article)
        if doc.cap[m] and m > 0 and doc.low[after] in _PREPOSITIONS:
            # the affiliation after a preposition, up to a given name: "president of Canadian Auto Workers"
            # is no one, "Secretary of State Madeleine Albright" is the name after "State"
            start = m
            while m < z and doc.cap[m] and doc.low[m].strip(".") not in given_names():
                lead = lead or sp._base(doc.tok[m]) in sp._TITLE_WORDS or doc.low[m] in sp._ROLE_NOUNS
                m += 1
            if m == start:
                m += 1  # a name right after the preposition ("the wife of John Kerry") is not who speaks
            elif m < z and doc.cap[m]:
                lead = True
            continue
        if lead and doc.cap[m] and low.rstrip(".") not in sp._TITLE_WORDS:
            e = m
            while e < z and (doc.cap[e] or sp._joins_name(doc.tok, doc.cap, e, z)):
                e += 1
            run = sp._classify_run(doc, m, m, e)
            # (not an owner: "Reporters covering singer [Michael Jackson's] trial", "U.S. President [Barack
            # Obama's] administration", whose body speaks as the description, as the rules read it)
            if run is not None and run.kind == "name" and len(run.head) >= 2 and not sp.is_possessive_at(doc, e):
                return run
            lead = lead or any(doc.low[j] in sp._ROLE_NOUNS for j in range(m, e))
            m = e
            continue
        lead = lead or low in sp._ROLE_NOUNS or sp._base(doc.tok[m]) in sp._TITLE_WORDS
        m += 1
    return None


def _person_after_place(att: sp._Attributor, idx: _Index, span: tuple[int, int], np_: sp._NP) -> sp._NP | None:
    """A person named by an honorific or a known given name at the end of a source phrase whose first name is
    no person's ("a Linux summit in California Mr Torvalds said": the place or body before is where he
    spoke, he is who), else ``None``."""
    doc = att.doc
    if np_.kind not in ("name", "org") or np_.gender is not None:
        return None
    first = doc.lookup(np_.head, np_.a, create=False) if np_.kind == "name" else None
    if first is not None and (first.honorific or first.title or _given_name_first(first)):
        return None  # the first name is a person's already
    z = min(max(doc.token_at(span[1]), np_.b + 1), doc.n)
    k = np_.b
    while k < z and doc.low[k] not in _PREPOSITIONS:
        k += 1  # the person must follow a preposition's phrase, not stand in a list ("Delta and Ms Smith")
    end = sp._np_before(doc, z, max(0, z - NAME_TOKENS - 1))  # the phrase that ends the span
    if k >= z or end is None or end.a <= k or end.kind != "name":
        return None
    ent = doc.lookup(end.head, end.a, create=False, gender=end.gender)
    if ent is None or ent.kind != "person" or not (end.gender or ent.honorific or _given_name_first(ent)):
        return None
    if _common_word(idx, doc, np_):
        return None  # "Aides to Clinton", "Proponents like Mr. Eisenbrey": the people the phrase opens with
    return end


def _report_stands(att: sp._Attributor, idx: _Index, np_: sp._NP | None, ent: sp._Entity | None) -> bool:
    """Whether the detector's source phrase stands (as the rules' mention does for quotes, ``POLICY``):
    a mention that names someone, not an ordinary word capitalised by position ("In", "For months")."""
    return np_ is not None and ent is not None and not _ordinary_subject(att, idx, np_)


def _ordinary_subject(att: sp._Attributor, idx: _Index, np_: sp._NP) -> bool:
    """A cue's "subject" that is an ordinary word capitalised by position (:func:`_common_word`) and
    does not stand where a subject stands: "Hours later, Trump …, telling", not "Smith told", "Smith also
    said" or "Brown, 45, said" (a word of general English before its verb of speech, or before an
    appositive, is its subject: a surname such as Smith or Brown)."""
    return _common_word(idx, att.doc, np_) and not _before_its_cue(att, np_)


#: Tokens read after a one-word subject for its cue ("Smith also said", "Brown has long argued").
SUBJECT_REACH = 4


def _before_its_cue(att: sp._Attributor, np_: sp._NP) -> bool:
    """A cue follows the mention within its clause, or an appositive or parenthesis opens right after it."""
    doc = att.doc
    if np_.b < doc.n and doc.tok[np_.b] == ",":
        return True
    for j in range(np_.b, min(doc.n, np_.b + SUBJECT_REACH)):
        if doc.tok[j] in _BREAKS:
            return False
        if att.is_cue(j):
            return True
    return False


#: A kind-of-body source is written as "the" and its noun: "The bank", "the carmaker".
_BODY_KIND_PHRASE_WORDS = 2


def _body_description(doc: sp._Doc, span: tuple[int, int] | None) -> sp._NP | None:
    """A report's source written as ``the`` and a noun for a kind of body ("The bank", "the carmaker") that the
    phrase reader does not take for a speaker, as a role phrase; else ``None``."""
    if span is None:
        return None
    a, b = doc.token_at(span[0]), doc.token_at(span[1])
    b = min(max(b, a + 1), doc.n)
    if b - a != _BODY_KIND_PHRASE_WORDS or doc.low[a] != "the" or sp._base(doc.tok[a + 1]) not in BODY_KIND_NOUNS:
        return None
    return sp._NP("role", a, b, tuple(doc.tok[a:b]))


def _reported_source(
    att: sp._Attributor, idx: _Index, k: int, a: Attribution, ent: sp._Entity | None
) -> tuple[Attribution, sp._Entity | None]:
    """Who a report's source is, read as a quote's mention is: a role by the role linker, ``he``/``she``
    by the pronoun resolver ("The Easyjet founder said he planned …" → the founder the article named).

    Where the detector wrote no source that names someone ("Carter's press secretary, Peter Cook, told",
    "52 percent of voters say", "Having announced that …"), the report ranker (``rep_coef``, trained on
    the Sources of PolNeAR train's unquoted Contents by ``training/train_attribution.py``) chooses
    among the mentions around the cue, as the quote ranker does around a quote.
    """
    doc = att.doc
    rep = doc.reports.get(k)
    np_ = sp._source_np(doc, rep.source) if rep is not None else None
    new = ent
    mention = a.mention
    span = None
    w = _weights()
    group = _group_subject(doc, k) if np_ is None else None
    body = _body_description(doc, rep.source) if rep is not None and np_ is None else None
    body_ent = described_body(idx, sp._base(body.head[-1]), body.a) if body is not None else None
    outlets = _press_outlets(idx, rep.source, k) if rep is not None else None
    if outlets:  # "the paper said", "both newspapers said": the newspaper(s) the article named before
        new = outlets[0] if len(outlets) == 1 else _joint_outlets(att, outlets, k)
        return _as_source(att, k, a, ent, new, None, doc.text[rep.source[0] : rep.source[1]])
    press = _press_source(doc, rep.source) if rep is not None else None
    if press is not None:  # "Reports suggest …", "according to media reports": the press, not a name in the clause
        return _as_source(att, k, a, ent, _group(att, press, press.a), press)
    if np_ is not None and _narrator(att, idx, np_):  # "I'd add that …": the writer, as for a quote's cue
        return _as_source(att, k, a, ent, None, np_)
    named = _named_head(att, rep.source) if rep is not None and np_ is not None else None
    if named is None and rep is not None and np_ is not None:
        named = _person_after_place(att, idx, rep.source, np_)
    if named is not None and (named.a, named.b) != (np_.a, np_.b):
        # "Top Republican Party donor Sheldon Adelson said": the name the role words lead to is who speaks
        person = att.resolve(named, named.a)
        if person is not None:
            new, mention, span = person, doc.span_text(named.a, named.b), named
    elif np_ is not None and np_.kind == "plural" and ent is None:
        new = _group(att, np_, np_.a)
    elif body is not None and body_ent is not None:  # "The bank said": the named body the article calls a bank
        new, mention, span = body_ent, doc.span_text(body.a, body.b), body
    elif group is not None:  # "Six in 10 say", "47 percent said": the poll's respondents
        new, mention, span = _group(att, group, group.a), doc.span_text(group.a, group.b), group
    elif (held := _described_topic_person(att, idx, rep, np_)) is not None:
        # "The 29-year-old actor, who …, admits": the person the article is about, not a name in the clause
        span, new = held
        mention = doc.span_text(span.a, span.b)
    elif (desc := _unnamed_description(doc, rep, np_)) is not None:
        # "Other proponents of the bill said", "One poster admitted": the description is the source
        new, mention, span = _described_speaker(att, idx, desc), doc.span_text(desc.a, desc.b), desc
    elif not _report_stands(att, idx, np_, ent) and w is not None and w[4] is not None:
        cands = report_candidates(att, idx, k)
        cands = [c for c in cands if c.np is None or not c.features[_F["common_word"]]] or cands
        best = cands[int(np.argmax(np.stack([c.features for c in cands]) @ w[4]))]
        np_ = best.np
        if np_ is not None and np_.kind in ("name", "org"):
            # "Ticketweb and the SECC box office will write to customers …": the pair is the source
            np_ = sp._pair_after(doc, np_, np_.b, doc.n) or np_
        if np_ is None:
            new, mention = att.last_speaker(k), None
        else:
            mention, span = doc.span_text(np_.a, np_.b), np_
            if np_.kind == "plural":
                new = _group(att, np_, np_.a)
            elif np_.kind == "pronoun" and np_.head[0] in ("he", "she", "it", "they"):
                new = resolve_pronoun(att, idx, np_.a, np_.head[0])
            elif np_.kind == "role":
                new = resolve_body_role(att, idx, np_, np_.a)
            else:
                new = att.resolve(np_, np_.a)
    elif np_ is not None and (described := described_person(att, idx, np_)) is not None:
        # "The MP for Westbury South claimed …": the person the article has just named
        span, new = described
        mention = doc.span_text(span.a, span.b)
    elif np_ is not None and np_.kind == "role" and (ent is None or ent.kind == "role"):
        new = resolve_body_role(att, idx, np_, np_.a)
    elif np_ is not None and np_.kind == "pronoun" and np_.head[0] in ("he", "she", "it", "they"):
        # it/they with no body in sight stay unresolved rather than the rules' latest role ("a spokesperson")
        new = resolve_pronoun(att, idx, np_.a, np_.head[0]) or (ent if np_.head[0] in ("he", "she") else None)
    if new is None and rep is not None:
        at = rep.source
        if at is None:  # "… and local authorities are now demanding": the detector wrote no subject
            a0, z0 = _subject_span(doc, k, KEPT_SOURCE_TOKENS)
            at = (doc.offsets(a0)[0], doc.offsets(z0 - 1)[1]) if z0 > a0 else None
        kept = _source_as_written(doc, at)
        if kept is not None:  # "bankers said", "someone who claimed": no one to resolve, the phrase stands
            new, mention, span = _group(att, kept, kept.a), doc.span_text(kept.a, kept.b), kept
    if (full := _unnamed_in_full(att, span or np_, new)) is not None:  # "A legal expert in the US speculated"
        span, new = full
    if new is ent and mention == a.mention and (new is None or new.name == a.speaker):
        return a, ent  # (a bare role renamed by its full description is the same entity under a new name)
    return _as_source(att, k, a, ent, new, span, mention)


def _as_source(
    att: sp._Attributor,
    k: int,
    a: Attribution,
    ent: sp._Entity | None,
    new: sp._Entity | None,
    span: sp._NP | None,
    mention: str | None = None,
) -> tuple[Attribution, sp._Entity | None]:
    """The report row at cue ``k`` re-attributed to ``new`` (written as ``span``, else as ``mention``), the
    rules' own recorded choice ``ent`` replaced by it."""
    doc = att.doc
    if span is not None:
        mention = doc.span_text(span.a, span.b)
    if ent is not None and att.events and att.events[-1] == (k, ent):
        att.events.pop()
    att.record(k, new)
    b = sp.Attribution(a.start, a.end, a.kind, new.name if new else None, mention, a.cue, a.paragraph)
    if span is None and mention is not None and mention == a.mention:  # the detector's source, where it stands
        b = dataclasses.replace(b, mention_start=a.mention_start, mention_end=a.mention_end)
    return (_with_span(doc, b, span) if span is not None else b), new


#: Words that may qualify unnamed press reports ("reports", "media reports", "unconfirmed newspaper reports").
_PRESS_QUALIFIERS = frozenset("press media news newspaper unconfirmed local some several recent earlier other".split())
#: Plural words for the press itself ("the papers say", "several newspapers reported").
_PRESS_PLURALS = frozenset({"reports", "papers", "newspapers"})


#: Words of a newspaper's title ("the Sunday Telegraph", "Financial Times Deutschland", "The Advocate"): a name
#: with one is a newspaper that "the paper said" can read back to (words common in other bodies' names, "Express",
#: "Standard", "Mail", "Sun", are left out).
NEWSPAPER_TITLES = frozenset(
    """times telegraph post journal guardian herald tribune gazette advocate sentinel observer mirror chronicle
    examiner inquirer globe courier dispatch bulletin zeitung spiegel monde figaro""".split()
)
#: Nouns for a newspaper as a source and how many papers they stand for ("the paper said", "both newspapers said").
_PAPER_NOUNS = {"paper": 1, "newspaper": 1, "papers": 2, "newspapers": 2}
#: Determiners of a definite newspaper description ("the paper", "both newspapers").
_PAPER_DETERMINERS = frozenset({"the", "both", "this"})


def _press_outlets(idx: _Index, span: tuple[int, int] | None, pos: int) -> list[sp._Entity]:
    """The newspaper(s) a definite press source at ``span`` ("the paper", "The newspaper", "both newspapers")
    stands for: the latest names before it with a newspaper's title word (:data:`NEWSPAPER_TITLES`) or written
    right after "newspaper" ("newspaper Variety"), one for a singular noun, two for a plural; none where the
    article named fewer, so the row keeps its other readings."""
    if span is None:
        return []
    doc = idx.doc
    a, z = doc.token_at(span[0]), min(max(doc.token_at(span[1]), doc.token_at(span[0]) + 1), doc.n)
    words = doc.low[a:z]
    if len(words) != len(("the", "paper")) or words[0] not in _PAPER_DETERMINERS or words[1] not in _PAPER_NOUNS:
        return []
    want = _PAPER_NOUNS[words[1]]
    found: list[sp._Entity] = []
    k = a - 1
    while k >= 0 and len(found) < want:
        if not doc.cap[k]:
            k -= 1
            continue
        r1 = k + 1
        while k >= 0 and doc.cap[k]:
            k -= 1
        r0 = k + 1
        while r0 < r1 and doc.low[r0] in sp.ARTICLES:  # ("The Advocate": no word of the name)
            r0 += 1
        before = k - (k >= 0 and doc.low[k] in sp.ARTICLES)
        named = before >= 0 and doc.low[before] in ("newspaper", "paper")
        if r0 < r1 and (named or any(w in NEWSPAPER_TITLES for w in doc.low[r0:r1])):
            ent = doc.lookup(tuple(doc.tok[r0:r1]), r0, kind="organisation")
            if ent is not None and ent not in found:
                found.append(ent)
    return found if len(found) == want else []


def _joint_outlets(att: sp._Attributor, outlets: list[sp._Entity], pos: int) -> sp._Entity:
    """Two newspapers as one source ("both newspapers said" → "the Sunday Times and the Sunday Telegraph"), in
    the order the article named them, as a group source of its own."""
    name = " and ".join(e.name for e in sorted(outlets, key=lambda e: e.first))
    return att.roles.setdefault(name, sp._Entity(name, (), None, "organisation", pos, [], [0, 0]))


def _press_source(doc: sp._Doc, span: tuple[int, int] | None) -> sp._NP | None:
    """The detector's source when it is the unnamed press ("reports", "media reports", "the papers"): a group
    source as written, which no name inside the reported clause may replace (the ranker would otherwise pick
    the clause's subject, "Reports suggest Smith will quit" → Smith)."""
    if span is None:
        return None
    a, z = doc.token_at(span[0]), min(max(doc.token_at(span[1]), doc.token_at(span[0]) + 1), doc.n)
    if a < z and doc.low[a] == "the":
        a += 1  # "the papers", "the newspapers": the press as a group; "the reports" were read as documents
    words = doc.low[a:z]
    if not words or words[-1] not in _PRESS_PLURALS or any(w not in _PRESS_QUALIFIERS for w in words[:-1]):
        return None
    a -= a > 0 and doc.low[a - 1] == "the"
    return sp._NP("plural", a, z, tuple(doc.tok[a:z]))


#: Longest source phrase kept as written when it names no one (:func:`_source_as_written`).
KEPT_SOURCE_TOKENS = 4
#: Indefinite pronouns that are a source of their own ("someone who claimed …").
_INDEFINITE_SOURCES = frozenset("someone somebody anyone anybody others".split())


def _source_as_written(doc: sp._Doc, span: tuple[int, int] | None) -> sp._NP | None:
    """The detector's source phrase as a speaker label of its own where nothing resolves it: a short phrase
    of common words that ends in a plural noun ("bankers", "local authorities") or is an indefinite
    pronoun ("someone"), as "analysts" is kept elsewhere, rather than no source at all."""
    if span is None:
        return None
    a, z = doc.token_at(span[0]), min(max(doc.token_at(span[1]), doc.token_at(span[0]) + 1), doc.n)
    while a < z and doc.low[a] in resources.stopwords() and doc.low[a] not in sp._DETERMINERS:
        a += 1  # "after several national banks announced": the subordinator opens the clause, not the source
    if not 0 < z - a <= KEPT_SOURCE_TOKENS:
        return None
    words = doc.low[a:z]
    if any(not w.replace("-", "").isalpha() or w in sp.AUX or w in sp.cue_verbs() for w in words):
        return None  # a clause, not a noun phrase ("local authorities are now")
    if any(doc.cap[m] and m != doc.sentence_start[m] for m in range(a, z)):
        return None  # a name inside is the resolver's to read
    last = words[-1]
    if last in _INDEFINITE_SOURCES or resources.brill_tag(last) == "NNS":
        return sp._NP("plural", a, z, tuple(doc.tok[a:z]))
    return None


#: Determiners and quantifiers that open a description of an unnamed source ("one poster", "some lawmakers",
#: "other proponents of the bill", "a number of attendees", "two senior officials").
_DESCRIPTION_OPENERS = frozenset({"a", "an", "numerous", "various"}) | sp.QUANTIFIERS
#: Quantifiers that are a source alone, the people meant left unsaid ("others argue", "many say", "another said",
#: "one wrote", "both vowed", "neither would say", "each told reporters").
_LONE_SOURCES = frozenset("others another several many some most few one both neither none each all".split())
#: Words before a lone quantifier that make it no source ("no one", "every one", "the one who"): read as a whole.
_NOT_LONE_BEFORE = frozenset("no every any the this that which".split())
#: Ordinals after "a" that count one more source of a kind ("a third added", "a second said").
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
#: Quantifiers before a number that count a group source ("all three said", "both two").
_GROUP_COUNTERS = FLOATING_QUANTIFIERS - {"each"}
#: Pronouns after a quantifier's "of" that stand for people already named ("two of them", "one of those").
_PARTITIVE_PRONOUNS = frozenset({"them", "those", "us", "these"})
#: Lone quantifiers that stand for one more of a kind just described, and the word that opens the description
#: they take from it ("one user wrote … Another said" → "Another user"; "… others said" → "others residents" is
#: not English: a plural takes "other").
_CONTRASTING = {"another": "another", "one": "one", "others": "other", "other": "other"}
#: How far back (tokens) a contrasting quantifier looks for the description it takes its noun from: a sentence
#: or two, the distance at which a writer leaves the noun unsaid.
CONTRAST_REACH = 60
#: Brill tags of the words between a description's opener and its head noun ("former", "senior", "hi-tech").
_DESCRIPTION_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG", "CD"})
#: Brill tags of a head noun's modifiers that are no participle: a participle ("angered", "elected") modifies
#: only the head right after it, and further back is a clause's verb.
_NOUN_MODIFIER_TAGS = _DESCRIPTION_MODIFIER_TAGS - {"VBN", "VBG"}
#: Brill tags of verb forms that open a clause, not a bare description ("carrying signs", "asked reporters").
_VERB_FORM_TAGS = frozenset({"VBG", "VBN", "VBD", "VB", "VBZ", "VBP"})
#: Prepositions that open a description's complement ("of the bill", "from the University of Leeds").
_DESCRIPTION_COMPLEMENTS = frozenset({"of", "for", "from", "at", "with", "in", "on", "to"})
#: Longest description kept as a source of its own ("a university professor from the University of Michigan").
DESCRIBED_SOURCE_TOKENS = 10
#: Words that end a description's complement: a clause starts there ("some who advocate", "critics, who …").
_DESCRIPTION_BREAKS = RELATIVES | {"and", "or", "but"}
#: Of those, the coordinators that may join the words of one capitalised name ("the Department for Work and
#: Pensions", "Marks and Spencer").
_NAME_COORDINATORS = frozenset({"and", "&"})


def _ends_description(doc: sp._Doc, j: int) -> bool:
    """Token ``j`` ends a description's complement: a mark, a clause word (:data:`_DESCRIPTION_BREAKS`), an
    auxiliary or a cue verb; not an "and" between two capitalised words, which is inside a name."""
    low = doc.low[j]
    if low in _NAME_COORDINATORS and 0 < j < doc.n - 1 and doc.cap[j - 1] and doc.cap[j + 1]:
        return False
    return doc.tok[j] in _BREAKS or low in _DESCRIPTION_BREAKS or low in sp.AUX or low in sp.cue_verbs()


def _description_noun(doc: sp._Doc, m: int) -> bool:
    """Token ``m`` can head a description: a common noun of the Brill lexicon, or a lower-case word it does not
    know ("commenter", "speechwriter"); a capitalised plural counts after an opener ("some Republicans")."""
    low = doc.low[m]
    if not low.replace("-", "").isalpha() or low in sp._TIME_NOUNS or low in sp.cue_verbs() or low in sp.AUX:
        return False
    tag = resources.brill_tag(low)
    if doc.tok[m][:1].isupper() and m != doc.sentence_start[m]:
        return low.endswith("s") and (not tag or tag in ("NNS", "NNPS"))
    return not tag or tag in sp._COMMON_NOUN_TAGS


def described_source(doc: sp._Doc, span: tuple[int, int] | None) -> sp._NP | None:
    """A report's source phrase that is a plural, quantified or indefinite description as a whole ("Other
    proponents of the bill", "One poster", "a former speechwriter", "opponents of the bill", "Some of the
    women"), else ``None``.

    Such a phrase is a source of its own (the guidelines keep a description as written when nothing names
    who it is; PolNeAR annotates it as the Source), not a cue to give the report to whoever spoke last.
    The phrase is an opener (:data:`_DESCRIPTION_OPENERS`) or a bare plural, modifiers, a head noun and an
    optional prepositional complement (or a post-modifying adjective's: "familiar with the talks"), and it is all
    of the span (a name, an appositive or a relative
    clause after the head is the resolver's to read)."""
    if span is None:
        return None
    a, z = doc.token_at(span[0]), min(max(doc.token_at(span[1]), doc.token_at(span[0]) + 1), doc.n)
    while a < z and doc.low[a] in resources.stopwords() and doc.low[a] not in _DESCRIPTION_OPENERS | _LONE_SOURCES:
        a += 1  # "But opponents …", "after several firms …": the conjunction opens the clause, not the source
    if not 0 < z - a <= DESCRIBED_SOURCE_TOKENS:
        return None
    if z - a == 1 and doc.low[a] in _LONE_SOURCES:
        if a > 0 and doc.low[a - 1] in _NOT_LONE_BEFORE:
            return None  # "no one said", "the one who": not a quantifier standing for people
        return sp._NP("plural", a, z, (doc.tok[a],))  # "but others insist", "many argue"
    if _lone_phrase(doc, a, z):
        return sp._NP("plural", a, z, tuple(doc.tok[a:z]))  # "A third added", "All three said", "Two of them"
    m = a + (doc.low[a] in _DESCRIPTION_OPENERS)
    if m > a and m + 1 < z and doc.low[m] == "of":
        m += 1 + (doc.low[m + 1] in sp.PARTITIVE_DETERMINERS)  # "Some of the women"
    head = None
    while m < z and doc.low[m] not in _DESCRIPTION_COMPLEMENTS:
        if head == m - 1 and m + 1 < z and sp._POSTMODIFIERS.get(doc.low[m]) == doc.low[m + 1]:
            break  # "a publishing executive familiar with the talks": the adjective's phrase is the complement
        if _description_noun(doc, m):
            head = m
        elif not (doc.cap[m] or resources.brill_tag(doc.low[m]) in _DESCRIPTION_MODIFIER_TAGS):
            return None  # a verb, a pronoun, a mark: no noun phrase ("some are quietly saying")
        m += 1
    if head is None or head != m - 1:
        return None  # the phrase must end in its head noun ("some Twitter accounts", not "a Cruz adviser Bob")
    if doc.low[a] not in _DESCRIPTION_OPENERS and (
        resources.brill_tag(doc.low[head]) != "NNS" or resources.brill_tag(doc.low[a]) in _VERB_FORM_TAGS
    ):
        return None  # without an opener only a plural is one ("opponents of the bill", not "carrying signs")
    if m < z and any(_ends_description(doc, j) for j in range(m, z)):
        return None  # the complement is a clause, not a phrase ("officials who asked not to be named")
    return sp._NP("plural", a, z, tuple(doc.tok[a : head + 1]))  # the head: the words up to the head noun


def _lone_phrase(doc: sp._Doc, a: int, z: int) -> bool:
    """Whether tokens ``[a, z)`` are a quantifier phrase that stands alone for people: an ordinal after "a" ("a
    third"), "the other(s)", a counter and a number ("all three") or a quantifier's partitive of a pronoun ("two
    of them", "each of those")."""
    words = doc.low[a:z]
    if len(words) == 2 and words[0] in ("a", "the") and words[1] in (_ORDINALS if words[0] == "a" else _CONTRASTING):
        return True
    if len(words) == 2 and words[0] in _GROUP_COUNTERS and (words[1] in NUMBER_WORDS or words[1].isdigit()):
        return True
    return (
        len(words) == 3
        and words[1] == "of"
        and words[2] in _PARTITIVE_PRONOUNS
        and (words[0] in _LONE_SOURCES or words[0] in NUMBER_WORDS or words[0].isdigit())
    )


def _contrasted_description(doc: sp._Doc, desc: sp._NP) -> str | None:
    """The description a lone contrasting quantifier (:data:`_CONTRASTING`: "Another", "One", "Others", "the
    other") stands for, written with that quantifier: "Another user" after "one user wrote"; ``None`` when none
    is in reach (:data:`CONTRAST_REACH`).

    The nearest person noun before it that ends a phrase is the kind it counts one more of, when a description
    opener leads to it (:data:`_DESCRIPTION_OPENERS`: "one user", "some local residents") and its number is the
    quantifier's (a singular quantifier takes a singular noun, "others" a plural one); the guidelines give such
    a source as "another [user]".  A nearer noun of the other number ("an array of lawyers; one suggested")
    is what the quantifier counts among, not a kind to name it by: the quantifier stays as written."""
    words = doc.low[desc.a : desc.b]
    lone = words[-1]
    if lone not in _CONTRASTING or (len(words) == 2 and words[0] != "the"):
        return None
    plural = lone == "others"
    for m in range(desc.a - 1, max(-1, desc.a - CONTRAST_REACH), -1):
        low = doc.low[m]
        if not (doc.tok[m][:1].isalpha() and _person_noun(low, doc.cap[m]) and _phrase_ends_after(doc, m)):
            continue
        if (resources.brill_tag(low) in ("NNS", "NNPS") or low.endswith("s")) != plural:
            return None
        for o in range(m - 1, max(-1, m - 1 - CONTRAST_MODIFIERS), -1):
            if doc.low[o] in _DESCRIPTION_OPENERS:
                head = " ".join(doc.tok[o + 1 : m + 1])
                written = doc.tok[desc.b - 1]
                last = (
                    (_CONTRASTING[lone].capitalize() if written[:1].isupper() else _CONTRASTING[lone])
                    if plural
                    else written
                )
                return " ".join([*doc.tok[desc.a : desc.b - 1], last, head])
            if not doc.tok[o][:1].isalnum() or doc.low[o] in sp.cue_verbs() or doc.low[o] in _DESCRIPTION_COMPLEMENTS:
                break
        return None
    return None


#: Modifiers a contrasted description's head noun may follow its opener by ("one New Hampshire Republican").
CONTRAST_MODIFIERS = 4


def _phrase_ends_after(doc: sp._Doc, m: int) -> bool:
    """Token ``m`` ends its noun phrase: a mark, a verb, a function word or nothing follows, not another noun
    ("one American company", "a voter registration drive": the person word only modifies)."""
    if m + 1 >= doc.n or not doc.tok[m + 1][:1].isalnum():
        return True
    nxt = doc.low[m + 1]
    if doc.cap[m + 1]:
        return False
    tag = resources.brill_tag(nxt)
    return (
        nxt in resources.stopwords()
        or nxt in sp.cue_verbs()
        or nxt in sp.AUX
        or tag.startswith(("VB", "MD", "IN", "RB", "WP", "WDT"))
    )


#: Endings of a capitalised noun for a member of a party or a nation ("Republican", "Democrats", "Texan").
_MEMBER_ENDINGS = ("an", "ans", "at", "ats")


def _person_noun(low: str, capitalised: bool = False) -> bool:
    """A noun for people: a learned person noun, a role noun, an agent noun ("commenter", "poster"), or a
    capitalised member noun ("one New Hampshire Republican")."""
    if capitalised:
        return low in _DEMONYMS_LOWER or low.endswith(_MEMBER_ENDINGS)
    return sp._people_noun(sp._base(low)) or (
        low.endswith(_AGENT_ENDINGS + tuple(e + "s" for e in _AGENT_ENDINGS)) and low not in resources.stopwords()
    )


def _described_speaker(att: sp._Attributor, idx: _Index, desc: sp._NP) -> sp._Entity:
    """Who a description (:func:`described_source`) is: the person the next sentence names when the article
    introduces a newcomer so ("A retired train driver has said … . Tom Harris, who …": :func:`named_next`),
    else the description as written, a source of its own; a lone "Another" / "One" / "Others" the kind of
    source it contrasts with (:func:`_contrasted_description`)."""
    holder = named_next(att, idx, sp._NP("role", desc.a, desc.a + len(desc.head), desc.head))
    if holder is not None:
        return holder
    contrasted = _contrasted_description(att.doc, desc)
    if contrasted is not None:
        return sp.unnamed_role(att.roles, contrasted, desc.a)
    return _group(att, desc, desc.a)


def _described_topic_person(
    att: sp._Attributor, idx: _Index, rep: Report | None, np_: sp._NP | None
) -> tuple[sp._NP, sp._Entity] | None:
    """A report's source the phrase reader takes for no speaker that is a definite description of one person by
    a learned person noun ("The 29-year-old actor", "the veteran singer") → the person it continues: the previous
    sentence's subject or speaker (:func:`_subject_holder`) or the article's leading person at hand
    (:func:`topic_person`); else ``None``, and the report ranker reads the clause as before."""
    doc = att.doc
    if rep is None or rep.source is None or np_ is not None:
        return None
    a, z = doc.token_at(rep.source[0]), min(max(doc.token_at(rep.source[1]), doc.token_at(rep.source[0]) + 1), doc.n)
    if not 1 < z - a <= DESCRIPTION_TOKENS or doc.low[a] != "the" or not doc.tok[z - 1].isalpha():
        return None
    if not all(doc.tok[m][:1].isalnum() for m in range(a, z)) or not _topic_head(sp._base(doc.low[z - 1])):
        return None  # a phrase of words only, ending in a person noun that is no office of someone new
    role = sp._NP("role", a, z, tuple(doc.tok[a + 1 : z]))
    ent = _subject_holder(att, idx, role) or topic_person(att, idx, role)
    return (role, ent) if ent is not None and ent.kind == "person" else None


def _unnamed_description(doc: sp._Doc, rep: Report | None, np_: sp._NP | None) -> sp._NP | None:
    """The report's source as a description of its own (:func:`described_source`) where the phrase reader
    found no speaker in it or only a name inside its complement ("a lecturer from the University of Leeds"), not a
    document's owner ("a statement from Acme")."""
    if rep is None or rep.source is None:
        return None
    if np_ is not None and not (np_.kind in ("name", "org") and np_.a > doc.token_at(rep.source[0])):
        return None
    desc = described_source(doc, rep.source)
    if desc is not None and np_ is not None and desc.head[-1].lower() in sp._DOCUMENT_NOUNS | sp._RECORD_NOUNS:
        return None  # "A statement from the band's label Universal said": a document speaks for the name
    return desc


#: Prepositions whose phrase after an unnamed role is part of its description ("a legal expert in the US").
_FULL_COMPLEMENTS = frozenset({"of", "from", "at", "for", "with", "in"})
#: Nouns of the occasion of speaking, not of who speaks ("said a spokesman in an interview", "at a briefing").
_OCCASION_NOUNS = frozenset("interview interviews conference briefing briefings hearing rally visit appearance".split())


def _described_in_full(doc: sp._Doc, np_: sp._NP | None) -> sp._NP | None:
    """An indefinite role phrase read on over its prepositional complement to where its clause breaks ("a
    legal expert [in the US] speculated", "said a university professor [from the University of Michigan] who
    …"): the description as written, which the guidelines give whole; else ``None``.  A complement that
    tells when or on what occasion ("on Tuesday", "in a statement", "at a briefing") is none."""
    if np_ is None or np_.kind != "role" or doc.low[np_.a] not in _DESCRIPTION_OPENERS:
        return None
    if np_.b >= doc.n or doc.low[np_.b] not in _FULL_COMPLEMENTS:
        return None
    m, reach = np_.b, min(doc.n, np_.a + DESCRIBED_SOURCE_TOKENS)
    while m < reach and not _ends_description(doc, m):
        low = doc.low[m]
        if low in sp._TIME_WORDS or low in sp._TIME_NOUNS or low in sp._SPEECH_NOUNS or low in _OCCASION_NOUNS:
            return None
        m += 1
    if m == reach and m < doc.n:
        return None  # no break within reach: the phrase goes on past a description
    desc = described_source(doc, (doc.offsets(np_.a)[0], doc.offsets(m - 1)[1]))
    return desc if desc is not None and desc.a == np_.a and desc.b == m else None


def _unnamed_in_full(
    att: sp._Attributor, np_: sp._NP | None, new: sp._Entity | None
) -> tuple[sp._NP, sp._Entity] | None:
    """The whole description (:func:`_described_in_full`) where ``new`` is the unnamed role ``np_`` wrote
    ("A legal expert" → "A legal expert in the US"), with its entity; else ``None``."""
    if np_ is None or new is None or new.kind != "role":
        return None
    if new is not att.roles.get(sp.role_phrase(att.doc, np_).lower()):
        return None  # the role was resolved to a holder, or the speaker is someone else
    full = _described_in_full(att.doc, np_)
    return (full, _group(att, full, full.a)) if full is not None else None


#: Marks that end a quote attached to a cue after it (""…," another commenter said"; after ``?`` or ``!``
#: only when a lower-case word follows, as :meth:`speakers._Attributor.right_cue` reads it).
_ATTACHED_ENDS = frozenset(",?!")


def _described_subject(doc: sp._Doc, ti: int, found: tuple[sp._NP | None, str, int] | None) -> sp._NP | None:
    """The description written as the subject right before the cue of the quote at token ``ti`` where the
    rules found no speaker in it ("Another commenter said, "…"", ""…," another commenter said") or only a name
    inside its complement ("A lecturer from the University of York said"), as :func:`described_source` reads a
    report's (:func:`_unnamed_description`); else ``None``."""
    if found is None:
        inverted = _described_after_cue(doc, ti)
        if inverted is not None:
            return inverted  # ""…," said another.", ""…," wrote one commenter.": the description after the cue
        found = _cue_after_quote(doc, ti)
    if found is None or not 0 <= found[2] < doc.n or doc.low[found[2]] not in sp.cue_verbs():
        return None
    a, z = _subject_span(doc, found[2], DESCRIBED_SOURCE_TOKENS)
    named = found[0]
    if z <= a or (named is not None and not (named.kind in ("name", "org") and named.a > a)):
        return None
    desc = described_source(doc, (doc.offsets(a)[0], doc.offsets(z - 1)[1]))
    if desc is None and named is not None:
        return _described_before_clause(doc, a, z)  # "One resident who lives near Heathrow said"
    if desc is not None and named is not None and not _person_description(desc):
        return None  # "A statement from Acme said", "a spokesman for Acme said": the name speaks (or is meant)
    return desc


def _described_before_clause(doc: sp._Doc, a: int, z: int) -> sp._NP | None:
    """The description of people that opens tokens ``[a, z)`` before a relative clause or a participle phrase
    that modifies it ("One resident [who lives near Heathrow]", "Another intelligence source [speaking to Fox
    News]"): the source, not a name inside the clause; ``None`` when the words before the clause are no such
    description or name a body's voice or a document ("A spokesman speaking for Acme": Acme is meant)."""
    for t in range(a + 1, z):
        if doc.low[t] in RELATIVES or resources.brill_tag(doc.low[t]) in ("VBG", "VBN"):
            desc = described_source(doc, (doc.offsets(a)[0], doc.offsets(t - 1)[1]))
            if desc is None or desc.b != t:
                return None
            head = sp._base(desc.head[-1])
            if head in BODY_VOICES or head in sp._DOCUMENT_NOUNS or not _person_noun(head):
                return None
            return desc
    return None


def _person_description(desc: sp._NP) -> bool:
    """A description whose head is a person noun (:data:`analysis.speakers.PERSON_NOUNS`: "a lecturer", "one
    senator"), not a document's or a body's voice ("a statement", "a spokesman"), which speaks for the body
    named in its complement."""
    head = sp._base(desc.head[-1])
    return head in sp.PERSON_NOUNS and head not in BODY_VOICES and head not in sp._DOCUMENT_NOUNS


def _described_after_cue(doc: sp._Doc, ti: int) -> sp._NP | None:
    """The description (:func:`described_source`: a lone quantifier too) that is the inverted subject of a cue
    right after the quote at token ``ti``: ""…," said another." / "wrote one commenter." / "tweeted one of
    them."; ``None`` elsewhere.  The phrase must end the clause, so "said one thing" or "said another day" is
    no source."""
    q = doc.quotes[doc.quote_at[ti]]
    if (doc.text[q.end - 1] if q.end > 0 else "") not in _ATTACHED_ENDS:
        return None
    j = ti + 1
    while j < doc.n and doc.tok[j] in sp._SEPARATORS:
        j += 1
    if j + 1 >= doc.n or doc.low[j] not in sp.cue_verbs() or not sp._invertible(doc.tok[j]):
        return None
    for z in range(j + 2, min(doc.n, j + 1 + DESCRIBED_SOURCE_TOKENS)):
        if doc.tok[z] in _BREAKS:
            desc = described_source(doc, (doc.offsets(j + 1)[0], doc.offsets(z - 1)[1]))
            if desc is None or desc.a != j + 1:
                return None
            lone = z - j - 1 == 1 and doc.low[j + 1] in _LONE_SOURCES or _lone_phrase(doc, j + 1, z)
            return desc if lone or _person_noun(sp._base(desc.head[-1])) else None  # not "said one thing."
    return None


def _cue_after_quote(doc: sp._Doc, ti: int) -> tuple[None, str, int] | None:
    """The cue verb that follows the quote at token ``ti`` after a few words of its subject (""…," one
    reader wrote"), for a subject the rules read no speaker in; else ``None``."""
    q = doc.quotes[doc.quote_at[ti]]
    last = doc.text[q.end - 1] if q.end > 0 else ""
    if last not in _ATTACHED_ENDS:
        return None  # a quote that ends its sentence or runs on is not attributed by what follows
    j = ti + 1
    while j < doc.n and doc.tok[j] in sp._SEPARATORS:
        j += 1
    if j >= doc.n or (last != "," and not doc.tok[j][:1].islower()):
        return None  # ""Hope you did!" Union officials said …": a capital after ?/! opens a new sentence
    for m in range(j + 1, min(doc.n, j + DESCRIBED_SOURCE_TOKENS + 1)):
        if doc.tok[m] in _BREAKS:
            return None
        if doc.low[m] in sp.cue_verbs():
            return None, doc.tok[m], m
    return None


def _with_span(doc: sp._Doc, a: sp.Attribution, np_: sp._NP | None) -> Attribution:
    """A rule attribution with mention offsets (found again in the text when only the words are known)."""
    ms = me = None
    if np_ is not None:
        ms, me = doc.offsets(np_.a)[0], doc.offsets(np_.b - 1)[1]
    elif a.mention:
        at = _nearest_mention(doc.text, a.mention, a.start, a.end)
        if at is not None:
            ms, me = at, at + len(a.mention)
    return Attribution(a.start, a.end, a.kind, a.speaker, a.mention, a.cue, a.paragraph, ms, me)


def _issuer(att: sp._Attributor, np_: sp._NP) -> sp._NP | None:
    """Who put out the document chosen as a quote's source, read as the rules read it at a colon
    (:func:`speakers.document_issuer_np`: "The Home Office issued a statement on Monday." / ""We apologise …"" ->
    the Home Office; an owned document, "the IMF report", its owner), else ``None``.  One fallback is this stage's
    own: a kind of body as the subject ("The bank issued …"), read by :func:`_body_description`, which the
    earlier stage cannot import."""
    doc = att.doc
    if np_.kind != "role" or not np_.head or sp._base(np_.head[-1]) not in sp._DOCUMENT_NOUNS:
        return None
    noun = np_.head[-1].lower()
    k = next((m for m in range(np_.b - 1, np_.a - 1, -1) if doc.low[m] == noun), None)
    if k is None:
        return None
    lo = doc.sentence_start[np_.a]
    issuer = sp.document_issuer_np(doc, k, lo, att.is_cue)
    if issuer is not None:
        return issuer
    v = sp.document_verb(doc, k, lo)
    if v is not None and v - lo == _BODY_KIND_PHRASE_WORDS and doc.low[lo] == "the":
        # "The bank issued …": a kind of body the phrase reader does not take for a speaker
        return _body_description(doc, (doc.offsets(lo)[0], doc.offsets(v - 1)[1]))
    return None


def _name_mention(doc: sp._Doc, a: Attribution) -> Attribution:
    """A mention that ends with its speaker's name, written as that name with the titles capitalised before it.

    The rules read a speaker phrase with one role noun before the name ("critic Derek Malcolm", "firm
    Sophos"), the report detector the name alone or the whole phrase ("Muse singer Matt Bellamy"): the same
    source words were highlighted three ways.  The name's capitalised run ("Prime Minister Tony Blair",
    "Archbishop of Canterbury", "Mrs Parker Bowles") is what every row now covers; lowercase role words
    and determiners before it are the description, not the name.  Who speaks is not changed.
    """
    if a.speaker is None or a.mention_start is None or a.mention_end is None or a.kind == "nonspeech":
        return a
    first, last = doc.token_at(a.mention_start), doc.token_at(a.mention_end) - 1
    if not 0 <= first <= last < doc.n or doc.offsets(last)[1] != a.mention_end:
        return a
    if not doc.cap[last] or doc.low[last].replace("’", "'") != a.speaker.split()[-1].lower().replace("’", "'"):
        return a  # not ended by the speaker's name ("he", "the bank", "Blair's official spokesman")
    lo = doc.sentence_start[last]
    start = last
    while start - 1 >= max(first, lo) and doc.low[start - 1] not in sp._DETERMINERS:
        if doc.cap[start - 1] or sp._ORDINAL.fullmatch(doc.tok[start - 1]):
            start -= 1  # (a rank's ordinal is in its run: "Air Force 1st Lt. Jane Roe")
        elif doc.low[start - 1] in sp._RUN_JOINERS and start - 2 >= first and doc.cap[start - 2]:
            start -= 2  # "Archbishop [of] Canterbury"
        else:
            break
    while start - 1 >= lo and doc.cap[start - 1] and doc.low[start - 1].rstrip(".") in sp._TITLE_WORDS:
        start -= 1  # the title the report detector leaves out ("[Mrs] Parker Bowles", "[Prime Minister] Tony Blair")
    named = {w for w in a.speaker.lower().replace("’", "'").split() if w != "the"}
    if not named <= {w.replace("’", "'") for w in doc.low[start : last + 1]}:
        return a  # a description ending in a name ("Police in Leeds") is more than the name
    if start - 1 >= first and doc.low[start - 1] == "the":
        start -= 1  # the mention's own article stays ("the Westbury Gazette")
    ms = doc.offsets(start)[0]
    if ms == a.mention_start:
        return a
    return dataclasses.replace(a, mention=doc.text[ms : a.mention_end], mention_start=ms)


def _whole_words(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]`` starts and ends at word edges (not the "he" of "the", the "Smith" of "Smiths")."""
    return not (text[at - 1 : at].isalnum() and text[at].isalnum()) and not (
        text[end - 1].isalnum() and text[end : end + 1].isalnum()
    )


#: What ends a sentence between a quote and a mention after it (a quote's own "?" or "!" may end it
#: inside the sentence: ""Why?" he asked").
_SENTENCE_END = re.compile(r"[.!?\n]")


def _nearest_mention(text: str, mention: str, start: int, end: int) -> int | None:
    """Where ``mention`` is written for the quote ``[start, end)``, outside it and as whole words: the first
    occurrence after the quote in the sentence the quote ends (""…," Smith added" names the Smith after the
    quote, not one paragraphs before), else the last before it, else the first anywhere after it; ``None``
    where the words are not in the text."""
    stop = _SENTENCE_END.search(text, end - (text[end - 1 : end] not in ("?", "!")))
    limit = stop.start() if stop is not None else len(text)
    after = _whole_find(text, mention, end, limit + len(mention))  # (read no further than the sentence)
    if after is not None:
        return after
    before = text.rfind(mention, 0, start)
    while before >= 0 and not _whole_words(text, before, before + len(mention)):
        before = text.rfind(mention, 0, before + len(mention) - 1)
    return before if before >= 0 else _whole_find(text, mention, end, len(text))


def _whole_find(text: str, mention: str, at: int, limit: int) -> int | None:
    """The first whole-word occurrence of ``mention`` in ``text[at:limit]``, else ``None``."""
    found = text.find(mention, at, limit)
    while found >= 0 and not _whole_words(text, found, found + len(mention)):
        found = text.find(mention, found + 1, limit)
    return found if found >= 0 else None


def _narrator(att: sp._Attributor, idx: _Index, np_: sp._NP) -> bool:
    """Whether a cue's subject is the writer: a first-person pronoun (:data:`NARRATOR_PRONOUNS`) in a paragraph
    that no colon introduces ("Smith wrote:" / "I think …": a post quoted without marks is Smith's own)."""
    if np_.kind != "pronoun" or np_.head[0] not in NARRATOR_PRONOUNS:
        return False
    p = idx.pid[np_.a]
    start = idx.para_starts[p - 1] if p >= 1 else 0  # the paragraph break token before the pronoun's paragraph
    return not (p >= 1 and start >= 1 and att.doc.tok[start - 1] == ":")


def _quoted_predicate_subject(doc: sp._Doc, np_: sp._NP, ti: int, a: sp.Attribution) -> bool:
    """Whether the mention ``np_`` (a name, pronoun, role or organisation) ends right before the quote at token
    ``ti`` (its opening mark) and the quote opens in lower case: the quote goes on with the mention's sentence
    ("Biden "kind of misspoke"", "Lee "has no chance"", "his team "just quietly deciding""), so the mention is
    the quoted words' subject, not a cue's (a cue needs a verb or a colon between them).  Any lower-case word
    counts: a predicate may open with a noun ("kind of", "sort of") as well as with a verb, modal or adverb."""
    if np_.kind not in ("name", "pronoun", "role", "org") or np_.b != ti:
        return False
    words = doc.text[a.start : a.end].split()
    return bool(words) and words[0][:1].islower()


#: Opening quotation marks (and the space before them) between a subject and the quoted words it governs.
_OPENING_MARKS = "\"'\u201c\u2018 "


def _subject_right_before(doc: sp._Doc, a: sp.Attribution) -> bool:
    """Whether the rules' mention of a cue-less quote stands right before its opening mark and the quote opens
    in lower case ("Lee "kind of forgot …""): the mention is the subject of the quoted predicate (see
    :func:`_quoted_predicate_subject`), not of a cue."""
    words = doc.text[a.start : a.end].split()
    if not words or not words[0][:1].islower() or not a.mention:
        return False
    before = doc.text[max(0, a.start - len(a.mention) - 4) : a.start]
    head = before.rstrip(_OPENING_MARKS)
    return len(head) < len(before) and head.endswith(a.mention)


def _spoke_in_paragraph(att: sp._Attributor, idx: _Index, ti: int) -> bool:
    """Whether the latest speaker before token ``ti`` was recorded in ``ti``'s own paragraph."""
    at = next((p for p, _ in reversed(att.events) if p <= ti), None)
    return at is not None and idx.pid[at] == idx.pid[ti]


def _learned(att, idx, ti, row, weights, collect):  # noqa: ANN001, ANN202 - private
    """Re-decide one rule attribution with the ranker (or record its candidates for training)."""
    doc = att.doc
    _, a, ent = row
    found = rule_cue(att, ti)
    rule = found[0] if found is not None else None
    # The rule's decision is already recorded; candidates see the state before it.
    recorded = att.events.pop() if att.events and att.events[-1][1] is ent else None
    described = (
        _described_subject(doc, ti, found)
        if (rule is None or rule.kind in ("name", "org")) and collect is None
        else None
    )
    if described is not None:  # "Another commenter wrote: "…"": the description the rules could not read speaks
        rule, ent = described, _described_speaker(att, idx, described)
    if (
        rule is not None
        and rule.kind == "name"
        and len(rule.head) == 1
        and pronoun_stem(doc.low[rule.a]) in _SUBJECT_PRONOUNS
    ):
        # "He's claiming", "I've said": a contracted pronoun read as a capitalised name by the rules
        rule = sp._NP("pronoun", rule.a, rule.a + 1, (pronoun_stem(doc.low[rule.a]),))
        ent = None if ent is not None and ent.name.lower() in _SUBJECT_PRONOUNS else ent
    if rule is not None and collect is None and _ordinary_subject(att, idx, rule):
        rule, ent = None, None  # the rules' "subject" is an ordinary word ("Hours later, …"): the ranker decides
    if collect is None and rule is not None and _narrator(att, idx, rule):
        # ""Your Honor," I said": outside a quote the first person is the writer, whom the article gives no
        # name as a source; the ranker would hand the quote to whoever spoke last ("I told Sanders that …")
        # (the rules' own record of who spoke, popped above, stays out: the quote is no one's in the article)
        return _with_span(doc, dataclasses.replace(a, speaker=None), rule), None
    keep = (
        POLICY == "backoff"
        and collect is None
        and ent is not None
        and ((rule is None and a.mention is not None) or (rule is not None and rule.kind != "role"))
    )
    # (where the rules' reading stands no candidates are needed, save a bare title's wider name: "Ms May")
    cands = [] if keep else quote_candidates(att, idx, ti, rule)
    if collect is None and rule is None:
        # "Biden "kind of misspoke."": a name right before a quote that opens with its predicate is the quoted
        # words' subject, never their speaker
        cands = [c for c in cands if c.np is None or not _quoted_predicate_subject(doc, c.np, ti, a)] or cands
    if collect is not None:
        spans = [None if c.np is None else (doc.offsets(c.np.a)[0], doc.offsets(c.np.b - 1)[1]) for c in cands]
        collect.append((a, cands, spans, candidate_antecedents(att, idx, cands)))
        if recorded is not None:
            att.events.append(recorded)
        return _with_span(doc, a, rule), ent
    if POLICY == "backoff" and rule is None and ent is not None and a.mention is not None:
        if _subject_right_before(doc, a) and _spoke_in_paragraph(att, idx, ti):
            # "Lee "kind of forgot …"": the rules' subject is the quoted words' own, no cue's; in a paragraph
            # whose source has already spoken, the quote goes on with them (quoting those words about Lee)
            new = att.last_speaker(ti)
            att.record(ti, new)
            b = sp.Attribution(a.start, a.end, a.kind, new.name if new else None, None, None, a.paragraph)
            return _with_span(doc, b, None), new
        if recorded is not None:
            att.events.append(recorded)
        return _with_span(doc, a, None), ent  # the rules read the sentence's subject ("Lee backed it as "…"")
    if POLICY == "backoff" and rule is not None and ent is not None:
        # The rules fired with a subject that resolves: their mention stands (who it is may still be
        # re-read below); the ranker decides where they found no cue or no one.
        best = next((c for c in cands if c.np is not None and c.features[_F["rule"]]), None) or Candidate(rule, None)
    else:
        best = _choose(cands, weights)
    np_ = best.np
    if np_ is not None and best.features is not None and not best.features[_F["rule"]]:
        np_ = _issuer(att, np_) or np_  # "The RCMP issued a statement." / "…": the RCMP, not the statement
    if np_ is None and rule is None:  # the rules' own no-cue reading (continuity, or the sentence's subject)
        if recorded is not None:
            att.events.append(recorded)
        return _with_span(doc, a, None), ent
    if np_ is None:  # continuity: whoever spoke last
        new = att.last_speaker(ti)
        mention, cue = None, None
    else:
        is_rule = rule is not None and np_.a == rule.a and np_.b == rule.b
        if np_.kind == "pronoun" and np_.head[0] in ("he", "she") and (not is_rule or _weights()[2] is not None):
            new = resolve_pronoun(att, idx, np_.a, np_.head[0])
        elif np_.kind == "pronoun" and np_.head[0] in ("it", "they"):
            new = resolve_pronoun(att, idx, np_.a, np_.head[0])
        elif np_.kind == "role" and (not is_rule or ent is None or ent.kind == "role"):
            new = resolve_body_role(att, idx, np_, np_.a)
        elif is_rule:
            new = ent
        else:
            new = att.resolve(np_, np_.a)
        described = described_person(att, idx, np_) or _unnamed_in_full(att, np_, new)
        if described is not None:  # "The 54-year-old singer of Dancing in the Rain told": who was just named
            np_, new = described
        mention = doc.span_text(np_.a, np_.b)
        cue = found[1] if found is not None and rule is not None and np_.a == rule.a and np_.b == rule.b else None
        if cue is None:
            k = _cue_near(att, np_.b, 1, -1)
            k = _cue_near(att, np_.a - 1, -1, -1) if k is None else k
            cue = doc.tok[k] if k is not None else None
    if rule is None and new is ent and (new is None or new.name == a.speaker):
        # The ranker's mention names the speaker the rules continued with: keep their reading (no cue).
        att.record(ti, ent)
        return _with_span(doc, a, None), ent
    att.record(ti, new)
    b = sp.Attribution(a.start, a.end, a.kind, new.name if new else None, mention, cue, a.paragraph)
    return _with_span(doc, b, np_), new
