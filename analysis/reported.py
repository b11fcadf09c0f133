"""Speech without quotation marks: reported speech and transcript turns.

:mod:`analysis.quotes` finds what an article puts inside quotation marks.
News reports much of its speech without them (Pareti 2016 counts about half
of PARC's attributions as indirect), and interviews are printed as turns.
This module finds both, as :class:`~analysis.quotes.Quote` records that
carry where their source is written, so the speaker stage resolves that
mention like any other:

* **Reported speech** (``kind='indirect'``): the reported clause of
  ``X said (that) …``, ``X told Y (that) …``, ``X warned that …``,
  ``…, X said.`` / ``…, said X.`` and ``according to X, …`` /
  ``…, according to X.``  The span is the clause alone: not the source, the
  cue or a leading ``that``, and no final full stop.  The cue is a reporting
  verb learned from PolNeAR's train split (:func:`reporting_verbs`), so a
  verb of thinking ("believes", "hopes") is no cue.  A clause that holds a
  quotation mark is no row: its partial quotes already carry the report
  (unless the quoted words are a name or term, "the "Lion" release":
  :func:`~analysis.quotes.names_a_thing`).  A
  document or figures as the only source ("figures show", "according to the
  report") is no row: nobody is quoted.
* **Transcript turns** (``kind='full'``): a paragraph opening ``Q:``,
  ``A:`` or ``NAME:`` (``PENCE: Well, …``, ``Jane Smith: …``) is a quote of
  that speaker; ``Q`` is the interviewer (named when the article says who
  asked), ``A`` the person interviewed (named by ``interview with X``, ``X
  told``, or the first person the article names).

Each record's ``source`` is the span of the words naming who speaks (the cue's
grammatical subject, the object of ``according to``, the turn's label or the
interviewee's name), ``None`` when the text names nobody (an unnamed
interviewer); ``cue`` is the span of the cue (``said``, ``according to``,
``:``).

References:
    Pareti, S. (2016). PARC 3.0: A Corpus of Attribution Relations. LREC.
    Newell, E., Margolin, D. & Ruths, D. (2018). An Attribution Relations
    Corpus for Political News (PolNeAR). LREC.
    Levin, B. (1993). English Verb Classes and Alternations. Univ. of Chicago Press.
    Asr, F. T. et al. (2021). The Gender Gap Tracker. PLoS ONE 16(1).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from analysis import resources
from analysis._types import Span
from analysis.gender import UNKNOWN, given_names, honorific_gender, is_given_name
from analysis.quotes import mark_end, mark_start, names_a_thing
from analysis.tokenize import fold, sentence_spans

__all__ = [
    "MAX_OWNED_MODIFIERS",
    "POSSESSIVE_PRONOUNS",
    "POSSESSIVE_SUBJECTS",
    "REQUEST_NOUNS",
    "SPOKEN_NOUNS",
    "Report",
    "candidates",
    "cue_lemmas",
    "described",
    "find_reported",
    "find_turns",
    "inflections",
    "owned_speech_nouns",
    "participle_subject",
    "past_forms",
    "reporting_verbs",
]


@dataclass(frozen=True, slots=True)
class Report:
    """Speech found without quotation marks.

    Attributes:
        start: Offset of the reported clause (or the turn's words).
        end: Offset just past it (no final full stop).
        kind: ``'indirect'`` (reported speech) or ``'full'`` (a transcript turn).
        block: Index of the text block (:func:`~analysis.quotes.quote_blocks`) it is in.
        cue: Span of the cue (``said``, ``according to``, the turn's colon).
        source: Span of the words naming the speaker, or ``None`` when none are written.
        role: What to call the speaker when no words name them (``'interviewer'``), else ``None``.
    """

    start: int
    end: int
    kind: str
    block: int
    cue: Span
    source: Span | None
    role: str | None = None


# ---------------------------------------------------------------- verbs

#: Verbs that take the addressee before the clause: ``told reporters (that) …``.
_ADDRESSEE_VERBS = frozenset({"tell", "remind", "assure", "warn", "inform", "caution", "urge", "promise", "ask"})
#: Verbs whose clause may follow without ``that`` (``said the plan was dead``).
_BARE_CLAUSE_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "claim",
        "insist",
        "argue",
        "warn",
        "admit",
        "announce",
        "write",
        "tweet",
        "post",
        "suggest",
        "acknowledge",
        "concede",
        "predict",
        "promise",
        "confirm",
        "explain",
        "state",
        "assert",
        "maintain",
        "deny",
        "reveal",
        "stress",
        "note",
        "complain",
        "report",
    }
)
#: Verbs that describe or judge aloud with ``X as Y`` ("described the plan as unworkable", "hailed the ruling as
#: historic"; Levin 1993, 29.2 "characterize" and 33 "judgement"): what was said is the object with its description.
#: The lemmas PolNeAR's annotators used at least once as the cue of such a content ("X as Y", no quotation mark) in
#: the train split's fit part (``training/reporting_verbs.py``, ``description_counts``), less the verbs of belief
#: and perception ("see", "regard", "view"), with the British spellings.
DESCRIPTION_VERBS = frozenset(
    """describe cast portray paint dismiss slam praise denounce savage criticize criticise hail label attack
    characterize characterise""".split()
)
_IRREGULAR = {
    "say": ("said", "says"),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "begin": ("began", "begun"),
    "keep": ("kept",),
    "send": ("sent",),
    "put": ("put",),
}


def inflections(base: str) -> set[str]:
    """Every form of a regular or listed irregular verb: "warn" → warns, warned, warning; "admit" → admitted."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if re.search(r"(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$", base):  # admit → admitted, quip → quipped (both kept)
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base in _IRREGULAR:
        forms = {f for f in forms if not f.endswith("ed")} | set(_IRREGULAR[base])
    return forms


@functools.cache
def reporting_verbs() -> dict[str, str]:
    """Every form of the reporting verbs → its lemma.

    The lemmas are the verbs of communication (Levin 1993, class 37, with
    the judgement verbs said aloud and urge/order), less those of thinking;
    how often PolNeAR's annotators used each as the cue of unquoted reported
    speech in the train split decides how the scorer weighs it
    (:func:`_weight_keys`); see ``training/reporting_verbs.py``, which
    writes ``analysis/data/reporting_verbs.txt``.

    Returns:
        A mapping such as ``{'said': 'say', 'warns': 'warn', …}``.
    """
    return {form: lemma for lemma in _weight_keys() for form in inflections(lemma)}


@functools.cache
def _weight_keys() -> dict[str, tuple[str, ...]]:
    """Each reporting verb's lemma → the names its scorer features use (``reporting_verbs.txt``'s third column).

    A verb PolNeAR shows often is weighed as itself and as its Levin class (``@say``, ``@manner``, …); a rarer one
    ("retorted", "testified") as its class only, so it is judged like its class's commoner verbs.
    """

    rows = resources.packaged_rows("reporting_verbs.txt")
    return {row[0]: tuple(row[2].split(",")) if len(row) > 2 else (row[0],) for row in rows}


# ---------------------------------------------------------------- words

# The look-ahead only spares the two abbreviation branches at words that do not open with a capital (both
# need one): the tokens are those of the plain alternation, found about a fifth faster.
_WORD = re.compile(
    r"(?=[A-Z])(?:(?:[A-Z]\.){2,}|(?:Mrs|Mr|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.)"
    r"|[^\W_][\w'&-]*|[^\w\s]"
)
#: Auxiliaries and negations: a clause's verb group ("has", "would", "not").
_AUXILIARIES = frozenset(
    "has had have was were is are will would could should may might must did does do been be not never n't".split()
)
#: Adverbs found between a subject and its verb ("also said", "later told", "flatly denied"): no verb themselves,
#: so they do not make the words after a cue a clause ("said record profits earlier this year" is an object).
_AUX_ADVERBS = frozenset(
    """also later then previously once again recently just reportedly already further only even still allegedly
    first finally repeatedly publicly privately subsequently earlier often always sometimes usually simply
    quickly immediately flatly angrily""".split()
)
#: What may stand between a subject and its verb, read back from a cue.
_AUX = _AUXILIARIES | _AUX_ADVERBS
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "we", "we're", "we've", "me", "us", "you"})


def pronoun_stem(low: str) -> str:
    """A lower-case token up to its first apostrophe: the pronoun of a contraction the tokenizer keeps whole
    ("he's" → "he", "we've" → "we", "they'd" → "they"), else the token itself.  Callers test the stem against
    their pronoun set, so "it's" reads as "it" here (``speakers.subject_pronoun`` leaves out "'s")."""
    return low.split("'")[0] if "'" in low else low  # (most words have none: no split, no list)


#: Pronouns whose "'s" before a cue is "has" ("he's said" = "he has said", "who's said"); "it's said" stays a passive.
_HAS_PRONOUNS = frozenset({"he", "she", "who"})


#: Possessive endings, as the folded text writes them ("Blair's", "the ministers'").
POSSESSIVE_ENDINGS = ("'s", "s'")


def possessive(low: str, *, plural: bool = False, pronoun_has: bool = True) -> bool:
    """Whether a lower-case token reads as a possessive by its ending: the one reading of a possessive token that
    this module and :func:`analysis.speakers.is_possessive_at` share.

    Args:
        low: The token, lower-cased and folded.
        plural: Also take a plural's "s'" ("the ministers'") where the tokens keep it whole; without it only "'s"
            counts, which also covers "is" before a noun ("Trump's tweet", "it's said").
        pronoun_has: Read a personal pronoun's "'s" as "has" ("he's said", "she's told"), which makes the cue after
            it a verb, so not as a possessive.  A reader of the phrase before a name or noun, where no cue
            follows, passes False and takes every "'s".
    """
    if not low.endswith(POSSESSIVE_ENDINGS if plural else POSSESSIVE_ENDINGS[0]):
        return False
    return not pronoun_has or pronoun_stem(low) not in _HAS_PRONOUNS


def _writer_pronoun(t: _Tok) -> bool:
    """Whether a word is the writer's or reader's pronoun: "we", "us"; not "US" (the country: "US band REM")."""
    return t.low in _FIRST_PERSON and not (len(t.text) > 1 and t.text.isupper())


def _writer_words(words: Sequence[_Tok]) -> bool:
    """Whether a cue's subject words are the writer's: a writer's pronoun (:func:`_writer_pronoun`) or "let" before
    one ("Let us say then that …", "let me say": the writer's own words, no source's)."""
    return bool(words) and (
        _writer_pronoun(words[0]) or words[0].low == "let" and len(words) > 1 and _writer_pronoun(words[1])
    )


#: Words a reported clause may open with when ``that`` is left out (``said the plan …``, ``said he …``).
_CLAUSE_OPENERS = frozenset(
    "he she they it we i you the a an this that these those there his her their its our my no some many most all any "
    "every each both neither nobody everyone".split()
)
#: Sources that are documents or figures: alone they quote nobody ("figures show", "the report said"); rules,
#: guidelines and schedules too ("according to rules devised by the programmers", "the guidelines say": what they
#: lay down).  ("laws" is left out: "the officials whose laws were struck down" names people.)
DOCUMENTS = frozenset(
    """figures figure data statistics numbers report reports study studies survey surveys poll polls research
    analysis document documents records record results estimates estimate chart charts graph table filing
    filings papers paper memo website site transcript transcripts footage video evidence notice notices database
    databases note notes rules guidelines regulations schedule schedules timetable""".split()
)
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some".split())


def _document_head(words: Sequence[_Tok]) -> bool:
    """Whether words name a document or figures: a document word that is no modifier of the phrase's head.

    "the report", "official figures", "the results of the poll", "endorsed by recent polls"; not "the record
    industry", whose singular document word modifies the last word, a singular common noun by the Brill lexicon
    ("the study shows", "the figures show sales" stay documents: a verb, a plural).
    """
    if _press_reports(words):
        return False
    tags = _tags()
    return any(
        w.low in DOCUMENTS
        and not (
            i + 2 == len(words)
            and not w.low.endswith("s")
            and words[i + 1].text.islower()
            and tags.get(words[i + 1].low) == "NN"
        )
        for i, w in enumerate(words)
    )


#: Words that may qualify unnamed press reports: "reports", "media reports", "unconfirmed newspaper reports".
_PRESS_QUALIFIERS = frozenset("press media news newspaper unconfirmed local some several recent earlier other".split())


#: A newspaper named again by its common noun: "the paper said", "The papers report", "both papers said".
_PAPERS = frozenset({"paper", "papers"})
#: What may come before :data:`_PAPERS` for it to be a newspaper named before ("the paper", "the two papers"), not a
#: study ("a paper", "the research paper", "a paper by Smith").
_PAPER_DETERMINERS = frozenset({"the", "both"})


def _press_reports(words: Sequence[_Tok]) -> bool:
    """Whether words are unnamed press reports, a source the news cites as it cites a paper ("reports suggest",
    "according to media reports"), not a document: the plural ``reports`` with no determiner, at most qualified
    by :data:`_PRESS_QUALIFIERS` ("the report", "the reports show", "fundraising reports" stay documents); or a
    newspaper named again ("the paper said", "both papers", "the two papers": a definite :data:`_PAPERS` with
    nothing but a number between, which the news writes for a paper named before, not for a study)."""
    if not words:
        return False
    if words[-1].low in _PAPERS:
        return (
            len(words) > 1
            and words[0].low in _PAPER_DETERMINERS
            and all(w.low in _PAPER_DETERMINERS or w.low in NUMBER_WORDS for w in words[:-1])
        )
    return words[-1].low == "reports" and all(w.low in _PRESS_QUALIFIERS for w in words[:-1])


#: Words that end a subject going back from its verb: clause openers and conjunctions.
_CLAUSE_EDGE = frozenset(
    """and but or while whilst whereas because when as after before since although though if that which who whom whose where so
    yet nor than until unless whether once""".split()
)
_NOUN_BEFORE = frozenset("the a an his her their its our my your this that these those another every each".split())
_PUNCT_EDGE = frozenset(
    {",", ";", ":", "(", ")", "-", "\u2014", "\u2013", "\u2015", "--", '"', "\u201c", "\u201d", "'"}
)
_QUOTE_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb'
_COPULA = frozenset({"is", "was", "are", "were", "be", "been"})
#: A speech verb after these is passive ("X was told Y …", "after being warned by X that …"): its subject heard the
#: words, did not say them.
PASSIVE_AUX = _COPULA | {"being"}
#: Words that open a relative clause: "two officials who spoke …", "which he said would …", "Jane Doe, whose …".
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


#: An apostrophe spelled in several characters (``&rsquo;``, ``&#39;``, ``â€™``), folded: the apostrophe repeated over
#: the spelling (:func:`~analysis.tokenize.fold`), three times or more; no plain word holds such a run (an NYT closing
#: mark, ``''``, is two).
_SPELLED_APOSTROPHE_RUN = "'''"
_SPELLED_APOSTROPHE = re.compile("'{3,}")


def _tokens(text: str, s: int, e: int, cues: frozenset[str] | None = None) -> _Sentence | None:
    """The tokens of ``text[s:e]``; ``None`` when ``cues`` are given and none of them is a token."""
    matches = list(_WORD.finditer(text, s, e))
    # (the unbound methods, mapped, run in C: a sentence of a report-heavy article has many tokens)
    words = list(map(re.Match.group, matches))
    if text.find(_SPELLED_APOSTROPHE_RUN, s, e) >= 0:  # ("Trump&rsquo;s", folded "Trump'''''''s", is "Trump's")
        words = [_SPELLED_APOSTROPHE.sub("'", w) for w in words]
    lows = list(map(str.lower, words))
    if cues is not None and cues.isdisjoint(lows):
        return None
    starts = list(map(re.Match.start, matches))
    return _Sentence(map(_new_tok, zip(words, lows, starts, map(re.Match.end, matches))), starts, lows)


#: A token's offset and its lower-case form, read in C (:class:`_Sentence`).
_TOK_START = operator.attrgetter("start")
_TOK_LOW = operator.attrgetter("low")
_TOK_TEXT = operator.attrgetter("text")
#: Builds a :class:`_Tok` from a 4-tuple in C (the class call and ``_make`` run Python code per token).
_new_tok = functools.partial(tuple.__new__, _Tok)


# ---------------------------------------------------------------- reported speech


def find_reported(text: str, blocks: Sequence[Span], quoted: Sequence[Span] = ()) -> list[Report]:
    """Find the reported speech of an article.

    Every cue (a reporting verb or ``according to``) proposes candidate
    clauses (:func:`candidates`); a logistic model trained on PolNeAR's train
    split (``training/train_reported.py``, weights in
    ``analysis/data/reported.npz``) scores each, and the best-scoring
    candidates above its threshold are kept, disjoint, one per cue.

    Args:
        text: The full text every offset indexes (``Article.text``).
        blocks: The text blocks in reading order (:func:`~analysis.quotes.quote_blocks`).
        quoted: Spans of the direct quotes and transcript turns (with or
            without their marks): a clause overlapping one is not reported
            speech of its own.

    Returns:
        ``indirect`` :class:`Report` records in reading order, disjoint.
    """
    weights, bias, threshold = _model()
    out: list[Report] = []
    for group in candidates(text, blocks, quoted):
        scored = sorted(
            ((bias + sum(map(weights.get, feats, itertools.repeat(0.0))), rep) for rep, feats in group),
            key=lambda x: -x[0],
        )
        kept: list[Report] = []
        for score, rep in scored:
            if score < threshold:
                break
            if any(rep.start < k.end and k.start < rep.end or rep.cue == k.cue for k in kept):
                continue  # one reading per cue, and clauses do not overlap
            kept.append(rep)
        out.extend(sorted((_negated_infinitive(text, rep) for rep in kept), key=lambda r: r.start))
    return out


#: A negation right before an infinitive content: "urged him not to back down" asked him *not* to.
_NEGATED_INFINITIVE = re.compile(r"(?:^|\s)(not|never)\s+$")
#: How far before a content its negation is looked for.
_NEGATION_REACH = 8


def _negated_infinitive(text: str, rep: Report) -> Report:
    """A report whose content is an infinitive after ``not``/``never`` with the negation in its content.

    The readings skip an addressee up to the infinitive ("told airlines not to buy the jets" → "to buy the jets"),
    and the negation with it, which turns what was asked into its opposite.  The candidate is scored as read (its
    features are those of an infinitive); only its span takes the negation back.
    """
    if rep.start <= rep.cue[1] or not text.startswith("to ", rep.start):
        return rep
    m = _NEGATED_INFINITIVE.search(text, max(rep.cue[1], rep.start - _NEGATION_REACH), rep.start)
    if m is None:
        return rep
    return Report(m.start(1), rep.end, rep.kind, rep.block, rep.cue, rep.source, rep.role)


@functools.cache
def _model() -> tuple[dict[str, float], float, float]:
    """The candidate scorer's weights (feature → weight), intercept and decision threshold (a logit)."""
    from analysis.resources import load_weights

    npz = load_weights("reported.npz")
    names = [str(n) for n in npz["features"]]
    coef = npz["coef"].astype(float)
    return dict(zip(names, coef.tolist())), float(npz["intercept"]), float(npz["threshold"])


def candidates(
    text: str, blocks: Sequence[Span], quoted: Sequence[Span] = ()
) -> list[list[tuple[Report, tuple[str, ...]]]]:
    """Candidate reported clauses of an article with their features, one list per sentence.

    A candidate is proposed by the hand-written readings of a cue (``X said
    (that) …``, ``…, X said.``, ``according to X``; :func:`_reports_in`) and,
    for every reporting verb, by looser readings that keep what those
    readings check as features instead of conditions: the clause after the
    cue (skipping ``that``, an addressee or a short adverbial) and the clause
    before it (``The plan will fail, X said.``).  Features: the reading, the
    verb's lemma and form, the word before the cue (auxiliary, ``to``, a
    determiner: a noun), the subject's shape (name, pronoun, nominal,
    document, first person, none), negation, ``that``, the clause's first
    word and finite verb, its length, and where the cue sits in the sentence;
    the cue's commonest part of speech in the Brill lexicon with the word
    before it ("in 30 states": a noun), the verb with the clause's first word
    ("spoke to …", "said as …"), and a cue right after a direct quote
    ('"…," he told the rally held in …': the words after it are rarely a
    report of their own).

    Used by :func:`find_reported` and by ``training/train_reported.py``.
    """
    folded = fold(text)
    verbs = reporting_verbs()
    described = _description_forms()
    phrasal = _phrasal_forms()
    lemmas = cue_lemmas()
    all_spans = sorted(quoted)
    # A name in quotation marks inside a clause ("the "Lion" release") does not make the clause a quote's.
    # (read in the text as written: folded, a spelled mark is the mark repeated, which reads as an export's "")
    spans = sorted(
        sp for sp in quoted if not (_closed(folded, sp) and names_a_thing(text, sp[0], mark_start(text, sp[1])))
    )
    starts = [s for s, _ in spans]
    cues = _cues()
    cue_in = _cue_pattern().search
    low = folded.lower()
    if len(low) != len(folded):
        low = None  # a letter whose lower case is longer ("İ"): the screen's offsets would not match
    phrases = _speech_phrases(low) if low is not None else []
    phrase_starts = [m.start() for m in phrases]
    owned = list(_owned_pattern().finditer(low)) if low is not None else []
    owned_starts = [m.start() for m in owned]
    modified = list(_modified_pattern().finditer(low)) if low is not None else []
    modified_starts = [m.start() for m in modified]
    out: list[list[tuple[Report, tuple[str, ...]]]] = []
    for b, (bs, be) in enumerate(blocks):
        for ss, se in sentence_spans(folded, bs, be, folded=True):
            if _inside_quote(spans, starts, ss, se):
                continue  # every clause read here would overlap the quote and be dropped below: none is read
            here = phrases[bisect.bisect_left(phrase_starts, ss) : bisect.bisect_left(phrase_starts, se)]
            owned_here = owned[bisect.bisect_left(owned_starts, ss) : bisect.bisect_left(owned_starts, se)]
            modified_here = modified[bisect.bisect_left(modified_starts, ss) : bisect.bisect_left(modified_starts, se)]
            if low is not None and not here and not owned_here and not modified_here and cue_in(low[ss:se]) is None:
                continue  # no cue: not worth the token records (most sentences end here, cheaply)
            toks = _tokens(folded, ss, se, None if here or owned_here or modified_here else cues)
            if toks is None:
                continue  # the screen passes a few sentences without a cue ("essays", "tasks")
            toks = _without_inner_marks(folded, toks, all_spans, ss, se, cues, text)
            readings: list[tuple[Report, str]] = [(rep, "rule") for rep in _reports_in(toks, verbs, b)]
            readings += [(rep, "phrase") for rep in _phrase_reports(toks, here, b)]
            owned_reps = _owned_reports(toks, owned_here, b)
            owned_reps += _modified_owned(toks, modified_here, b)
            readings += [(rep, "owned") for rep in owned_reps]
            # (before the cues are marked read: the looser readings then propose the clause after the cue)
            readings = [(rep, reading) for rep, reading in readings if not _subject_before_cue(toks, rep)]
            ruled = {rep.cue for rep, _ in readings}
            for k in toks.cue_at:
                t = toks[k]
                if t.low in described and not _opening_noun_or_command(toks, k):
                    rep = _described(toks, k, b)
                    if rep is not None:
                        readings.append((rep, "as"))
                lemma = phrasal.get(t.low)
                if lemma is not None and k + 1 < len(toks) and toks[k + 1].low == PHRASAL_VERBS[lemma]:
                    rep = _loose_leading(toks, k, lemma, b, particle=1) if _loose_cue(toks, k) else None
                    if rep is not None:
                        readings.append((rep, "lead"))
                if t.low not in verbs or (t.start, t.end) in ruled or not _loose_cue(toks, k):
                    continue
                if _as_by_start(toks, k) is not None:
                    continue  # "as reported by X": its one reading is the source phrase's (:func:`_as_by`)
                if _quoted_as(toks, k) is not None:
                    continue  # "quoted X as saying …": the participle's reading, X's (:func:`_quoted_as`)
                if verbs[t.low] in _backed_off():
                    rep = _pleaded(toks, k, verbs[t.low], b)
                    if rep is not None:
                        readings.append((rep, "lead"))
                    continue  # (a rare verb has no weights of its own for the loose readings' shapes: rules only)
                for reading, rep in ((r, f(toks, k, verbs[t.low], b)) for r, f in _LOOSE):
                    if rep is not None:
                        readings.append((rep, reading))
            # "…, as already announced by X": a source phrase cites, it is no other cue's content ("the £37.5bn
            # predicted in March, as already announced by X": not what was predicted).
            cited = {toks[a].start for a in (_as_by_start(toks, k) for k in toks.cue_at) if a is not None}
            kept = []
            for rep, reading in readings:
                if rep.start in cited or _all_told(toks, rep.cue[0]):
                    continue
                if (owned_here or owned_reps) and rep not in owned_reps and _owned_cue(rep, owned_here, owned_reps):
                    continue  # "Exxon's claim that …": the noun is its owner's cue, no verb ("claim that was rejected")
                cut = False
                if _overlaps(spans, starts, rep.start, rep.end):
                    rep = _cut_before_quote(toks, rep, spans, starts, verbs)
                    if rep is None:
                        continue  # (a clause holding a quote is carried by the quote's own row)
                    cut = True
                nxt = folded[rep.end : rep.end + 4]
                if (
                    nxt[:1] in (",", ":", " ", "\u2014", "-")
                    and nxt.lstrip(" ,:;-\u2014")[:1] in ('"', "'")
                    and not (cut and nxt[:1] == ":")
                ):
                    # (a clause cut at its colon before a quote is a report of its own: "said the talks had
                    # failed: "…"")
                    continue  # "…, Trump said at a fundraiser: "…"": the clause introduces a quote
                if rep.end <= rep.cue[0] and _INTRODUCES_QUOTE.match(folded, rep.cue[1]):
                    continue  # "Asked about the plan, Smith said: "…"": the cue's words are the quote, not these
                if rep.start > rep.cue[0] and folded[rep.start : rep.end].split(None, 1)[0].lower() in _JOINED_VERBS:
                    continue  # "written and edited by …", "had predicted, and the stock rose": a second verb or clause
                rep = _relative_clause_close(toks, rep)
                feats = _features(toks, rep, reading, lemmas)  # (only for candidates kept)
                if _takes_a_thing(feats) or _takes_a_thing_before_adjunct(toks, rep, reading, lemmas, feats):
                    continue  # "claimed victory", "claimed responsibility for the attack": no words reported
                if _enters_a_plea(toks, rep, feats):
                    continue  # "pleaded guilty to fraud", "have pleaded their innocence": a plea entered, no words
                if _reports_figures(toks, rep, feats):
                    continue  # "reported a fourth-quarter loss of $19m": a company's figures, no words
                if _agent_only(toks, rep, feats):
                    continue  # "rules proposed Friday by the agency": the agent, no words
                if _subject_before_cue(toks, rep):
                    continue  # "Jane Roe, a professor who has written about schools, said …": the cue's subject
                if _hypothetical_speaker(toks, rep.cue[0]):
                    continue  # "would you say your allegiance is …", "please say …": nobody said it
                kept.append((rep, (*feats, *_cut_features(toks, rep)) if cut else feats))
            if kept:
                out.append(kept)
    return out


#: Rare verbs of pleading (PolNeAR's fit part shows none as a cue, so they are weighed by their class, ``@urge``, and
#: read by the hand-written readings only) whose infinitive after an addressee is what was asked, as "urged": "she
#: implored the council to keep the library open", "begged his captors to let him go".  Only that reading is
#: proposed (:func:`_pleaded`): its shape is the one the class's common verbs ("urge", "order", "demand") learn.
_PLEADING_VERBS = frozenset({"implore", "beg", "exhort"})


def _pleaded(toks: _Sentence, k: int, lemma: str, b: int) -> Report | None:
    """The infinitive after an addressee of a rare verb of pleading at token ``k`` (:data:`_PLEADING_VERBS`), or
    ``None``: "implored [the city council] to keep …" reports "to keep …", its subject the source."""
    if lemma not in _PLEADING_VERBS or not _loose_cue(toks, k):
        return None
    n = len(toks)
    # (the addressee, a word at least and no clause or punctuation: "begged to differ" asks nothing of anyone)
    for m in range(k + 1, min(n - 1, k + 2 + _MAX_ADDRESSEE)):
        t = toks[m]
        if t.low == "to":
            if m == k + 1:
                return None
            subj = _gap_subject(toks, k) or _loose_subject(toks, k)[0]
            return _content_from(toks, k, m, subj, b)
        if t.text in _PUNCT_EDGE or t.low in RELATIVES or t.low in SUBJECT_PRONOUNS or t.low in FINITE_AUX:
            return None
    return None


#: The longest addressee (tokens) between a verb of pleading and its infinitive ("the city's planning committee").
_MAX_ADDRESSEE = 5


#: Verbs that, with a noun phrase as their object, take, win or order a thing instead of reporting words: "claimed
#: victory", "claimed responsibility for the attack", "claimed the title", "the storm claimed the lives of …"; "ordered
#: an inquiry", "ordered the destruction of the air force" (rep36: the readable sets marked none of the three such
#: rows the kit gave, kp1, open and open2 one each; "ordered US$6 billion in new airliners" opens with a capital and
#: stays).  Their speech sense takes a clause ("claimed (that) the vote was rigged", "ordered that all flights be
#: grounded") or an infinitive ("claimed to have won", "ordered the firm to pay").
_TAKING_VERBS = frozenset({"claim", "order"})
#: The content shapes of :func:`_object_shape` that are a noun phrase and nothing after it.
_THING_SHAPES = frozenset({"content=np", "content=other"})
#: How a thing's noun phrase opens (:func:`_features`' ``first=``): a common word or a determiner ("victory", "the
#: title"); a capital may open a clause whose verb the finite test missed, a preposition an adverbial after an
#: object before it ("claimed $27 as the average donation").
_THING_OPENERS = frozenset({"first=word", "first=opener"})


def _takes_a_thing(feats: Sequence[str]) -> bool:
    """Whether a candidate's features read a :data:`_TAKING_VERBS` verb with a noun phrase after it as its object.

    The blind guidelines count a reported clause, not a thing claimed; PolNeAR's annotators marked about half of
    such objects in its train split ("claimed victory in a tweet", "claimed credit for …") and left the others
    ("claimed residency in Ireland", "claimed his third victory"), so the learned model, which weighs the verb with
    the shape (``lemma=claim|content=other``), keeps most of them: a rule, as the guideline is one.

    Args:
        feats: The candidate's features (:func:`_features`).

    Returns:
        True for a content after the cue with no finite verb, no ``that``, a noun phrase's shape and a common word
        or a determiner first.
    """
    return (
        "side=after" in feats
        and "finite=False" in feats
        and "that" not in feats
        and any(f"lemma={verb}" in feats for verb in _TAKING_VERBS)
        and any(f in _THING_SHAPES for f in feats)
        and any(f in _THING_OPENERS for f in feats)
    )


#: Verbs that enter a plea in court: "pleaded guilty to fraud", "pleads not guilty", "have pleaded their innocence".
_PLEA_VERBS = frozenset({"plead"})
#: The words of a plea (after "not", "no" or a possessive at most): "guilty", "not guilty", "innocent", "no contest",
#: "their innocence".
_PLEAS = frozenset({"guilty", "innocent", "innocence", "contest"})
#: Words a plea may open with before its word: a negation ("not guilty", "no contest"); possessives are read apart.
_PLEA_OPENERS = frozenset({"not", "no"})


def _enters_a_plea(toks: _Sentence, rep: Report, feats: Sequence[str]) -> bool:
    """Whether a candidate reads a plea entered in court as what was said: "has pleaded guilty to fraud and is
    assisting prosecutors", "the two men have pleaded their innocence".

    A plea is a legal act with a fixed object, no clause: the blind guidelines' span is a reported clause, and the
    annotators of the BBC, Wikinews and KPCrowd sets marked none of the five such rows the kit gave (lead1 2, kp1 2,
    open4 1); "pleaded with the board to reject the bid" (a request) and "pleaded that …" stay candidates.  A rule,
    as the guideline is one: PolNeAR's annotators mark a plea as a content (four of the five such rows the kit gave
    on its train split), so a weight learnt there would keep them.

    Args:
        toks: The sentence's tokens.
        rep: The candidate.
        feats: Its features (:func:`_features`).

    Returns:
        True for a content after a :data:`_PLEA_VERBS` cue, with no ``that``, opening with a plea's word
        (:data:`_PLEAS`), after "not", "no" or a possessive at most.
    """
    if "side=after" not in feats or "that" in feats or not any(f"lemma={v}" in feats for v in _PLEA_VERBS):
        return False
    m = bisect.bisect_left(toks.starts, rep.start)
    if m < len(toks) and (
        toks[m].low in _PLEA_OPENERS or toks[m].low in POSSESSIVE_PRONOUNS or possessive(toks[m].low)
    ):
        m += 1
    return m < len(toks) and toks[m].low in _PLEAS


#: Verbs a company's accounts are given with: "reported a fourth-quarter loss", "posted record profits", "announced
#: its January sales".
_RESULT_VERBS = frozenset({"report", "post", "announce"})
#: Nouns of a company's results: with one of :data:`_RESULT_VERBS` and nothing but its modifiers before it, the object
#: is figures, not words said.
_RESULT_NOUNS = frozenset(
    "loss losses profit profits earnings revenue revenues sales income deficit surplus turnover".split()
)
#: How many words a result's noun phrase reads for its noun ("a $14.6 billion annual loss": five words before it).
_MAX_RESULT_MODIFIERS = 6
#: Tags of the Brill lexicon a result's modifiers cannot have: a verb or a pronoun opens a clause ("sales fell").
_CLAUSE_TAGS = ("VB", "MD", "PRP", "WDT", "WP")


def _reports_figures(toks: _Sentence, rep: Report, feats: Sequence[str]) -> bool:
    """Whether a candidate reads a company's results as what was said: "the company reported a loss of $19m".

    The blind guidelines skip figures as a source's words ("figures show"); a company's accounts given with "reported",
    "posted" or "announced" are figures too, and the annotators of the BBC, Wikinews and KPCrowd sets marked none of
    them (kp1 1, open 3, open4 3 such false reports: "reported a $14.6 billion annual loss", "reporting February
    sales today").  The object is a noun phrase whose noun is a result's (:data:`_RESULT_NOUNS`), with only its
    modifiers before it and a preposition, a mark, a time or the sentence's end after it; "reported (that) sales
    fell" is a clause and stays a report.  PolNeAR's annotators marked the two such objects its train split has
    ("reported a profit of $1.78 per share"): a rule, as the guideline is one, not a weight learnt from them.

    Args:
        toks: The sentence's tokens.
        rep: The candidate.
        feats: Its features (:func:`_features`).

    Returns:
        True for a result's noun phrase right after one of the verbs.
    """
    if "side=after" not in feats or "that" in feats or not any(f"lemma={v}" in feats for v in _RESULT_VERBS):
        return False
    tags = _tags()
    words = 0
    for m in range(bisect.bisect_left(toks.starts, rep.start), len(toks)):
        t = toks[m]
        words += t.text[:1].isalnum()  # (a figure is split at its point: "14", ".", "6")
        if t.start >= rep.end or words > _MAX_RESULT_MODIFIERS + 1:
            return False
        if t.low in _RESULT_NOUNS:
            after = toks[m + 1] if m + 1 < len(toks) and toks[m + 1].start < rep.end else None
            if after is None or not after.text[:1].isalnum():
                return True
            return (
                after.low in _PREPOSITIONS or after.low in _DAYS or after.low in _ADJUNCT_OPENERS
            ) and not _subject_of_clause(toks, m + 1, rep.end)
        if t.text in _PUNCT_EDGE or t.low in _PREPOSITIONS or tags.get(t.low, "").startswith(_CLAUSE_TAGS):
            return False
    return False


#: How many words a that-less clause's subject reads past its noun for the clause's verb ("reported sales in its
#: European stores fell": four words of complement and time before "fell").
_MAX_SUBJECT_COMPLEMENT = 6
#: Participles that close an accounting period after a result ("a loss in the quarter ended June 30"): no clause's verb.
_PERIOD_PARTICIPLES = frozenset({"ended", "ending"})


def _subject_of_clause(toks: _Sentence, m: int, end: int) -> bool:
    """Whether a result's noun is the subject of a that-less reported clause: its complement or time (from token
    ``m``) runs within :data:`_MAX_SUBJECT_COMPLEMENT` words, with no mark or subordinator between, into a finite
    verb ("reported sales in Europe fell", "announced profits at its bank had doubled", "reported sales on Saturday
    were the best").  "reported a loss of $19m in the quarter ended June 30" and "… as sales fell" are no clause.
    """
    words = 0
    for k in range(m, len(toks)):
        t = toks[k]
        if t.start >= end or words > _MAX_SUBJECT_COMPLEMENT:
            return False
        if t.text in _PUNCT_EDGE or t.low in SUBORDINATORS or t.low in RELATIVE_OPENERS or t.low == "that":
            return False
        if t.low not in _PERIOD_PARTICIPLES and _finite_at(toks, k):
            return True
        words += t.text[:1].isalnum()
    return False


#: The word that opens a passive's agent or a means ("proposed Friday by the agency", "said by telephone").
_AGENT = "by"


def _agent_only(toks: _Sentence, rep: Report, feats: Sequence[str]) -> bool:
    """Whether a content after its cue is only a ``by`` phrase: a passive's agent or a means, nothing said.

    "menu rules proposed Friday by the Food and Drug Administration": the participle is the rules' modifier and the
    phrase names who proposed them (KPCrowd had two such false reports); a ``by`` phrase before a clause ("argue
    that by month's end, Clinton will …") has a finite verb and stays a candidate.

    Args:
        toks: The sentence's tokens.
        rep: The candidate.
        feats: Its features (:func:`_features`).

    Returns:
        True for a content after its cue opening with ``by`` and holding no finite verb.
    """
    if "side=after" not in feats or "finite=False" not in feats:
        return False
    first = bisect.bisect_left(toks.starts, rep.start)
    return first < len(toks) and toks[first].low == _AGENT


def _subject_before_cue(toks: _Sentence, rep: Report) -> bool:
    """Whether a content before its cue is the cue's own subject: a name with an apposition and no verb of its own.

    "Jane Roe, a history professor who has written about schools, said teachers, like doctors, had duties": the
    words before ", said" name who said it, and their only verb is the relative clause's ("has written"); read
    as a report with "teachers" an inverted subject, the sentence lost its source and its clause (kp1 had two
    such false reports, PolNeAR's train split two, unmarked by its annotators: "Dick Dever, who was listed on the
    slate, told …").  A content with a verb outside its relative clauses ("Jane Roe, a member of the board, was
    travelling …, said …") is a clause and stays a candidate.

    Args:
        toks: The sentence's tokens.
        rep: The candidate.

    Returns:
        True for a content right before ``, <cue>`` that is a name (capitalised words) and a comma (an apposition or
        a relative clause after it), or a description and the name in apposition, with no finite verb outside its
        relative clauses.
    """
    c = bisect.bisect_left(toks.starts, rep.start)
    k = bisect.bisect_left(toks.starts, rep.cue[0])
    if not (0 <= c < k - 1 < len(toks)) or toks[k - 1].text != "," or rep.end > toks[k - 1].start:
        return False
    words = toks[c : k - 1]
    # (a name first, up to its apposition's comma: "Mrs. Clinton leads in polls, 45 percent to 42, according to"
    # opens with a clause whose present-tense verb the finite test below does not know)
    comma = next((m for m, t in enumerate(words) if t.text == ","), 0)
    if not comma or not (_is_name(words[:comma]) or _is_name(words[comma + 1 :])):
        return False  # (either side of the comma may be the name: "The director of the FBI, James Comey, said")
    relative = relative_verbs(words, 0, len(words))
    return not any(_finite_at(words, m) for m in range(1, len(words)) if m not in relative)


def _is_name(words: Sequence[_Tok]) -> bool:
    """Whether tokens are a name: capitalised words (and initials' full stops), at least one."""
    return bool(words) and all(t.text[:1].isupper() or t.text == "." for t in words)


#: Modals that make a cue with a generic or addressed subject a supposition: "would you say", "one could say".
_SUPPOSING_MODALS = frozenset({"would", "could", "might", "should"})
#: Subjects that name no source: the reader addressed, or anyone at all.
_NO_SOURCE_SUBJECTS = frozenset({"you", "one"})
#: The word that makes a bare cue a request to the reader: "please say you're not …".
_PLEASE = "please"


def _hypothetical_speaker(toks: _Sentence, cue_start: int) -> bool:
    """Whether a cue asks the reader or supposes anyone saying something, so no source said it.

    "If pushed, would you say your allegiance is to …?", "Whatever you do, please say you're not …", "by some
    standards one could say immigrants …": the blind guidelines record acts of reported speech, and these are a
    question, a request or a supposition put to the reader (kp1 had two such false reports, PolNeAR's train split
    one, its annotators marking none).  A modal with a named or nominal subject ("the minister would say only
    that …", "a worthy opposition would demand …") stays a candidate: PolNeAR marks those, and its learned weights
    decide.

    Args:
        toks: The sentence's tokens.
        cue_start: The cue's start offset.

    Returns:
        True for ``please`` right before the cue, or a modal and ``you``/``one`` (in either order) right before it.
    """
    k = bisect.bisect_left(toks.starts, cue_start)
    if k >= 1 and toks[k - 1].low == _PLEASE:
        return True
    if k < 2:
        return False
    a, b = toks[k - 2].low, toks[k - 1].low
    return (a in _SUPPOSING_MODALS and b in _NO_SOURCE_SUBJECTS) or (
        a in _NO_SOURCE_SUBJECTS and b in _SUPPOSING_MODALS
    )


def _takes_a_thing_before_adjunct(
    toks: _Sentence, rep: Report, reading: str, lemmas: dict[str, str], feats: Sequence[str]
) -> bool:
    """Whether a :data:`_TAKING_VERBS` candidate takes a thing before a participle adjunct after a comma.

    "No group has claimed responsibility for the attack, leading police to ask whether it was …": the finite
    verb :func:`_features` finds is the adjunct's ("was"), so the content up to the comma is read again.

    Args:
        toks: The sentence's tokens.
        rep: The candidate.
        reading: The reading that proposed it.
        lemmas: The cue forms' lemmas (:func:`cue_lemmas`).
        feats: The candidate's features.

    Returns:
        True when the content before ``, <word>ing`` is a thing taken (:func:`_takes_a_thing`).
    """
    if "side=after" not in feats or not any(f"lemma={verb}" in feats for verb in _TAKING_VERBS):
        return False
    for m in range(1, len(toks) - 1):
        if toks[m].start <= rep.start or toks[m].start >= rep.end:
            continue
        if toks[m].text == "," and toks[m + 1].low.endswith("ing") and toks[m + 1].text[:1].islower():
            return _takes_a_thing(_features(toks, dataclasses.replace(rep, end=toks[m - 1].end), reading, lemmas))
    return False


def _relative_clause_close(toks: _Sentence, rep: Report) -> Report:
    """A report whose cue stands in a relative clause after a comma, cut where that clause closes.

    "Jane Doe, who has accused the council of lying, may stand for mayor", "The plan, which Doe has said was a
    mistake, was dropped": the comma after the content and the finite verb after it (an auxiliary or a modal, after
    an adverb at most) go back to the main clause, whose predicate is not what was said.  The last such comma is
    the clause's close: an earlier one closes an aside in the content ("who said the plan, if approved, would cut
    costs, was booed"; "who said prices, which rose last year, will fall, is …").
    """
    if rep.start <= rep.cue[0]:
        return rep
    starts = toks.starts
    k = bisect.bisect_left(starts, rep.cue[0])
    r = next((m for m in range(k - 1, 0, -1) if toks[m].text in _PUNCT_EDGE or toks[m].low in RELATIVE_OPENERS), 0)
    if r < 1 or toks[r].low not in RELATIVE_OPENERS or toks[r - 1].text != ",":
        return rep
    c = bisect.bisect_left(starts, rep.start)
    # (a verb that takes a bare clause needs the clause's verb before the comma: in "who said the two men, and Cruz
    # in particular, must do more" the comma closes an aside in the content, and "must" is the content's)
    clause_verb = reporting_verbs().get(toks[k].low) in _BARE_CLAUSE_VERBS
    close = None
    for m in range(c + 1, len(toks) - 1):
        if toks[m].start >= rep.end:
            break
        if toks[m].text != ",":
            continue
        v = m + 1 + (_adverb(toks[m + 1]) and m + 2 < len(toks))
        if toks[v].low not in FINITE_AUX and toks[v].low not in _MODALS:
            continue
        if clause_verb and not any(_finite_at(toks, i) for i in range(c, m)):
            continue  # (the content's own verb: a later comma may still close the relative clause)
        close = m
    if close is None:
        return rep
    return dataclasses.replace(rep, end=toks[close - 1].end)


#: "All told," opening a sentence is "in all" ("All told, the group raised $4 million"): its "told" is no cue.
_ALL_TOLD = ("all", "told", ",")


def _all_told(toks: Sequence[_Tok], cue_start: int) -> bool:
    """Whether the cue at character ``cue_start`` is the "told" of a sentence-opening "All told,"
    (:data:`_ALL_TOLD`)."""
    n = len(_ALL_TOLD)
    return len(toks) > n and toks[1].start == cue_start and tuple(t.low for t in toks[:n]) == _ALL_TOLD


#: Words that, opening what follows a cue, join a second verb or clause to it, not its content ("written and edited
#: by …", "posted and reposted online", "had predicted, and Ford's stock rose …").
_JOINED_VERBS = frozenset({"and", "or", "nor"})
#: At most this many words in a quote inside a sentence whose marks the readings skip (:func:`_without_inner_marks`).
_MAX_INNER_QUOTE = 6
#: Punctuation that makes a quote a sentence (or sentences) of its own.
_SENTENCE_MARKS = re.compile(r"[.?!;:]")


def _without_inner_marks(
    text: str, toks: _Sentence, spans: Sequence[Span], s: int, e: int, cues: frozenset[str], written: str
) -> _Sentence:
    """A sentence's tokens without the marks of the short quotes set inside it, read as the words they enclose.

    "Humphrey, who calls Trump a "sociopath," said he …", "Marcel Lehel, the hacker known as "Guccifer," stated
    that …", "dismissed an "Antennagate," saying that …": a closing mark before a cue reads as a quote the cue
    introduces ('"We will win," said Smith': no subject before it, its content the quote), and a subject is not
    looked for past it, so the report after the cue was lost.  A quote inside a sentence (a word before its
    opening mark, more of the sentence after its closing one) of at most :data:`_MAX_INNER_QUOTE` words, no
    sentence of its own (no sentence punctuation, no subject pronoun first), right before a cue (perhaps after a
    comma), is read as its words: a fragment, name or term in an appositive, a relative clause or an object.
    Elsewhere the marks stay, as the edges of what a reading takes in (without them, "said her approach is to
    "distrust and verify" that Iran …" reads as "said … that Iran …"); the quotes' spans still keep any clause
    that holds one from being a report of its own (:func:`candidates`).  On PolNeAR train's fit part: 11 more
    rows, 9 of them annotated contents of their cue, 1 a quoted one.  A mark written in several characters (an
    export's ``""``, ``&quot;``, ``â€œ``; ``text``, folded, repeats the mark over them) is read in ``written``, the
    text as given, and all of it is dropped: ``an &quot;Antennagate,&quot; saying that …`` reads as the plain one.
    """
    drop = set()
    for i in range(bisect.bisect_left(spans, (s, -1)), len(spans)):
        o, z = spans[i]
        if o >= e:
            break
        if z > e or not _closed(text, (o, z)):
            continue
        opened, closing = mark_end(written, o), mark_start(written, z)
        body = text[opened:closing]
        words = body.split()
        if not words or len(words) > _MAX_INNER_QUOTE or _SENTENCE_MARKS.search(body):
            continue
        if words[0].lower() in SUBJECT_PRONOUNS or not text[s:o].strip() or not text[z:e].strip(" ,.;:"):
            continue  # a sentence of its own, or a quote that opens or ends the sentence
        if not text[s:o].rstrip()[-1:].isalnum():
            continue  # after a colon or a dash: a quote introduced
        m = bisect.bisect_left(toks.starts, z)
        m += m < len(toks) and toks[m].text == ","
        if m < len(toks) and toks[m].low in cues:
            # (only before a cue: elsewhere the marks still end what a reading takes in)
            drop.update(range(o, opened))
            drop.update(range(closing, z))
    if not drop:
        return toks
    return _Sentence([t for t in toks if t.start not in drop])


def _closed(text: str, span: Span) -> bool:
    """Whether a quote's span (opening mark to just past its closing mark) ends at a closing mark."""
    return span[1] - 1 > span[0] and text[span[1] - 1] in _QUOTE_CHARS + "'\u2019"


#: The marks at which a reported clause that runs on into another report's quote is cut (:func:`_cut_before_quote`).
_QUOTE_CUT_MARKS = frozenset({",", ";", "(", "-", "\u2014", "\u2013", "\u2015", "--"})


def _cut_before_quote(
    toks: _Sentence, rep: Report, spans: Sequence[Span], starts: Sequence[int], verbs: dict[str, str]
) -> Report | None:
    """A clause after its cue that runs on into another report's quote, cut at the clause mark before that report.

    "Netanyahu said that he would go ahead with the meeting, although he tweeted that he "rejects …"": the reading
    takes the clause to the sentence's end, over the quote, and a candidate overlapping a quote is dropped (a
    clause holding a partial quote is the quote's, the blind guidelines' rule), so the report before the comma
    was lost with it.  Here the quote has a cue of its own ("tweeted", "which he called", "interjected:") after
    the mark (a reporting verb, or a verb of description: "whom he described as "peaceful""): the words before
    the mark are a report of their own.  Of the 416 speech-cued contents of PolNeAR train's fit part the kit
    missed, 82 ran on into a quote; where that quote has a cue of its own, 23 candidates are cut right (and 56
    cuts of the same shape overlap no content).  The cut is proposed, not decided: it carries features of its own
    (:func:`_cut_features`) and the model weighs it like any candidate.  ``None`` when the clause is not after its
    cue, opens inside a quote, has fewer than ``_MIN_CLAUSE`` words before a mark, or no cue follows the mark
    before the quote (then the quote is part of this clause).

    A colon right before the quote introduces a quote of its own, so no cue is needed there: the clause is cut at a
    mark followed by a clause of its own ("said that Cuba would sue, Rubio fired back: "…""), or else at the colon
    when the quote is attributed after it ('said the port had lost its trade: "…," she added'; without that cue
    the clause may only announce the quote: "had one message: "…"").  A clause, not an adverbial or an addressee
    ("said at a rally: "…""): a finite verb after its first word.  So is a second predicate of the cue's subject
    that holds the quote ("…, but agreed that it had "value"", "and calling him "…""): the clause ends before its
    "and"/"but".  With these, PolNeAR train's fit part's speech contents no candidate reached went 771 → 760 (found
    3070 → 3078, shipped model).
    """
    if rep.start < rep.cue[1]:
        return None  # (a clause before its cue ends at the cue, not at a quote)
    q = bisect.bisect_right(starts, rep.start)
    if q > 0 and spans[q - 1][1] > rep.start or q == len(spans):
        return None  # the clause opens inside a quote
    quote = spans[q][0]
    first = bisect.bisect_left(toks.starts, rep.start)
    last = bisect.bisect_left(toks.starts, quote)
    # A colon right before the quote introduces it: a quote of its own, not a fragment of this clause.
    colon = last - 1 if last - 1 >= first + _MIN_CLAUSE and toks[last - 1].text == ":" else None
    for m in range(first + _MIN_CLAUSE, colon if colon is not None else last):
        t = toks[m]
        if _second_verb(toks, m) and _introduced_clause(toks, first, m):
            # "said he had not owned the jets but agreed they had "promotional value"": the quote is the second
            # predicate's, the clause before the conjunction a report of its own
            return dataclasses.replace(rep, end=toks[m - 1].end)
        if t.text in _QUOTE_CUT_MARKS and m + 1 < len(toks) and toks[m + 1].start > t.end:
            if any(w.low in verbs or w.low in _description_forms() for w in toks[m + 1 : last]) or (
                _second_verb(toks, m + 1) and _introduced_clause(toks, first, m)
            ):
                return dataclasses.replace(rep, end=toks[m - 1].end)
            if colon is None:
                return None  # no cue of its own between the mark and the quote: the quote is this clause's
            if (
                toks[first].low not in SUBORDINATORS
                and toks[first].low not in _CONDITIONS  # "said that if pressed, …": the main clause follows the mark
                and _introduced_clause(toks, first, m)
                and _introduced_clause(toks, m, colon)
            ):
                # (", Rubio fired back: "…"", ", to which Smith replied: "…"": a clause after the mark introduces it)
                return dataclasses.replace(rep, end=toks[m - 1].end)
            break  # (the words after the mark continue this clause: it may end at the colon)
    if colon is not None and _introduced_clause(toks, first, colon) and _cued_after(toks, spans[q][1], verbs):
        # "said he was too busy to look: "I have a lot going on."": the clause ends at the colon
        return dataclasses.replace(rep, end=toks[colon - 1].end)
    return None


#: Conjunctions that join a second predicate of the cue's subject ("said …, but agreed …").
_PREDICATE_JOINS = frozenset({"and", "but"})
#: Adverbs allowed between such a conjunction and its verb ("and then boomed", "but also warned").
_JOIN_ADVERBS = frozenset({"then", "also", "later"})


def _second_verb(toks: _Sentence, m: int) -> bool:
    """Whether ``toks[m]`` is ``and``/``but`` before a past or ``-ing`` verb (after ``then``/``also`` at most): a
    second predicate of the cue's subject ("but agreed that …", "and calling him …"), not a coordinated noun
    phrase or subject ("the mayor and his aides")."""
    if m + 1 >= len(toks) or toks[m].low not in _PREDICATE_JOINS:
        return False
    verb = toks[m + 2] if toks[m + 1].low in _JOIN_ADVERBS and m + 2 < len(toks) else toks[m + 1]
    return (
        verb.text.isalpha()
        and verb.text.islower()
        and verb.low.endswith(("ed", "ing"))
        and verb.low not in _AUXILIARIES
    )


#: How many words after a quote its own trailing cue stands at most ('"…," the mayor later said').
_MAX_TRAILING_CUE = 4


def _cued_after(toks: _Sentence, end: int, verbs: dict[str, str]) -> bool:
    """Whether a reporting verb follows the quote ending at ``end`` within :data:`_MAX_TRAILING_CUE` words: the
    quote is attributed on its own ('…: "The port is closed," she said.'), so the clause before its colon is no
    announcement of it ("had one message: "…"") but a report of its own."""
    k = bisect.bisect_left(toks.starts, end)
    return any(t.low in verbs for t in toks[k : k + _MAX_TRAILING_CUE])


def _introduced_clause(toks: _Sentence, first: int, colon: int) -> bool:
    """Whether the words from ``first`` to a colon before a quote are a clause (a finite verb after a subject word),
    not an adverbial or an addressee ("said at a rally in Ohio: "…"", "told the crowd: "…""), which introduce the
    quote as the cue's own words."""
    return any(_finite_at(toks, m) for m in range(first + 1, colon))


#: Conjunctions of condition that open an adverbial clause before a report's main clause ("said that if asked, …").
_CONDITIONS = frozenset({"if", "unless"})


def _cut_features(toks: _Sentence, rep: Report) -> tuple[str, ...]:
    """The features of a clause cut before another report's quote: the cut, and what the words after the mark open.

    ", although he tweeted …", ", but insists …", ", adding …": a clause follows, the report ended; ", which he
    called …": a relative clause on the report's last words.
    """
    m = bisect.bisect_left(toks.starts, rep.end) + 1  # (the token after the mark)
    nxt = toks[m].low if m < len(toks) else ""
    opens = "relative" if nxt in RELATIVES else "clause" if nxt in _CLAUSE_EDGE or nxt.endswith("ing") else "other"
    return ("cut=quote", f"cut_next={opens}")


#: After a cue: a colon and an opening quotation mark, perhaps after a short addressee ("told the BBC: "…"").
_INTRODUCES_QUOTE = re.compile(r"[^,.;:!?\"'\n]{0,40}:\s*[\"']")


@functools.cache
def _backed_off() -> frozenset[str]:
    """The reporting verbs weighed as their class only (too rare in PolNeAR for weights of their own).

    They are read by the hand-written readings only, which check the clause's shape (a subject, ``that`` or a
    clause opener, a finite verb): the loose readings leave those checks to a verb's own learned weights.
    """
    return frozenset(lemma for lemma, keys in _weight_keys().items() if lemma not in keys)


@functools.cache
def _cues() -> frozenset[str]:
    """The words that can cue reported speech: every reporting and description verb form and ``according``."""
    return frozenset(reporting_verbs().keys() | _description_forms().keys() | _phrasal_forms().keys() | {"according"})


@functools.cache
def _description_forms() -> dict[str, str]:
    """Every form of the :data:`DESCRIPTION_VERBS` → its lemma."""
    return {form: lemma for lemma in DESCRIPTION_VERBS for form in inflections(lemma)}


#: Verbs that report speech only with their particle ("pointed out that …"; "pointed to" and "the point" do not):
#: verb → particle.  PolNeAR train holds 44 "point out", which its annotators mark as cues.
PHRASAL_VERBS = {"point": "out"}


@functools.cache
def _phrasal_forms() -> dict[str, str]:
    """Every form of the :data:`PHRASAL_VERBS` → its lemma."""
    return {form: lemma for lemma in PHRASAL_VERBS for form in inflections(lemma)}


@functools.cache
def cue_lemmas() -> dict[str, str]:
    """Every cue verb form (reporting, description, phrasal and phrase verbs) → its lemma, for the features."""
    return {**_phrase_verb_forms(), **_phrasal_forms(), **_description_forms(), **reporting_verbs()}


# ---------------------------------------------------------------- phrases of speech

#: Support verbs that make a phrase of communication with a noun of speech or with "clear" (a light verb
#: construction: "made it clear that …", "expressed concern that …", "issued a warning that …", "gave
#: assurances that …", "raised the possibility that …"; Levin 1993 names the verbs of communication only, and none
#: of these is one alone: "made a profit", "raised taxes").  The phrase's subject is the source and the clause
#: after its ``that`` the content, as after a reporting verb; the guidelines count "a communication verb or
#: phrase".  (Verbs that are reporting verbs already, "voiced", "reiterated", are read as such.)
PHRASE_VERBS = {
    "make": ("made",),
    "express": (),
    "issue": (),
    "give": ("gave", "given"),
    "raise": (),
    "offer": (),
    "air": (),
    "lodge": (),
    "deliver": (),
}
#: What such a verb takes to say something (before ``that``): the adjectives of "made (it) clear/plain/known",
#: and the nouns naming a speech act or an attitude stated aloud (nominalised verbs of communication and of
#: judgement, Levin 1993 classes 37 and 33, with "concern", "fear", "hope", "doubt" as said: "voiced fears that").
#: Chosen a priori from those classes, not from errors.
PHRASE_NOUNS = frozenset(
    """clear plain known explicit concern fear hope doubt worry alarm confidence optimism frustration disappointment
    regret warning assurance reassurance promise pledge guarantee vow commitment threat point case argument claim
    allegation accusation charge complaint criticism objection statement announcement prediction suggestion
    possibility prospect assertion reminder observation remark comment admission denial acknowledgment
    acknowledgement insistence demand request confirmation message view belief opinion""".split()
)
#: At most this many words between the verb and its noun ("made it abundantly clear", "expressed his deep concern").
_MAX_PHRASE_MODIFIERS = 3
#: At most this many words in an addressee after the noun ("made it clear to the judge that …").
_MAX_PHRASE_ADDRESSEE = 3
#: At most this many words in an adjunct of time or setting between the noun (or its addressee) and ``that``
#: ("issued a warning earlier in the week that", "expressed frustration in an interview this year that").
_MAX_PHRASE_ADJUNCT = 5
#: Words that open such an adjunct besides a preposition of :data:`_OPENING_PREPOSITIONS` and a day
#: (:data:`_DAYS`): "made clear Tuesday night that", "offered her firmest promise yet that".  Not "of" or
#: "about": after them the words name the noun's topic ("the prospect of a merger that …"), whose relative
#: pronoun the ``that`` is; not a determiner: "raising fears the violence that …" has its content already begun.
_ADJUNCT_OPENERS = ("earlier", "later", "last", "this", "yet", "again", "tonight")
#: Words no such adjunct holds: another ``that``, the ``so`` of "so that" (a purpose clause, not the content), and
#: a coordinator ("make a statement and cannot attribute that to …": a second verb phrase, not an adjunct).
_NOT_IN_ADJUNCT = ("that", "so", "and", "or", "but")


@functools.cache
def _phrase_verb_forms() -> dict[str, str]:
    """Every form of the :data:`PHRASE_VERBS` → its lemma ("made" → "make"; no "maked")."""
    out = {}
    for base, irregular in PHRASE_VERBS.items():
        forms = inflections(base)
        if irregular:
            forms = {f for f in forms if not f.endswith("ed")} | set(irregular)
        out.update(dict.fromkeys(forms, base))
    return out


@functools.cache
def _phrase_pattern() -> re.Pattern[str]:
    """A phrase of speech ending in its ``that``, in lower-cased text: verb, up to :data:`_MAX_PHRASE_MODIFIERS`
    words, a :data:`PHRASE_NOUNS` word (or its plural), perhaps ``to`` and an addressee, perhaps an adjunct of
    time or setting ("on Friday", "for weeks", "in an interview"), then ``that``."""
    nouns = sorted(_phrase_nouns())
    word = r"[a-z0-9'&.-]+"
    adjunct_word = rf"(?!(?:{'|'.join(_NOT_IN_ADJUNCT)})(?![a-z])){word}\s+"
    openers = sorted(_OPENING_PREPOSITIONS | _DAYS | set(_ADJUNCT_OPENERS))
    adjunct = rf"(?={_trie(openers)}\s){adjunct_word}(?:{adjunct_word}){{0,{_MAX_PHRASE_ADJUNCT - 1}}}?"
    return re.compile(
        rf"(?<![a-z])(?:{_trie(sorted(_phrase_verb_forms()))})\s+(?:{word}\s+){{0,{_MAX_PHRASE_MODIFIERS}}}?"
        rf"(?:{_trie(nouns)})\s+(?:to\s+(?:{word}\s+){{1,{_MAX_PHRASE_ADDRESSEE}}}?)?(?:{adjunct})?that(?![a-z])"
    )


#: The past participles of the :data:`PHRASE_VERBS` that :func:`_participle_form` does not know ("was made clear").
_PHRASE_PARTICIPLES = frozenset({"made"})


def _passive_phrase(toks: list[_Tok], k: int) -> bool:
    """Whether the phrase verb at ``k`` is a passive ("it was made clear that", "assurances were given that"):
    nobody is its subject who spoke."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_AUX_RUN and (toks[j].low in _AUX or _adverb(toks[j])):
        if toks[j].low in _COPULA:
            return toks[k].low in _PHRASE_PARTICIPLES or _participle_form(toks[k].low)
        j -= 1
    return j >= 0 and toks[j].low == "being"


#: A phrase of speech ends at most this many characters before its ``that`` begins (verb, modifiers, noun, addressee,
#: adjunct).
_PHRASE_REACH = 160
#: The words before ``that`` one of which must be a phrase's noun (the noun, or ``to``, an addressee and an adjunct
#: after it), looked for in this many characters before it.
_PHRASE_TAIL, _PHRASE_TAIL_CHARS = 2 + _MAX_PHRASE_ADDRESSEE + _MAX_PHRASE_ADJUNCT, 110


@functools.cache
def _with_plurals(nouns: frozenset[str]) -> frozenset[str]:
    """Nouns with their regular plurals ("concerns", "worries", "claims")."""
    return nouns | {n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns}


def _phrase_nouns() -> frozenset[str]:
    """The :data:`PHRASE_NOUNS` with their plurals ("concerns", "worries")."""
    return _with_plurals(PHRASE_NOUNS)


def _speech_phrases(low: str) -> list[re.Match[str]]:
    """The phrases of speech of a lower-cased text, in order.

    Read back from each ``that`` whose last few words hold a phrase's noun: a regular expression's scan for the
    phrase at every position of the article cost three times more, and few articles hold one.
    """
    out = []
    nouns = _phrase_nouns()
    pattern = _phrase_pattern()
    for t in _THAT.finditer(low):
        i, end = t.start(), t.end()
        if not nouns.isdisjoint(low[max(0, i - _PHRASE_TAIL_CHARS) : i].rsplit(None, _PHRASE_TAIL)[-_PHRASE_TAIL:]):
            # the phrase ending at this "that" (another may end at an earlier one within reach: "made it clear
            # that officials expressed concern that …")
            m = next((m for m in pattern.finditer(low, max(0, i - _PHRASE_REACH), end + 1) if m.end() == end), None)
            if m is not None:
                out.append(m)
    return out


#: A ``that`` after white space of any kind (a line break too), as a whole word.
_THAT = re.compile(r"\sthat(?![a-z])")
#: Brill tags of a finite verb: a clause opening with one right after ``that`` has no subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _relative_that(toks: list[_Tok], that: int) -> bool:
    """Whether the clause after ``that`` (at token ``that``) opens with a finite verb, so ``that`` is its subject:
    a relative clause of the phrase's noun ("issued a warning that went unheeded", "gave assurances that were
    ignored"), not the content of the speech."""
    return that + 1 < len(toks) and _opens_with_verb(toks[that + 1], FINITE_TAGS)


def _opens_with_verb(first: _Tok, tags: frozenset[str]) -> bool:
    """Whether a clause's first word is an auxiliary or a lower-case verb whose most frequent Brill tag is one of
    ``tags``: the clause has no subject of its own before its verb (the ``that`` before it is its subject)."""

    if not (first.text.isalpha() and first.text.islower()):
        return False
    return first.low in FINITE_AUX or resources.brill_tag(first.low) in tags


def _phrase_reports(toks: list[_Tok], phrases: Sequence[re.Match[str]], b: int) -> list[Report]:
    """The reports of a sentence's phrases of speech: the clause after each phrase's ``that``, its subject the
    source, its verb the cue.  Not when the verb may not report its subject's speech at all (:func:`_loose_cue`:
    "was made clear that" is a passive, "did not express concern" negated)."""
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    out = []
    for m in phrases:
        k = bisect.bisect_left(starts, m.start())
        that = bisect.bisect_left(starts, m.end() - len("that"))
        if k >= len(toks) or toks[k].start != m.start() or that >= len(toks) or not _loose_cue(toks, k):
            continue
        if _passive_phrase(toks, k) or _relative_that(toks, that):
            continue
        rep = _content_from(toks, k, that + 1, _loose_subject(toks, k)[0], b)
        if rep is not None:
            out.append(rep)
    return out


#: The :data:`PHRASE_NOUNS` that are adjectives ("made it clear that"): no possessor owns them ("Smith's clear").
_PHRASE_ADJECTIVES = frozenset({"clear", "plain", "known", "explicit"})
#: The agent after "by" in "claims by Exxon that …" is at most this many words.
_MAX_OWNER = 4
#: ... or at most this many when it ends in a capitalised name and holds no verb ("comments by Republican presidential
#: candidate Donald Trump that …"; not "the request by CREW was sparked by the discovery that …").
_MAX_TITLED_OWNER = 7


@functools.cache
def owned_speech_nouns() -> frozenset[str]:
    """The nouns of speech a possessor or a ``by`` agent may own (:data:`PHRASE_NOUNS` but its adjectives, with
    plurals)."""
    return frozenset(n for n in _phrase_nouns() if n not in _PHRASE_ADJECTIVES)


@functools.cache
def _owned_pattern() -> re.Pattern[str]:
    """A noun of speech owned by its speaker and followed by ``that``, in lower-cased text: a possessive before it
    ("Tony Blair's promise that …") or ``by`` and an agent after it ("the announcement by General Motors that …"),
    or ``from`` and its source ("sparking accusations from rival firms that …": rep38, 5 of 5 such clauses in
    PolNeAR train's fit part are annotated contents, 2 of 2 in the readable sets)."""
    nouns = _trie(sorted(owned_speech_nouns()))
    word = r"[a-z0-9'&.-]+"
    # (no letter before either form: tested once, up front, it spares the scan most positions of a text; the
    # possessive's look-behind, which ends in white space, implies it)
    return re.compile(
        rf"(?<![a-z])(?:(?<=[a-z0-9.]'s\s|[a-z0-9.]s'\s)(?:{nouns})\s+that(?![a-z])"
        rf"|(?:{nouns})\s+(?:by|from)\s+(?:(?!that(?![a-z])){word}\s+){{1,{_MAX_TITLED_OWNER}}}?that(?![a-z]))"
    )


#: The nouns of :data:`PHRASE_NOUNS` that name an act of speech, not an attitude ("claim", "warning", "remarks"; not
#: "belief", "fear", "concern", "view"): only these are read after a possessive pronoun or a modifier
#: (:func:`_modified_owned`), where an attitude ("their belief that …", "her frustration that …") is mostly the
#: writer's reading of a mind, not a report of speech.
SPOKEN_NOUNS = frozenset(
    """warning assurance reassurance promise pledge guarantee vow threat argument claim allegation accusation charge
    complaint criticism objection statement announcement prediction suggestion assertion reminder observation remark
    comment admission denial acknowledgment acknowledgement insistence demand request confirmation message
    contention""".split()
)
#: Possessive pronouns that own a noun of speech as a name's "'s" does ("his claim that …" is his report), each with
#: the subject form whose antecedent is the owner ("his campaign" is the campaign of whoever "he" is).
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}
POSSESSIVE_PRONOUNS = frozenset(POSSESSIVE_SUBJECTS)
#: At most this many lower-case modifiers between an owner and its noun of speech ("Trump's false claims that",
#: "their smug assurances that", "his stern public warning that").
MAX_OWNED_MODIFIERS = 2


