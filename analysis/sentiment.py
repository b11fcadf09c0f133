"""Sentence tone: polarity, which words moved it, and tone beyond polarity.

The sentence is the unit: VADER (Hutto & Gilbert 2014) was built and
validated on sentence-length text, and its compound score saturates towards
±1 on long passages.  Paragraph, section, speaker and article tone are
therefore means of sentence scores, computed by the pipeline, never one call
over a long text.

Methods of :func:`score` (registered in :data:`TONE_METHODS`, see :class:`ToneMethod`):

* ``"news"`` (default): VADER's rules (negation, intensifiers, "but" shifts;
  the reference implementation's own code) with news corrections, plus a
  small learned word model:

    * lexicon words inside a capitalised name ("United Nations", "Supreme
      Court", "Justice Department") carry no tone: they name, not judge;
    * news copy is read as news (issue 14): a leading wire dateline
      ("PARADISE COVE, Fla. (AP) —") is not read, capitals are not emphasis,
      numbers carry none of the chat-code valences VADER's lexicon gives them
      ("143", "187"), lexicon words carry no tone where news uses them to
      name ("health care", "outstanding claims", "safe countries", a learned
      list of news-neutral words such as "party" and "security"), a
      decrease reverses what decreases ("crime fell", "prevent illness"),
      a negator reverses its head only, not the object after it ("does not
      help the poorest"), and a misfortune named as the occasion of a good
      act weighs less ("raised $2 million for flood victims");
    * negative words weigh :data:`NEGATIVITY_BIAS` times positive ones
      (negativity bias, Baumeister et al. 2001; Soroka 2014), and the sum is
      divided by the square root of the sentence length, so long neutral
      sentences are not pushed to the extremes;
    * a ridge regression over word presence, trained by
      ``training/train_tone.py`` on the rated NYT training articles,
      NewsMTSC's training sentences and the human-rated VADER reference sets
      (never on the evaluation files), adds the tone of words the lexicon
      lacks ("crisis", "failed", "reform").

    The two parts are blended in units of their spread on the training data;
    given ``context`` (the pipeline passes the article), each sentence adds
    half the mean of its article's other sentences, as raters read it; the
    sum is squashed into [-1, 1] like VADER's compound.

* ``"vader"``: the ``vaderSentiment`` reference implementation, unchanged (for
  comparability with published work).  NLTK's port differs on negations
  ("No problems at all.") and looks for its lexicon through ``nltk.data``.

Beyond polarity, :func:`tone_features` gives per-sentence subjectivity (the
Pattern lexicon shipped in the TextBlob wheel) and hedging/certainty cues
(Hyland's metadiscourse lists, packaged in ``analysis/data``).  Tone *toward*
a person mentioned in a sentence is :mod:`analysis.toward`'s job.

Fitted weights are package data (``analysis/data/tone_*.npz``, plain arrays,
no pickle) loaded once per process with :mod:`importlib.resources`; inference
is numpy only.

References:
    Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model
    for Sentiment Analysis of Social Media Text. ICWSM-14.
    Hamborg, F. & Donnay, K. (2021). NewsMTSC: (Multi-)Target-dependent
    Sentiment Classification in News Articles. EACL 2021.
    Baumeister, R. F. et al. (2001). Bad is stronger than good. Review of
    General Psychology 5(4).
    Soroka, S. (2014). Negativity in Democratic Politics. Cambridge UP.
    De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13.
    Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing.
    Continuum (appendix: hedges and boosters).
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.resources import load_weights
from analysis.tokenize import LEXICON_WORD

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


__all__ = [
    "COLUMNS",
    "DEFAULT_METHOD",
    "EXPLAIN_COLUMNS",
    "FEATURE_COLUMNS",
    "METHODS",
    "NEGATIVITY_BIAS",
    "TONE_METHODS",
    "VADER_BAND",
    "NewsModel",
    "ToneMethod",
    "Tokens",
    "aggregate_features",
    "certainty",
    "check_method",
    "explain",
    "feature_rows",
    "get_method",
    "lexicon_part",
    "neutral_band",
    "news_row",
    "pattern_lexicon",
    "rule_tokens",
    "score",
    "score_rows",
    "tone_label",
    "tone_features",
    "top_words",
    "vader_lexicon",
    "word_offsets",
]

#: Columns of :func:`score`'s table, in order.
COLUMNS: tuple[str, ...] = ("compound", "pos", "neu", "neg")
#: Columns of :func:`explain`'s table, in order.
EXPLAIN_COLUMNS: tuple[str, ...] = ("token", "start", "end", "lexicon", "rules", "vader", "learned", "contribution")
#: Columns of :func:`tone_features`'s table, in order (appended after the
#: contract columns of ``res.sentences``).
FEATURE_COLUMNS: tuple[str, ...] = ("subjectivity", "hedges", "boosters", "certainty")

#: Weight of negative against positive lexicon valence in the ``news`` method.
#: Human raters of news weigh bad news more (Soroka 2014); 1.5 was chosen
#: among {1, 1.25, 1.5, 2} on the development set (a change within noise
#: between 1.25 and 2).
NEGATIVITY_BIAS = 1.5

_NEWS_WEIGHTS = "tone_news.npz"


# --------------------------------------------------------------------------
# Token-level VADER (the reference rules, kept per token so they can be shown)
# --------------------------------------------------------------------------


@functools.cache
def _vader() -> SentimentIntensityAnalyzer:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_lexicon() -> dict[str, float]:
    """VADER's word → valence (−4..4) lexicon, as the reference implementation loaded it (shared: do not change)."""
    return _vader().lexicon


@dataclass(frozen=True, slots=True)
class Tokens:
    """VADER's words of one text with their rule-adjusted valences."""

    words: tuple[str, ...]  # as VADER sees them (surrounding punctuation stripped)
    lower: tuple[str, ...]
    valence: tuple[float, ...]  # after VADER's rules (and the news name rule)
    text: str
    skip: int = 0  # characters of a leading dateline, not read (news corrections only)
    negated: tuple[bool, ...] = ()  # word in a negator's scope (news corrections only; the learned part reads it)


def _is_name_part(words: Sequence[str], i: int) -> bool:
    """Is ``words[i]`` a capitalised word inside a multi-word name?

    "United" in "the United Nations" names an institution; its lexicon
    valence (+1.8) says nothing about the sentence.  A sentence's first word
    is capitalised anyway, so it only counts as part of a name through the
    word after it.
    """

    def cap(k: int) -> bool:
        return 0 <= k < len(words) and words[k][:1].isupper() and not words[k].isupper()

    if not cap(i):
        return False
    return (i > 1 and cap(i - 1)) or (cap(i + 1) and (i > 0 or len(words) > 2 and cap(i + 2)))


def _title_case(words: Sequence[str]) -> bool:
    """Are (nearly) all words capitalised, as in a Title Case headline?

    Body sentences dense with names ("State Senators Roy Goodman of
    Manhattan", "The United Nations met") still have lower-case words;
    Title Case leaves only short function words ("of", "the") lower-case.
    """
    considered = [w for w in words if len(w) > 2 and w[:1].isalpha() and w not in _TITLE_CASE_LOWER]
    return len(considered) >= 3 and sum(1 for w in considered if not w[:1].isupper()) <= len(considered) // 10


#: Words that Title Case styles (AP, Chicago) leave in lower case.
_TITLE_CASE_LOWER = frozenset("and the for but nor yet via from into onto over with upon".split())


def rule_tokens(text: str, *, names: bool, news: frozenset[str] | None = None) -> Tokens:
    """Run VADER's per-word rules (the reference code) and keep each word's valence.

    Mirrors ``SentimentIntensityAnalyzer.polarity_scores`` up to the final
    sum, minus the emoji translation (rare in news copy).  With ``news``
    (the ``news`` method's learned neutral words), the news corrections
    apply too: a leading dateline is not read (:func:`_dateline_end`),
    capitals are not emphasis (news capitals are acronyms, datelines and
    headlines), numbers carry no valence (VADER's lexicon has chat codes such as
    "143" = "I love you"), a lexicon word in a news sense carries none
    (:func:`_news_sense`), a negator's scope ends at its head
    (:func:`_negation_scope`), "fell"/"reduce" words reverse the tone of what
    falls (:func:`_decrease_shift`), and a misfortune in a "for"/"after"
    phrase after a good act weighs :data:`OCCASION_WEIGHT` (:func:`_occasion`).
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    analyzer = _vader()
    skip = _dateline_end(text) if news is not None else 0
    sentitext = SentiText(text[skip:].strip())
    if news is not None:
        # News capitals are datelines, acronyms and headlines, not shouting
        # (VADER's capital emphasis was fitted on social media text).
        sentitext.is_cap_diff = False
    words = sentitext.words_and_emoticons
    lower = [w.lower() for w in words]
    if names and _title_case(words):
        names = False  # a Title Case headline: capitals mark no name here
    sentiments: list[float] = []
    lexicon = analyzer.lexicon
    for i, item in enumerate(words):
        low = lower[i]
        if low in BOOSTER_DICT or (low == "kind" and i < len(words) - 1 and lower[i + 1] == "of"):
            sentiments.append(0.0)
        elif news is not None and low in lexicon and (_NUMBER.match(low) or _news_sense(lower, i, news)):
            sentiments.append(0.0)
        elif names and low in lexicon and _is_name_part(words, i):
            sentiments.append(0.0)
        else:
            sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    negated: tuple[bool, ...] = ()
    if news is not None:
        sentiments = _never_more(lower, sentiments, lexicon)
        if NEGATION_SCOPE:
            sentiments = _negation_scope(lower, sentiments, lexicon)
            negated = _negated_words(lower, sentiments) if NEGATION_LEARNED else ()
        sentiments = _decrease_shift(words, lower, sentiments)
        if OCCASION_WEIGHT != 1.0:
            sentiments = _occasion(words, lower, sentiments)
    sentiments = analyzer._but_check(words, sentiments)
    return Tokens(tuple(words), tuple(lower), tuple(float(v) for v in sentiments), text, skip, negated)


# --------------------------------------------------------------------------
# News corrections of the lexicon (the ``news`` method only)
# --------------------------------------------------------------------------

#: A number, price, percentage, time or score ("$187", "1,204", "3.2%", "9-6", "1990s").
_NUMBER = re.compile(r"^[$£€]?[0-9][0-9,.:/%-]*(?:s|th|st|nd|rd|m|bn|k)?$", re.IGNORECASE)
#: A wire-style dateline opening a story: "PARADISE COVE, Fla. (AP) — ", "LONDON (Reuters) - ".
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s+[A-Z][A-Za-z.'’ ]{1,30}?)?\s*(?:\([A-Za-z&.' -]{1,30}\))?"
    r"\s*(?:—|–|--| - )\s*"
)


def _dateline_end(text: str) -> int:
    """Length of a leading dateline (0 if none): its place must be in capitals, as wire style sets it."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    letters = [c for c in m.group("place") if c.isalpha()]
    return m.end() if len(letters) >= 2 and all(c.isupper() for c in letters) else 0