#: Nouns of a speech act whose content is an infinitive, what was promised or asked ("Trump's vow to build a wall",
#: "his call to ban imports", "her demand to see the files"): read after any possessive owner, the bare name's
#: too.  Not "proposal" or "plan" (a scheme, often no one's words) nor "offer" (mostly a deal).
REQUEST_NOUNS = frozenset("vow pledge promise threat call demand request".split())


@functools.cache
def _modified_pattern() -> re.Pattern[str]:
    """A noun of speech (:data:`SPOKEN_NOUNS`) after a word and followed by ``that``, or a noun of a request or
    promise (:data:`REQUEST_NOUNS`) followed by ``to``, in lower-cased text: the candidates of
    :func:`_modified_owned`, which reads the words before the noun."""
    return re.compile(
        rf"(?<=[a-z,]\s)(?:(?:{_trie(sorted(_with_plurals(SPOKEN_NOUNS)))})\s+that"
        rf"|(?:{_trie(sorted(_with_plurals(REQUEST_NOUNS)))})\s+to)(?![a-z])"
    )


def _modified_owner(toks: list[_Tok], k: int, *, bare: bool = False) -> tuple[int, int] | None:
    """The owner of the noun of speech at token ``k`` when a possessive pronoun or a modifier comes between
    (:func:`_modified_owned`): the owner's first and last token, or ``None``.

    The owner is a possessive pronoun ("his claim", "their smug assurances"), a described owner after "the" ("the
    senator's claims": :func:`_described_owner`) or a capitalised name's possessive with one to
    :data:`MAX_OWNED_MODIFIERS` lower-case words between ("Trump's false claims"); the bare name's form ("Blair's
    promise that") is :func:`_owned_pattern`'s, but for a noun taking an infinitive (``bare``: "Trump's vow to").
    """
    j = k - 1
    # (a determiner ends the modifiers: the possessive pronouns are among them, "the" or "a" owns nothing)
    while j >= 0 and k - 1 - j < MAX_OWNED_MODIFIERS and toks[j].text.islower() and toks[j].low not in _NOUN_BEFORE:
        if possessive(toks[j].low, plural=True, pronoun_has=False):
            return _described_owner(toks, j)
        if not toks[j].text.replace("-", "").isalpha():
            return None
        j -= 1
    if j < 0:
        return None
    if toks[j].low in POSSESSIVE_PRONOUNS:  # (capitalised too, opening its sentence: "His claim that …")
        if toks[j].low == "her" and j > 0 and toks[j - 1].low in _GIVING_FORMS:
            return None  # "The council gave her assurances that …": her the recipient, the council's assurances
        return j, j
    if j == k - 1 and not bare or not toks[j].text[:1].isupper():
        return None
    if not possessive(toks[j].low, plural=True, pronoun_has=False):
        return None
    a = j
    while a > 0 and j - a < _MAX_OWNER - 1 and toks[a - 1].text[:1].isupper() and toks[a - 1].text.isalpha():
        a -= 1
    return a, j