#: News senses in which a lexicon word names rather than judges, by the word
#: right before it ("health care", "a fine", "the dispute", "market share").
#: Written for issue 14 from the senses it lists (immigration, health, courts,
#: markets, labour reporting); the frequent news-neutral words themselves are
#: learned from the training data instead (``neutral`` in ``tone_news.npz``).
NEWS_SENSE_BEFORE: dict[str, frozenset[str]] = {
    word: frozenset(before.split())
    for word, before in {
        "care": "health critical intensive child social primary elder palliative medical foster day urgent "
        "residential hospice maternity long-term emergency dental",
        "fine": "a the its maximum record heavy parking civil",
        "share": "the a its their his her market fair",
        "shares": "the its their his her company's",
        "dispute": "the a this that pay trade legal labour labor contract border territorial custody wage industrial",
        "outstanding": "still",
        "error": "of",
        "crude": "brent wti u.s. sweet sour",
    }.items()
}
#: … and by one of the two words after it ("outstanding asylum claims", "safe countries", "critical care").
NEWS_SENSE_AFTER: dict[str, frozenset[str]] = {
    word: frozenset(after.split())
    for word, after in {
        "outstanding": "claims claim debt debts invoices loans loan warrant warrants balance cases applications bills "
        "payments issues questions shares orders fines arrears liabilities votes ballots tax taxes obligations "
        "requests",
        "safe": "countries country third seat seats",
        "critical": "care infrastructure minerals mass path",
        "care": "home homes workers worker facility facilities system costs sector beds unit units plan plans "
        "providers staff services",
        "fine": "of for",
        "share": "of price prices",
        "shares": "of in rose fell closed traded",
        "approved": "the a an its their plans changes",
        "lies": "on in at along near between beside off north south east west within across",
        "interest": "rate rates payments payment",
        "straight": "quarter quarters year years month months week weeks day days session sessions game games time "
        "term terms",
        "crude": "oil prices price futures output exports imports inventories stocks",
    }.items()
}


def _news_sense(lower: Sequence[str], i: int, neutral: frozenset[str]) -> bool:
    """Does word ``i`` carry no tone here: a learned news-neutral word, or a news sense by its neighbours?"""
    word = lower[i]
    if word in neutral:
        return True
    before = NEWS_SENSE_BEFORE.get(word)
    if before and i > 0 and lower[i - 1] in before:
        return True
    after = NEWS_SENSE_AFTER.get(word)
    if after and any(k < len(lower) and lower[k].strip(".,;:") in after for k in (i + 1, i + 2)):
        return True
    # "… were still outstanding." / "… outstanding at the end of June": unpaid or unresolved.
    return word == "outstanding" and (i + 1 == len(lower) or lower[i + 1] in ("at", "on", "in", "from"))


def _never_more(lower: Sequence[str], valence: list[float], lexicon: Mapping[str, float]) -> list[float]:
    """ "never (been) more popular" praises: undo VADER's negation where it reads "never … more X".

    VADER already treats "never so X" and "never this X" as emphasis, not
    negation; "never … more X" is the same comparative idiom.
    """
    out = list(valence)
    for i in range(2, len(lower)):
        if (
            lower[i - 1] == "more"
            and "never" in lower[max(0, i - 3) : i - 1]
            and out[i] * lexicon.get(lower[i], 0.0) < 0
        ):
            out[i] = -out[i]
    return out


#: A negator's scope ends at its head, the first word after it that the lexicon rates (issue 14): "does not help
#: the poorest families" reverses "help", not "poorest".  VADER reverses every lexicon word up to three words after a negator.
NEGATION_SCOPE = True
#: The learned part reads negation too: a word in a negator's scope enters the ridge with −1 instead of +1
#: ("did not work"; VADER's lexicon lacks "work").  Off: grouped CV on the NYT training articles gave macro-F1
#: 0.537 vs 0.544 without it (``benchmarks/tone_classes.py`` S2); kept as a switch so the design can be re-run.
NEGATION_LEARNED = False
#: VADER's negation window: a negator reaches the three words after it (Hutto & Gilbert 2014).
_NEGATION_WINDOW = 3


@functools.cache
def _negators() -> frozenset[str]:
    """VADER's negators, lower-case (its ``NEGATE`` list; words containing "n't" count too)."""
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(w.lower() for w in NEGATE)


def _vader_negator_applies(lower: Sequence[str], j: int, i: int, lexicon: Mapping[str, float]) -> bool:
    """Did VADER's rule code reverse word ``i`` for the negator at ``j`` (``i − 3 ≤ j < i``)?

    Mirrors ``SentimentIntensityAnalyzer._negation_check``: a word before
    ``i`` that is itself in the lexicon is skipped, "never so/this X" is
    emphasis, "without doubt" no negation.
    """
    from vaderSentiment.vaderSentiment import negated

    if lower[j] in lexicon or not negated([lower[j]]):
        return False
    between = lower[j + 1 : i]
    if lower[j] == "never" and between[:1] and between[0] in ("so", "this"):
        return False
    if i - j == _NEGATION_WINDOW and lower[i - 1] in ("so", "this"):
        return False
    return not (lower[j] == "without" and "doubt" in between)


def _negation_scope(lower: Sequence[str], valence: list[float], lexicon: Mapping[str, float]) -> list[float]:
    """End a negator's scope at its head (the first lexicon word after it): "not help the poorest" keeps "poorest" negative.

    Negation reverses the head it attaches to; an object or modifier further
    on keeps its own polarity (compositional polarity, Moilanen & Pulman
    2007; Polanyi & Zaenen 2006).  VADER's reference rule reverses every
    lexicon word within three words of a negator, so a negated verb turned
    its object's polarity too.  The reversal VADER applied past the head is
    undone (divided out: VADER multiplies by ``N_SCALAR``).
    """
    from vaderSentiment.vaderSentiment import N_SCALAR

    negators = _negators()
    if not any(w in negators or "n't" in w for w in lower):
        return valence  # most sentences: nothing to do (checked cheaply, tone runs on every sentence)
    out = list(valence)
    # A head is any word the lexicon rates, even one the news corrections silenced ("protect" in
    # "do not protect abused workers" is news-neutral, and still the word "not" attaches to).
    heads = [w in lexicon and not _NUMBER.match(w) for w in lower]
    for i in range(len(lower)):
        if not valence[i]:
            continue
        for j in range(max(0, i - _NEGATION_WINDOW), i - 1):
            if any(heads[j + 1 : i]) and _vader_negator_applies(lower, j, i, lexicon):
                out[i] /= N_SCALAR
    return out


#: Word endings that close a clause for the negation, occasion and decrease rules.
_CLAUSE_END = frozenset(",;:—–")


def _clause_ids(words: Sequence[str]) -> list[int]:
    """The clause number of each word: a word ending in a comma, colon, semicolon or dash closes its clause."""
    ids, k = [], 0
    for word in words:
        ids.append(k)
        if word[-1:] in _CLAUSE_END:
            k += 1
    return ids


def _negated_words(lower: Sequence[str], valence: Sequence[float]) -> tuple[bool, ...]:
    """Which words lie in a negator's scope for the learned part (:data:`NEGATION_LEARNED`, off): up to three words
    after it, ending at the first toned word or the clause's end."""
    from vaderSentiment.vaderSentiment import negated

    flags = [False] * len(lower)
    for j, word in enumerate(lower):
        if not negated([word]):
            continue
        for i in range(j + 1, min(len(lower), j + 1 + _NEGATION_WINDOW)):
            if lower[i][-1:] in _CLAUSE_END:
                flags[i] = True
                break
            flags[i] = True
            if valence[i]:
                break
    return tuple(flags)


#: Weight of a negative word naming the occasion or beneficiary of a positive act ("raised $2 million for flood
#: *victims*", "support the family after the *fire*"): the act, not the misfortune, is the news.  0.3 and 0 score
#: the same in grouped CV on the NYT training articles (the rule touches one of their 1,062 sentences); 0.3 keeps
#: part of the misfortune, which a reader still registers (``benchmarks/tone_classes.py`` S6/S7).
OCCASION_WEIGHT = 0.3
#: Prepositions that introduce the occasion or beneficiary of an act.
_OCCASION_PREPOSITIONS = frozenset("for after".split())
#: Words between the preposition and the negative word it introduces ("for the flood victims").
_OCCASION_WINDOW = 3


def _occasion(words: Sequence[str], lower: Sequence[str], valence: list[float]) -> list[float]:
    """Weigh down a negative word in a "for"/"after" phrase that follows a positive word of the same clause.

    The phrase names why or for whom the positive act was done; its
    misfortune is the background (semantic role of cause or beneficiary,
    not the event reported).
    """
    if _OCCASION_PREPOSITIONS.isdisjoint(lower) or not any(v < 0 for v in valence):
        return valence
    out = list(valence)
    clause = _clause_ids(words)
    for i, v in enumerate(valence):
        if v >= 0:
            continue
        for j in range(max(0, i - _OCCASION_WINDOW - 1), i):
            if lower[j] in _OCCASION_PREPOSITIONS and clause[j] == clause[i]:
                if any(valence[m] > 0 and clause[m] == clause[i] for m in range(j)):
                    out[i] = v * OCCASION_WEIGHT
                break
    return out


#: Words saying that their subject decreases ("unemployment fell"), and that their object does ("reduce poverty").
_FALLS = frozenset(
    "fell fall falls falling dropped drop drops dropping declined decline declines declining eased eases easing "
    "low lowest lower halved plunged plummeted shrank".split()
)
_REDUCES = frozenset(
    "reduced reduce reduces reducing cut cuts cutting curb curbed curbs curbing prevent prevents prevented preventing "
    "slashed lowered lowers tackle tackled tackling ease".split()
)
#: Words after a reducing verb that can be its object.
_OBJECT_WINDOW = 4


def _decrease_shift(words: Sequence[str], lower: Sequence[str], valence: list[float]) -> list[float]:
    """Reverse the tone of what decreases: "Crime fell" is good news, "Support fell" bad.

    Decrease words are polarity shifters (Moilanen & Pulman 2007; Choi &
    Cardie 2008): a falling word reverses the head of its subject (the first
    toned word earlier in its clause), a reducing verb the toned words of its
    object (up to :data:`_OBJECT_WINDOW` words after it, same clause).  The
    decrease word's own valence is then dropped: its direction is carried by
    the reversal.
    """
    out = list(valence)
    clause = _clause_ids(words)
    shifters = _FALLS | _REDUCES
    flipped: set[int] = set()
    for j, word in enumerate(lower):
        if word in _FALLS:
            span = range(j)
        elif word in _REDUCES:
            span = range(j + 1, min(len(lower), j + _OBJECT_WINDOW + 1))
        else:
            continue
        targets = [i for i in span if clause[i] == clause[j] and valence[i] and lower[i] not in shifters]
        if word in _FALLS:
            targets = targets[:1]
        for i in targets:
            if i not in flipped:
                out[i] = -valence[i]
                flipped.add(i)
        if targets:
            out[j] = 0.0
    return out


# --------------------------------------------------------------------------
# The news model
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewsModel:
    """The ``news`` method's fitted parameters (``analysis/data/tone_news.npz``; ``training/train_tone.py`` fits them)."""

    weights: dict[str, float]  # word → ridge coefficient (z units of the training labels)
    intercept: float
    lex_scale: float  # spread of the lexicon part on the training sentences
    learned_scale: float  # spread of the learned part on the training sentences
    blend: float  # weight of the learned part, in units of its spread
    alpha: float  # squashing constant: compound = z / sqrt(z² + alpha)
    band: float  # neutral band on compound for 3-class use
    context: float  # weight of the mean z of the other sentences of the same article
    neutral: frozenset[str]  # lexicon words that carry no tone in news (learned from the training data)