#: Forms of the verbs that take a recipient before what they give ("gave her assurances", "sent her warnings",
#: "made her promises"): after them "her" is the object, not the owner of the noun of speech.
_GIVING_FORMS = frozenset(
    """give gives gave given giving offer offers offered offering send sends sent sending hand hands handed handing
    make makes made making owe owes owed owing grant grants granted granting issue issues issued issuing""".split()
)


def _described_owner(toks: list[_Tok], p: int) -> tuple[int, int] | None:
    """A described owner ending in the lower-case possessive at token ``p``: "the" and at most
    :data:`_MAX_OWNER` words ("the Republican presidential candidate's vow to …", "the senator's claims that …"),
    its first and last token, else ``None``."""
    a = p
    while a > 0 and p - a < _MAX_OWNER and toks[a - 1].low != "the" and toks[a - 1].text.isalpha():
        a -= 1
    return (a - 1, p) if a > 0 and toks[a - 1].low == "the" else None


def _modified_owned(toks: list[_Tok], matches: Sequence[re.Match[str]], b: int) -> list[Report]:
    """The reports of a sentence's nouns of speech owned across a possessive pronoun or a modifier
    (:func:`_modified_owner`): "his contention that …", "Trump's false claims that …", "their smug assurances that
    …", and of its nouns of a request or promise (:data:`REQUEST_NOUNS`: "Trump's vow to build a wall").  The
    clause after ``that`` (or the infinitive with its ``to``) is the content, the noun the cue, the owner (the
    pronoun, or the name without its ending) the source; not when ``that`` opens a relative clause ("his
    statements that were read out")."""
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    out = []
    for m in matches:
        k = bisect.bisect_left(starts, m.start())
        that = k + 1
        if k >= len(toks) or toks[k].start != m.start() or that >= len(toks) or _relative_that(toks, that):
            continue
        infinitive = toks[that].low == "to"  # ("vow to build": the content keeps its "to", as "urged X to act")
        if infinitive and not _opens_infinitive(toks, that + 1):
            continue  # "his promise to voters that …", "Trump's threat to Mexico": "to" a preposition, no content
        owner = _modified_owner(toks, k, bare=infinitive)
        if owner is None:
            continue
        a, p = owner
        end = toks[p].end
        if toks[p].low not in POSSESSIVE_PRONOUNS:
            end -= len("'") if toks[p].low.endswith("s'") else len("'s")
        rep = _content_from(toks, k, that if infinitive else that + 1, None, b)
        if rep is not None and infinitive:
            rep = _before_main_verb(toks, rep, that)
        if rep is not None:
            out.append(dataclasses.replace(rep, source=(toks[a].start, end)))
    return out


#: Brill tags of a word after "to" that opens a noun phrase, not an infinitive ("his promise to [voters]", "a call
#: to [his] lawyer", "the call to [arms]"): determiners, pronouns, plural nouns, numbers.
_NOUN_PHRASE_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "NNS", "CD", "WP$"})


def _opens_infinitive(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j``, after a noun of request's ``to``, may open its infinitive ("to build", "to always pay",
    "to end"): a lower-case word the Brill lexicon does not read first as a noun phrase's opening (a determiner,
    pronoun, plural noun or number: "to the council", "to voters"), nor a capitalised name ("to Mexico")."""

    if j >= len(toks) or not (toks[j].text.isalpha() and toks[j].text.islower()):
        return False
    return resources.brill_tag(toks[j].low) not in _NOUN_PHRASE_TAGS


#: Words after which a finite verb in an infinitive content is a nested clause's, not the sentence's main verb
#: ("to ban those who want …", "to act if talks fail"): the scan for the main verb stops at them.
_NESTED_OPENERS = RELATIVES | frozenset(
    "as while whereas when because before after since until though although if whether so but".split()
)


def _before_main_verb(toks: list[_Tok], rep: Report, to: int) -> Report:
    """An infinitive content cut before the sentence's main verb, when the owned noun is the subject ("his promise
    to build a wall [was] popular", "Trump's calls to ban imports, [could] galvanize …": an infinitive has no
    finite verb of its own, so the first one is the sentence's); a verb coordinated with the infinitive's ("to
    raise and cut taxes") is the infinitive's, and after a relative or a subordinator the rest may be a nested
    clause, left whole."""
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    e = bisect.bisect_left(starts, rep.end)
    for m in range(to + 2, min(e, len(toks))):
        if toks[m].low in _NESTED_OPENERS:
            return rep
        if _opens_with_verb(toks[m], FINITE_TAGS) and toks[m - 1].low not in _JOINED_VERBS:
            z = m
            while z > to + 1 and toks[z - 1].text in _QUOTE_CUT_MARKS:
                z -= 1  # ("…, could galvanize": no comma ends the content)
            return dataclasses.replace(rep, end=toks[z - 1].end)
    return rep


def _owned_cue(rep: Report, owned: Sequence[re.Match[str]], owned_reps: Sequence[Report]) -> bool:
    """Whether another reading ``rep`` takes what an owned noun of speech (:func:`_owned_pattern`) says: its cue is
    the noun, read as a verb ("Exxon's claim that was rejected"), or its clause is the one after the noun's
    ``that`` ("Obama spoke after the announcement by GM that it had filed …": GM's, not Obama's)."""
    return any(m.start() == rep.cue[0] for m in owned) or any(
        o.start == rep.start or o.cue == rep.cue for o in owned_reps
    )


def _titled_agent(toks: list[_Tok], a: int, z: int) -> bool:
    """Whether the words ``toks[a:z]`` after an owned noun's ``by`` are one long agent, a title and a name
    ("Republican presidential candidate Donald Trump"): the last word capitalised, no punctuation and no verb."""
    return toks[z - 1].text[:1].isupper() and all(
        t.text.replace(".", "").replace("-", "").isalpha() and not _opens_with_verb(t, FINITE_TAGS) for t in toks[a:z]
    )


def _owned_reports(toks: list[_Tok], owned: Sequence[re.Match[str]], b: int) -> list[Report]:
    """The reports of a sentence's nouns of speech owned by their speaker (:func:`_owned_pattern`): the clause after
    ``that``, the noun its cue and the owner its source.  A possessive owner is a run of capitalised words (a name,
    perhaps with its title: "Prime Minister Tony Blair's"); "by" or "from" takes the words up to ``that``.  Not when ``that``
    opens a relative clause of the noun ("Exxon's claim that was rejected")."""
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    out = []
    for m in owned:
        k = bisect.bisect_left(starts, m.start())
        that = bisect.bisect_left(starts, m.end() - len("that"))
        if k >= len(toks) or toks[k].start != m.start() or that >= len(toks) or _relative_that(toks, that):
            continue
        if that == k + 1:  # the possessive form: the owner's words end in "'s" right before the noun
            p = k - 1
            if p < 0 or not toks[p].text[:1].isupper() or not possessive(toks[p].low, plural=True, pronoun_has=False):
                continue
            a = p
            while a > 0 and p - a < _MAX_OWNER - 1 and toks[a - 1].text[:1].isupper() and toks[a - 1].text.isalpha():
                a -= 1
            source = (toks[a].start, toks[p].end - (len("'") if toks[p].low.endswith("s'") else len("'s")))
        else:
            if that - (k + 2) > _MAX_OWNER and not _titled_agent(toks, k + 2, that):
                continue
            source = (toks[k + 2].start, toks[that - 1].end)
        rep = _content_from(toks, k, that + 1, None, b)
        if rep is not None:
            out.append(dataclasses.replace(rep, source=source))
    return out


#: The object between a description verb and its ``as`` is at most this many tokens ("the court's judgement").
_MAX_AS_OBJECT = 8
#: Words after ``as`` that make it no description: "as well", "as if", "as soon as".
_NOT_DESCRIPTIONS = frozenset("well if though soon long far much many".split())
#: A content's text that is an object of one to :data:`_MAX_AS_OBJECT` words, then ``as`` and a word.
_DESCRIBED_TEXT = re.compile(rf"(?:\S+\s+){{1,{_MAX_AS_OBJECT}}}?as\s+\S")


def described(content: str) -> bool:
    """Whether a report's content text is an object with its description: "his policies as unworkable"
    (``X as Y``; the text form of the reading :func:`_described` makes on tokens)."""
    return _DESCRIBED_TEXT.match(content) is not None


def _described(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``X described the plan as unworkable``: the object and its description after a description verb.

    The content is the object with its description (how the blind set's guidelines and PolNeAR's annotators
    mark it); no reading without an object ("what aides describe as …") or with a clause between the verb
    and ``as`` ("described how the plan, as …").
    """
    n = len(toks)
    j = k + 1
    if j >= n or toks[j].low == "as" or not _loose_cue(toks, k):
        return None
    a = next((m for m in range(j + 1, min(n - 1, j + _MAX_AS_OBJECT + 1)) if toks[m].low == "as"), None)
    if a is None or toks[a + 1].low in _NOT_DESCRIPTIONS or not toks[a + 1].text[:1].isalnum():
        return None
    if any(
        (t.text in _PUNCT_EDGE and t.text not in DASHES) or t.low in FINITE_AUX or t.low in RELATIVES for t in toks[j:a]
    ):
        return None  # the words before "as" are no object: a clause, a quote, an aside
    e = _reported_clause_end(toks, j)
    if e <= a + 1:
        return None
    subj, _ = _loose_subject(toks, k)
    source = (toks[subj[0]].start, toks[subj[1] - 1].end) if subj else None
    return Report(toks[j].start, toks[e - 1].end, "indirect", b, (toks[k].start, toks[k].end), source)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """A screen for sentences that may hold a cue, run on the lower-cased sentence.

    It finds every cue form as a run of letters (a trie of the forms: an alternation of 280 words
    would be tried word by word at every position).  A token :data:`_WORD` reads as a cue is such a
    run in the lower-cased text (no letter or digit before it could end another token, and none
    after it), so a sentence the screen passes over holds no cue; the few it lets through without
    one are dropped once tokenised.
    """
    return re.compile(r"(?<![a-z])" + _trie(sorted(_cues())) + r"(?![a-z])")


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words`` (sorted, non-empty), sharing their prefixes."""
    branches: dict[str, list[str]] = {}
    for w in words:
        branches.setdefault(w[:1], []).append(w[1:])
    optional = "" in branches  # a word that ends here
    parts = [re.escape(c) + _trie(rest) for c, rest in branches.items() if c]
    if not parts:
        return ""
    single = len(parts) == 1 and (not optional or len(parts[0]) == 1)
    body = parts[0] if single else "(?:" + "|".join(parts) + ")"
    return body + "?" if optional else body


#: Past participles of reporting verbs that end in neither -ed nor -en: after a copula they make a passive ("was
#: told", "is said to have cried", "it was said that …"), whose subject is not who spoke.
_IRREGULAR_PARTICIPLES = frozenset({"told", "said"})


def _participle_form(low: str) -> bool:
    """Whether a cue form can be a past participle: ``-ed``/``-en`` ("reported", "written") or "told", "said"."""
    return low.endswith(("ed", "en")) or low in _IRREGULAR_PARTICIPLES


def _loose_cue(toks: list[_Tok], k: int) -> bool:
    """Whether a reporting verb may report its subject's speech at all, whatever its clause.

    Not when it is a capitalised word inside a sentence (a name: "Islamic State", "The Post"), an
    infinitive ("to tell"), a passive ("was told": the source is not the subject), negated ("did not
    say", "can no longer claim"), or when its subject is the writer ("I said") or a document ("the
    report said"): these are what the words mean, not choices a model could learn from PolNeAR,
    whose annotators mark documents as sources too.
    """
    t = toks[k]
    if k and t.text[:1].isupper() or _noun_before_cue(toks, k) or _in_according_phrase(toks, k):
        return False
    if k and t.low in _NOUN_LIKE and toks[k - 1].low in _NOUN_PREPOSITIONS:
        return False  # "despite calls for …", "struggled with recalls that …": a noun, no verb after a preposition
    if _opening_noun_or_command(toks, k):
        return False
    j = k - 1
    while (
        j >= 0
        and k - j <= _MAX_AUX_RUN
        and (
            toks[j].low in _AUX
            or toks[j].low in _NEGATIONS
            or toks[j].low in _MODALS
            or toks[j].low.endswith("n't")
            or toks[j].low in _FREQUENCY_ADVERBS
            or toks[j].low in FLOATING_QUANTIFIERS
            or _adverb(toks[j])
        )
    ):
        if toks[j].low in _NEGATIONS or toks[j].low.endswith("n't"):
            return False
        if toks[j].low in _COPULA and _participle_form(t.low):
            return False
        j -= 1
    if k and toks[k - 1].low == "to" and _eager_start(toks, k) is None:
        return False
    if k and toks[k - 1].low == "being" and _participle_form(t.low):
        return False  # "are being urged to return": a passive, the subject is not who speaks
    if k and t.low == "order" and toks[k - 1].low == "in":
        return False  # "in order to": a purpose, not an order
    if k and t.low.endswith("ing") and toks[k - 1].low in _DEGREE_ADVERBS:
        return False  # "will be very telling about …", "a most promising start": an adjective, no speech
    return _loose_subject(toks, k)[1] not in ("first", "document")


def _opening_noun_or_command(toks: list[_Tok], k: int) -> bool:
    """Whether a cue opening its sentence in its base or ``-s`` form is no verb with a subject: a plural noun
    ("Labels such as …", "Reports of …") or a command ("Repeat observations could …", "Tell us what you think").
    A participle or past form may open a sentence and report ("Asked about it, Smith said", "Speaking on Monday,
    he said"); a base or ``-s`` form there has no subject before it to be its speaker."""
    if k or len(toks) < 2:
        return False
    low = toks[0].low
    lemma = reporting_verbs().get(low) or _description_forms().get(low)
    return lemma is not None and (low == lemma or low.endswith("s") and not low.endswith("ss"))


def _in_according_phrase(toks: list[_Tok], k: int) -> bool:
    """Whether the cue at ``k`` stands inside an ``according to`` phrase, a participle on its source ("…, according
    to a notice for the meeting posted Wednesday"): the source's document was posted, nobody reports by it."""
    for j in range(k - 1, 0, -1):
        if toks[j].text in _PUNCT_EDGE:
            return False
        if toks[j - 1].low == "according" and toks[j].low == "to":
            return True
    return False


def _noun_before_cue(toks: list[_Tok], k: int) -> bool:
    """Whether the cue word at ``k`` is a noun, the subject of a reporting verb's present form right after it ("The
    ransom note warns that …", "the IPCC report states that …"): a base form that can be a noun (by the Brill
    lexicon) before a reporting verb's ``-s`` form.  Not a past form after it ("said reported cases rose": an
    adjective), nor a cue that is no noun ("they deny claims that …": a verb and its object).
    """

    if k + 1 >= len(toks) or not toks[k + 1].text[:1].islower():
        return False
    cue, nxt = toks[k].low, toks[k + 1].low
    verbs = reporting_verbs()
    return (
        verbs.get(cue) == cue
        and verbs.get(nxt, nxt) != nxt
        and nxt.endswith("s")
        and any(tag.startswith("NN") for tag in resources.brill_tags(cue))
    )


#: Adjectives of manner before ``to`` + a reporting verb that say the speech took place ("was quick to point out",
#: "were at pains to stress"; not "wants to say", "would have to tell"): the adjective → the words it may open with.
_EAGER_ADJECTIVES = {"quick": 0, "keen": 0, "careful": 0, "eager": 0, "swift": 0, "pains": 1}


def _eager_start(toks: list[_Tok], k: int) -> int | None:
    """Index of the adjective phrase before ``to`` and the cue at ``k`` ("quick to", "at pains to"), else ``None``."""
    if k < 3 or toks[k - 1].low != "to":
        return None
    a = toks[k - 2].low
    if a not in _EAGER_ADJECTIVES:
        return _went_on_start(toks, k)
    start = k - 2 - _EAGER_ADJECTIVES[a]
    if _EAGER_ADJECTIVES[a] and toks[start].low != "at":
        return None  # "pains" opens its phrase with "at" ("at pains to")
    return start if toks[start - 1].low in _COPULA or _adverb(toks[start - 1]) else None


#: The forms of "go" that, with "on to", say that a speaker's next words followed ("he went on to say that …").
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})


def _went_on_start(toks: list[_Tok], k: int) -> int | None:
    """Index of ``went`` in ``went on to`` before the cue at ``k`` ("She went on to say that …"), else ``None``.

    Unlike "wants to say" or "would have to tell", the phrase reports speech that took place: its subject speaks.
    """
    if k < 3 or toks[k - 2].low != "on" or toks[k - 3].low not in _GO_FORMS:
        return None
    return k - 3


#: Verbs of aspect that take a participle cue as their object ("have started asking", "kept saying"): the cue is
#: part of their verb group, and their subject speaks (not "stopped saying": the words are no longer said).
_ASPECT_VERBS = ("start", "begin", "continue", "keep", "resume")


@functools.cache
def _aspect_forms() -> frozenset[str]:
    """Every form of :data:`_ASPECT_VERBS` (:func:`inflections`)."""
    return frozenset(itertools.chain.from_iterable(map(inflections, _ASPECT_VERBS)))


def _aspect_start(toks: list[_Tok], k: int) -> int | None:
    """Index of the aspect verb before the participle cue at ``k`` ("municipalities have started asking whether
    …", "She kept saying …"), else ``None``."""
    if k < 1 or not toks[k].low.endswith("ing") or toks[k - 1].low not in _aspect_forms():
        return None
    return k - 1


#: Adverbs of frequency an auxiliary run may hold besides the ``-ly`` ones ("were twice denied visas": a passive).
_FREQUENCY_ADVERBS = frozenset({"twice", "thrice"})
#: Degree adverbs, which make an "-ing" word after them an adjective ("very telling", "most promising").
#: ("so" is left out: it also joins clauses, "walked out, so saying the deal was dead", where the -ing word is a cue.)
_DEGREE_ADVERBS = frozenset("very most more less least too quite rather extremely highly particularly".split())
#: Quantifiers that float between an auxiliary and its verb ("are all predicted to …", "were both told …"); the
#: group quantifiers of the later stages are read from this one list.
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
#: Modal verbs (not all in :data:`_AUX`) and the longest run of auxiliaries read back from a cue.
_MODALS = frozenset({"can", "cannot", "shall"})
_MAX_AUX_RUN = 5


DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})  # (U+2015 in datelines: "WASHINGTON \u2015 The …")