@functools.cache
def _news_model() -> NewsModel:
    arrays = load_weights(_NEWS_WEIGHTS)
    meta = arrays["meta"]  # intercept, lex_scale, learned_scale, blend, alpha, band, context
    return NewsModel(
        weights=dict(zip(arrays["vocab"].tolist(), arrays["coef"].tolist(), strict=True)),
        intercept=float(meta[0]),
        lex_scale=float(meta[1]),
        learned_scale=float(meta[2]),
        blend=float(meta[3]),
        alpha=float(meta[4]),
        band=float(meta[5]),
        context=float(meta[6]),
        neutral=frozenset(arrays["neutral"].tolist()),
    )


def lexicon_part(tokens: Tokens) -> float:
    """The ``news`` method's lexicon part: biased valence sum / √length (training uses it too)."""
    total = sum(v if v > 0 else NEGATIVITY_BIAS * v for v in tokens.valence)
    return total / math.sqrt(max(len(tokens.words), 1))


def _contributions(tokens: Tokens, model: NewsModel) -> tuple[list[float], list[float], float]:
    """Per-word lexicon and learned contributions to z, and the constant term."""
    root = math.sqrt(max(len(tokens.words), 1))
    lex = [(v if v > 0 else NEGATIVITY_BIAS * v) / root / model.lex_scale for v in tokens.valence]
    learned_unit = model.blend / model.learned_scale
    seen: set[str] = set()
    learned = []
    negated = tokens.negated or (False,) * len(tokens.lower)
    for low, neg in zip(tokens.lower, negated, strict=True):
        # Word presence, not counts: the model was fitted on binary features
        # (−1 for a word in a negator's scope, as in training).
        if low in seen:
            learned.append(0.0)
            continue
        seen.add(low)
        learned.append(model.weights.get(low, 0.0) * learned_unit * (-1.0 if neg else 1.0))
    return lex, learned, model.intercept * learned_unit


def _squash(z: float, alpha: float) -> float:
    return z / math.sqrt(z * z + alpha) if z else 0.0


def news_tokens(text: str, model: NewsModel) -> Tokens:
    """VADER's rules with the news corrections, as a ``news`` model reads ``text``."""
    return rule_tokens(text, names=True, news=model.neutral)


def news_z(text: str, model: NewsModel) -> tuple[float, list[float]]:
    """The ``news`` method's pre-squash score of one sentence, and its words' parts of it."""
    tokens = news_tokens(text, model)
    if not tokens.words:
        return 0.0, []
    lex, learned, const = _contributions(tokens, model)
    parts = [a + b for a, b in zip(lex, learned, strict=True)]
    return sum(parts) + const, parts


def _news_row(z: float, parts: Sequence[float], model: NewsModel) -> list[float]:
    if not parts:
        return [0.0, 0.0, 0.0, 0.0]
    compound = _squash(z, model.alpha)
    # pos/neu/neg: shares of words pushing the score up, not at all, down.
    eps = 0.02
    n = len(parts)
    pos = sum(1 for p in parts if p > eps) / n
    neg = sum(1 for p in parts if p < -eps) / n
    return [compound, pos, 1.0 - pos - neg, neg]


def news_row(text: str, model: NewsModel) -> list[float]:
    """``[compound, pos, neu, neg]`` of one text alone under a ``news`` model (the shipped one, or one being trained)."""
    z, parts = news_z(text, model)
    return _news_row(z, parts, model)


def with_context(zs: list[float], groups: Sequence[object], weight: float) -> list[float]:
    """Add ``weight`` × the mean score of the *other* sentences of each sentence's group (its article).

    Raters read a sentence of a critical editorial as more critical than
    the same words alone; cross-validated on the NYT training articles this
    raised r by about 0.02 (``training/train_tone.py --cv``).  A sentence
    alone in its group gets no context.
    """
    sums: dict[object, float] = {}
    counts: dict[object, int] = {}
    for z, g in zip(zs, groups, strict=True):
        sums[g] = sums.get(g, 0.0) + z
        counts[g] = counts.get(g, 0) + 1
    return [
        z + weight * (sums[g] - z) / (counts[g] - 1) if counts[g] > 1 else z for z, g in zip(zs, groups, strict=True)
    ]


def _news_rows(texts: Iterable[str], context: Sequence[object] | None = None) -> list[list[float]]:
    model = _news_model()
    scored = []
    for i, text in enumerate(texts):
        _check_text(text, i)
        scored.append(news_z(text, model))
    zs = [z for z, _ in scored]
    if context is not None:
        if len(context) != len(zs):
            raise ValueError(f"context has {len(context)} keys for {len(zs)} texts")
        zs = with_context(zs, context, model.context)
    return [_news_row(z, parts, model) for z, (_, parts) in zip(zs, scored, strict=True)]


def _vader_rows(texts: Iterable[str], context: Sequence[object] | None = None) -> list[list[float]]:  # noqa: ARG001 - VADER reads each text alone
    analyzer = _vader()
    rows = []
    for i, text in enumerate(texts):
        _check_text(text, i)
        polarity = analyzer.polarity_scores(text)
        rows.append([polarity["compound"], polarity["pos"], polarity["neu"], polarity["neg"]])
    return rows


#: VADER's neutral band on ``compound`` (Hutto & Gilbert 2014).
VADER_BAND = 0.05


# --------------------------------------------------------------------------
# The tone methods
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ToneMethod:
    """One method of :func:`score`: what it does and how it scores (an entry of :data:`TONE_METHODS`).

    Attributes:
        name: The name callers pass (``tone_method="news"``).
        description: One line for users.
        names: Lexicon words inside a capitalised name carry no tone.
        learned: Adds the learned word model to VADER's rule valences, and
            reads news as news (the corrections it was trained with).
        punctuation: Adds VADER's "!"/"?" emphasis to the sum (the reference implementation does).
    """

    name: str
    description: str
    names: bool
    learned: bool
    punctuation: bool
    _rows: Callable[[Iterable[str], Sequence[object] | None], list[list[float]]] = field(repr=False, compare=False)
    _band: Callable[[], float] = field(repr=False, compare=False)

    def rows(self, texts: Iterable[str], context: Sequence[object] | None = None) -> list[list[float]]:
        """``[compound, pos, neu, neg]`` per text (each checked to be a string); ``context`` as in :func:`score`."""
        return self._rows(texts, context)

    def tokens(self, text: str) -> Tokens:
        """The words of ``text`` with their valences as this method reads them (news corrections with the model)."""
        return news_tokens(text, _news_model()) if self.learned else rule_tokens(text, names=self.names)

    def neutral_band(self) -> float:
        """Half-width of the neutral band on ``compound`` for 3-class labels."""
        return self._band()

    def word_parts(self, tokens: Tokens) -> tuple[list[float], list[float]]:
        """Each word's contribution to the score before squashing, and its learned part (0 without the model)."""
        if self.learned:
            lex, learned, _ = _contributions(tokens, _news_model())
            return [a + b for a, b in zip(lex, learned, strict=True)], learned
        return list(tokens.valence), [0.0] * len(tokens.words)


#: The tone methods of :func:`score`, the default first.
TONE_METHODS: dict[str, ToneMethod] = {
    "news": ToneMethod(
        "news",
        "VADER's rules with news corrections and a learned word model",
        names=True,
        learned=True,
        punctuation=False,
        _rows=_news_rows,
        _band=lambda: _news_model().band,  # stored with the weights, chosen on the development set
    ),
    "vader": ToneMethod(
        "vader",
        "the vaderSentiment reference implementation, unchanged",
        names=False,
        learned=False,
        punctuation=True,
        _rows=_vader_rows,
        _band=lambda: VADER_BAND,
    ),
}
#: Names of the tone methods, the default first.
METHODS: tuple[str, ...] = tuple(TONE_METHODS)
DEFAULT_METHOD = METHODS[0]


def get_method(name: str) -> ToneMethod:
    """The :class:`ToneMethod` called ``name``.

    Raises:
        ValueError: Naming the methods there are.
    """
    try:
        return TONE_METHODS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown tone method {name!r}; choose one of {', '.join(map(repr, METHODS))}") from None


def check_method(method: str) -> str:
    """Return ``method`` if it is one of :data:`METHODS` (see :func:`get_method`).

    Raises:
        ValueError: Naming the methods there are.
    """
    return get_method(method).name


def score(
    texts: Iterable[str], method: str = DEFAULT_METHOD, *, context: Sequence[object] | None = None
) -> pd.DataFrame:
    """Score the tone of each text.

    Args:
        texts: Sentence-sized texts (a bare ``str`` is taken as one text).
        method: ``"news"`` (default: VADER's rules with news corrections and a
            learned word model) or ``"vader"`` (the reference implementation).
        context: For ``"news"``: one key per text (an article id); texts with
            the same key are sentences of one article, and each is read with
            the mean tone of the others (as human raters read it; the
            pipeline passes the article).  ``None`` (default): each text
            alone.  Ignored by ``"vader"``.

    Returns:
        DataFrame with columns ``compound`` (in [-1, 1]), ``pos``, ``neu``,
        ``neg`` (proportions summing to 1, or all 0 for a text with no
        words), one row per input in input order.  For ``"vader"`` they are
        VADER's; for ``"news"`` ``pos``/``neg`` are the shares of words that
        raise/lower the score.

    Raises:
        TypeError: If an item is not a string.
        ValueError: If ``method`` is not one of :data:`METHODS`.

    References:
        Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based
        Model for Sentiment Analysis of Social Media Text. ICWSM-14.
        Hamborg, F. & Donnay, K. (2021). NewsMTSC. EACL 2021 (training data).
    """
    import pandas as pd

    return pd.DataFrame(score_rows(texts, method, context=context), columns=list(COLUMNS), dtype="float64")


def score_rows(
    texts: Iterable[str], method: str = DEFAULT_METHOD, *, context: Sequence[object] | None = None
) -> list[list[float]]:
    """:func:`score` as plain rows ``[compound, pos, neu, neg]`` (no DataFrame).

    For callers that build their own tables (the pipeline): same numbers,
    same checks.
    """
    tone = get_method(method)
    if isinstance(texts, str):
        texts = [texts]
    return tone.rows(texts, context)


def _check_text(text: object, i: int) -> None:
    if not isinstance(text, str):
        raise TypeError(f"score() expects strings; item {i} is {type(text).__name__}")


def neutral_band(method: str = DEFAULT_METHOD) -> float:
    """Half-width of the neutral band on ``compound`` for 3-class labels.

    VADER's is ±0.05 (Hutto & Gilbert 2014); the ``news`` method's is stored
    with its weights (chosen on the development set, the one tuned threshold).
    """
    return get_method(method).neutral_band()


def tone_label(compound: float, method: str = DEFAULT_METHOD) -> str:
    """``"positive"``, ``"negative"`` or ``"neutral"``: the 3-class call on a ``compound`` of ``method``.

    The one decision the kit reports and the benchmark scores: positive at
    ``compound ≥ band``, negative at ``≤ −band``, with ``method``'s own
    :func:`neutral_band` (VADER ±0.05; the ``news`` method's band is stored
    with its weights).  NaN is neutral.

    Raises:
        ValueError: If ``method`` is not one of :data:`METHODS`.
    """
    band = neutral_band(method)
    if compound >= band:
        return "positive"
    if compound <= -band:
        return "negative"
    return "neutral"


# --------------------------------------------------------------------------
# Explanations
# --------------------------------------------------------------------------