class _Sentence(list):
    """A sentence's tokens, with what is asked of them again and again.

    ``subjects``: the subjects :func:`_loose_subject` found (each cue asks four times); ``checked``: those
    :func:`_subject` found (the loose and the leading readings ask alike); ``breaks``: where
    :func:`_clause_end` finds a missed sentence break (every candidate asks); ``starts``: the tokens'
    offsets, for :func:`_features`; ``cue_at``: the indices of the cues (:func:`_cues`), the only
    tokens the readings start from.
    """

    def __init__(self, toks: Iterable[_Tok], starts: list[int] | None = None, lows: list[str] | None = None) -> None:
        super().__init__(toks)
        self.subjects: dict[int, tuple[tuple[int, int] | None, str]] = {}
        self.checked: dict[int, tuple[int, int] | None] = {}  # (:func:`_subject`'s answers: three readings ask)
        self.gaps: dict[int, tuple[tuple[int, int], int] | None] = {}  # (:func:`_gap_reading`'s: five places ask)
        self.breaks: list[int] | None = None  # (filled by the first clause that asks)
        self.starts = list(map(_TOK_START, self)) if starts is None else starts  # (given by the tokenizer: read once)
        # (the indices whose lower-case form is a cue, counted off in C; ``lows``: the forms, given by the tokenizer)
        forms = map(_TOK_LOW, self) if lows is None else lows
        self.cue_at = list(itertools.compress(itertools.count(), map(_cues().__contains__, forms)))


def _loose_subject(toks: list[_Tok], k: int) -> tuple[tuple[int, int] | None, str]:
    """The cue's subject (token range) and its shape, found without the checks of :func:`_subject`."""
    return _remembered(toks, "subjects", _find_subject, k)


_R = TypeVar("_R")


def _remembered(toks: list[_Tok], memo_name: str, read: Callable[[list[_Tok], int], _R], k: int) -> _R:
    """``read(toks, k)``, remembered in the sentence's dict ``memo_name`` when ``toks`` is a :class:`_Sentence`
    (the readings of a cue's subject are asked for by several readers of one sentence; a plain token list, as the
    tests and the training script pass, is read afresh)."""
    memo = getattr(toks, memo_name, None)
    if memo is None:
        return read(toks, k)
    if k not in memo:
        memo[k] = read(toks, k)
    return memo[k]


def _find_subject(toks: list[_Tok], k: int) -> tuple[tuple[int, int] | None, str]:
    """:func:`_loose_subject` unmemoised."""
    absolute = _absolute_subject(toks, k)
    subj = absolute or _subject(toks, k)
    predicate = None  # (a verb phrase read as the participle's subject: "released a statement")
    # (an absolute clause's participle has its own subject: the sentence's is not read instead)
    if (
        absolute is None
        and subj is not None
        and _adjunct_participle(toks, k)
        and _not_participle_subject(toks, subj, k)
    ):
        predicate = subj if _verb_phrase(toks, *subj) else None
        subj = None  # (the sentence's subject, read below)
    elif absolute is None and subj is not None and _adjunct_participle(toks, k):
        subj = _before_verb(toks, subj)
    if subj is None and k > 2 and toks[k - 1].text in DASHES:
        # "the firm - China's biggest jet fuel supplier - said …": the subject before a dashed appositive.
        o = next((m for m in range(k - 2, max(0, k - _MAX_APPOSITIVE_WORDS), -1) if toks[m].text in DASHES), None)
        if o is not None and o > 0:
            subj = _named(toks, _segment_start(toks, o - 1) + 1, o)
    if subj is not None:
        words = toks[subj[0] : subj[1]]
        if len(words) == 1 and pronoun_stem(words[0].low) in SUBJECT_PRONOUNS:
            return subj, "pronoun"
        if any(w.text[:1].isupper() for w in words if w.low not in _DETERMINERS):
            return subj, "name"  # "Bush", "The State Department"; not "The minister"
        return subj, "nominal" if words[0].low in _DETERMINERS or words[0].text[:1].isupper() else "other"
    j = k - 1
    while j >= 0 and (toks[j].low in _AUX or toks[j].low in _NEGATIONS or toks[j].low.endswith("ly")):
        j -= 1
    if j > 0 and (
        toks[j].low in _COORDINATORS
        or _adjunct_participle(toks, k)
        and (toks[j].text == "," or toks[j].low == "by" or predicate is not None)
    ):
        # "McCain survived prison and says …", "Trump spoke, saying …": the sentence's subject speaks.
        if predicate is not None:
            # "Mitch McConnell (R-Ky.) issued a statement saying …": the subject of the verb that takes the object
            subj = _subject(toks, predicate[0])
            if subj is not None and not _not_participle_subject(toks, subj, k):
                return subj, "coordinated"
        span = _opening_np(toks, j)
        subj = _named(toks, *span) if span is not None else None
        if subj is not None:
            return _name_in_apposition(toks, subj, j) or subj, "coordinated"
        words = toks[span[0] : span[1]] if span is not None else ()
        if any(t.low in DOCUMENTS for t in words) and not _press_reports(words):
            return None, "document"  # "the data suggests growth of 0.2%, suggesting …": figures, no speaker
    if j > 0 and toks[j].text == "," and not toks[k].low.endswith("ing") and _document_before_aside(toks, j):
        return None, "document"  # "The report, drawing on census data, said …": figures behind an aside
    a = _segment_start(toks, j) + 1
    words = toks[a : j + 1]
    if not words:
        return None, "none"
    if _writer_words(words):
        return None, "first"
    if any(w.low in DOCUMENTS for w in words):
        return None, "document"
    return None, "unnamed"


def _document_before_aside(toks: list[_Tok], j: int) -> bool:
    """Whether the comma at ``j`` closes asides (at most :data:`_MAX_APPOSITIVES`) that follow a document.

    "The Tobel report, drawing on census data, said …", "The research, carried out by Jane Doe, says …", "A
    previous estimate, contained in a 2001 paper, suggested …": the phrase before the aside is the cue's subject,
    a document, which the blind guidelines count as no source, as they do "the report said" (a name there is
    read by :func:`_nearest_subject`'s appositive rule; a document is no name, so that rule finds no subject and
    the cue would go on as one with no subject written).
    """
    for _ in range(_MAX_APPOSITIVES):
        o = next((m for m in range(j - 1, max(0, j - _MAX_APPOSITIVE_WORDS), -1) if toks[m].text == ","), None)
        if o is None or any(t.text in _QUOTE_CHARS or t.text == ";" for t in toks[o:j]):
            return False
        words = toks[_segment_start(toks, o - 1) + 1 : o]
        if words:
            # (an opening adverbial is no subject: "Despite his low standing in the polls, Smith, …")
            return (
                words[0].low not in _PREPOSITIONS and _phrase_head(words).low in DOCUMENTS and not _press_reports(words)
            )
        j = o
    return False


def _phrase_head(words: Sequence[_Tok]) -> _Tok:
    """The head of a noun phrase: its last word before a preposition ("the report" in "the report by the
    institute"), so that a document word modifying a body's noun ("the data protection watchdog", "the records
    office", "the Cancer Research charity") is no document's head."""
    cut = next((i for i in range(1, len(words)) if words[i].low in _PREPOSITIONS), len(words))
    return words[cut - 1]


def participle_subject(text: str, start: int, end: int) -> Span | None:
    """Character span of who speaks through the participle cue that ends ``text[start:end]`` (a sentence's
    words up to the cue), read as a reported row's source is (:func:`_loose_subject`), else ``None``.

    "Hillary Clinton posted a Twitter comment of her own, saying, "…"", "As Smith spoke, the group was busy,
    urging "…"": the subject of the finite clause the participle hangs on, past a fronted adverbial clause,
    appositives and the verb's objects.  A participle with an auxiliary ("was calling") or one that opens its
    sentence ("Calling it "…", Lee said") has none here.  The direct-quote rules (:mod:`analysis.speakers`)
    ask this so that a quote and a report cued alike get one reading of the clause's subject.
    """
    toks = _tokens(text, start, end)
    if not toks or not _adjunct_participle(toks, len(toks) - 1):
        return None
    subj, shape = _loose_subject(toks, len(toks) - 1)
    if subj is None or shape == "other":
        return None  # (a bare common noun: "rolled out a campaign dubbing them "…"" is no speaker's name)
    return toks[subj[0]].start, toks[subj[1] - 1].end


def _name_in_apposition(toks: list[_Tok], subj: tuple[int, int], j: int) -> tuple[int, int] | None:
    """The person named in apposition right after the subject ``subj`` of a sentence, before token ``j``.

    "One of the men, Jessie Elkins, 70, served in Vietnam and said …": the name, not the description, is who
    speaks (as :func:`_nearest_subject` reads "Bloomberg's pollster, Douglas Schoen, says").  ``None`` when no
    comma follows the subject or the words up to the next comma are not a person's name (:func:`_apposed_name`).
    """
    z = subj[1]
    if z >= j or toks[z].text != ",":
        return None
    e = next((m for m in range(z + 1, min(j, z + _MAX_APPOSITIVE_NAME + 2)) if toks[m].text == ","), None)
    if e is None:
        return None
    name = [t for t in toks[z + 1 : e] if t.text != "."]
    if not 0 < len(name) <= _MAX_APPOSITIVE_NAME or not all(t.text[:1].isupper() for t in name):
        return None
    return _named(toks, z + 1, e) if _apposed_name(toks, z, name) else None


#: The preposition that opens an absolute clause, whose noun phrase is its participle's subject ("…, with the
#: rebels saying they will fight on"; Quirk et al. 1985, 15.58).
ABSOLUTE_OPENER = "with"


def _absolute_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The subject of a participle cue at ``k`` that heads an absolute clause ("Talks have failed, with the rebels
    saying …", "With Smith warning of cuts, the board met"): the phrase between "with" and the participle,
    which names the speaker, not the sentence's subject; ``None`` for any other participle."""
    if not _adjunct_participle(toks, k):
        return None
    a = _segment_start(toks, k - 1) + 1
    if a >= k - 1 or toks[a].low != ABSOLUTE_OPENER:
        return None
    return _named(toks, a + 1, k)


def _adjunct_participle(toks: list[_Tok], k: int) -> bool:
    """Whether the cue at ``k`` is a participle with no auxiliary ("…, saying", "by accusing"), whose subject is
    its sentence's ("Trump spoke, saying …"), not the phrase right before it."""
    return (
        k > 0
        and toks[k].low.endswith("ing")
        and toks[k - 1].low not in _AUX
        and toks[k - 1].low not in _COPULA
        and _aspect_start(toks, k) is None
    )


def _verb_phrase(toks: list[_Tok], a: int, z: int) -> bool:
    """Whether the words ``a:z`` are a verb in the past and its object ("released a statement"): a predicate, no
    subject.  Not with a name last ("included Trump vowing …": the name is the participle's subject)."""
    return (
        a < z
        and toks[a].text[:1].islower()
        and (toks[a].low in past_forms() or toks[a].low.endswith("ed"))
        and not toks[z - 1].text[:1].isupper()
    )


def _message_object(toks: list[_Tok], z: int) -> bool:
    """Whether the phrase ending before token ``z`` ends in a message or document ("issued a statement", "sent a
    fundraising email Wednesday", "posted a tweet"; perhaps followed by a day): a participle after it reports for
    whoever sent it, while after people ("left 62 percent of voters saying …") the people speak."""
    m = z - 1
    while m > 0 and (toks[m].low in _DAYS or toks[m].low in _TIME_NOUNS):
        m -= 1
    word = toks[m].low
    singular = word[:-1] if word.endswith("s") else word
    return toks[m].text[:1].islower() and (
        word in DOCUMENTS or singular in PHRASE_NOUNS or word in reporting_verbs() or singular in _MESSAGE_NOUNS
    )


#: Messages sent that are neither a document word (:data:`DOCUMENTS`) nor a reporting verb's form ("tweet", "post").
_MESSAGE_NOUNS = frozenset({"email", "letter"})


def _before_verb(toks: list[_Tok], subj: tuple[int, int]) -> tuple[int, int]:
    """A participle's subject read back from it, cut before the sentence's verb and its object that the reading
    ran over ("The Cruz campaign sent a fundraising email Wednesday saying …": "The Cruz campaign"; "She also
    sent a tweet saying …": "She"): the first lower-case past-tense verb or auxiliary after the first word."""
    if not _message_object(toks, subj[1]):
        return subj  # ("attacks on the police have left 62 percent of voters saying …": the voters say it)
    lex = _tags()
    for m in range(subj[0] + 1, subj[1]):
        t = toks[m]
        if t.text[:1].islower() and (t.low in _AUX or t.low in past_forms() or lex.get(t.low) == "VBD"):
            return subj[0], m
    return subj


def _not_participle_subject(toks: list[_Tok], subj: tuple[int, int], k: int) -> bool:
    """Whether the phrase read back from a participle cue at ``k`` cannot be its subject, which is its sentence's:
    after "by" ("hit Snowden back by accusing him": the one who hit), a verb phrase ("Chris Carr released a
    statement confirming …") or a phrase inside the sentence's opening adverbial ("As they met in Ottawa, Trump
    was in Maine, promising …").  Of the 240 participle rows of PolNeAR train's fit part that match a content,
    57 had a wrong source; read by hand, 11 took it from such a phrase (9 of them now right)."""
    if toks[k - 1].low == "by" or _verb_phrase(toks, *subj) and _message_object(toks, subj[1]):
        return True
    fronted = _fronted_end(toks, k)
    return fronted is not None and fronted > subj[0]


_COORDINATORS = frozenset({"and", "but", "then", "or", "yet"})
#: Words opening a sentence-initial adverbial ("On Tuesday, …", "For months, …", "Perhaps, …").
_OPENING_ADVERBIALS = frozenset(
    "on in during early late earlier last this after when while before yesterday today for at by from with without since until within under over among across about perhaps still however "
    "meanwhile instead now speaking walking asked".split()
)
#: The subject opening a sentence is at most this many words.
_MAX_SUBJECT = 6


#: Words that may come before a fronted adverbial clause ("But when Mr Hurt asked …, it declined").
FRONTED_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})


def _fronted_opener(toks: list[_Tok], a: int) -> bool:
    """Whether the words at ``a`` open an adverbial put before the sentence's subject: a preposition's phrase
    ("On Tuesday,"), a subordinate clause ("As word of her wins rolled in,", "Once he was president,") or a
    participle's ("Facing criticism from Republicans,"), perhaps after a conjunction or an adverb ("But when …",
    "Shortly after …")."""

    def opens(i: int) -> bool:
        first = toks[i]
        return (
            first.low in _OPENING_ADVERBIALS
            or first.low in FRONTED_OPENERS
            or first.text[:1].isupper()
            and first.low.endswith("ing")
            and _english_word(first.low)
        )

    if opens(a):
        return True
    lead = toks[a].low in FRONTED_CONJUNCTIONS or _tags().get(toks[a].low) == "RB"
    return lead and a + 1 < len(toks) and opens(a + 1)


def _fronted_end(toks: list[_Tok], j: int) -> int | None:
    """Index of the first word after the adverbials that open the sentence (tokens before ``j``): 0 when none
    does, ``None`` when one opens but no comma closes it before ``j``.

    "On Tuesday, the company said …, warning …", "In a debate, while most rivals called for war, Trump hewed to
    Obama's line, noting …": the sentence's subject follows them, and a participle's subject is the sentence's,
    never a name in the adverbial (of PolNeAR train's fit part, 6 of 14 participles whose source the kit took
    from before its subject opened with such a clause).
    """
    a = 0
    for _ in range(_MAX_APPOSITIVES):
        if a >= j or not _fronted_opener(toks, a):
            return a
        a = next((m + 1 for m in range(a + 1, j) if toks[m].text == ","), 0)
        if a == 0:
            return None
        a = _past_state(toks, a, j)
    return a


#: Prepositions that put a place in an opening phrase ("in Salem, New Hampshire,", "at a rally near Ames, Iowa,").
PLACE_PREPOSITIONS = frozenset("in at from near outside".split())
#: A state or country after a town's comma is at most this many words ("New Hampshire", "N.H.").
_MAX_STATE_WORDS = 3
#: Full stops that stand as tokens of their own inside a state written with spaces ("Washington, D. C.,"): the
#: comma closing the state is looked for this many tokens past its :data:`_MAX_STATE_WORDS` words.
_STATE_STOPS = 2


def _past_state(toks: list[_Tok], a: int, j: int) -> int:
    """Where the sentence goes on after the state or country that completes a town closing an opening adverbial
    at ``a`` (before token ``j``): "Speaking in Salem, New Hampshire, Trump …", "At an event in Ames, Iowa, on
    Sunday, …" go on after "New Hampshire," and "Iowa,"; else ``a``.  The town is a capitalised run after a
    preposition of place (:data:`PLACE_PREPOSITIONS`); the state, capitalised words closed by a comma, opens
    with no given name ("In London, John Smith, a lawyer, said": John Smith is the subject)."""
    m = a - 2
    while m >= 0 and toks[m].text[:1].isupper():
        m -= 1
    if m == a - 2 or m < 0 or toks[m].low not in PLACE_PREPOSITIONS:
        return a
    c = next((i for i in range(a, min(j, a + _MAX_STATE_WORDS + _STATE_STOPS)) if toks[i].text == ","), None)
    words = [t for t in toks[a:c] if t.text != "."] if c is not None else []
    if not 0 < len(words) <= _MAX_STATE_WORDS or not all(t.text[:1].isupper() for t in words):
        return a
    return a if is_given_name(words[0].text) else c + 1


#: The apostrophes of a possessive ("Trump's"; "Trump’s" is read as three tokens, "Trump", "’", "s").
_APOSTROPHES = frozenset({"'", "\u2019"})


def _after_possessive(toks: list[_Tok], z: int) -> bool:
    """Whether token ``z`` follows a possessive ("the party's [presumed] nominee")."""
    return z > 0 and (
        toks[z - 1].low.endswith("'s") or z > 1 and toks[z - 1].low == "s" and toks[z - 2].text in _APOSTROPHES
    )


def _opening_np(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """The token range of the noun phrase opening the sentence, before its first verb (tokens before ``j``).

    Capitalised words, determiners and possessives ("Donald Trump's wife"), then lower-case nouns, up
    to the first auxiliary, reporting verb, ``-ed``/``-ly`` word or punctuation.
    """
    verbs = reporting_verbs()
    a = _fronted_end(toks, j)
    if a is None:
        return None
    z = a
    while z < min(j, a + _MAX_SUBJECT + 1):
        t = toks[z]
        if (
            t.text in _PUNCT_EDGE
            or t.low in _AUX
            or t.low in _COPULA
            or t.low in verbs
            or t.low in _CLAUSE_EDGE
            or z
            and t.text[:1].islower()
            and t.low.endswith(("ed", "ly"))
            and not _after_possessive(toks, z)
            or t.low in past_forms()
        ):
            break  # (not after a possessive: "The party's presumed nominee": an adjective, no verb, follows it)
        z += 1
    if z == a or z - a > _MAX_SUBJECT:
        return None
    return a, z


def _loose_leading(toks: list[_Tok], k: int, lemma: str, b: int, particle: int = 0) -> Report | None:
    """``X says the plan …`` without the checks of :func:`_leading`: the words after the cue (and after its
    ``particle`` words: "pointed out that …")."""
    n = len(toks)
    if k and toks[k - 1].text == "," and k + 1 < n and toks[k + 1].text[:1].isupper():
        stop = next((m for m in range(k + 1, n) if toks[m].text == ","), n)
        if stop - k <= _MAX_INVERTED:
            return None  # ", said Robert Mason, a professor …": the words after the cue are its subject
    subj = _gap_subject(toks, k) or _loose_subject(toks, k)[0]
    verbs = reporting_verbs()
    j = k + 1 + particle
    if lemma in _PREPOSITIONAL_ADDRESSEE and j + 1 < n and toks[j].low in _PREPOSITIONAL_ADDRESSEE[lemma]:
        # "called on the US to strengthen the dollar": a request whose addressee follows a preposition; what was
        # asked is the addressee with its infinitive (read as an adverbial, "on the US to …" would be skipped).
        return _content_from(toks, k, j + 1, subj, b)
    that = next((m for m in range(j, min(n, j + _MAX_BEFORE_THAT)) if toks[m].low == "that"), None)
    if that is not None and all(
        (toks[m].text not in _PUNCT_EDGE or toks[m].text == ",")
        and toks[m].low not in _CLAUSE_PRONOUNS
        and toks[m].low not in FINITE_AUX
        and not _verb_form_cue(toks, m, verbs)
        for m in range(j, that)
    ):
        # "said in an interview with The Associated Press last week that …"; not "said she was dismayed to
        # learn that …", where a clause opens before the "that", nor "called for Smith to resign for saying
        # that …", where the "that" is a nearer cue's
        c = that + 1
    else:
        if lemma in _ADDRESSEE_VERBS and j < n and toks[j].low not in _CLAUSE_OPENERS:
            m = j + (toks[j].low in _DETERMINERS)
            # (the addressee also ends at an infinitive: "urged ministers to act" reports "to act")
            while (
                m < n
                and m < j + 5
                and toks[m].low not in _CLAUSE_OPENERS
                and toks[m].low != "to"
                and not _subject_word(toks, j, m)
            ):
                m += 1
            j = m if m < n else j
        j = _skip_adverbial(toks, _skip_day(toks, j))
        c = j
    if (
        c == k + 1 + particle
        and c < n
        and (toks[c].low in FINITE_AUX or toks[c].low in verbs and not toks[c].low.endswith("ing"))
        and not _relative_gap(toks, k, subj)
        and _gap_subject(toks, k) is None
    ):
        return None  # "The report said …", "the claim was false": the cue is a noun, the subject of this verb
    if c == k + 1 + particle and c < n and toks[c].low == "by":
        return None  # "as announced by the agency": a passive's agent, not what was said
    while c < n and toks[c].text in (",", ";", ":", "-", "\u2014"):
        c += 1
    return _content_from(toks, k, c, subj, b)


def _verb_form_cue(toks: list[_Tok], m: int, verbs: dict[str, str]) -> bool:
    """Whether token ``m`` is a reporting verb that is surely a verb, a lower-case participle ("for saying"), whose
    ``that`` after it is its own (not "told The Post that", a name, nor "reports that", perhaps a noun).  Not an
    infinitive ("held a briefing to brag that …"): the model rejects most infinitive cues ("wants to say"), so the
    earlier cue's reading is often the only one the clause gets."""
    t = toks[m]
    return t.low in verbs and t.text.islower() and t.low.endswith("ing")


def _content_from(
    toks: list[_Tok], k: int, c: int, subj: tuple[int, int] | None, b: int, min_words: int | None = None
) -> Report | None:
    """The report of the cue at ``k`` whose content opens at token ``c`` (``None`` when shorter than ``min_words``,
    by default a loose reading's floor :data:`_MIN_LOOSE_CLAUSE`)."""
    if c >= len(toks):
        return None
    e = _gap_end(toks, k, c, _reported_clause_end(toks, c)) if c == k + 1 else _reported_clause_end(toks, c)
    join = next((m for m in range(c + 1, e) if _second_predicate_at(toks, m)), None)
    if join is not None and not any(_finite_at(toks, m) for m in range(c, join)) and not _bare_present(toks[c:join]):
        e = join  # "denied the claims and is weighing legal action": the object, then the subject's second predicate
    if e - c < (_MIN_LOOSE_CLAUSE if min_words is None else min_words):
        return None
    source = (toks[subj[0]].start, toks[subj[1] - 1].end) if subj else None
    return Report(toks[c].start, toks[e - 1].end, "indirect", b, (toks[k].start, toks[k].end), source)


#: Request verbs whose addressee follows a preposition ("called on/upon X to act"; Levin 1993, 58 "urge"):
#: verb → the prepositions.
_PREPOSITIONAL_ADDRESSEE = {"call": frozenset({"on", "upon"})}


def _loose_trailing(toks: list[_Tok], k: int, lemma: str, b: int) -> Report | None:
    """``The plan will fail, X said.`` / ``…, said X.`` without the checks of :func:`_trailing`."""
    if k - 1 >= _MIN_LOOSE_CLAUSE and toks[k - 1].text == ",":
        # ", said Robert Mason, a professor who …": the inverted subject, then perhaps an appositive.
        end = _clause_end(toks, k + 1)
        stop = next((m for m in range(k + 1, end) if toks[m].text == ","), end)
        if stop == k + 1 or stop - k > _MAX_AFTER_TRAILING_CUE:
            return None
        if (
            (toks[k + 1].low in _TRAILING_ADVERBIALS or toks[k + 1].low in _DAYS)
            and _past_adverbial(toks, k + 1) >= stop
            and _subject(toks, k) is None
        ):
            # "…, a cargo version, announced last November.": a participle on the noun, no subject before or after
            # it ("…, a spokeswoman, Jane Doe, said on Monday" has one before; "…, said on Monday the union's
            # leader, Tom Reed." one after the adverbial)
            return None
        comma, source = k - 1, (toks[k + 1].start, toks[stop - 1].end)
    else:
        # (the cue need not close the sentence: "…, he told the court in his filing." — the words after it are
        # a feature, ``tail``, the model weighs)
        subj, _ = _loose_subject(toks, k)
        if subj is None:
            return None
        comma = subj[0] - 1
        if comma < 3 or toks[comma].text != ",":
            return None
        source = (toks[subj[0]].start, toks[subj[1] - 1].end)
    return Report(toks[0].start, toks[comma - 1].end, "indirect", b, (toks[k].start, toks[k].end), source)


_LOOSE = (("lead", _loose_leading), ("trail", _loose_trailing))
#: Finite auxiliaries: one right after a cue makes the cue a noun, this verb's subject.
FINITE_AUX = frozenset("is are was were has have had will would could should may might must did does do can".split())
#: Words between a cue and its ``that`` (an addressee, an adverbial) in a loose reading, at most.
_MAX_BEFORE_THAT = 14
#: An inverted subject (", said Jane Smith,") is at most this many words after its cue.
_MAX_INVERTED = 6
#: An inverted subject after a trailing cue (", said Jane Smith, a …") ends at most this many tokens after the cue,
#: else the words after the cue are a clause of their own.
_MAX_AFTER_TRAILING_CUE = 8
_LENGTH_BINS = (3, 6, 10, 16, 25, 40)
#: Conjunctions that open an adverbial clause ("said as she left", "While …, they say"), not a reported one.
SUBORDINATORS = frozenset("as while whereas when because before after since until though although".split())
#: Words that open a clause put before the sentence's subject ("When Smith spoke, …", "Once he was president,",
#: "If it passes, …").
FRONTED_OPENERS = SUBORDINATORS | {"once", "if"}
#: Number words that count people or things ("two of them", "several"), not a name or a verb.
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen several few".split())
#: Bins of the number of words after a cue that follows its clause (none, a short phrase, a long one).
_TAIL_BINS = (0, 2, 5, 10)


#: Closing quotation marks as tokens (after :func:`~analysis.tokenize.fold`, and NYT's doubled apostrophes).
_CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})


def _word_before(prev: _Tok | None) -> str:
    """What the word before a cue is: ``start``, ``determiner`` (a noun cue), ``to``, ``aux``, ``comma``, …"""
    if prev is None:
        return "start"
    if prev.low in _NOUN_BEFORE or possessive(prev.low):
        return "determiner"
    if prev.low.endswith("'s"):
        return "aux"  # "he's said": "he has said"
    if prev.low == "to":
        return "to"
    if prev.low in _PREPOSITIONS:
        return "preposition"  # "for saying", "in a tweet": a gerund or a noun
    if prev.text[:1].isdigit() or prev.low in NUMBER_WORDS:
        return "number"  # "in 30 states", "nine states": a plural noun
    if prev.low in _COPULA:
        return "copula"
    if prev.low in _AUX or prev.low.endswith("n't"):
        return "aux"
    if prev.text == ",":
        return "comma"
    if prev.text in DASHES:
        return "dash"
    if prev.text == ")":
        return "bracket"  # "Sen. Bernie Sanders (I-Vt.) said"
    if prev.text in _PUNCT_EDGE:
        return "punct"
    if prev.low in SUBJECT_PRONOUNS:
        return "pronoun"
    return "capital" if prev.text[:1].isupper() else "word"