def word_offsets(text: str, words: Sequence[str], start: int = 0) -> list[tuple[int, int]]:
    """Offsets of VADER's words in ``text`` from ``start`` (they are in order and unaltered)."""
    spans = []
    pos = start
    for word in words:
        start = text.find(word, pos)
        if start < 0:  # pragma: no cover - VADER only strips punctuation
            spans.append((-1, -1))
            continue
        spans.append((start, start + len(word)))
        pos = start + len(word)
    return spans


def _rules(tokens: Tokens, i: int, lexicon_value: float, method_news: bool = False) -> str:
    """Which of VADER's rules changed word ``i``'s lexicon valence."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, negated

    if lexicon_value == 0.0:
        return ""
    if tokens.valence[i] == 0.0:
        if _is_name_part(tokens.words, i):
            return "name"
        if _NUMBER.match(tokens.lower[i]):
            return "number"
        if method_news and _news_sense(tokens.lower, i, _news_model().neutral):
            return "news sense"
        return "neutralised"
    rules = []
    before = tokens.lower[max(0, i - 3) : i]
    if method_news:
        # The news method's negator reaches its head only (:func:`_negation_scope`): no lexicon word in between.
        lexicon = _vader().lexicon
        before = before[next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k] in lexicon), 0) :]
    if any(negated([w]) for w in before) or (i > 0 and tokens.lower[i - 1] == "least"):
        rules.append("negation")
    if any(w in BOOSTER_DICT for w in before):
        rules.append("intensifier")
    if "but" in tokens.lower:
        rules.append("before 'but' (×0.5)" if i < tokens.lower.index("but") else "after 'but' (×1.5)")
    word = tokens.words[i]
    if not method_news and word.isupper() and len(word) > 1 and any(not w.isupper() for w in tokens.words):
        rules.append("capitals")
    if method_news and "negation" not in rules and tokens.valence[i] * lexicon_value < 0:
        rules.append("reversed by a decrease word")
    if method_news and tokens.valence[i] < 0 and OCCASION_WEIGHT != 1.0:
        probe = list(tokens.valence)
        probe[i] = -1.0
        if _occasion(tokens.words, tokens.lower, probe)[i] != -1.0:
            rules.append(f"occasion of a good act (×{OCCASION_WEIGHT:g})")
    return ", ".join(rules)


def explain(sentence: str, method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """The words that moved a sentence's score, and by how much.

    Args:
        sentence: One sentence.
        method: As in :func:`score`.

    Returns:
        DataFrame with columns ``token, start, end, lexicon, rules, vader,
        learned, contribution``, one row per word that moved the score,
        largest ``|contribution|`` first.  ``start``/``end`` index
        ``sentence``; ``lexicon`` is the word's VADER lexicon valence (−4..4);
        ``rules`` names the VADER rules that changed it (``negation``,
        ``intensifier``, ``before/after 'but'``, ``capitals`` (``vader``
        only), ``reversed by a decrease word``, ``occasion of a good act``, or why the ``news`` method
        gives it no tone: ``name`` (inside a capitalised name), ``number``,
        ``news sense``); ``vader`` is the valence after the rules; ``learned`` the
        learned word weight (``news`` only, else 0); ``contribution`` the
        word's share of the pre-squash score (for ``vader``: the valence
        after the rules, which VADER sums before normalising).

    Raises:
        TypeError: If ``sentence`` is not a string.
        ValueError: If ``method`` is not one of :data:`METHODS`.
    """
    import pandas as pd

    tone = get_method(method)
    if not isinstance(sentence, str):
        raise TypeError(f"explain() expects a string, got {type(sentence).__name__}")
    tokens = tone.tokens(sentence)
    lexicon = _vader().lexicon
    contribution, learned = tone.word_parts(tokens)
    offsets = word_offsets(sentence, tokens.words, tokens.skip)
    rows = []
    for i, word in enumerate(tokens.words):
        if abs(contribution[i]) < 1e-3:
            continue
        value = float(lexicon.get(tokens.lower[i], 0.0))
        start, end = offsets[i]
        rules = _rules(tokens, i, value, tone.learned)
        rows.append((word, start, end, value, rules, tokens.valence[i], learned[i], contribution[i]))
    if tone.punctuation:
        rows.extend(_punctuation_row(sentence, sum(tokens.valence)))
    table = pd.DataFrame(rows, columns=list(EXPLAIN_COLUMNS))
    table = table.astype({"start": "int64", "end": "int64", "lexicon": "float64", "vader": "float64",
                          "learned": "float64", "contribution": "float64"})  # fmt: skip
    order = table["contribution"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order].reset_index(drop=True)


def _punctuation_row(sentence: str, total: float) -> list[tuple[str, int, int, float, str, float, float, float]]:
    """VADER's "!"/"?" emphasis, which it adds to the sum's side before normalising."""
    emphasis = _vader()._punctuation_emphasis(sentence)
    if not emphasis or not total:
        return []
    signed = emphasis if total > 0 else -emphasis
    marks = [i for i, ch in enumerate(sentence) if ch in "!?"]
    token = "".join(sentence[i] for i in marks)
    return [(token, marks[0], marks[0] + 1, 0.0, "punctuation emphasis", signed, 0.0, signed)]


def top_words(texts: Iterable[str], n: int = 3, method: str = DEFAULT_METHOD) -> list[list[tuple[str, float]]]:
    """The ``n`` words that moved each text's score most (for hover labels).

    Args:
        texts: Sentences.
        n: Words per sentence.
        method: As in :func:`score`.

    Returns:
        For each text, up to ``n`` ``(word, contribution)`` pairs, largest
        ``|contribution|`` first.
    """
    tone = get_method(method)
    out = []
    for text in texts:
        tokens = tone.tokens(text)
        parts, _ = tone.word_parts(tokens)
        best = sorted(range(len(parts)), key=lambda i: -abs(parts[i]))[:n]
        out.append([(tokens.words[i], parts[i]) for i in best if abs(parts[i]) >= 1e-3])
    return out


# --------------------------------------------------------------------------
# Tone beyond polarity: subjectivity, hedging and certainty
# --------------------------------------------------------------------------

_WORD = LEXICON_WORD


@functools.cache
def pattern_lexicon(attribute: str) -> dict[str, float]:
    """Pattern's one-word entries → ``attribute`` (``"subjectivity"``, ``"polarity"``…), mean over senses.

    De Smedt & Daelemans (2012), the lexicon TextBlob ships.
    """
    sums: dict[str, list[float]] = {}
    from analysis import resources

    for node in ET.parse(resources.pattern_lexicon_path()).getroot():
        form = (node.get("form") or "").lower()
        if form and " " not in form:
            sums.setdefault(form, []).append(float(node.get(attribute, 0.0)))
    return {w: sum(v) / len(v) for w, v in sums.items()}


def _subjectivity_lexicon() -> dict[str, float]:
    """Pattern's word → subjectivity (0 objective … 1 subjective), mean over senses."""
    return pattern_lexicon("subjectivity")