def _features(toks: list[_Tok], rep: Report, reading: str, verbs: dict[str, str]) -> tuple[str, ...]:
    """The features of a candidate report (see :func:`candidates`)."""
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    k = bisect.bisect_left(starts, rep.cue[0])
    cue = toks[k]
    n = len(toks)
    c = min(bisect.bisect_left(starts, rep.start), n - 1)
    e = max(bisect.bisect_left(starts, rep.end), 1)  # (a clause ends at a token's end, never inside one)
    side = "after" if c > k else "before" if e <= k else "around"
    feats = [f"reading={reading}", f"side={side}", f"{reading}|{side}"]
    if cue.low == "according" or _as_by_start(toks, k) is not None:
        # "as reported by X" cites its source as "according to X" does: weighed as it, and learnt apart too.
        lemma = "according"
        keys: tuple[str, ...] = (lemma,)
        feats.append("according")
        if cue.low != "according":
            feats.append("as_by")
    else:
        lemma = verbs.get(cue.low, cue.low)  # (a noun of speech its owner's cue, :func:`_owned_reports`: itself)
        keys = _weight_keys().get(lemma, (lemma,))  # (a rare verb is weighed as its class: "replied" as "@say")
        low = cue.low
        form = "ing" if low.endswith("ing") else "s" if low.endswith("s") and low != lemma else "past"
        form = "base" if low == lemma else form
        feats += [f"lemma={lemma}", f"form={form}", f"{reading}|form={form}"]
        feats += [f"lemma={key}" for key in keys if key != lemma]
        if cue.text[:1].isupper():
            feats.append("cue_capitalised" if k else "cue_first")
    prev = toks[k - 1] if k else None
    before = _word_before(prev)
    feats += [f"prev={before}", f"{side}|prev={before}", *(f"{side}|lemma={key}" for key in keys)]
    if lemma != "according":
        subj, shape = _loose_subject(toks, k)
        if side == "before" and before == "comma":
            subj, shape = None, "inverted"  # ", said Jane Smith": the subject follows the cue
        feats += [f"subject={shape}", f"{side}|subject={shape}"]
        if side == "after" and subj is not None and subj[0] > 0 and toks[subj[0] - 1].text in _CLOSING_QUOTES:
            # '"…," Mr. Rubio said a crowd of 1,000 …', '"…," he told the interview taped …': the cue is the
            # quote's, and the words after it are often its venue, addressee or manner, not a second report.
            feats += ["after_quote", *(f"after_quote|lemma={key}" for key in keys)]
        if subj is not None and _negated(toks, subj[1], k):
            feats.append("negated")
        if side == "after" and _relative_gap(toks, k, subj):
            feats.append("relative_gap")  # "which they say would save …": the clause opens with its verb
        elif side == "after" and _gap_subject(toks, k) is not None:
            feats.append("gap_subject")  # "a move ministers say should …", "what he said were …": no pronoun
        # (a base form agreeing with a plural before it is a verb: "The papers report that …", and an -s form
        # after a singular noun before a clause's subject: "The candidate claims his …")
        agreed = k > 0 and (_plural_subject_verb(toks, k) or _singular_subject_verb(toks, k))
        if cue.low in _NOUN_LIKE and not agreed:
            feats += ["noun_like", f"noun_like|prev={before}"]  # "his recent claim": a noun
        # The cue's commonest part of speech in the Brill lexicon with the word before it: "in 30 states", "user
        # reports", "the demand" are nouns; "Smith reports" and "the minister claims" are verbs after a subject.
        tag = _tags().get(cue.low, "")
        pos = "noun" if tag.startswith("NN") and not agreed else "verb"
        feats += [f"cue_pos={pos}", f"cue_pos={pos}|prev={before}"]
    else:
        feats.append("source" if rep.source else "no_source")
    words = toks[c:e]
    if words:
        first = words[0]
        if c > 0 and toks[c - 1].low == "that":
            feats.append("that")
            feats += _that_attachment(toks, k, c)
        if first.low in SUBJECT_PRONOUNS or pronoun_stem(first.low) in SUBJECT_PRONOUNS:
            feats.append("first=pronoun")
        elif first.low in _CLAUSE_OPENERS:
            feats.append("first=opener")
        elif first.text[:1].isupper():
            feats.append("first=capital")
        elif _not_clause(toks, c):
            feats.append("first=not_clause")
        elif first.low in _PREPOSITIONS or first.low in SUBORDINATORS:
            feats.append("first=adverbial")  # "said as she accepted her award", "said during a forum": no clause
        else:
            feats.append("first=word")
        if prev is not None and prev.text == "," and side == "after":
            # ", said Robert Mason, a professor …": what follows the cue is its inverted subject.
            stop = next((m for m in range(k + 1, n) if toks[m].text in (",", ".")), n)
            if stop - k - 1 <= _MAX_INVERTED and (first.text[:1].isupper() or first.low in _INVERTED_OPENERS):
                feats.append("inverted_subject")
        if any(t.low in ("who", "which", "whose") and toks[m - 1].text == "," for m, t in enumerate(words[:12], c)):
            feats.append("relative_clause")
        # (read up to where a second predicate or clause joins: "denied the allegations and was later found …",
        # "arguing cases before the justices, and was detailed …" hold a noun phrase, not a clause)
        # (and past a relative clause's own verb: "a penalty which the referee awarded" is a noun phrase)
        reach = _joined_at(words, _FINITE_REACH)
        relative = relative_verbs(words, 0, reach)
        if relative:
            reach = _joined_at(words, max(relative) + _FINITE_REACH)  # (the verb may follow a long relative)
            relative = relative_verbs(words, 0, reach)
        finite = (
            "'" in first.low[1:]
            or any(_finite_word(words[m]) for m in range(1, reach) if m not in relative)
            # ("he's", "they'd" after an adverbial: "for weeks he's the only one who can …")
            or any("'" in w.low[1:] and pronoun_stem(w.low) in SUBJECT_PRONOUNS for w in words[1:reach])
        )
        strong = finite
        if not finite and any(
            t.low.endswith("s")
            and not t.low.endswith(("ss", "us", "is", "'s"))
            and len(t.low) > 3
            and t.text[:1].islower()
            and p.low not in _DETERMINERS
            and p.text[:1].isalpha()
            for m, (p, t) in enumerate(zip(words[:8], words[1:9]), 1)
            if m not in relative
        ):
            finite = True  # "the attachment contains a virus": a present-tense verb after its subject
        opener = next((m for m in range(1, reach) if words[m].low in RELATIVE_OPENERS), len(words))
        if not finite and _bare_present(words[: min(_PRESENT_WINDOW, opener)]):
            finite = True  # "families file their returns late"
        feats.append(f"finite={finite}")
        feats.append(f"{side}|finite={finite}")
        opener = next((f[6:] for f in reversed(feats) if f.startswith("first=")), "word")
        if side == "after" and lemma != "according":
            # The verb with how its content opens: "spoke to the network", "talked about the economy" name the
            # talk, "said as she left" its manner; "argued as voters learned more, Sanders will …" reports.
            feats += [f"lemma={key}|first={opener}" for key in keys]
            if opener in ("adverbial", "not_clause"):
                # An adverbial with a clause after it ("said for weeks he was …", "said in 2012, Romney …") or
                # only an adverbial ("said with a smile", "said as the crowd cheered").
                rest = any(t.text == "," or t.low in _CLAUSE_PRONOUNS for t in words[1:])
                feats.append(f"adverbial_then_clause={rest}")
            if first.low in _PREPOSITIONS or first.low == "about":
                # The verb with the preposition (or infinitival "to") its content opens with: "called for an
                # inquiry", "pledged to act" report a request or a promise; "spoke to reporters", "said in a
                # statement", "reported from Kabul" name the talk or its setting.  Learnt pair by pair (one weight
                # for "said|adverbial" lumps them all).
                feats.append(f"lemma={lemma}|opens={first.low}")
        if side == "after" and lemma != "according":
            # Whether this verb reports its object ("denied the claim", "urged them to act") or names the talk
            # ("said goodbye"): the verb with the content's shape, for the model to weigh verb by verb.
            # (a clause, too, after "that" or opening with a subject pronoun: "that he cast his ballot")
            # (the weak present-tense reading, "bus routes", does not make a noun phrase a clause here; the
            # hand-written reading has checked for a finite verb)
            clause = strong or reading == "rule" or "that" in feats or first.low in _CLAUSE_PRONOUNS
            shape = "clause" if clause else _object_shape(words)
            feats += [f"content={shape}", *(f"lemma={key}|content={shape}" for key in keys)]
            if c == k + 2 and toks[k + 1].low in _PREPOSITIONAL_ADDRESSEE.get(lemma, ()):
                feats.append(f"addressee_after_preposition|content={shape}")  # "called on the US to act"
        if words[-1].end < n and rep.end < toks[-1].end and toks[-1].text == "?":
            feats.append("question")
    length = sum(1 for t in words if t.text[:1].isalnum())
    feats.append(f"length<={next((x for x in _LENGTH_BINS if length <= x), 99)}")
    if side == "before":
        # How much follows the cue: nothing ("…, he said."), an addressee or a time ("he told the court on
        # Monday"), or a clause of its own.
        tail = sum(1 for t in toks[k + 1 :] if t.text[:1].isalnum())
        feats.append(f"tail<={next((x for x in _TAIL_BINS if tail <= x), 99)}")
        feats += _tail_features(toks, k, keys)
    elif side == "after" and lemma != "according" and _fronted_clause(toks, k):
        feats.append("fronted_clause")  # "This is not about me, Obama told aides as he …": the report is before
    feats.append(f"cue_at={'start' if k < 2 else 'end' if k >= n - 3 else 'middle'}")
    return tuple(feats)


#: How many words of a content are read for its finite verb.
_FINITE_REACH = 16
#: Words that join a second clause after a comma (", and was detailed …", ", but he summed up …", ", as winemakers …").
_CLAUSE_JOINERS = frozenset({"and", "but", "or", "as", "while", "whilst", "whereas", "though", "although"})


def _joined_at(words: Sequence[_Tok], reach: int) -> int:
    """Where a content's opening words end when a second predicate or clause joins them, else ``reach``.

    A cue's object may be followed by a predicate of the cue's own subject ("denied the allegations and was later
    found innocent") or by another clause (", but he summed up …", ", as winemakers ripped up …"): its finite verb
    is that clause's, and the content is the object, a noun phrase.  The join is a comma and a coordinator or
    subordinator (:data:`_CLAUSE_JOINERS`), or ``and``/``but`` right before an auxiliary or copula, after an
    adverb at most; a coordinated subject ("said the minister and his aides were wrong") joins no predicate.
    """
    end = min(reach, len(words))
    if words[0].low in _PREPOSITIONS or words[0].low in SUBORDINATORS:
        return end  # "said on Twitter, as it happens, that …": an adverbial first, the clause after it
    for m in range(1, end - 1):
        nxt = words[m + 1]
        if words[m].text == "," and nxt.low in _CLAUSE_JOINERS:
            stop = next((i for i in range(m + 2, len(words)) if words[i].text == ","), len(words))
            if any(_finite_at(words, i) for i in range(m + 2, stop)):  # (not "his alleged deputy")
                return m  # (not a verbless aside: "the scandal, while troublesome, was dealt with")
            continue
        if _subordinate_at(words, m):
            stop = next((i for i in range(m + 2, len(words)) if words[i].text == ","), len(words))
            if any(_finite_at(words, i) for i in range(m + 2, stop)):
                return m  # "four conversions as Wales kept their start": the object, then a clause of its own
        if _second_predicate_at(words, m):
            return m
    return end


def _second_predicate_at(words: Sequence[_Tok], m: int) -> bool:
    """Whether ``words[m]`` is ``and``/``but`` right before an auxiliary or copula, after an adverb at most: a second
    predicate of the cue's own subject joins there ("admitted the offence and was fined", "pleaded guilty and is
    helping police"), not the verb of a clause the cue reports.  Not "and not" ("said the plan and not the budget
    was to blame"), nor a coordinated subject ("said the minister and his aides were wrong")."""
    if words[m].low not in ("and", "but") or m + 1 >= len(words):
        return False
    nxt = words[m + 1]
    verb = words[m + 2] if nxt.low.endswith("ly") and m + 2 < len(words) else nxt
    return verb.low in _AUXILIARIES and verb.low not in _NEGATIONS or verb.low in _COPULA


#: Words after a trailing cue up to which its tail is read: an addressee and a short adverbial fit in.
_TAIL_REACH = 6


def _tail_shape(toks: list[_Tok], k: int) -> str:
    """How the words after a cue that follows its clause begin ("…, he said" → ``none``).

    ``adverbial`` ("said on Monday", "said after meeting aides", "said Tuesday"), ``comma`` ("said, adding …",
    "said, a policy that …"), ``that`` (a ``that`` soon after the cue: "said on Monday that …" reports what
    follows, not what precedes), ``clause`` (a subject pronoun: "told aides he would …"), ``object`` (an
    addressee or anything else: "told The New York Times", "told his advisers as …").
    """
    rest = toks[k + 1 :]
    if not rest or not rest[0].text[:1].isalnum():
        return "none" if not rest or rest[0].text in (".", "!", "?") else "comma"
    own = next((m for m, t in enumerate(rest) if t.text in _PUNCT_EDGE), len(rest))
    if any(t.low == "that" for t in rest[: min(own, _TAIL_REACH)]):
        return "that"  # (only in the cue's own words: not ", say the Tories, because that would …")
    first = rest[0].low
    if first in _PREPOSITIONS or first in SUBORDINATORS or first in _DAYS or first in _TRAILING_ADVERBIALS:
        return "adverbial"
    if first in _CLAUSE_PRONOUNS:
        return "clause"
    return "object"


def _tail_features(toks: list[_Tok], k: int, keys: Sequence[str]) -> list[str]:
    """Features of the words after a trailing cue: their shape (:func:`_tail_shape`), with the verb, and whether a
    comma-separated adjunct follows the cue's own words ("…, the AP declared on Thursday, two days after …").

    PolNeAR train's fronted contents whose cue goes on ("Outright victory is vital, he said after meeting …",
    "…, a Cairo airport official told The New York Times") scored under the threshold when only the tail's length
    was known; the shape tells an addressee or a time from a clause of the cue's own.
    """
    shape = _tail_shape(toks, k)
    feats = [f"tail={shape}", *(f"tail={shape}|lemma={key}" for key in keys)]
    if shape != "none" and any(t.text in (",", ";") for t in toks[k + 2 :]):
        feats.append(f"tail={shape}|comma")
    return feats


def _fronted_clause(toks: list[_Tok], k: int) -> bool:
    """Whether the cue's subject follows a comma that closes a clause of its own ("Sales will fall, the firm said
    …"): the words after such a cue are its addressee or adverbial more often than a second report."""
    subj, _ = _loose_subject(toks, k)
    if subj is None or subj[0] < _MIN_CLAUSE + 1 or toks[subj[0] - 1].text != ",":
        return False
    return any(_finite_word(t, FINITE_AUX) for t in toks[: subj[0] - 1])


#: Time nouns that may end the words between a cue and ``that`` ("told reporters on Tuesday morning that …"): they
#: take no clause of their own.
_TIME_NOUNS = frozenset("morning afternoon evening night day week weekend month year".split())
#: Brill tags of a present-tense verb: a clause opening with one after ``that`` has no subject of its own.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Brill tags of a past tense or its participle's form (the lexicon tags "laughed", "surfaced" either way): a clause
#: opening with one after ``that`` ("recalls that led to …", "the claims that surfaced …") is as often a relative
#: clause, but "said that worried voters …" is not; its own feature.  Read by the speaker stages too.
PAST_TAGS = frozenset({"VBD", "VBN"})


def _that_attachment(toks: list[_Tok], k: int, c: int) -> list[str]:
    """Where the ``that`` before a clause (at ``c``) hangs, when words stand between it and the cue (at ``k``).

    "urged the court to overturn the ruling that they had …", "did not share the optimism that …", "pleaded
    guilty to charges that …": the ``that`` clause completes a noun, whose content it is, not the cue's; and
    "repeal a provision that prohibits …", "stances that he has since disavowed" are relative clauses of a noun.
    But "said in a statement that …" and "told reporters that …" hang the clause on the cue, and "reiterated his
    claim that …" reports the cue's own speech.  These features say only where the clause may hang: a common noun
    right before ``that`` (the Brill lexicon's ``NN``/``NNS``; no time word) and not right after the cue, reached
    as the object of an infinitive after the cue ("to overturn the ruling"), across a preposition ("in a
    statement", "to charges") or as the cue's object ("the optimism"); and a clause
    opening with a present-tense verb or an auxiliary, with no subject between (``that`` is then its subject:
    a relative clause), or with a past tense or participle (``that_then_past``: "recalls that led to …").  How
    much each weighs is learnt on PolNeAR's train split (``training/train_reported.py``).
    """
    feats = []
    noun = toks[c - 2] if c - 2 > k + 1 else None  # (a noun right after the cue is its addressee: "told voters that")
    if noun is not None and noun.text.isalpha() and noun.text.islower() and noun.low not in _TIME_NOUNS:
        if _tags().get(noun.low, "").startswith("NN"):
            between = toks[k + 1 : c - 2]
            if any(a.low == "to" and _tags().get(b.low) == "VB" for a, b in zip(between, between[1:])):
                where = "infinitive"  # "urged the court to overturn the ruling that …": another verb's object
            else:
                where = "pp" if any(t.low in _PREPOSITIONS for t in between) else "object"
            feats.append(f"that_noun={where}")
    if _opens_with_verb(toks[c], _PRESENT_TAGS):
        feats.append("that_then_verb")
    elif _opens_with_verb(toks[c], PAST_TAGS):
        feats.append("that_then_past")
    return feats


#: Pronouns that can only be a subject: a content opening with one is a clause ("said he cast his ballot").
_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: An object before ``of`` + gerund ("accused the minister of ducking …") or ``to`` + verb ("asked the
#: city council to act") is at most this many tokens: a longer noun phrase is rarely an addressee.
_MAX_OBJECT_BEFORE_OF = 6


def _object_shape(words: Sequence[_Tok]) -> str:
    """The shape of a content after its cue that is no finite clause.

    ``to`` (an infinitive: "pledged to act", "urged them to act" once the addressee is skipped), ``of``
    (an object and a gerund: "accused X of lying"), ``object_to`` (an addressee and an infinitive: "asked the
    council to act"), ``np`` (a noun phrase: "denied the claim"), ``other``.
    """
    first = words[0]
    if first.low == "to" and len(words) > 1 and words[1].text[:1].islower():
        return "to"
    for m in range(1, min(len(words) - 1, _MAX_OBJECT_BEFORE_OF + 1)):
        if words[m].low == "of" and words[m + 1].low.endswith("ing"):
            return "of"
        if words[m].low == "to" and words[m + 1].text[:1].islower() and words[m + 1].low not in _DETERMINERS:
            return "object_to"  # "asked the council to reopen …": an addressee and a request
        if words[m].text in _PUNCT_EDGE:
            break
    if first.low in _DETERMINERS or first.text[:1].isdigit() or first.low in NUMBER_WORDS or first.text[:1] in "$£€":
        return "np"
    return "other"


def _overlaps(spans: Sequence[Span], starts: Sequence[int], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_left(starts, e)
    return k > 0 and spans[k - 1][1] > s


def _inside_quote(spans: Sequence[Span], starts: Sequence[int], s: int, e: int) -> bool:
    """Whether the sentence ``[s, e)`` lies inside one of the sorted, disjoint quote ``spans`` (marks included).

    A quoted sentence (""We will win."", or one of a quote several sentences long): every candidate read in it
    starts at one of its tokens, so it overlaps the quote and either opens inside it or at its opening mark before
    its cue, and :func:`candidates` drops it (:func:`_overlaps`; :func:`_cut_before_quote` cuts neither).  Reading
    none there changes no result.
    """
    q = bisect.bisect_right(starts, s) - 1
    return q >= 0 and e <= spans[q][1]


def _reports_in(toks: list[_Tok], verbs: dict[str, str], b: int) -> list[Report]:
    """The reports of a sentence, left to right (a sentence the splitter missed may hold two)."""
    out: list[Report] = []
    # (the tokens' offsets, sorted: where a report ends is found by bisection, not by a scan of the rest)
    starts = getattr(toks, "starts", None) or [t.start for t in toks]
    k = 0
    while k < len(toks):
        rep = _report_in(toks[k:] if k else toks, verbs, b)  # what follows a report is read as a sentence of its own
        if rep is None:
            break
        out.append(rep)
        k = bisect.bisect_left(starts, max(rep.end, rep.cue[1]), k)  # (the first token past the report)
    return out


def _report_in(toks: list[_Tok], verbs: dict[str, str], b: int) -> Report | None:
    """The first report of a sentence, if any: the first cue that frames a clause."""
    n = len(toks)
    if n < 4:
        return None
    cue_at = toks.cue_at if isinstance(toks, _Sentence) else [k for k, t in enumerate(toks) if t.low in _cues()]
    for k in cue_at:  # (any other word is no cue: skipped below)
        t = toks[k]
        if t.low == "according" and k + 1 < n and toks[k + 1].low == "to":
            rep = _according(toks, k, b)
            if rep is not None:
                return rep
            continue
        lemma = verbs.get(t.low)
        if lemma is None or t.text[:1].isupper() and k > 0 or _noun_before_cue(toks, k):
            continue
        if _opening_noun_or_command(toks, k) or _all_told(toks, t.start):
            continue
        if _as_by_start(toks, k) is not None:
            rep = _as_by(toks, k, b)  # "as reported by X": read as "according to X", never as the cue's subject's
            if rep is not None:
                return rep
            continue
        quoted = _quoted_as(toks, k)
        if quoted is not None:
            # "Reuters quoted Djamal as saying the talks had failed": Djamal's words, after the participle
            obj, p = quoted
            rep = _leading(toks, p, verbs.get(toks[p].low, ""), b, obj)
            if rep is not None:
                return rep
            continue
        if k > 0 and (toks[k - 1].low in _NOUN_BEFORE or possessive(toks[k - 1].low)):
            continue  # "the report", "his claim", "Trump's tweet": a noun
        copula = _copula_before(toks, k) and _participle_form(t.low)
        passive = copula or k > 0 and toks[k - 1].low in PASSIVE_AUX and _participle_form(t.low)
        rep = _passive_agent(toks, k, b) if passive else None
        if rep is not None:
            return rep  # "Sanders was asked by host John Dickerson whether …": the agent asked it
        if copula:
            continue  # a passive ("was told", "was first announced", "are being told"): the subject is not the source
        if k > 0 and toks[k - 1].low == "to" and _eager_start(toks, k) is None:
            continue  # "would have to tell", "wants to say": not (yet) said
        if (
            t.low in _NOUN_LIKE
            and k > 0
            and toks[k - 1].text[:1].islower()
            and not _verb_context(toks[k - 1].low)
            and not _plural_subject_verb(toks, k)
            and not _singular_subject_verb(toks, k)
        ):
            continue  # "the other states", "fundraising reports": a plural noun, not a verb
        if t.low.endswith("ing") and not (k > 0 and toks[k - 1].low in _AUX | _COPULA):
            rep = _participle(toks, k, b)
            if rep is not None:
                return rep
            continue
        rep = _leading(toks, k, lemma, b) or _trailing(toks, k, b)
        if rep is not None:
            return rep
    return None


def _copula_before(toks: list[_Tok], k: int) -> bool:
    """Whether a form of *be* stands before the word at ``k``, past adverbs and "being" ("was told", "was first
    announced", "is partly explained by", "are being told"): with a participle there, a passive."""
    j = k - 1
    while j > 0 and (toks[j].low == "being" or toks[j].low in _AUX_ADVERBS or _adverb(toks[j])):
        j -= 1
    return j >= 0 and toks[j].low in _COPULA


#: Verb forms that are also common nouns ("states", "reports", "thanks"): verbs only after a subject.
_NOUN_LIKE = frozenset(
    """states state reports report thanks thank calls call claims tweets posts promises orders demands comments
    comment quotes pledges vows praises blasts slams mocks voices presses press hints order questions question
    recalls recall""".split()
)


def _plural_subject_verb(toks: list[_Tok], k: int) -> bool:
    """Whether the noun-like cue at ``k`` is the verb of the plural noun before it, by agreement and what follows:
    a base form after a plural (NNS in the Brill lexicon) and before a ``that`` opening a clause ("The papers
    report that …", "supporters claim that …"); not "the sales report that was leaked", a relative clause."""
    return (
        not toks[k].low.endswith("s")
        and _tags().get(toks[k - 1].low) == "NNS"
        and k + 1 < len(toks)
        and toks[k + 1].low == "that"
        and not _relative_that(toks, k + 1)
    )


#: Words that open a clause's subject right after a cue: "claims [his] net worth is …", "reports [the] sale …".
_SUBJECT_OPENERS = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | frozenset({"the", "a", "an", "this", "these"})


def _singular_subject_verb(toks: list[_Tok], k: int) -> bool:
    """Whether the noun-like cue at ``k`` ("claims", "reports") is the verb of the singular noun before it, by
    agreement and what follows: an ``-s`` form after a determiner and a singular common noun (NN in the Brill
    lexicon) and before the subject of a clause ("The candidate claims his net worth is …", "the agency reports
    that …"); not "the candidate claims were rejected" or "insurance claims process", nouns.  The mirror of
    :func:`_plural_subject_verb`."""
    if k < 2 or not toks[k].low.endswith("s") or k + 1 >= len(toks) or toks[k - 2].low not in _NOUN_BEFORE:
        return False
    if _tags().get(toks[k - 1].low) != "NN":
        return False
    nxt = toks[k + 1]
    if nxt.low == "that":
        return not _relative_that(toks, k + 1)
    opens = nxt.low in _SUBJECT_OPENERS or nxt.text[:1].isupper() and nxt.text.isalpha()
    # a clause's subject has its verb after it; a noun phrase with none is the object ("The board reports the
    # results each quarter": a verb taking a thing, no report of speech)
    return opens and any(
        toks[m].low in FINITE_AUX or _opens_with_verb(toks[m], FINITE_TAGS) for m in range(k + 2, len(toks))
    )


def _verb_context(prev: str) -> bool:
    return prev in _AUX or prev in SUBJECT_PRONOUNS or prev.endswith("ly")


#: Prepositions and conjunctions that make a participle the means or time of the sentence's verb, whose subject
#: then speaks ("The unions will reject it by claiming …", "They announced the deal after saying …").
PARTICIPLE_OPENERS = frozenset({"by", "after", "while"})


def _participle(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``…, saying (that) …``, ``… by claiming …``: a participle after a comma (or a preposition of means or
    time, :data:`PARTICIPLE_OPENERS`) reports for the sentence's subject."""
    if k < 2 or toks[k - 1].text != "," and toks[k - 1].low not in PARTICIPLE_OPENERS:
        return None
    # "In television interviews on Sunday, he defended the plan, saying …", "As results came in, he gave a speech,
    # predicting …": the subject follows the opening adverbials.
    z = _last_conjunct(toks, _fronted_end(toks, k - 1) or 0, k - 1)
    a = z
    while z < k and toks[z].text not in _PUNCT_EDGE and not _clause_verb(toks, a, z):
        z += 1  # (to the subject's verb: "Trump visited Ohio, saying …" is Trump's)
    subj = _named(toks, a, z) if z < k else None
    if subj is None:
        return None
    rep = _leading(toks, k, reporting_verbs()[toks[k].low], b, subj)
    return rep


#: The Brill lexicon's present-tense and base verb tags: "remain", "insist", "rejects".
_PRESENT_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})
#: Tags of a noun that may follow a modifier the lexicon reads as a verb ("the rescue teams"): no verb there.
_FOLLOWING_NOUN_TAGS = frozenset({"NN", "NNS"})


def _present_verb(toks: list[_Tok], z: int) -> bool:
    """Whether the lower-case word at ``z`` is a present-tense verb ending its subject ("The unions remain angry,
    claiming …", "Ministers reject the plan, saying …"): tagged a base or present verb by the lexicon, and not
    followed by a noun it would modify ("the rescue teams") or a capitalised word."""
    t = toks[z]
    if not t.text[:1].islower() or _tags().get(t.low) not in _PRESENT_VERB_TAGS:
        return False
    nxt = toks[z + 1] if z + 1 < len(toks) else None
    return nxt is not None and not nxt.text[:1].isupper() and _tags().get(nxt.low) not in _FOLLOWING_NOUN_TAGS


#: Conjunctions that, after a comma, join a second main clause with a subject of its own ("It was denied, but the
#: Tories remain suspicious, claiming …").
_CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "yet"})


def _clause_verb(toks: list[_Tok], a: int, z: int) -> bool:
    """Whether the word at ``z`` is the verb of a clause whose subject starts at ``a``: an auxiliary, a reporting
    verb, or past the first word a lower-case past form or present verb (:func:`_present_verb`)."""
    t = toks[z]
    if t.low in _AUX or t.low in reporting_verbs():
        return True
    if z == a:
        return False
    return t.text[:1].islower() and (t.low.endswith("ed") or t.low in past_forms()) or _present_verb(toks, z)


def _has_clause_verb(toks: list[_Tok], a: int, j: int) -> bool:
    """Whether a verb (:func:`_clause_verb`, or a pronoun's contraction: "it's", "he'd") stands between tokens ``a``
    and ``j``: the words are a clause, not a list's names ("Vale, Quint, and Moss")."""
    return any(
        _clause_verb(toks, a, z) or "'" in toks[z].low and pronoun_stem(toks[z].low) in SUBJECT_PRONOUNS
        for z in range(a, j)
    )


def _last_conjunct(toks: list[_Tok], a: int, j: int) -> int:
    """Where the last main clause before token ``j`` starts, from ``a``: after the last comma with a conjunction
    (:data:`_CLAUSE_CONJUNCTIONS`) or semicolon before ``j``, when a subject pronoun or a determiner or capital
    opens what follows; a participle after it hangs on that clause, whose subject speaks.

    A comma and conjunction join two clauses only when a verb stands on each side: the last item of a serial list
    ("Vale, Quint, and Moss attacked the plan, saying …", "He met Vale, Quint, and Moss, saying …") is no clause's
    subject, and the clause the list stands in speaks."""
    for m in range(j - 1, a, -1):
        if toks[m].text == ";" or toks[m].low in _CLAUSE_CONJUNCTIONS and toks[m - 1].text == ",":
            c = m + 1
            if not (
                c < j and (toks[c].low in SUBJECT_PRONOUNS or toks[c].low in _DETERMINERS or toks[c].text[:1].isupper())
            ):
                return a
            if toks[m].text == ";":
                return c
            return c if _has_clause_verb(toks, c, j) and _has_clause_verb(toks, a, m - 1) else a
    return a