@functools.cache
def _cue_lists() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """Hedges and boosters: single words and multi-word phrases."""
    text = importlib.resources.files("analysis").joinpath("data", "hedges-boosters.txt").read_text(encoding="utf-8")
    kinds: dict[str, list[str]] = {"hedge": [], "booster": []}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            kind, phrase = line.split(None, 1)
            kinds[kind].append(phrase.lower())
    single = {k: frozenset(p for p in v if " " not in p) for k, v in kinds.items()}
    multi = {k: tuple(tuple(p.split()) for p in v if " " in p) for k, v in kinds.items()}
    return single["hedge"], single["booster"], multi["hedge"], multi["booster"]


def _count_cues(words: Sequence[str], single: frozenset[str], multi: tuple[tuple[str, ...], ...]) -> int:
    count = 0
    for i, w in enumerate(words):
        if w in single:
            count += 1
        # Multi-word cues are few: check only where their first word occurs.
        for phrase in multi:
            if phrase[0] == w and tuple(words[i : i + len(phrase)]) == phrase:
                count += 1
    return count


def certainty(boosters: int, hedges: int) -> float:
    """``(boosters − hedges) / (boosters + hedges)``, in [-1, 1]; 0 with no cue (Hyland 2005).

    The one formula for a sentence, a section, a speaker or any group: sums
    of cues go in, so a long hedged passage is not outvoted by one confident
    sentence.
    """
    cues = boosters + hedges
    return (boosters - hedges) / cues if cues else 0.0


def tone_features(texts: Iterable[str]) -> pd.DataFrame:
    """Tone beyond polarity: subjectivity, hedging and certainty of each text.

    Args:
        texts: Sentences (a bare ``str`` is one text).

    Returns:
        DataFrame with columns ``subjectivity`` (mean Pattern subjectivity
        of the words the lexicon knows, in [0, 1]; 0 when none: "The talks
        lasted five hours." is 0, "a brilliant, deeply cynical move" near 1),
        ``hedges`` (count of hedging cues: "may", "reportedly", "it seems"),
        ``boosters`` (count of certainty cues: "clearly", "undoubtedly",
        "in fact"), ``certainty`` (``(boosters − hedges) / (boosters +
        hedges)``, in [-1, 1]; 0 with no cue), in input order.

    References:
        De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13
        (the subjectivity lexicon, shipped in the TextBlob wheel).
        Hyland, K. (2005). Metadiscourse. Continuum (hedges and boosters,
        with news reporting hedges added; see ``data/hedges-boosters.txt``).
    """
    import pandas as pd

    table = pd.DataFrame(feature_rows(texts), columns=list(FEATURE_COLUMNS))
    return table.astype({"subjectivity": "float64", "hedges": "int64", "boosters": "int64", "certainty": "float64"})


def feature_rows(texts: Iterable[str]) -> list[tuple[float, int, int, float]]:
    """:func:`tone_features` as plain rows ``(subjectivity, hedges, boosters, certainty)``."""
    if isinstance(texts, str):
        texts = [texts]
    subj = _subjectivity_lexicon()
    hedge1, boost1, hedge_n, boost_n = _cue_lists()
    rows = []
    for text in texts:
        words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
        values = [subj[w] for w in words if w in subj]
        hedges = _count_cues(words, hedge1, hedge_n)
        boosters = _count_cues(words, boost1, boost_n)
        subjectivity = sum(values) / len(values) if values else 0.0
        rows.append((subjectivity, hedges, boosters, certainty(boosters, hedges)))
    return rows


def aggregate_features(sentences: pd.DataFrame, by: str) -> pd.DataFrame:
    """Tone beyond polarity of groups of sentences (sections, speakers, …).

    Args:
        sentences: A sentence table with the :data:`FEATURE_COLUMNS`
            (``res.sentences``).
        by: The column to group by (``"section_id"``, ``"speaker"``).

    Returns:
        DataFrame indexed by the group values (groups with no sentence are
        absent) with :data:`FEATURE_COLUMNS`: mean ``subjectivity``, summed
        ``hedges`` and ``boosters``, and ``certainty`` of those sums (so a
        long hedged passage is not outvoted by one confident sentence).
    """
    groups = sentences.groupby(by, sort=True)
    table = groups[["hedges", "boosters"]].sum().astype("int64")
    table.insert(0, "subjectivity", groups["subjectivity"].mean().astype("float64"))
    table["certainty"] = [
        certainty(b, h) for b, h in zip(table["boosters"].tolist(), table["hedges"].tolist(), strict=True)
    ]
    table["certainty"] = table["certainty"].astype("float64")
    return table[list(FEATURE_COLUMNS)]