def _subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Token range of the grammatical subject of the verb at ``k`` (before it), if it names a speaker.

    The name nearest the verb may stand inside a relative clause on the subject ("Local leaders who
    campaigned for Jones said", "Anna White, who lost her son near Leeds, Yorkshire, said"): then the
    phrase the clause modifies is the subject (:func:`_relative_clause_head`).
    """
    return _remembered(toks, "checked", _checked_subject, k)


def _checked_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """:func:`_subject` unmemoised."""
    subj = _nearest_subject(toks, k)
    if subj is None:
        # No phrase right before the verb: a relative clause on the subject may hold none ("Many of the leaders
        # who would rather be working now said", "Some of the officials who spoke to reporters said"); read it
        # back from the verb itself.
        return _relative_clause_head(toks, (k, k), k)
    return _relative_clause_head(toks, subj, k) or subj


#: A relative clause between a cue's subject and the cue is read back at most this many tokens.
MAX_RELATIVE_CLAUSE = 25
#: Relative pronouns that open a clause on the noun before them ("that" is left out: it opens reports too).
RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which"})


def _relative_clause_head(toks: list[_Tok], subj: tuple[int, int] | None, k: int) -> tuple[int, int] | None:
    """The phrase a relative clause modifies when the subject ``subj`` found for the cue at ``k`` lies inside it.

    The clause opens with a relative pronoun that has words of its own before the name (so "the plan which
    Smith said …", where the name is the clause's subject and the cue its verb, is left alone).  A clause
    after a comma ("Anna White, who met Tom Hill in Paris, said") must close with a comma right before the
    cue, and the name before the comma is the subject; a clause with no comma ("Local leaders who campaigned
    for Jones said") holds no punctuation up to the cue, and the words before the pronoun are the subject.
    ``None`` when ``subj`` is in no such clause.
    """
    if subj is None or toks[k].low.endswith("ing"):
        return None  # (a participle's subject is its sentence's, not the phrase before it)
    first = toks[subj[0]]
    # (a lower-case word that is no determiner opens the span: the clause's verb, "who know Tom Hill say")
    verb_first = first.text[:1].islower() and first.low not in _DETERMINERS and first.low not in SUBJECT_PRONOUNS
    for r in range(subj[0] - 1 - (not verb_first), max(-1, k - MAX_RELATIVE_CLAUSE), -1):
        t = toks[r]
        if t.text in (";", ":") or t.text in _QUOTE_CHARS:
            return None
        if t.low not in RELATIVE_OPENERS:
            continue
        if r >= 1 and toks[r - 1].text == ",":
            j = k - 1
            while j > r and (toks[j].low in _AUX or toks[j].low in _NEGATIONS or _adverb(toks[j])):
                j -= 1
            if toks[j].text != ",":
                return None
            return _name_before(toks, r - 1) or _description_before(toks, r - 1)
        if r == 0 or any(toks[m].text in _PUNCT_EDGE for m in range(r + 1, k)):
            return None
        a = _segment_start(toks, r - 1) + 1
        if any(w.low in FINITE_AUX or w.low in reporting_verbs() for w in toks[a:r]):
            return None  # "… will write to customers who …": a clause, not the phrase the pronoun follows
        return _named(toks, a, r)
    return None


def _nearest_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The subject of the verb at ``k`` read back from it: the phrase right before it, past auxiliaries,
    adverbs, a party tag and appositives (:func:`_subject` checks it is not inside a relative clause)."""
    eager = _eager_start(toks, k)
    if eager is None:
        eager = _aspect_start(toks, k)
    if eager is not None:
        k = eager  # "Aides were quick to point out …": the subject of "were quick" speaks
    j = k - 1
    while j >= 0 and (toks[j].low in _AUX or toks[j].low in _NEGATIONS or _adverb(toks[j])):
        j -= 1
    if j >= 2 and pronoun_stem(toks[j].low) == "who" and toks[j - 1].text == ",":
        return _name_before(toks, j - 1)  # "Ted Cruz, who said he would …"
    if j >= 0 and toks[j].text == ")":
        j = _skip_brackets(toks, j)  # "Sen. Bernie Sanders (I-Vt.) said": a party tag belongs to the name
        if j < 0:
            return None
    skipped = _before_parenthetical(toks, j)
    if skipped != j:
        edge = _segment_start(toks, skipped)
        holder = _name_before(toks, edge) if edge > 0 and toks[edge].text == "," else None
        if holder is not None and not _in_opening_adverbial(toks, holder[0]):
            return holder  # "Jane Roe, a spokeswoman for Acme, however, said": the name the appositive follows
        j = skipped
    if j >= 0 and toks[j].text == ")":
        j = _skip_brackets(toks, j)  # "Rep. Jane Roe (D-Ohio), for instance, said"
        if j < 0:
            return None
    if j >= 0 and toks[j].text == ",":
        # "Maxine Waters, a California Democrat, said", "Rep. Chris Collins, R-NY, says", "Paradis, who
        # has been active in politics since 25, says": the name before the appositives is the subject.
        nearest_name = None  # the capitalised segment nearest the verb, between commas
        for _ in range(_MAX_APPOSITIVES):
            a = next((m for m in range(j - 1, max(-1, j - _MAX_APPOSITIVE_WORDS), -1) if toks[m].text == ","), None)
            if a is None and nearest_name is None:
                return _long_appositive(toks, j)
            if a is None or a < 1 or any(t.text in _QUOTE_CHARS or t.text == ";" for t in toks[a:j]):
                return None
            if toks[a + 1].low in RELATIVE_OPENERS:
                # "…, the firm, which employs 300 people, said": the relative clause's head is the subject, not a
                # name further back in the clause before it ("close in May")
                head = _name_before(toks, a) or _description_before(toks, a)
                if head is not None:
                    return head
            name = [t for t in toks[a + 1 : j] if t.text != "."]  # ("Douglas A. Schoen": the initial's stop)
            capitalised = 0 < len(name) <= _MAX_APPOSITIVE_NAME and all(t.text[:1].isupper() for t in name)
            if capitalised and nearest_name is None:
                nearest_name = _named(toks, a + 1, j)
            found = _name_before(toks, a)
            if found is not None:
                if nearest_name is not None and _in_opening_adverbial(toks, found[0]):
                    # "In a speech in Paris, Ann Cole, the minister, said": the place ends the sentence's
                    # opening adverbial; the subject is the name after it
                    return nearest_name
                return found
            if capitalised and _apposed_name(toks, a, name):
                # "Bloomberg's pollster, Douglas Schoen, says": the appositive is the name.
                found = _named(toks, a + 1, j)
                if found is not None:
                    return found
            j = a
        return None
    a = _segment_start(toks, j) + 1
    if a == 0 and toks[0].low in _OPENING_PREPOSITIONS:
        # "For months Obama said …" (no comma after the adverbial): the subject is the capitalised run after it.
        a = next((m for m in range(1, j + 1) if toks[m].text[:1].isupper()), j + 1)
        core = _core_end(toks, a, j + 1)
        if core <= j:
            # "At a summit in Ohio Mr Barr of the county council said …": the adverbial's own names come first; the
            # subject is the named person the affiliation follows, the capitalised run right before it
            a = _capitalised_run_start(toks, a, core)
    elif a == 0 and j == 0 and toks[0].low.endswith("ing") and _english_word(toks[0].low):
        return None  # "Having announced …": a participle, no subject ("Boeing says" has one: no word of English)
    return _named(toks, _perceived_start(toks, a, j, k), j + 1)


#: Discourse adverbials set off by commas between a subject and its verb ("Local officials, however, said"): no
#: appositive, so the subject is read before them.
_PARENTHETICALS = frozenset(
    """however meanwhile though too also instead nonetheless nevertheless moreover furthermore likewise similarly
    separately meantime""".split()
)
#: The same as phrases ("The minister, for his part, said", "Others, by contrast, say").
_PARENTHETICAL_PHRASES = frozenset(
    {
        ("for", "example"),
        ("for", "instance"),
        ("in", "turn"),
        ("in", "contrast"),
        ("by", "contrast"),
        ("in", "response"),
        ("of", "course"),
        ("for", "his", "part"),
        ("for", "her", "part"),
        ("for", "their", "part"),
        ("for", "its", "part"),
        ("in", "the", "meantime"),
    }
)
#: Most words of a parenthetical phrase (:data:`_PARENTHETICAL_PHRASES`).
_MAX_PARENTHETICAL = max(map(len, _PARENTHETICAL_PHRASES))


def _before_parenthetical(toks: list[_Tok], j: int) -> int:
    """The index before a comma-enclosed discourse adverbial ending at the comma ``j`` ("Local officials, meanwhile,
    said": the subject's last word), else ``j``."""
    if j < 2 or toks[j].text != ",":
        return j
    a = next((m for m in range(j - 1, max(-1, j - _MAX_PARENTHETICAL - 2), -1) if toks[m].text == ","), None)
    if a is None or a < 1:
        return j
    words = tuple(t.low for t in toks[a + 1 : j])
    single = len(words) == 1 and (words[0] in _PARENTHETICALS or _adverb(toks[a + 1]))
    if not (single or words in _PARENTHETICAL_PHRASES) or not toks[a + 1].text[:1].islower():
        return j
    return a - 1


#: Forms of the verbs of perception that take an object and a bare infinitive ("heard the minister say", "watched
#: him tell"; Levin 1993, 30.1 "see" verbs); "listened to" takes its object after the preposition.
PERCEPTION_FORMS = frozenset(
    """hear hears heard hearing overhear overhears overheard overhearing see sees saw seen seeing watch watches
    watched watching listen listens listened listening""".split()
)


def _perceived_start(toks: Sequence[_Tok], a: int, j: int, k: int) -> int:
    """Where the subject of the bare infinitive cue at ``k`` starts in the phrase ``[a, j]`` before it.

    "Reporters heard the minister say that …": the phrase before "say" runs over the perception verb, and
    the object of "heard", not its subject, says the words (the object is the infinitive's subject).  Only a
    bare infinitive cue ("say", "tell"; not "said") after an active perception verb ("was heard telling" is the
    passive's subject's); else ``a``.
    """
    if reporting_verbs().get(toks[k].low) != toks[k].low:
        return a  # "Witnesses who saw the crash said": a finite cue has the sentence's subject
    p = next((m for m in range(j - 1, a - 1, -1) if toks[m].low in PERCEPTION_FORMS), None)
    if p is None or p > 0 and toks[p - 1].low in _COPULA:
        return a
    return p + 1 + (toks[p + 1].low == "to")  # ("listened to the minister explain")


#: Prepositions that open a sentence-initial adverbial, never a subject ("For months", "In March", "On Tuesday").
_OPENING_PREPOSITIONS = frozenset(
    "on in during after before for at by from with without since until within under over among across".split()
)
#: Words that open a prepositional phrase, never a subject ("about" is left out: "About half said" has a subject).
_PREPOSITIONS = _OPENING_PREPOSITIONS | {"of", "into", "including", "to", "despite", "amid", "via"}
#: Prepositions after which a verb form that is also a noun (:data:`_NOUN_LIKE`) is that noun ("despite calls",
#: "amid claims"): every one but "to", which makes an infinitive ("to call").
_NOUN_PREPOSITIONS = _PREPOSITIONS - {"to"}


def _english_word(low: str) -> bool:
    """Whether the Brill lexicon knows ``low`` as a lower-case word ("having", "reading"; not "boeing")."""

    return low in resources.brill_lexicon()[0]


def _adverb(t: _Tok) -> bool:
    """Whether a lower-case word is an ``-ly`` adverb ("bluntly", "falsely"), by its most frequent tag in the Brill
    lexicon (Brill 1994), so that "family" or "ally" before a cue stay nouns."""
    return t.low.endswith("ly") and t.text[:1].islower() and _tags().get(t.low) == "RB"


@functools.cache
def _tags() -> dict[str, str]:
    """Lower-case word → its most frequent Penn Treebank tag, for the adverbs, present verbs and common nouns only
    (``RB``, ``VB``, ``VBP``, ``VBZ``, ``VBD``, ``NN``, ``NNS``): the Brill lexicon shipped in the textblob wheel (Brill 1994;
    see :mod:`analysis.resources`)."""

    return {w: tags[0] for w, tags in resources.brill_lexicon()[0].items() if tags[0] in _KEPT_TAGS}


_KEPT_TAGS = frozenset({"RB", "VB", "VBP", "VBZ", "VBD", "NN", "NNS"})


def _long_appositive(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """The name that opens the sentence's main clause when an appositive or relative clause longer than the
    appositives :func:`_nearest_subject` reads back over stands between it and the comma at ``j`` before the cue.

    "Alex Castellanos, a veteran media consultant who earlier in the season had tried to organize an anti-Trump
    campaign, said …", "Earlier this week, Hillary Clinton, who served as secretary of state when …, conceded":
    the name before the sentence's first comma (after its opening adverbials) speaks; with nothing read, the speaker
    stage took a name from inside the clause ("Washington" for "Bill Bruch, a Washington state delegate who …").
    Of the 5,321 reports the kit finds in PolNeAR train's fit part, 240 had no source though a comma or bracket
    stood before their cue; with this reading (and brackets of any length) 152.  ``None`` when the words before that comma are no name, or a quotation mark or semicolon lies between.
    """
    start = _fronted_end(toks, j)
    if start is None:
        return None
    if start < j and toks[start].low in FRONTED_CONJUNCTIONS:
        start += 1  # ("And retired Gen. John Allen, who led …, said")
    c = next((m for m in range(start + 1, j) if toks[m].text == ","), None)
    if c is None or any(t.text in _QUOTE_CHARS or t.text == ";" for t in toks[c:j]):
        return None
    e = _skip_brackets(toks, c - 1) + 1 if toks[c - 1].text == ")" else c  # ("Rep. Zoe Lofgren (D-Calif.), who …")
    # The words before the comma must be a name ("Even Lindsey Graham") or the clause's whole opening noun phrase
    # ("Minnesota state delegate Mary Susan"), with no verb: not "Inflation fell and Anna Berg, who …,".
    words = toks[start:e]
    capitalised = all(t.text[:1].isupper() or t.text == "." for t in words)
    if e <= start or not capitalised and _opening_np(list(words), e - start) != (0, e - start):
        return None
    return _named(toks, start, e)


def _skip_brackets(toks: list[_Tok], j: int) -> int:
    """Index of the token before the bracket that ``)`` at ``j`` closes (-1 when there is none): a party tag
    ("(I-Vt.)") or a longer aside ("Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer)
    says"), which holds no bracket of its own."""
    o = next((m for m in range(j - 1, -1, -1) if toks[m].text in ("(", ")")), None)
    if o is not None and toks[o].text == ")":
        o = None
    return -1 if o is None else o - 1


def _name_before(toks: list[_Tok], comma: int) -> tuple[int, int] | None:
    """The name ending just before ``comma`` (an appositive follows), if the segment there is one."""
    e = comma - 1
    if e >= 0 and toks[e].text == ")":
        e = _skip_brackets(toks, e)
    if e < 0 or not toks[e].text[:1].isupper():
        return None
    c = _segment_start(toks, e)
    if c >= 0 and toks[c].text == ",":
        return None  # a list or another appositive, not the start of the subject
    # The name is the capitalised run before the comma ("Trump mocked Ted Cruz, who said": Ted Cruz).
    f = e
    while f - 1 > c and (toks[f - 1].text[:1].isupper() or toks[f - 1].low in ("of", "de", "van", "von", "al")):
        f -= 1
    if f - 1 > c and toks[f - 1].low in ("the", "a", "an") or f - 1 == c:
        f = c + 1  # "the White House", or the whole segment: keep its start
    if _place_complement(toks, c, f):
        f = c + 1  # "Police in Leeds, West Yorkshire, said": the noun the place completes is the subject
    return _named(toks, f, e + 1)


def _description_before(toks: list[_Tok], comma: int) -> tuple[int, int] | None:
    """The phrase with no name that opens its clause and ends just before ``comma`` ("Two of the men, who asked not
    to be named, said": the relative clause's head), else ``None`` (a list or another appositive before it).

    After a comma only a description with its determiner that follows a clause (one with a finite verb, the
    reported words of a trailing cue: "The ward was full, the midwife, who works there, said") is read; after
    a name ("Jane Doe, the midwife, who …") the description is the name's appositive.
    """
    c = _segment_start(toks, comma - 1)
    if c >= 0 and toks[c].text == ",":
        if toks[c + 1].low not in _DETERMINERS or not any(
            _finite_word(t) for t in toks[_segment_start(toks, c - 1) + 1 : c]
        ):
            return None
    return _named(toks, c + 1, comma)


#: Prepositions between a source's common noun and the place or body it is of ("Police in Leeds", "Doctors at the
#: Royal Infirmary", "Residents of Ames").
PLACE_OR_BODY_PREPOSITIONS = frozenset({"in", "at", "of", "from", "for"})


def _place_complement(toks: list[_Tok], c: int, f: int) -> bool:
    """Whether the name at ``f`` completes a common noun after ``in/at/of/from/for (the)`` in the segment after the
    edge ``c`` ("Police in Leeds", "staff at the Royal Mail"): the noun (a common noun of the lexicon, lower-case or
    capitalised only because it opens the sentence) heads the subject, the name is its place or body."""
    p = f - 1 - (f - 1 > c and toks[f - 1].low == "the")
    if not (p - 1 > c and toks[p].low in PLACE_OR_BODY_PREPOSITIONS) or toks[c + 1].low in _PREPOSITIONS:
        return False  # (not "In a court in Reno, Nev.,": an opening adverbial, no subject)
    head = toks[p - 1]
    if head.text[:1].isupper() and p - 1 != c + 1:
        return False  # a capitalised word inside the segment is a name ("Mr. Morgan of the Sierra Club")
    return _tags().get(head.low) in ("NN", "NNS") and head.low not in DOCUMENTS


def _in_opening_adverbial(toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` stands in the phrase that opens the sentence before its first comma, and that phrase
    is an adverbial: a preposition's ("In a speech in Paris,"), a subordinate clause ("After meeting Tony
    Blair,") or a participle's ("Speaking in Harlem,"), which holds no subject of the sentence's verb."""
    if _segment_start(toks, i) >= 0:
        return False
    first = toks[0].low
    return (
        first in _OPENING_ADVERBIALS
        or first in SUBORDINATORS
        or toks[0].text[:1].isupper()
        and first.endswith("ing")
        and _english_word(first)
    )


def _apposed_name(toks: list[_Tok], comma: int, name: Sequence[_Tok]) -> bool:
    """Whether the capitalised words ``name`` after ``comma`` are a person in apposition to the phrase before it.

    After a common noun ("the firm's pollster, Douglas Schoen,") they are.  After a capitalised word they
    mostly go on a place or an institution ("a delegate from Houston, Texas,", "Monsey, New York",
    "the University of California, Berkeley", "a Hollywood, Fla., rabbi"): then only a name that reads as a
    person's ("the head of Tesco, Mary Jones,", "… of the IMF, Mr Rato,") is one; the speaker is the
    name before the appositives.
    """
    before = comma - 1
    if before >= 1 and toks[before].text == ".":
        before -= 1  # ("Jackson, Miss., …": the abbreviation's stop)
    if before < 0 or not toks[before].text[:1].isupper():
        return True
    if len(name) < _MIN_PERSON_NAME:
        return False
    first = name[0].low.strip(".'\u2019")
    return first in given_names() or honorific_gender([first]) != UNKNOWN


#: A person's name in apposition after a capitalised word has at least a given name (or title) and a surname.
_MIN_PERSON_NAME = 2


#: Appositives between a name and its verb: at most this many, each at most this many words.
_MAX_APPOSITIVES = 3
_MAX_APPOSITIVE_WORDS = 12
#: A name in apposition to a role ("the firm's pollster, Douglas A. Schoen,") is at most this many words.
_MAX_APPOSITIVE_NAME = 4


def _segment_start(toks: list[_Tok], j: int) -> int:
    """Index of the clause edge (conjunction or punctuation) at or before ``j`` (-1 at the sentence start)."""
    while j >= 0 and toks[j].low not in _CLAUSE_EDGE and toks[j].text not in _PUNCT_EDGE:
        j -= 1
    return j


#: A subject's core (its words before a name's trailing affiliation, :func:`_core_end`) is at most this many
#: words: the longest titled names of news copy ("Former U.S. Deputy Secretary of Homeland Security Jo Hale") stay
#: under it, while a longer run before a cue is a clause or a document's description ("early results of exit polls
#: conducted by …"), not a speaker's noun phrase.
_MAX_SUBJECT_CORE = 12
#: Prepositions that tie a named person to the body they speak for ("Jo Hale of the Harwick Lake First Nation",
#: "Jo Hale with the health agency", "Jo Hale from the county council", "Chris Low at FTN Financial").
AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from", "with"})
#: How many tokens an organisation's name after a person is followed: the longest body names in news copy ("the
#: Center for Strategic and International Studies") are under ten tokens.
AFFILIATION_REACH = 10
#: Cue words that end a subject's affiliation phrase: the verb phrase follows.
_AFFILIATION_CUES = frozenset({"said", "says"})


def affiliation_word(word: str) -> bool:
    """Whether ``word`` can stand in a body's name after a person ("Jo Hale of the Harwick Lake First Nation"):
    letters with inner hyphens or apostrophes, and no relative pronoun (a clause follows, not a name)."""
    return word.replace("-", "").replace("'", "").isalpha() and word.lower() not in RELATIVES


def _core_end(toks: Sequence[_Tok], a: int, z: int) -> int:
    """Where the subject ``toks[a:z]`` ends without a trailing affiliation of a named person, else ``z``.

    "Regional Health Ministry spokesman Jo Hale of the Harwick Lake First Nation said …": the phrase after the
    name only says whom the person speaks for (Canadian and British copy introduce officers and officials so), so
    it does not make the subject longer than a titled name is; the core before it is what
    :data:`_MAX_SUBJECT_CORE` bounds.  The affiliation is a preposition of :data:`AFFILIATION_PREPOSITIONS` right
    after a capitalised word, then at most :data:`AFFILIATION_REACH` words (letters, hyphens, apostrophes;
    no relative pronoun) to the subject's end.
    """
    for p in range(max(a + 1, z - AFFILIATION_REACH - 1), z - 1):
        if toks[p].low in AFFILIATION_PREPOSITIONS and toks[p - 1].text[:1].isupper():
            body = toks[p + 1 : z]
            if all(affiliation_word(w.text) and w.low not in _AFFILIATION_CUES for w in body):
                return p
    return z


def _capitalised_run_start(toks: Sequence[_Tok], a: int, z: int) -> int:
    """The first index of the capitalised run (names, titles, an initial's or a title's stop) that ends at ``z``,
    no earlier than ``a``."""
    m = z
    while m > a and (toks[m - 1].text[:1].isupper() or toks[m - 1].text == "."):
        m -= 1
    return m


def _named(toks: list[_Tok], a: int, z: int) -> tuple[int, int] | None:
    """``(a, z)`` when the words name a possible speaker; ``None`` for a document, a verb phrase or nothing."""
    if a >= z or _core_end(toks, a, z) - a > _MAX_SUBJECT_CORE:
        return None
    words = toks[a:z]
    if words[0].low in ("there", "this", "that", "which", "what") or words[0].low == "it" and z - a > 1:
        return None  # no subject ("it said" alone is an organisation's words: kept)
    if _writer_words(words):
        return None  # "I said", "we argued", "let us say": in narration, the writer, not a source
    if words[0].low in _PREPOSITIONS:
        return None  # "in states", "in a tweet", "for saying": a prepositional phrase is no subject
    heads = [w for w in words if w.text[:1].isalpha()]
    if not heads:
        return None
    if _document_head(heads) and not any(w.text[:1].isupper() for w in heads[1:]):
        return None  # "figures", "the report": a document, no one named
    doc = next((i for i, w in enumerate(words) if w.low in DOCUMENTS and w.text[:1].islower()), None)
    if _authored_document(words, doc):
        return None  # "recent research by the Pew project", "the latest survey from the ISM": a document
    by = next((i for i in range(doc + 1, len(words)) if words[i].low in ("by", "from", "of")), None) if doc else None
    if by is not None and by + 1 < len(words) and words[by + 1 :][-1].text[:1].isupper():
        return _named(toks, a + by + 1, z)  # "a new report by Politico": the agent is the source
    if _named_document(words) or _published_document(words):
        return None  # "the Mori survey", "a Gallup poll": a name's document, still no one named
    if len(words) == 1 and words[0].low in SUBJECT_PRONOUNS or _press_reports(words):
        return a, z
    if not any(w.text[:1].isupper() or w.low in _DETERMINERS or w.low in SUBJECT_PRONOUNS for w in words) and z - a > 2:
        return None
    return a, z


#: The words that name a document's author right after it: "a survey from the institute", "research by Pew".
_AUTHOR_WORDS = frozenset({"by", "from"})


def _authored_document(words: Sequence[_Tok], doc: int | None) -> bool:
    """Whether words are a document with its author right after it: "recent research by the Pew Internet project",
    "the latest survey from the Institute for Supply Management", "a study by Harvard researchers".

    The blind guidelines count a document as no source even when it names who made it ("the report found": skip
    unless a person or organisation is the grammatical source), and the annotators of the readable sets marked
    none of the kit's rows so sourced (lead1 1, open 1).  A report or paper stays its author's
    (:data:`_PEOPLE_OR_PRESS`: "according to a report by Bloomberg", a news outlet's report, is cited as the outlet
    is, and the labelled sets mark it so), and so do figures ("senior figures from the party" are people).

    Args:
        words: The phrase's tokens.
        doc: The index of its first lower-case document word (:data:`DOCUMENTS`), or ``None``.

    Returns:
        True when that word is the phrase's head, right before ``by``/``from``, and no report, paper or figures.
    """
    return (
        doc is not None
        and doc + 1 < len(words)
        and words[doc + 1].low in _AUTHOR_WORDS
        and words[doc].low not in _PEOPLE_OR_PRESS
    )


#: Time words that may follow a participle modifying a document ("figures released last week", "a filing made
#: Thursday" is read by its "-day"): after a participle, an object ("a poll showed a majority") makes it a verb.
_MODIFIER_TIMES = frozenset({"by", "last", "this", "earlier", "yesterday", "today", "on", "in"})


def _modifying_participle(words: Sequence[_Tok], m: int) -> bool:
    """Whether ``words[m]`` may be a past participle modifying the noun before it ("published in Nature", "posted
    Wednesday"): lower case, ending in "-ed" or a past participle by the Brill lexicon, and followed by a
    preposition or a time (:data:`_MODIFIER_TIMES`, a weekday), not by an object ("a poll showed a majority": the
    sentence's verb)."""

    t = words[m]
    nxt = words[m + 1] if m + 1 < len(words) else None
    return (
        t.text[:1].islower()
        and (t.low.endswith("ed") or "VBN" in resources.brill_tags(t.low))
        and nxt is not None
        and (nxt.low in _PREPOSITIONS or nxt.low in _MODIFIER_TIMES or nxt.text.endswith("day"))
    )


def _published_document(words: Sequence[_Tok]) -> bool:
    """Whether words are a document that a participle modifies: "a study published in Nature", "research cited in
    the IPCC report", "figures released by the ministry on Monday".

    The names after the participle say where the document appeared or who cited it, not who speaks: the phrase
    still names a document, which the blind guidelines do not count as a source.  Its author after ``by`` is the
    source (:func:`_named` reads "a report by X" so), unless a name stood before the document (:func:`_named`'s
    agent rule needs a document word that is not the phrase's first word): "a report released by the ministry"
    stays the ministry's, as the participle's ``by`` names who issued it.
    """

    for i, w in enumerate(words[:-1]):
        if w.low not in DOCUMENTS or not w.text[:1].islower():
            continue
        if w.low in _PEOPLE_OR_PRESS:
            return False  # "a news report published Wednesday said": the press, cited as a paper is
        if _modifying_participle(words, i + 1):
            return not any(t.low == "by" for t in words[i + 2 :])
        return False  # (the first document word decides: "the results of the poll published …" are the results)
    return False


#: Document words that a name before them often makes people or the press: "GOP figures", "the Sunday papers", "the
#: FT report", "an NBC report" (a news outlet's report is cited as the outlet is, like :func:`_press_reports`).
_PEOPLE_OR_PRESS = frozenset({"figure", "figures", "paper", "papers", "report", "reports"})


def _named_document(words: Sequence[_Tok]) -> bool:
    """Whether words are a document or figures that a name only modifies: "the Mori survey", "The ACARS data",
    "a 2014 Labor Department study", "Federal Election Commission filings".

    :func:`_document_head` lets a phrase with a capitalised word pass, for the name may be who speaks; but a name
    before the document word is its modifier, and the phrase still names a document, which the blind guidelines
    do not count as a source ("figures show", "the report found": skip those unless a person or organisation is
    the grammatical source).  The document word must be the head (no lower-case noun after it: "the Sony record
    label"), no preposition may come before it ("20 percent of people in a CNN poll" are people) and no name
    after it ("a report in the Des Moines Register", "research by Pew": the name may be the source).
    """
    if _press_reports(words):
        return False
    tags = _tags()
    for i, w in enumerate(words):
        if w.low not in DOCUMENTS or not w.text[:1].islower() or w.low in _PEOPLE_OR_PRESS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.text[:1].islower() and tags.get(nxt.low, "").startswith("NN"):
            continue  # a modifier of the noun after it ("record label"), not the head
        before, after = words[:i], words[i + 1 :]
        # (a name after a participle is when or where it appeared: "a notice for the meeting posted Wednesday")
        after = after[: next((m for m in range(len(after)) if _modifying_participle(after, m)), len(after))]
        return (
            any(t.text[:1].isupper() for t in before)
            and not any(t.low in _PREPOSITIONS for t in before)
            and not any(t.text[:1].isupper() for t in after)
        )
    return False


#: Words after "said" that open no clause ("said nothing", "said so", "said goodbye").
_NOT_CLAUSES = frozenset(
    """to for in on at of with about by from so nothing goodbye yes no hello sorry thanks little more something
    anything everything farewell only it's""".split()
)


def _not_clause(toks: list[_Tok], j: int) -> bool:
    """Whether the word at ``j`` after "said" opens no clause ("said nothing", "said more"); "more than 100 people
    have died" is a clause: the comparative is a quantifier of its subject."""
    if toks[j].low not in _NOT_CLAUSES:
        return False
    return not (toks[j].low in _QUANTIFIERS and j + 1 < len(toks) and toks[j + 1].low == "than")


_QUANTIFIERS = frozenset({"more", "less", "fewer", "little"})
#: Past tenses a lexicon tags otherwise: unchanged forms tagged VB ("cut", "put", "let") and the modals the clause
#: tests read like a verb ("can", "won't").
_PAST_EXTRA = frozenset("cut put let can cannot won't".split())
#: The ending of a participle that is never also the past tense ("taken", "shown", "been" against "took", "showed").
_PARTICIPLE_ONLY_ENDING = "n"


@functools.cache
def past_forms() -> frozenset[str]:
    """Irregular past tenses ("grew", "fell", "brought"): the Brill lexicon's (Brill 1994) lower-case words tagged
    VBD, and those tagged VBN whose participle is also the past ("held", "made", "sold"; not "taken"), besides
    :data:`_PAST_EXTRA`.  Regular pasts end in "-ed" and are read by their ending, so they are left out."""

    return _PAST_EXTRA | frozenset(
        w
        for w, tags in resources.brill_lexicon()[0].items()
        if w.isalpha()
        and not w.endswith("ed")
        and (tags[0] == "VBD" or tags[0] == "VBN" and not w.endswith(_PARTICIPLE_ONLY_ENDING))
    )


def _finite_word(t: _Tok, aux: frozenset[str] = _AUXILIARIES) -> bool:
    """Whether a token looks like a finite verb or its auxiliary: one of ``aux``, a copula, an irregular past
    tense, or a word ending in "-ed"/"n't" (a clause's verb, for the tests that a clause follows or precedes)."""
    return t.low in aux or t.low in _COPULA or t.low in past_forms() or t.low.endswith(("ed", "n't"))


#: Articles and possessives, after which an "-ed" word modifies the noun that follows ("the authorised biography",
#: "its proposed ban"): an adjective, no clause's verb.  (Not the demonstratives or "some", which may be a clause's
#: subject: "said that changed everything", "said some argued …".)
_ATTRIBUTIVE_BEFORE = _DETERMINERS - {"this", "that", "these", "those", "some"}


def _finite_at(words: Sequence[_Tok], m: int) -> bool:
    """Whether ``words[m]`` looks like a finite verb (:func:`_finite_word`) where it stands: not an "-ed" word right
    after an article or a possessive ("wrote the authorised biography of Diana": a noun phrase, no clause)."""
    t = words[m]
    if not _finite_word(t):
        return False
    return not (
        m > 0 and words[m - 1].low in _ATTRIBUTIVE_BEFORE and t.low.endswith("ed") and t.low not in _AUXILIARIES
    )


def _finite_follows(toks: list[_Tok], j: int) -> bool:
    """Whether a finite verb follows within a few words: the words after "said" are a clause.

    The verb of a relative clause on the words' noun is not theirs ("conceded a penalty which the referee
    awarded": a noun phrase; "said the man who was arrested was innocent" has "was" after it).
    """
    if pronoun_stem(toks[j].low) in SUBJECT_PRONOUNS:
        return True  # "he", "he's", "they'd"
    stop = min(len(toks), j + _FINITE_REACH)
    relative = relative_verbs(toks, j, stop)
    if relative:
        stop = min(len(toks), max(relative) + _FINITE_REACH)  # (the clause's verb may follow a long relative)
    for m in range(j + 1, stop):
        t = toks[m]
        if m > j + 1 and _subordinate_at(toks, m):
            break  # "added four conversions as Wales kept …": the verb is the subordinate clause's
        if m not in relative and _finite_at(toks, m):
            return True
        if t.text in (",", ";", ":") or _second_predicate_at(toks, m):
            break  # ("admitted the offence and was fined": the verb is the cue subject's second predicate)
    opener = next(
        (
            m
            for m in range(j + 1, stop)
            if toks[m].low in RELATIVE_OPENERS or _subordinate_at(toks, m) or _second_predicate_at(toks, m)
        ),
        stop,
    )
    return _bare_present(toks[j : min(j + _PRESENT_WINDOW, opener)])


#: Subordinators that, inside a cue's words, open a clause of their own ("added four conversions as Wales kept …").
_MID_SUBORDINATORS = frozenset({"as", "while", "whilst", "whereas", "because", "although", "though"})
#: Words before "as" that make it a comparison, no clause ("such as", "as well as", "as many as", "so as to").
_AS_COMPARED = _NOT_DESCRIPTIONS | {"such", "as", "so", "same"}


def _subordinate_at(words: Sequence[_Tok], m: int) -> bool:
    """Whether ``words[m]`` opens a subordinate clause with its subject: a subordinator (:data:`_MID_SUBORDINATORS`)
    before a name, a pronoun or a determiner ("as Wales kept", "while the firm …"; "as" only before a name or a
    pronoun), not a comparison ("as well as", "such as", "as many as": :data:`_NOT_DESCRIPTIONS`)."""
    t = words[m]
    if t.text not in _MID_SUBORDINATORS or m + 1 >= len(words) or m == 0:
        return False  # (lower case: "Reem As Saba'ee" is a name)
    nxt = words[m + 1]
    if nxt.low in _NOT_DESCRIPTIONS or words[m - 1].low in _AS_COMPARED:
        return False
    if t.low == "as":
        # (before a determiner "as" describes: "cited the tax as a major reason", "painted him as the villain")
        return pronoun_stem(nxt.low) in SUBJECT_PRONOUNS or nxt.text[:1].isupper()
    return nxt.low in _CLAUSE_OPENERS or nxt.text[:1].isupper()


#: A relative clause's subject before its verb ("which the match referee awarded") is at most this many words.
_MAX_RELATIVE_SUBJECT = 6


def relative_verbs(words: Sequence[_Tok], a: int, z: int) -> frozenset[int]:
    """Indices of the verbs of the relative clauses in ``words[a:z]``: after a relative pronoun (``who``, ``whom``,
    ``whose``, ``which``; not "that", which opens reports too) that follows a word, the clause's subject if one
    comes first (at most :data:`_MAX_RELATIVE_SUBJECT` words) and its verb (auxiliaries, then one word) are the
    relative clause's own ("a penalty which the referee awarded after …", "a phone which will be sold …"), not
    the finite verb of a clause the words make ("the man who was arrested was innocent": the second "was" is).
    """
    out: set[int] = set()
    m = a + 1
    while m < z:
        if words[m].low not in RELATIVE_OPENERS:
            m += 1
            continue
        m += 1
        if m < z and (words[m].low in _DETERMINERS or words[m].low in SUBJECT_PRONOUNS or words[m].text[:1].isupper()):
            # (the relative clause's subject: "which the referee", "whom he")
            limit = min(z, m + _MAX_RELATIVE_SUBJECT + 1)
            m = next((i for i in range(m + 1, limit) if _finite_word(words[i])), m)
        while m < z and (words[m].low in _AUX or words[m].low in _COPULA or words[m].low in _NEGATIONS):
            out.add(m)
            m += 1
        if m < z and words[m].text[:1].isalpha():
            out.add(m)  # (the verb: "awarded", "sold", "employs")
            m += 1
    return frozenset(out)


#: How many words into a clause a present-tense verb after its subject is looked for.
_PRESENT_WINDOW = 8
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})


def _bare_present(words: Sequence[_Tok]) -> bool:
    """Whether a present-tense verb without an auxiliary follows its subject ("families file their returns").

    The verb is a lower-case word whose most frequent Brill tag is a base form (``VB``/``VBP``: "file",
    "want") after a plural noun ("families"), a plural pronoun or a name, or a third-person form (``VBZ``:
    "believes", "makes") after a word that is no determiner or preposition ("Smith believes", "the remark makes").
    """
    tags = _tags()
    for p, t in zip(words, words[1:]):
        if t.text in (",", ";", ":"):
            return False
        tag = tags.get(t.low) if t.text[:1].islower() else None
        if (
            tag == "VBZ"
            and p.text[:1].isalpha()
            and p.low not in _DETERMINERS
            and p.low not in _PREPOSITIONS
            and p.low not in NUMBER_WORDS
        ):
            return True  # "Smith believes …", "the remark makes it …": a third-person verb after its subject
            # (not after a number: "four tries" is a plural noun)
        if tag not in ("VB", "VBP"):
            continue
        if p.low in _PLURAL_PRONOUNS or p.text[:1].isupper() and p.low not in _DETERMINERS:
            return True
        if (
            p.text[:1].islower()
            and p.low.endswith("s")
            and not p.low.endswith(("ss", "us", "is", "'s"))
            and len(p.low) > 3
        ):
            return True
    return False


_SENTENCE_OPENERS = frozenset("He She They It We I The This But And In".split())


def _clause_end(toks: list[_Tok], c: int) -> int:
    """Where a reported clause starting at ``c`` ends: the sentence end, less final punctuation."""
    e = len(toks)
    # A sentence break the splitter missed after an abbreviation ("in the U.S. He says …").
    if isinstance(toks, _Sentence):
        if toks.breaks is None:
            toks.breaks = _breaks(toks)
        breaks = toks.breaks
    else:
        breaks = _breaks(toks)
    k = bisect.bisect_right(breaks, c)
    if k < len(breaks):
        e = breaks[k] + 1
    while e > c and not toks[e - 1].text[:1].isalnum():
        e -= 1
    return e


def _reported_clause_end(toks: list[_Tok], c: int) -> int:
    """Where the reported clause starting at ``c`` ends: :func:`_clause_end`, cut before ``, adding …``.

    "…, adding that …": a second report after a comma starts a clause of its own.
    """
    e = _clause_end(toks, c)
    verbs = reporting_verbs()
    cue_at = getattr(toks, "cue_at", None)
    for v in cue_at if cue_at is not None else range(c + 2, e):
        if c + 2 < v < e and toks[v].low in verbs and not toks[v].low.endswith("ing"):
            # "While 7 percent said A, 27 percent of those polled said B": a report with a subject of its own
            # after a comma or semicolon ends this clause.
            subj = _loose_subject(toks, v)[0]
            if subj is not None and c + 1 < subj[0] and toks[subj[0] - 1].text in (",", ";"):
                e = subj[0] - 1
                break
            edge = _coordinated_report_edge(toks, c, subj) if _second_report(toks, v, e, verbs) else None
            if edge is not None:
                e = edge
                break
    for m in range(c + 2, e):
        if toks[m - 1].text == "," and toks[m].low.endswith("ing") and toks[m].low in verbs:
            return m - 1
        if toks[m - 1].text == "," and toks[m].low in verbs and toks[m].text.islower() and _finite_word(toks[m]):
            # "Mullin, a Republican who said he backs more aid if it is tied to border policy, said Zelensky …": a
            # finite cue after a comma is the main clause's, whose subject came before the relative clause.
            return m - 1
        if toks[m].low in ("and", "but") and m + 1 < e and _second_report(toks, m + 1, e, verbs):
            # "…, and said he would appeal", "… and said there would be …", "… - but insists that …": the
            # subject's second report starts a clause of its own (and its words are not this one's).
            return m - 1 if toks[m - 1].text == "," or toks[m - 1].text in DASHES else m
    return e


#: Conjunctions that join two reports with subjects of their own after a comma or semicolon ("X said A,
#: while Y said B"; "…, but Y argued …"): each report is its own clause, and its own subject's words.
_REPORT_COORDINATORS = frozenset({"while", "whilst", "whereas", "but", "and", "yet"})


def _coordinated_report_edge(toks: list[_Tok], c: int, subj: tuple[int, int] | None) -> int | None:
    """Where a reported clause opened at ``c`` ends before a coordinated report with its own subject ``subj``.

    "The mayor says A, while Ms Patel argued B": the second cue (a verb, :func:`_second_report`) has a
    subject after a comma (or semicolon) and a conjunction (:data:`_REPORT_COORDINATORS`); the first
    clause ends at that comma, so neither report holds the other and each keeps its own subject.  ``None``
    when the subject stands otherwise (a report inside the clause: "said that officials had argued …").
    """
    if subj is None or subj[0] < c + 3:
        return None
    if subj[1] - subj[0] == 1 and toks[subj[0]].low in _DETERMINERS:
        return None  # "…, and his alleged partner": a lone determiner before an adjective is no subject
    if toks[subj[0] - 1].low in _REPORT_COORDINATORS and toks[subj[0] - 2].text in (",", ";"):
        return subj[0] - 2
    return None


def _second_report(toks: list[_Tok], v: int, e: int, verbs: dict[str, str]) -> bool:
    """Whether the reporting verb at ``v`` (after "and"/"but") is the subject's second report, not a noun.

    A past form ("and said", "and warned") is a verb; a present form or a gerund ("and says", "but insists",
    "and adding, …") only before its clause ("that", a pronoun or determiner, a comma or colon before a
    quote): "wages and reports" is a noun.
    """
    low = toks[v].low
    if low not in verbs:
        return False
    if low.endswith("ed") or low in past_forms():
        return True
    return (
        low.endswith(("s", "ing"))
        and v + 1 < e
        and (toks[v + 1].low == "that" or toks[v + 1].low in _CLAUSE_OPENERS or toks[v + 1].text in (",", ":"))
    )


#: A reported clause after its cue has at least this many tokens in the hand-written reading ("it failed" is
#: too short to tell from a noun phrase there) and in a loose reading (where the model weighs the length).
_MIN_CLAUSE = 3
_MIN_LOOSE_CLAUSE = 2


def _breaks(toks: list[_Tok]) -> list[int]:
    """Indices of the abbreviations ("U.S.") that end a sentence the splitter missed: a sentence opener follows."""
    texts = list(map(_TOK_TEXT, toks))
    # (an opener is rare: the tokens before one are found in C, and only those are tested for the abbreviation)
    after_opener = itertools.compress(itertools.count(), map(_SENTENCE_OPENERS.__contains__, texts[1:]))
    return [m for m in after_opener if texts[m].endswith(".") and len(texts[m]) > 1]


def _negated(toks: list[_Tok], a: int, k: int) -> bool:
    """Whether the cue at ``k`` is negated by the auxiliaries before it ("did not say", "can no longer claim").

    Only the run of auxiliaries, negations and adverbs between the subject (ending at ``a``) and the cue
    counts: a negation inside an appositive ("Kasich, a Republican who has refused to endorse Trump,
    said …") does not negate the saying.
    """
    j = k - 1
    while j >= a and (
        toks[j].low in _AUX or toks[j].low in _NEGATIONS or toks[j].low in _MODALS or toks[j].low.endswith("n't")
    ):
        if toks[j].low in _NEGATIONS or toks[j].low.endswith("n't"):
            return True
        j -= 1
    return False


_NEGATIONS = frozenset({"not", "never", "no", "longer", "neither", "nor", "refused", "declined"})


def _leading(toks: list[_Tok], k: int, lemma: str, b: int, subj: tuple[int, int] | None = None) -> Report | None:
    """``X said (that) …`` / ``X told Y (that) …``: the clause after the cue."""
    n = len(toks)
    subj = subj or _gap_subject(toks, k) or _subject(toks, k)
    if subj is None or _negated(toks, subj[1], k):
        return None  # "did not say", "can no longer claim": nothing was said
    j = k + 1
    # An addressee or a short adverbial before "that" ("told reporters that", "said on Tuesday that").
    that = next((m for m in range(j, min(n, j + 10)) if toks[m].low == "that"), None)
    verbs = reporting_verbs()
    gap = _relative_gap(toks, k, subj) or _gap_subject(toks, k) is not None
    if gap:
        c = j  # "the rate, which they say would save £300m": the clause's subject is the relative pronoun
    elif that is not None and all(
        (toks[m].text not in _PUNCT_EDGE or toks[m].text == ",") and toks[m].low not in verbs for m in range(j, that)
    ):
        c = that + 1
        if c < n and toks[c].low in _AUX:
            c = that  # "said that would be a mistake": "that" is the clause's subject
    elif lemma in _BARE_CLAUSE_VERBS:
        if lemma == "tell":
            # "told the BBC the talks had …", "told reporters he …": the addressee comes first.
            m = j + (j < n and toks[j].low in _DETERMINERS)
            while m < n and m < j + 5 and toks[m].low not in _CLAUSE_OPENERS and not _subject_word(toks, j, m):
                m += 1
            j = m
        j = _skip_adverbial(toks, _skip_day(toks, j))
        if j >= n or _not_clause(toks, j) or toks[j].text in _PUNCT_EDGE or not _finite_follows(toks, j):
            return None
        c = j
    else:
        return None
    while c < n and toks[c].text in (",", ";", ":", "-", "\u2014"):
        c += 1
    e = _gap_end(toks, k, c, _reported_clause_end(toks, c)) if gap else _reported_clause_end(toks, c)
    if e - c < (_MIN_LOOSE_CLAUSE if gap else _MIN_CLAUSE):
        return None  # (a gap's clause opens with its finite verb: "is rigged" is a clause)
    return Report(
        toks[c].start,
        toks[e - 1].end,
        "indirect",
        b,
        (toks[k].start, toks[k].end),
        (toks[subj[0]].start, toks[subj[1] - 1].end),
    )


def _subject_word(toks: list[_Tok], j: int, m: int) -> bool:
    """Whether the word at ``m``, after an addressee opening at ``j``, is the one-word subject of the reported clause.

    "told delegates Labour cannot be trusted", "told MPs ministers would act": a finite verb follows it, so the
    addressee ended before it.
    """
    return m > j and m + 1 < len(toks) and (toks[m + 1].low in FINITE_AUX or toks[m + 1].low in _MODALS)


def _relative_gap(toks: list[_Tok], k: int, subj: tuple[int, int] | None) -> bool:
    """Whether the cue at ``k`` sits in a relative clause whose subject is the relative pronoun.

    "the rate, which they say would save £300m", "the economy that he says is rigged": the pronoun is the
    reported clause's subject, so the clause after the cue opens with its finite verb (which would otherwise
    make the cue a noun: "the claim was false").  Only with the cue's subject right after the pronoun.
    """
    return (
        subj is not None
        and subj[0] > 0
        and toks[subj[0] - 1].low in RELATIVES
        and subj[1] == k - sum(1 for t in toks[subj[1] : k] if t.low in _AUX or _adverb(t))
        and k + 1 < len(toks)
        and (toks[k + 1].low in FINITE_AUX or toks[k + 1].low in _COPULA)
    )


#: Words that open a free relative clause whose gap is the reported clause's subject ("what he said were …").
_FREE_RELATIVES = frozenset({"what", "whatever"})
#: Most words of a definite or plural subject inside a relative clause ("the law enforcement agency said").
_MAX_GAP_SUBJECT = 4
#: Lexicon tags of the noun a relative clause without a pronoun modifies ("a move ministers say should …").
_HEAD_NOUN_TAGS = frozenset({"NN", "NNS"})


def _gap_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The subject of a cue inside a relative clause with no relative pronoun before it, or after "what"
    (:func:`_gap_reading`), else ``None``."""
    found = _remembered(toks, "gaps", _gap_reading, k)
    return found[0] if found is not None else None


def _gap_end(toks: list[_Tok], k: int, c: int, e: int) -> int:
    """Where a relative clause's report opened at ``c`` ends: at its first comma when the phrase the clause
    modifies opens the sentence after a preposition ("In a move ministers say should keep rises down, the
    chancellor …": the comma closes the fronted phrase), else ``e``."""
    found = _remembered(toks, "gaps", _gap_reading, k)
    if found is None or found[1] != 0:
        return e
    return next((m for m in range(c, e) if toks[m].text == ","), e)


def _gap_reading(toks: list[_Tok], k: int) -> tuple[tuple[int, int], int] | None:
    """The subject of a cue inside a relative clause with no relative pronoun before it, or after "what", and
    the index of the preposition or verb governing the phrase the clause modifies.

    "a move ministers say should keep rises down", "a probe the agency said was under way", "what he said were
    the failures of …": the clause after the cue opens with its finite verb (its subject is the gap the noun or
    "what" fills), and the cue's own subject stands right before it — a pronoun, a name, a short definite phrase
    or a plural noun — after "what" or a lower-case common noun ending the phrase the clause modifies.  The
    sentence's subject reading would run back over the main verb to the sentence's start.  ``None`` otherwise
    (the relative pronoun cases are :func:`_relative_gap`'s own).
    """
    n = len(toks)
    if not (k + 1 < n and (toks[k + 1].low in FINITE_AUX or toks[k + 1].low in _COPULA or toks[k + 1].low in _MODALS)):
        return None
    z = k
    while z > 0 and (toks[z - 1].low in _AUX or _adverb(toks[z - 1])) and toks[z - 1].text[:1].islower():
        z -= 1  # "what he has long said is …"
    a = _gap_subject_start(toks, z)
    if a is None or a == 0:
        return None
    before = toks[a - 1]
    tags = _tags()
    if before.low in _FREE_RELATIVES:
        head = a - 1
    elif before.text[:1].islower() and tags.get(before.low) in _HEAD_NOUN_TAGS and before.low not in _AUX:
        head = a - 1  # a noun the clause modifies, no pronoun: "a move [ministers say should …]"
        while (
            head > 0
            and toks[head - 1].text[:1].islower()
            and (toks[head - 1].low in _DETERMINERS or tags.get(toks[head - 1].low) in _HEAD_NOUN_TAGS)
        ):
            head -= 1
    else:
        return None
    # The phrase the clause modifies is governed by a preposition or a verb ("to what Republicans say is …",
    # "follows a probe the agency said was …"); opening its clause, it is the subject of the verb after the cue
    # and the gap is the cue's object: "not everything Smith says is true" reports nothing.
    if head == 0:
        return None
    governor = toks[head - 1]
    if governor.low in _PREPOSITIONS:
        # (not "of" before "what": "much of what he says is true" is the sentence's subject)
        return ((a, z), head - 1) if not (governor.low == "of" and before.low in _FREE_RELATIVES) else None
    verb = governor.text[:1].islower() and governor.low not in _AUX and governor.low not in _COPULA
    if verb and (tags.get(governor.low, "").startswith("VB") or _finite_word(governor) or governor.low.endswith("ing")):
        return (a, z), head - 1
    return None


def _gap_subject_start(toks: list[_Tok], z: int) -> int | None:
    """Where the short subject ending just before token ``z`` starts: a subject pronoun, a run of capitalised
    words (a name), a determiner with up to :data:`_MAX_GAP_SUBJECT` lower-case words, or a plural noun with
    its adjectives ("many analysts", "appeals courts"); ``None`` when none ends there."""
    if z == 0:
        return None
    last = toks[z - 1]
    if last.low in SUBJECT_PRONOUNS:
        return z - 1
    if last.text[:1].isupper() and last.text[:1].isalpha():
        a = z - 1
        while a > 0 and toks[a - 1].text[:1].isupper() and toks[a - 1].text[:1].isalpha():
            a -= 1
        return a if a > 0 else None  # (a name opening the sentence is the sentence's subject)
    if not last.text.isalpha() or not last.text.islower():
        return None
    tags = _tags()
    a = z
    while a > 0 and z - a < _MAX_GAP_SUBJECT:
        t = toks[a - 1]
        if t.low in _GAP_DETERMINERS:
            return a - 1 if a < z else None
        if not (t.text.isalpha() and t.text.islower() and tags.get(t.low) in _HEAD_NOUN_TAGS):
            break
        a -= 1
    if a == z or tags.get(last.low) != "NNS":
        return None
    if z - a > 1 and a > 0 and toks[a - 1].low in _INDEFINITE_ARTICLES:
        return a + 1  # "a move ministers say …": the article's noun is the phrase the clause modifies
    return a  # a bare plural with the nouns before it ("government officials", "appeals courts")


#: Articles of a noun a relative clause without a pronoun may modify: "a move [ministers say should …]".
_INDEFINITE_ARTICLES = frozenset({"a", "an", "another"})
#: Words that open a short subject inside a relative clause ("the agency", "many analysts", "his aides").
_GAP_DETERMINERS = POSSESSIVE_PRONOUNS | frozenset({"the", "many", "some", "most"})


_TRAILING_ADVERBIALS = frozenset(
    "on in at during late earlier last this after when while before yesterday today on".split()
)
#: A short adverbial after a trailing cue ("…, the council said on Tuesday.") has at most this many words.
_MAX_TRAILING_ADVERBIAL = 4
#: A bare time word after a cue ("said Tuesday the man fled"), and the part of the day that may follow it.
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())


#: Focusing and time adverbs that may stand before a bare day ("reported just today", "said only yesterday",
#: "announced again Monday"): with the day they are one adverbial, not the first words of the content.
_DAY_ADVERBS = frozenset("just only also again already first late early".split())


def _skip_day(toks: list[_Tok], j: int) -> int:
    """The index after a bare weekday (and its part of the day) at ``j``, perhaps after one of
    :data:`_DAY_ADVERBS` ("just today"), else ``j``."""
    if j + 1 < len(toks) and toks[j].low in _DAY_ADVERBS and toks[j + 1].low in _DAYS:
        j += 1
    if j < len(toks) and toks[j].low in _DAYS:
        j += 1
        if j < len(toks) and toks[j].low in _DAY_PARTS:
            j += 1
    return j


def _past_adverbial(toks: list[_Tok], j: int) -> int:
    """The index after a bare weekday ("yesterday", "Monday morning") or a short adverbial ("on Monday", "last
    November": :func:`_skip_adverbial`) at ``j``, else ``j``."""
    return _skip_day(toks, j) if toks[j].low in _DAYS else _skip_day(toks, _skip_adverbial(toks, j))


#: A short adverbial after a cue ("said on Friday", "said in a statement") is at most this many words.
_MAX_ADVERBIAL = 5
#: Lower-case words that go on with an adverbial after its name ("on Twitter late Friday", "in Ottawa last week",
#: "on Monday night", "at the Bank of England"); any other lower-case word after the name opens the content.
_ADVERBIAL_GOES_ON = _TRAILING_ADVERBIALS | _DAY_PARTS | frozenset({"of", "and", "for", "with", "to", "from", "by"})
#: Heads of an adverbial naming the message's medium ("said in a statement", "told … in an interview"): a lower-case
#: word after one opens the content ("said in a statement hunt supporters were …") unless it goes on with the
#: adverbial (:data:`_ADVERBIAL_GOES_ON`) or is a participle on the head ("in a statement released Friday", "on
#: her speech following …").
_MEDIUM_HEADS = frozenset(
    "statement interview release letter email speech tweet briefing message column broadcast call".split()
)
#: A name's possessive ("in Trump's tweet", "during Friday's briefing") is no adverbial's end: its noun follows.
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")
#: Endings of a participle going on with a medium's head ("released", "following").
_PARTICIPLE_ENDS = ("ed", "ing")


def _skip_adverbial(toks: list[_Tok], j: int) -> int:
    """The index after a short adverbial at ``j`` ("said on Friday he met …", "said in a statement the company …").

    Not when the adverbial's first word can open a subject ("this") and the words read as the adverbial hold a
    finite verb: "says this year's increases will be the lowest" opens its clause with "this", whose verb
    "will" the adverbial would swallow.
    """
    n = len(toks)
    if j >= n or toks[j].low not in _TRAILING_ADVERBIALS:
        return j
    m = j + 1 + (j + 1 < n and toks[j + 1].low in _DETERMINERS) + 1
    # a name with no determiner ("on Twitter", "in Ottawa") or a medium's head ("in a statement") ends where a
    # lower-case word follows it: "said on Twitter yoga helps" reports "yoga helps"; a number word opens the
    # content after any object ("said in a statement three men were hurt")
    named = m == j + 2 and toks[j + 1].text[:1].isupper()
    while m < n and m < j + _MAX_ADVERBIAL and toks[m].low not in _CLAUSE_OPENERS and toks[m].text not in _PUNCT_EDGE:
        low = toks[m].low
        after_head = (
            toks[m].text[:1].islower()
            and low not in _ADVERBIAL_GOES_ON
            and low not in FINITE_AUX  # "cited in the tweet does not …": the phrase is a subject's, no adverbial
            and low not in _COPULA
            and (
                (named and toks[m - 1].text[:1].isupper() and not toks[m - 1].low.endswith(_POSSESSIVE_ENDS))
                or (toks[m - 1].low in _MEDIUM_HEADS and not low.endswith(_PARTICIPLE_ENDS))
            )
        )
        if low in NUMBER_WORDS or after_head:
            break
        m += 1
    if toks[j].low in _CLAUSE_OPENERS and any(t.low in FINITE_AUX or t.low in _COPULA for t in toks[j + 1 : m]):
        return j  # ("on", "in", "after" open no subject: "cited in the tweet does not …" is a noun's phrase)
    return _past_name(toks, m)


def _past_name(toks: list[_Tok], m: int) -> int:
    """The index after the name an adverbial's reach ends inside, when a comma closes it ("points out in a column
    on Yahoo [News], doing …": the name's last word is no first word of the content), else ``m``."""
    e = m
    while (
        0 < e < len(toks) and toks[e - 1].text[:1].isupper() and toks[e].text[:1].isupper() and toks[e].text.isalpha()
    ):
        e += 1
    return e if e > m and e < len(toks) and toks[e].text == "," else m


#: Words an inverted subject may open with (", said the minister", ", said one official").
_INVERTED_OPENERS = frozenset("the a an one another two three several some he she".split())


def _trailing(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``…, the minister said.`` / ``…, said Mr Smith.``: the clause before the comma."""
    end = _clause_end(toks, k + 1)
    if 1 < k <= _MAX_OPENER + 1 and toks[k - 1].text == ",":
        rep = _parenthetical_inverted(toks, k, end, b)
        if rep is not None:
            return rep
    # (a cue that closes the sentence after a comma has no inverted subject: the comma closes a relative clause
    # on the subject before it, "…, the midwife, who works there, said.", read below; words after the cue, even
    # a short phrase, may be the inverted subject's: "…, Alan Mulally, commented on the profits." is no report)
    if k >= 4 and toks[k - 1].text == "," and k + 1 < end:
        # ", said Mr Smith." / ", said Jane Doe, a spokeswoman for X.": the inverted subject ends the sentence.
        stop = next((m for m in range(k + 1, end) if toks[m].text == ","), end)
        subj = _named(toks, k + 1, stop)
        if subj is not None and any(
            w.low in _AUX or w.low in _COPULA or w.low in _CLAUSE_EDGE for w in toks[k + 1 : stop]
        ):
            subj = None  # ", said the bill was …": a clause, not an inverted subject
        first = toks[k + 1] if k + 1 < end else None
        if stop - k > 7 or any(t.text in _PUNCT_EDGE or t.low == "by" for t in toks[k + 1 : stop]):
            return None  # a long phrase, a quote or an agent ("called … by the citizens"): no inverted subject
        if (
            subj is None
            or first is None
            or not (
                first.text[:1].isupper()
                or first.low in _INVERTED_OPENERS
                or _verb_before_noun(toks[k].low)
                and _nominal_subject(toks[k + 1 : stop])
            )
        ):
            return None
        if toks[k].low not in ("said", "says") and _object_shape(toks[k + 1 : end]) in ("of", "object_to"):
            return None  # "Smith, for the party, accused Mr Brown of ducking …": an object and its content
        comma = k - 1
    else:
        tail = toks[k + 1 : end]
        adjunct = len(tail) >= 2 and tail[0].text == "," and _participial_adjunct(tail[1:])
        if len(tail) >= 3 and tail[0].text == "," and not adjunct:
            # "In his state, Christie said, offenders are sent to treatment": a parenthetical cue;
            # the reported words are the sentence around it.
            subj = _subject(toks, k)
            if subj is None or subj[0] < 2 or toks[subj[0] - 1].text != ",":
                return None
            return Report(toks[0].start, toks[end - 1].end, "indirect", b, (toks[k].start, toks[k].end),
                          (toks[subj[0]].start, toks[subj[1] - 1].end))  # fmt: skip
        if tail and not adjunct and not _trailing_adverbial(tail):
            return None  # the verb does not close the sentence (after a short adverbial): not a trailing cue
        subj = _subject(toks, k)
        if subj is None or subj[0] < 4 or toks[subj[0] - 1].text != ",":
            return None
        comma = subj[0] - 1
    return Report(
        toks[0].start,
        toks[comma - 1].end,
        "indirect",
        b,
        (toks[k].start, toks[k].end),
        (toks[subj[0]].start, toks[subj[1] - 1].end),
    )


def _trailing_adverbial(tail: Sequence[_Tok]) -> bool:
    """Whether the words after a trailing cue are a short adverbial (", the council said on Tuesday."), no clause."""
    return (
        tail[0].low in _TRAILING_ADVERBIALS
        and len(tail) <= _MAX_TRAILING_ADVERBIAL
        and not any(t.low in _AUX or t.low == "that" for t in tail)
    )


#: Brill tags of the word an inverted nominal subject opens with (", say analysts", ", say senior economists"; its
#: head noun's are :data:`_HEAD_NOUN_TAGS`).
_NOMINAL_OPENER_TAGS = frozenset({"NN", "NNS", "JJ"})
#: Brill tags that end a noun phrase's head before it (a preposition, a determiner, a possessive: "much about its …").
_PHRASE_BREAK_TAGS = frozenset({"IN", "DT", "PRP$", "TO"})


def _verb_before_noun(low: str) -> bool:
    """Whether a cue form before a noun is a verb with its inverted subject ("…, say analysts"), not a word of the
    noun phrase: a participle there is the noun's adjective ("…, pledged delegates"; "said" is a verb), a form that
    is also a noun is the subject of the verb after it ("…, reports claim")."""
    return (low == "said" or not _participle_form(low)) and low not in _NOUN_LIKE


def _nominal_subject(words: Sequence[_Tok]) -> bool:
    """Whether the words after a trailing cue are a lower-case noun phrase, its inverted subject ("…, say analysts
    at the bank", "…, say web analysts", "…, says analyst Jane Doe of Acme").

    British copy inverts a bare plural or a described role after the cue as often as a name ("…, say experts").
    The phrase opens with a noun or an adjective and its head, the last word before a preposition (or a name),
    is a common noun, by their commonest tags in the Brill lexicon (Brill 1994); "…, said nothing", "…, said
    goodbye" (no clause words, :func:`_not_clause`) and "…, says much" (an adjective's head) are not subjects.
    """
    if not words or not words[0].text[:1].islower() or words[0].low in _NOT_CLAUSES:
        return False

    if resources.brill_tag(words[0].low) not in _NOMINAL_OPENER_TAGS:
        return False
    head = words[0]
    for w in words[1:]:
        tag = resources.brill_tag(w.low)
        if w.low in _PREPOSITIONS or tag in _PHRASE_BREAK_TAGS or not w.text[:1].islower():
            break  # "analysts at the bank", "analyst Jane Doe": the head ends before a preposition or a name
        head = w
    return resources.brill_tag(head.low) in _HEAD_NOUN_TAGS


def _participial_adjunct(words: Sequence[_Tok]) -> bool:
    """Whether words after a cue's comma are the speaker's participial adjunct, not the rest of the clause reported.

    "Forecasts proved wrong, he will argue, while suggesting that …", "…, she said, adding …": a participle
    (after ``while``/``as``/``before``/``after`` perhaps) has the cue's subject as its own, so the reported
    words end before the cue; "Now, he says, at least seven have signed" goes on with the reported clause.
    """
    first = words[0]
    if first.low in SUBORDINATORS and len(words) > 1:
        first = words[1]
    return first.text[:1].islower() and first.low.endswith("ing") and _tags().get(first.low) != "NN"


#: A sentence-opening adverbial before a parenthetical cue ("By contrast, says Mr Cox, …") is at most this many words.
_MAX_OPENER = 3


def _parenthetical_inverted(toks: list[_Tok], k: int, end: int, b: int) -> Report | None:
    """``Currently, says Dr Smith, the equipment is expensive``: an inverted cue between an opening adverbial (or
    the clause's subject) and the rest of the clause it reports (British style)."""
    if any(t.low in FINITE_AUX or t.low in _COPULA for t in toks[: k - 1]):
        return None  # the words before the cue are a clause of their own: ", said X" closes it
    stop = next((m for m in range(k + 1, end) if toks[m].text == ","), end)
    if stop == k + 1 or stop - k > _MAX_INVERTED or stop + _MIN_CLAUSE >= end:
        return None
    first = toks[k + 1]
    if not (first.text[:1].isupper() or first.low in _INVERTED_OPENERS) or any(
        w.low in _AUX or w.low in _COPULA or w.low in _CLAUSE_EDGE or w.text in _PUNCT_EDGE for w in toks[k + 1 : stop]
    ):
        return None
    subj = _named(toks, k + 1, stop)
    c = stop + 1
    if subj is None or toks[c].low in ("a", "an", "who", "which") or not _finite_follows(toks, c):
        return None  # ", said Jane Smith, a spokeswoman for …": an appositive, no clause
    # The reported words are the sentence around the cue, as for "In his state, Christie said, offenders …"
    # (:func:`_trailing`): the words before it may be the clause's subject ("Recipients, said Mauer, are …").
    e = _reported_clause_end(toks, c)
    source = (toks[subj[0]].start, toks[subj[1] - 1].end)
    return Report(toks[0].start, toks[e - 1].end, "indirect", b, (toks[k].start, toks[k].end), source)


def _according(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``According to X, …`` / ``…, according to X.``"""
    bare = _according_bare(toks, k, b) if k == 0 else None
    if bare is not None:
        return bare
    return _source_frames(toks, k, k + 2, b, (toks[k].start, toks[k + 1].end))


def _source_frames(toks: list[_Tok], k: int, s: int, b: int, cue: tuple[int, int]) -> Report | None:
    """The report framed by a source phrase that opens at token ``k`` and names its source from token ``s`` on:
    ``According to X, …`` / ``…, according to X.`` / ``The plan, according to X, will fail`` (``s = k + 2``), and
    ``As reported by X, …`` / ``…, as already announced by X`` (:func:`_as_by_start`).  The reported words are the
    clause around the phrase, never the phrase itself."""
    n = len(toks)
    m = s
    while m < n and toks[m].text != ",":
        m += 1
    src = _according_source(toks, s, _clause_end(toks, s) if m >= n else m)
    if src is None:
        return None
    source = (toks[src[0]].start, toks[src[1] - 1].end)
    if k == 0 and m < n - 1:
        c = _past_source_aside(toks, m + 1)
        e = _clause_end(toks, c)
        if e - c >= _MIN_CLAUSE:
            return Report(toks[c].start, toks[e - 1].end, "indirect", b, cue, source)
    elif k >= 2 and toks[k - 1].text == ",":
        end = _clause_end(toks, s)
        if m < end - 1 and m - k <= _MAX_APPOSITIVE_WORDS and _clause_resumes(toks, k, m + 1):
            # "The plan, according to the minister, will fail": a parenthetical source; the reported words are
            # the sentence around it.
            return Report(toks[0].start, toks[end - 1].end, "indirect", b, cue, source)
        if k >= 4:
            return Report(toks[0].start, toks[k - 2].end, "indirect", b, cue, source)
    elif k >= _MIN_CLAUSE and m >= n and toks[k - 1].text[:1].isalnum():
        # "The man fled on foot according to police.": the source closes the sentence without a comma.
        return Report(toks[0].start, toks[k - 1].end, "indirect", b, cue, source)
    return None


#: An aside on an "according to" source is at most this many tokens (a name and its bracketed acronym fit in).
_MAX_SOURCE_ASIDE = 18
#: Brackets, which may stand inside an aside ("the Korean Central News Agency (KCNA)").
_BRACKETS = frozenset({"(", ")"})


def _past_source_aside(toks: list[_Tok], c: int) -> int:
    """Where the clause after ``According to X,`` starts when an aside on the source comes first: a description
    ("According to Jane Doe, an economist at HSBC, the …") or a participle ("…, quoting the council, the …",
    "…, speaking on Monday, …"), closed by a comma within :data:`_MAX_SOURCE_ASIDE` tokens, is the source's,
    not what it reported; else ``c``."""
    t = toks[c]
    aside = t.low in _SOURCE_DESCRIPTION_OPENERS or t.low.endswith("ing") and t.text[:1].islower()
    if not aside:
        return c
    z = next(
        (
            m
            for m in range(c + 1, min(len(toks), c + _MAX_SOURCE_ASIDE))
            if toks[m].text in _PUNCT_EDGE and toks[m].text not in _BRACKETS
        ),
        None,
    )  # (a bracket may stand in the aside: "quoting the Korean Central News Agency (KCNA), …")
    if z is None or toks[z].text != "," or _clause_end(toks, z + 1) - (z + 1) < _MIN_CLAUSE:
        return c
    nxt = toks[z + 1]
    if not (nxt.low in _CLAUSE_OPENERS or nxt.text[:1].isupper()):
        return c  # "According to police, a man, 35, was held": the subject and its aside, no aside on the source
    if t.low in ("a", "an") and any(_finite_word(w) for w in toks[c:z]):
        return c  # "…, a man was held, police say": a clause (a relative or a participle aside may hold a verb)
    return z + 1


#: The ordinal that may stand between ``as`` and its participle like an adverb ("as first reported by"): the Brill
#: lexicon tags it an adjective.
_AS_BY_ORDINALS = frozenset({"first"})
#: At most this many adverbs between ``as`` and its participle ("as already announced by", "as first reported by").
_MAX_AS_BY_ADVERBS = 2


def _as_by_start(toks: Sequence[_Tok], k: int) -> int | None:
    """The index of ``as`` when the cue at ``k`` is a participle in ``as [adverb] <cue> by X`` ("as reported by the
    Times", "as already announced by the ONS"), else ``None``.

    Such a phrase cites its source as ``according to X`` does: the agent after ``by`` is the source and the
    clause around the phrase is what it reported, not the words after the participle (PolNeAR train's annotators
    mark the clause as the content and "reported" as the cue).
    """
    if k + 2 >= len(toks) or toks[k + 1].low != "by" or not _participle_form(toks[k].low):
        return None
    j = k - 1
    while (
        j >= 0
        and k - 1 - j < _MAX_AS_BY_ADVERBS
        and (toks[j].low in _AS_BY_ORDINALS or _tags().get(toks[j].low) == "RB")
    ):
        j -= 1
    return j if j >= 0 and toks[j].low == "as" else None


#: Lemmas of the verbs by which a writer passes on another's words with ``X as saying`` ("Reuters quoted Djamal as
#: saying …", "the paper cited officials as saying …"): the object said them, not the subject.
_QUOTING_LEMMAS = frozenset({"quote", "cite"})
#: The most words the object of such a verb runs before its ``as`` ("quoted one of Carson's advisers as saying").
_MAX_QUOTED_OBJECT = 8


def _quoted_as(toks: Sequence[_Tok], k: int) -> tuple[tuple[int, int], int] | None:
    """The object of ``quoted``/``cited`` at ``k`` and the index of its speech participle in ``quoted X as saying``.

    The outlet passes on the object's words: X is the source and the clause after the participle the content
    (the blind guidelines' "who said it"; :func:`analysis.speakers._quoted_as_saying` reads the direct form).
    ``None`` when the verb is no quoting verb, its object is empty or crosses a punctuation mark, or the word
    after ``as`` is not the ``-ing`` form of a reporting verb ("quoted the figure as evidence").
    """
    if reporting_verbs().get(toks[k].low) not in _QUOTING_LEMMAS or (k > 0 and toks[k - 1].low in _COPULA):
        return None  # ("was quoted as saying": the passive's subject is the source, read as any subject is)
    for m in range(k + 2, min(len(toks) - 1, k + 2 + _MAX_QUOTED_OBJECT)):
        t = toks[m]
        if t.text in _PUNCT_EDGE or t.text in _QUOTE_CHARS:
            return None
        if t.low == "as":
            p = m + 1
            participle = toks[p].low.endswith("ing") and toks[p].low in reporting_verbs()
            return ((k + 1, m), p) if participle else None
    return None


#: Words that open the clause after a passive speech verb's agent ("was asked by X whether …", "told by X that …").
_AGENT_CLAUSE_OPENERS = frozenset({"that", "whether", "if"})
#: The most words the agent of a passive speech verb runs before its clause ("by Fox Business moderator Gerard Baker").
_MAX_AGENT = 8


def _passive_agent(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``X was asked by Y whether …`` / ``X was told by Y that …``: the agent Y said the clause after the opener.

    The passive's subject heard the words (a question is its asker's speech; PolNeAR train's annotators mark
    the agent as the Source and the ``whether`` clause as the Content).  ``None`` unless ``by`` follows the
    participle at ``k`` and a clause opener follows the agent within :data:`_MAX_AGENT` words with no
    punctuation mark, ``as`` or reporting verb between ("asked by host Bill Maher, who …": an appositive, left to the
    other readings; "was quoted by Reuters as saying that …": the passive's subject speaks).
    """
    n = len(toks)
    if k + 2 >= n or toks[k + 1].low != "by":
        return None
    w = next(
        (
            m
            for m in range(k + 3, min(n, k + 3 + _MAX_AGENT))
            if toks[m].low in _AGENT_CLAUSE_OPENERS
            or toks[m].text in _PUNCT_EDGE
            or toks[m].low == "as"
            or toks[m].low in reporting_verbs()
        ),
        None,
    )
    if w is None or toks[w].low not in _AGENT_CLAUSE_OPENERS:
        return None
    if toks[w - 1].low in COMPLEMENT_NOUNS:
        return None  # "is explained by the fact that …": the noun's own clause, no agent's words
    agent = _named(toks, k + 2, w)
    return None if agent is None else _content_from(toks, k, w + 1, agent, b, _MIN_CLAUSE)


#: Nouns that take a "that" clause of their own ("the fact that …"): after a passive's "by", no agent who spoke.
COMPLEMENT_NOUNS = frozenset({"fact", "idea", "notion", "possibility", "belief", "assumption", "likelihood"})


def _as_by(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``As reported by X, …`` / ``…, as already announced by X.``: the source after ``by``, the clause around."""
    a = _as_by_start(toks, k)
    return None if a is None else _source_frames(toks, a, k + 2, b, (toks[k].start, toks[k + 1].end))


#: Words that open a description of the source after its comma, not the rest of the clause reported around the cue
#: ("according to Jane Doe, an economist at HSBC", "…, who works at HSBC", "…, where 475 delegates are at stake").
_SOURCE_DESCRIPTION_OPENERS = RELATIVES | {"a", "an", "where", "when"}


def _clause_resumes(toks: list[_Tok], k: int, c: int) -> bool:
    """Whether the words at ``c``, after ``according to X,`` (cue at ``k``), go on with the clause before the cue.

    "The plan, according to the minister, will fail": the words before the cue hold no verb, so the clause
    goes on after the source.  "The market will recover, according to Jane Doe, an economist at HSBC": the
    clause before the cue is whole, and what follows the source's comma describes the source (an appositive, a
    relative clause: no finite verb of its own, or a relative pronoun or an indefinite article first), so the
    reported words end before the cue.  Of the fit part of PolNeAR train's contents the parenthetical reading
    took whole, 21 ended before the cue (most before an appositive or relative clause on the source) and 15 went
    on after it.
    """
    if not any(_finite_word(t) for t in toks[: k - 1]):
        return True  # "The plan, according to …, will fail": the clause's verb is still to come
    if toks[c].text[:1] in _QUOTE_CHARS:
        return True  # 'a book whose cover, according to X, "draws …"': the clause goes on in a quote
    if toks[c].low in _SOURCE_DESCRIPTION_OPENERS:
        return False
    return _finite_word(toks[c]) or _finite_follows(toks, c)


#: A source after ``according to`` in lower case ("senior party officials", "people in the room") is at most this
#: many words.
_MAX_PLAIN_SOURCE = 6


def _according_source(toks: list[_Tok], a: int, z: int) -> tuple[int, int] | None:
    """The source of ``according to`` between tokens ``a`` and ``z``: :func:`_named`, else its head noun phrase.

    After ``according to`` the words are a noun phrase, never a verb phrase, so the test :func:`_named` makes of a
    subject (a capital, a determiner or a pronoun in a phrase of three words or more) is not needed: "according
    to senior party officials", "according to people in the room" cite people.  A relative clause is no part of
    who spoke ("according to two officials who spoke on condition of anonymity", "according to a diplomat who
    attended …" — a long one made the phrase too long for a name).  Documents stay no source (:func:`_named`,
    :func:`_document_head`): "according to state records".  PolNeAR train's fit part had 7 contents, most of
    them before their cue, that had no candidate for want of this source.
    """
    src = _named(toks, a, z)
    if src is not None:
        return src
    rel = next((m for m in range(a + 1, z) if toks[m].low in RELATIVES), z)
    words = toks[a:rel]
    if rel < z:
        src = _named(toks, a, rel)
        if src is not None:
            return src
    if (
        0 < len(words) <= _MAX_PLAIN_SOURCE
        and all(w.text[:1].islower() and w.text[:1].isalpha() for w in words)
        and words[0].low not in _PREPOSITIONS
        and not _document_head(words)
    ):
        return a, rel
    return None


#: The longest source a sentence may open with before its clause without a comma ("According to the Saudi Interior
#: Ministry over 345 people died"): a determiner and a capitalised run, or a short lower-case noun phrase.
_MAX_BARE_SOURCE = 6


def _according_bare(toks: list[_Tok], k: int, b: int) -> Report | None:
    """``According to X …`` with no comma between the source and the clause (``According to police the man fled``).

    The source is a determiner and a run of capitalised words ("the Saudi Interior Ministry", "Rathbun") or a
    plural noun ("police", "officials"); the clause is the rest of the sentence when a finite verb follows its
    opening word.  A document ("according to figures …") is no source (:func:`_named`).
    """
    n = len(toks)
    a = k + 2
    named = z = a + (a < n and toks[a].low in ("the", "a", "an"))  # past the determiner: the name opens here
    while z < n and z - a < _MAX_BARE_SOURCE and toks[z].text[:1].isupper():
        z += 1  # (a name: its capitalised run ends where the clause starts, "Rathbun the property …")
    if z == named:
        return None  # no capitalised name: where a lower-case source ends is not written
    e = _clause_end(toks, z)
    if e - z < _MIN_CLAUSE or not toks[z].text[:1].isalnum() or toks[z].low in _COORDINATORS:
        return None
    if toks[z].low in _PREPOSITIONS and not toks[z + 1].text[:1].isdigit():
        return None  # "According to Smith of the FBI": the name goes on; "over 345 people died" is a clause
    if not _finite_follows(toks, z) or _named(toks, a, z) is None:
        return None
    return Report(
        toks[z].start,
        toks[e - 1].end,
        "indirect",
        b,
        (toks[k].start, toks[k + 1].end),
        (toks[a].start, toks[z - 1].end),
    )


# ---------------------------------------------------------------- transcript turns

_TURN = re.compile(
    r"(?P<label>Q|A|(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})|(?:[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2}))"
    r"(?P<colon>:)[ \t]+(?=\S)"
)
#: ``Q.`` / ``A.``: the transcript style of some papers (the New York Times' "Q. What …? A. We …"), a full stop for
#: the colon.  A turn only when the article holds both labels so written: "A. Smith" opens a name, not an answer.
_QA_STOP = re.compile(r"(?P<label>Q|A)(?P<colon>\.)[ \t]+(?=[A-Z0-9\"\u201c'\u2018])")
#: Labels before a colon that introduce no speaker.
_NOT_SPEAKERS = frozenset(
    """note update updated watch read more related photo photos video source sources editor editors correction
    clarification see also listen related links advertisement caption credit image pictures follow contact email
    warning disclaimer summary background analysis comment opinion transcript breaking live latest key points
    what how why when where who""".split()
)
_INTERVIEWEE = re.compile(
    r"\b(?:interview(?:ed)? with|spoke (?:to|with)|talked (?:to|with)|interviewed)\s+"
    r"(?:[a-z]+\s+){0,3}?(?P<name>(?:[A-Z][\w'\-]+\s+){0,2}[A-Z][\w'\-]+)"
)
_INTERVIEWER = re.compile(r"\b(?:interviewed|questioned|asked) by\s+(?P<name>(?:[A-Z][\w'\-]+\s+){0,2}[A-Z][\w'\-]+)")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\-]+")


_FUNCTION_WORDS = frozenset("of the and for in on at to a an by with from".split())
_WORDS_IN_TURN = re.compile(r"[^\W\d_]{2,}")
#: Words a turn needs where no label recurs: fewer is a heading or a figure ("Iowa: Ten insiders …" has
#: enough; "Hillary Clinton: 1,769." has none).
MIN_WORDS_ONCE = 3
#: A label that recurs (``Q:``/``A:`` twice, ``PENCE:`` twice) makes the paragraphs a transcript, where a
#: one-word turn ("A: No.", "PENCE: When?") is a turn like any other; a turn of figures only is still none.
MIN_WORDS_TRANSCRIPT = 1
#: A label heading this many paragraphs is a speaker the conversation keeps coming back to (a panel's host
#: among one-off guests); a heading list's place or topic comes back once at most.
MIN_SPEAKER_TURNS = 3


def find_turns(text: str, blocks: Sequence[Span]) -> list[Report]:
    """Find transcript turns: paragraphs opening ``Q:``, ``A:`` or a speaker's name and a colon.

    A turn is recognised where its label recurs in a transcript, or where
    the label names someone the article names elsewhere, so "Update: …" or
    a one-off "Watch: …" is not a speaker.  The labelled paragraphs are a
    transcript when some label recurs, unless most labels head one
    paragraph each and none heads :data:`MIN_SPEAKER_TURNS` or more (a
    list of headings, "Maine: …", "Vermont: …", where one comes twice).

    Args:
        text: The full text every offset indexes.
        blocks: The text blocks in reading order.

    Returns:
        ``full`` :class:`Report` records, one per turn paragraph.  Their
        ``source`` is the label (``PENCE``, ``Jane Smith``), for ``A`` the
        interviewee's name where the article gives it; ``Q`` without a named
        interviewer has ``source=None`` and ``role='interviewer'``.
    """
    found: list[tuple[int, re.Match[str]]] = []
    for b, (bs, be) in enumerate(blocks):
        m = _TURN.match(text, bs, be) or _QA_STOP.match(text, bs, be)
        # (folded: a mark spelled `&quot;`, `&#8220;` or `â€œ` is the mark, as the quote finder reads it)
        if m is None or any(c in fold(text[m.end() : be]) for c in _QUOTE_CHARS):
            continue  # `Caddell: "…"` is a direct quote, found by its marks; a turn quotes no one
        label = m.group("label")
        if label.lower() in _NOT_SPEAKERS or label.split()[0].lower() in _NOT_SPEAKERS:
            continue
        found.append((b, m))
    if not found:
        return []
    stops = {m.group("label") for _, m in found if m.re is _QA_STOP}
    if stops and stops != {"Q", "A"}:
        found = [(b, m) for b, m in found if m.re is not _QA_STOP]  # "A. Smith …": no interview without a "Q."
        if not found:
            return []
    labels = [m.group("label") for _, m in found]
    qa = sum(lab in ("Q", "A") for lab in labels)
    # Some label recurs: the paragraphs are a transcript's turns, unless most labels head one paragraph each.
    # A conversation comes back to its few speakers; a list of headings ("Oregon: Employers can't …",
    # "California: …", "Texas: …") names a new place or topic in most paragraphs, so that a heading which
    # happens to come twice is no speaker.  A label heading three or more paragraphs is a speaker whatever the
    # others do: a panel's host among one-off guests.
    most = max(labels.count(lab) for lab in labels)
    transcript = len(set(labels)) < len(labels) and (most >= MIN_SPEAKER_TURNS or not _mostly_once(labels))
    out: list[Report] = []
    # Who is interviewed is said before the transcript starts; "talked with …" inside an answer is not that.
    intro = blocks[found[0][0]][0]
    interviewee = next(
        (h for h in _INTERVIEWEE.finditer(text, 0, intro) if not _journalist(text, h.end("name"), h.start("name"))),
        None,
    )
    interviewer = _INTERVIEWER.search(text)
    first_name = _first_person(text, blocks)
    for b, m in found:
        label = m.group("label")
        bs, be = blocks[b]
        words = label.lower().split()
        repeated = (labels.count(label) >= 2 and transcript) or (label in ("Q", "A") and qa >= 2)
        if (
            label not in ("Q", "A")
            and any(w in _FUNCTION_WORDS for w in words)
            or len(_WORDS_IN_TURN.findall(text, m.end(), be)) < (MIN_WORDS_TRANSCRIPT if transcript else MIN_WORDS_ONCE)
        ):
            continue  # "STAT OF THE WEEK: …", "Hillary Clinton: 1,769.": a heading or a figure, not a turn
        mentioned = label not in ("Q", "A") and _named_elsewhere(text, label, m.start(), m.end())
        if not (repeated or mentioned):
            continue
        e = be
        while e > m.end() and text[e - 1].isspace():
            e -= 1
        cue = (m.start("colon"), m.end("colon"))
        if label == "Q":
            src = interviewer.span("name") if interviewer else None
            out.append(Report(m.end(), e, "full", b, cue, src, None if src else "interviewer"))
        elif label == "A":
            hit = interviewee or first_name
            src = (hit.span("name") if hit is interviewee else hit.span(1)) if hit else None
            out.append(Report(m.end(), e, "full", b, cue, src, None if src else "interviewee"))
        else:
            out.append(Report(m.end(), e, "full", b, cue, m.span("label")))
    return out


def _mostly_once(labels: Sequence[str]) -> bool:
    """Whether more than half of the labelled paragraphs (``Q``/``A`` aside) carry a label used only once: a list
    of headings, not a transcript's turns, which come back to the same speakers."""
    named = [lab for lab in labels if lab not in ("Q", "A")]
    once = sum(named.count(lab) == 1 for lab in named)
    return once * 2 > len(named)


#: Nouns that make the name before them an interviewer or the interviewer's outlet ("spoke with POLITICO
#: senior writer Michael Grunwald"): in "X spoke with Y" the interviewee is then X, not Y.
_JOURNALIST_NOUNS = frozenset(
    "writer reporter reporters correspondent correspondents editor editors columnist host anchor journalist "
    "journalists producer interviewer staff contributor".split()
)
#: The journalist noun stands at most this many words after the name ("POLITICO senior writer").
JOURNALIST_REACH = 3
#: The interviewee named in full is read in the headline and the paragraphs right after it (the standfirst
#: and the introduction); a name further down is someone the answers mention.
INTRO_BLOCKS = 3


def _journalist(text: str, at: int, start: int | None = None) -> bool:
    """Whether a journalist noun follows the name ending at ``at`` (or, given its ``start``, stands right before
    it: "senior writer Tom Brown") within :data:`JOURNALIST_REACH` words."""
    words = re.findall(r"[\w'\u2019-]+", text[at : at + 60])[:JOURNALIST_REACH]
    if start is not None:
        words += re.findall(r"[\w'\u2019-]+", text[max(0, start - 60) : start])[-JOURNALIST_REACH:]
    return any(w.lower() in _JOURNALIST_NOUNS for w in words)


#: A full name at any capitalised word (overlapping: "Senator Jane Smith" holds "Jane Smith").
_FULL_NAME_AT = re.compile(r"(?=(?<![\w'])(" + _FULL_NAME.pattern[2:] + "))")


def _first_person(text: str, blocks: Sequence[Span]) -> re.Match[str] | None:
    """The first full name in the headline or introduction that opens with a given name (the name table of
    :mod:`analysis.gender`) and is not a journalist's: "Q&A with Vice President Joe Biden" gives Joe Biden,
    not "Vice President"."""
    for bs, be in blocks[:INTRO_BLOCKS]:
        for hit in _FULL_NAME_AT.finditer(text, bs, be):
            first = hit.group(1).split()[0]
            if is_given_name(first) and not _journalist(text, hit.end(1), hit.start(1)):
                return hit
    return None


def _named_elsewhere(text: str, label: str, s: int, e: int) -> bool:
    """Whether the label names a person the article names elsewhere.

    ``TAPPER:`` when "Tapper" is written elsewhere; ``Laura Bush:`` when "Laura Bush" is and opens
    with a given name (the name table of :mod:`analysis.gender`) or an honorific; a single word only
    when elsewhere it follows a capitalised word, as a surname does ("Hillary Clinton"), so a place
    ("Iowa:", "New Hampshire:") is not a speaker.
    """
    words = label.split()
    if len(words) == 1 or label.isupper():
        last = words[-1].capitalize() if label.isupper() else words[-1]
        pat = re.compile(r"\b[A-Z][\w'\u2019.-]* " + re.escape(last) + r"\b")
    elif not is_given_name(words[0]) and honorific_gender(words[:1]) == UNKNOWN:
        return False  # "New Hampshire:": a full name opens with a given name or an honorific
    else:
        pat = re.compile(r"\b" + re.escape(label) + r"\b")
    return any(not (s <= h.start() < e) for h in pat.finditer(text))
