"""Key terms of a text, and terms that set one part of an article apart.

Two scores, both against a *background* of general English word frequencies
from the ``wordfreq`` package (Speer 2022) rather than a hand-typed list:

* :func:`top_terms` ranks candidate terms of one text by
  ``tf × specificity``, where specificity is ``-log10`` of the term's
  background frequency (a TF-IDF with an outside, web-scale IDF; Sparck Jones
  1972), each occurrence weighted by how early it comes (headline and lead
  carry a news story's subject; after PositionRank, Florescu & Caragea 2017).
* :func:`distinctive_terms` compares one part of an article (a section, a
  speaker) with the rest by the log-odds ratio with an informative Dirichlet
  prior, reported as z-scores (Monroe, Colaresi & Quinn 2008, "Fightin'
  Words", Political Analysis 16(4)); the prior is the background frequency.

Candidate terms are words and 2–3 word phrases that do not cross stopwords
or punctuation.  A phrase counts as a term only where it is a real unit in the
text: it recurs, or it is a name (a run of capitalised words outside a
title-case headline, "Emmanuel Macron"; up to four words, "New York Stock
Exchange", or joined by "of", "Bank of England").  Occurrences inside a longer term are
taken from the shorter one (after C-value), inflections are merged
("movie"/"movies"), and the final list drops any term that is part of, or
contains, a better one.

No scope reports filler (issue 15): a single word whose most frequent part
of speech in the Brill lexicon (Brill 1994; Penn Treebank tags, shipped in
the ``textblob`` wheel) is a verb, adverb, comparative, superlative or a
closed class ("said", "going", "possibly", "biggest") is not a term unless
written as a name, nor is a bare title ("Mr", "Councilmember",
:data:`TITLE_WORDS`); a phrase that opens with a title or a verb ("Mr
Smith", "said Mayor") or ends with a verb is a fragment, not a term, so its
words count on their own; and a surname that the article also gives in
full counts towards the full name ("Blair" → "Tony Blair").  Days of the
week, the pieces of web addresses ("www", "com") and roles without their
holder ("Russian president", "Foreign Secretary") are not terms either.

A story's event verbs are terms as the noun an editor would tag: a verb the
lead states ("Police arrested two men") counts as the noun of the same
Porter stem ("arrest"; "elected" → "election"), never a reporting or light
verb or a base form (:func:`event_noun`), nor a verb mostly framing a clause
("poised to", "indicated that") or modifying a noun ("operating system").

Tuned on the development keyphrase set (``benchmarks/keywords.py``): the
position weight, the phrase length bonus (none), the nesting discount
(maximum, not mean) and the event verbs' settings.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from analysis import resources, wire
from analysis.tokenize import fold, is_word, sentence_spans, word_spans

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "FILLER_TAGS",
    "TITLE_WORDS",
    "TermCounts",
    "characteristic_terms",
    "count_sentence_terms",
    "count_terms",
    "distinctive_terms",
    "distinctive_terms_each",
    "event_noun",
    "is_filler",
    "log_odds_z",
    "merge_counts",
    "specificity",
    "stem",
    "stem_totals",
    "term_occurrences",
    "top_distinctive",
    "top_term_pairs",
    "top_terms",
]

_MAX_PHRASE = 3
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", re.DOTALL)
#: An occurrence after ``p`` words weighs ``1 + _POSITION_SCALE / (p + _POSITION_SCALE)``: 2 at the
#: start, 1.5 after this many words, towards 1 at the end (after PositionRank's weighting of early
#: mentions; Florescu & Caragea 2017).  Chosen on the development keyphrase set among 10, 30, 100, 300,
#: 1000 and 3000 (F1@10 .178-.181, flat from 300 on), against the earlier step (2 in the first 60 words, 1 after: .176).
_POSITION_SCALE = 300.0
#: The lead: the headline and first paragraph's words, where a news story states its event.
_LEAD_WORDS = 60
#: ``-log10`` frequency given to words wordfreq has never seen (typos, rare names).
_UNSEEN_SPECIFICITY = 7.0
#: Leading words of a capitalised run more common than this (``-log10``
#: frequency) are titles or adjectives ("President", "French"), not the name.
_NAME_TITLE_SPECIFICITY = 4.5
#: Total pseudo-count of the informative Dirichlet prior in log-odds scores.
PRIOR_STRENGTH = 500.0
#: Pseudo-count every term gets on top of its background share (see log_odds_z).
PRIOR_FLOOR = 0.1
#: Two-sided 5 % level: a lone function word is reported above this z only.
_Z_FUNCTION_WORD = 1.96
#: Background frequency floor, so unseen words still get a (tiny) prior.
_MIN_BACKGROUND = 1e-9

#: Penn Treebank tags of words that are not terms on their own: verbs,
#: adverbs, comparatives and superlatives, and the closed classes.
FILLER_TAGS = frozenset(
    "VB VBD VBG VBN VBP VBZ RB RBR RBS WRB JJR JJS MD DT PDT IN CC PRP PRP$ WDT WP WP$ EX RP TO UH".split()
)
#: Honorifics and office titles before a name (a closed class): not a term
#: alone, and a name is reported without them.  Words that are also common
#: nouns or name parts ("general", "chief", "king") are left out.
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady rev president minister secretary chancellor senator sen rep
    congressman congresswoman councilmember councilman councilwoman councillor mayor governor gov judge colonel
    col lt sgt captain capt chairman chairwoman commissioner ambassador sheriff detective inspector spokesman
    spokeswoman spokesperson bishop archbishop rabbi imam ceo""".split()
)

#: Days of the week date a story ("on Friday"); they are not what it is about.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Candidate term counts of a text.

    Attributes:
        counts: Occurrences per term key (lower-case, space-joined words).
        weighted: Occurrences weighted by position (early ones count more).
        surface: The most common written form of each term.
        n_words: Number of word tokens counted.
        stative: Occurrences of each verb that state no event of their own
            (:func:`_stative_uses`: "poised to", "operating system").
    """

    counts: Counter[str]
    weighted: Mapping[str, float]
    surface: Mapping[str, str]
    n_words: int
    stative: Mapping[str, int] = field(default_factory=dict)


def count_terms(text: str | Sequence[str], *, all_phrases: bool = False, function_words: bool = False) -> TermCounts:
    """Count candidate words and phrases of a text.

    Args:
        text: Any text (an article body, a section, a speaker's quotes), or
            its paragraphs: a list ``ps`` counts as ``"\\n\\n".join(ps)``
            would, without joining them and finding the breaks again.
        all_phrases: Keep every phrase, not only the real units (use when
            counting given terms rather than choosing terms).
        function_words: Count stopwords too, as words and inside phrases
            ("we will"): how a speaker talks, not only what about.  Used for
            speaker-distinctive terms, where the log-odds prior keeps
            frequent words from dominating (Monroe et al. 2008 use all words).

    Returns:
        The :class:`TermCounts`; unless ``all_phrases``, a phrase is kept only
        where it recurs or is a name (see :func:`_names`).
    """
    # Paragraph by paragraph (a headline without a full stop is not one
    # sentence with the lead that follows it); tokens and n-grams are cached
    # per paragraph and sentence, since the article, its sections and its
    # segments are counted from the same paragraphs.
    pieces = [text] if isinstance(text, str) else text
    sentences = (tokens for paragraph in _paragraphs(pieces) for tokens in _paragraph_tokens(paragraph))
    return _count(sentences, all_phrases=all_phrases, function_words=function_words)


def _paragraphs(pieces: Iterable[str]) -> Iterator[str]:
    r"""The paragraphs of ``"\n\n".join(pieces)``, trimmed, found piece by piece.

    No paragraph runs across the blank line between two pieces, so each
    piece is split on its own; a piece without a line break is one
    paragraph (or none, if blank), which skips the regular expression whose
    lookahead at every character cost a millisecond per article.  (``\s``
    and ``str.strip`` agree on what is whitespace.)
    """
    for piece in pieces:
        if "\n" in piece:
            yield from (m.group() for m in _PARAGRAPH.finditer(piece))
        elif trimmed := piece.strip():
            yield trimmed


def count_sentence_terms(
    sentences: Iterable[str], *, all_phrases: bool = False, function_words: bool = False
) -> TermCounts:
    """:func:`count_terms` of a text given as its sentences (a speaker's sentences).

    Each string is taken as one sentence, as the pipeline's sentence table
    already splits them; ``count_terms("\\n\\n".join(sentences))`` would
    run the sentence splitter over each one again.  Both give the same
    counts unless the splitter cuts a sentence on its own differently
    than inside its paragraph, which happens only at runs of end
    punctuation ("great!!"), where no term is cut either way.

    Args:
        sentences: Sentence texts, in reading order.
        all_phrases: As in :func:`count_terms`.
        function_words: As in :func:`count_terms`.

    Returns:
        The :class:`TermCounts`.
    """
    tokens = (_sentence_tokens(fold(s).strip()) for s in sentences if s.strip())
    return _count(tokens, all_phrases=all_phrases, function_words=function_words)


def _count(sentences: Iterable[tuple[str, ...]], *, all_phrases: bool, function_words: bool) -> TermCounts:
    """The counting of :func:`count_terms`, over the term tokens of each sentence in reading order."""
    counts: dict[str, int] = {}
    weighted: dict[str, float] = {}
    surface: dict[str, str] = {}  # first form of each term
    forms: dict[str, dict[str, int]] = {}  # form counts, only for terms written more than one way
    names: set[str] = set()
    stative: dict[str, int] = {}
    n_words = 0
    for tokens in sentences:
        for verb in _stative_uses(tokens):
            stative[verb] = stative.get(verb, 0) + 1
        grams, n_sentence = _sentence_grams(tokens)[function_words]
        for term, form, at in grams:
            weight = 1.0 + _POSITION_SCALE / (n_words + at + _POSITION_SCALE)
            count = counts.get(term)
            if count is None:
                counts[term] = 1
                weighted[term] = weight
                surface[term] = form
                continue
            counts[term] = count + 1
            weighted[term] += weight
            seen = forms.get(term)
            if seen is None:
                if form == surface[term]:
                    continue
                seen = forms[term] = {surface[term]: count}
            seen[form] = seen.get(form, 0) + 1
        for term, form in _sentence_titles(tokens) + _sentence_long_names(tokens):
            # A title joined by "and"/"of" ("Trade and Industry Secretary")
            # and a name longer than the n-grams or joined by "of" ("New York
            # Stock Exchange", "Bank of England") are one term each; their
            # words are then nested in them, not terms.
            weight = 1.0 + _POSITION_SCALE / (n_words + _POSITION_SCALE)
            counts[term] = counts.get(term, 0) + 1
            weighted[term] = weighted.get(term, 0.0) + weight
            surface.setdefault(term, form)
            names.add(term)
        n_words += n_sentence
        if not all_phrases:
            names.update(_sentence_names(tokens))
    for term, seen in forms.items():
        surface[term] = max(seen, key=seen.__getitem__)  # first-seen wins ties
    if all_phrases:
        return TermCounts(Counter(counts), weighted, surface, n_words, stative)
    # One pass for the three tables: they hold the same terms in the same order.
    kept_counts: dict[str, int] = {}
    kept_weighted: dict[str, float] = {}
    kept_surface: dict[str, str] = {}
    for t, c in counts.items():
        if c > 1 or " " not in t or t in names:
            kept_counts[t] = c
            kept_weighted[t] = weighted[t]
            kept_surface[t] = surface[t]
    return TermCounts(Counter(kept_counts), kept_weighted, kept_surface, n_words, stative)


#: Brill tags of the common nouns a present participle modifies ("operating system").
_NOUN_TAGS = frozenset({"NN", "NNS"})


@functools.lru_cache(maxsize=16384)
def _stative_uses(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Verbs of one sentence used without an event of their own, by their part of speech in context.

    Two uses (Brill-lexicon tags, Brill 1994): a verb that takes a clause,
    "that" or "to" with a verb's base form ("poised to take", "planned to
    build", "indicated that": the event is in the clause, the verb is
    stance or control; "dropped to 30" is not one), and a present
    participle directly before a common noun, which modifies it
    ("operating system", "rising costs").  Such uses do not make the verb
    an event term (:func:`_with_events`).
    """
    found: list[str] = []
    for i in range(len(tokens) - 1):
        token = tokens[i]
        if not token[:1].islower():
            continue
        tag = _tag(token)
        if tag[:2] != "VB":
            continue
        after = tokens[i + 1]
        if (
            after == "that"
            or (after == "to" and i + 2 < len(tokens) and _tag(tokens[i + 2]) == "VB")
            or (tag == "VBG" and after[:1].islower() and _tag(after) in _NOUN_TAGS)
        ):
            found.append(token)
    return tuple(found)


@functools.lru_cache(maxsize=8192)
def _paragraph_tokens(paragraph: str) -> tuple[tuple[str, ...], ...]:
    """Word tokens of each sentence of one paragraph (trailing periods dropped); page furniture the sentence
    splitter cut out of a flattened body ("Story continues below", :func:`analysis.tokenize.furniture_spans`) is
    no sentence of the story, so "Story" and "Advertisement" are never its terms or names."""
    folded = fold(paragraph)
    sentences = (folded[s:e] for s, e in sentence_spans(folded))
    return tuple(_sentence_tokens(sentence) for sentence in sentences if not wire.is_page_furniture(sentence))


@functools.lru_cache(maxsize=16384)
def _sentence_tokens(sentence: str) -> tuple[str, ...]:
    """Term tokens of one folded sentence (shared by paragraphs and speakers' sentences)."""
    spans = word_spans(sentence)
    if "." in sentence or ":" in sentence:
        web = [(m.start(), m.end(), m.group("name")) for m in _WEB_ADDRESS.finditer(sentence)]
        if web:  # of "www.zappos.com" only "zappos" is a word of the text, not "www" or "com"
            spans = [(a, b) for a, b in spans if not any(s <= a < e and sentence[a:b] != n for s, e, n in web)]
    tokens = [sentence[a:b] for a, b in spans]
    return tuple([_term_token(t) if t[-1] == "." else t for t in tokens])  # only "Mr." or "U.S." change


#: A web or e-mail address, which the tokenizer cuts at its dots into "www", "bbc", "co", "uk".
_WEB_ADDRESS = re.compile(
    r"\S+@\S+\.\w+|(?:https?://)?(?:www\.)?(?:[\w-]+\.)*(?P<name>[\w-]+)"
    r"\.(?:com|org|net|gov|edu|co\.uk|org\.uk)\b(?:/\S*)?|https?://\S+",
    re.IGNORECASE,
)


def _term_token(token: str) -> str:
    """A token as terms see it: trailing period dropped; "" for "Mr.", "Gen.", "Jan."."""
    if token.endswith(".") and "." not in token[:-1] and token[:-1].lower() in resources.ABBREVIATIONS:
        return ""  # titles and abbreviations are not terms, and break phrases
    return token.rstrip(".")


#: N-grams of a sentence: ``(key, surface, words counted when its run ended)`` each, and the word count.
_Grams = tuple[tuple[tuple[str, str, int], ...], int]


@functools.lru_cache(maxsize=8192)  # sentences; each entry holds both kinds of grams
def _sentence_grams(tokens: tuple[str, ...]) -> tuple[_Grams, _Grams]:
    """Candidate n-grams of one sentence's tokens, without and with function words.

    Returns:
        ``(content, every)`` (indexed by ``function_words``), each
        ``(grams, n_words)``: the grams in reading order, shortest first at
        each start, each ``(key, surface, words counted when its run
        ended)`` for the position weight; ``n_words`` the sentence's word count.
        Runs end at tokens that are not words and, without function
        words, at stopwords too.  Both at once: every gram without
        function words is one with them, so a sentence's phrases are built
        once for the article's counts and the speakers' (whose
        concatenations were the costliest part of counting).
    """
    stop = resources.stopwords()
    content: list[tuple[str, str, int]] = []
    every: list[tuple[str, str, int]] = []
    n_words = 0
    keys: list[str] = []  # a run of words: lower-case keys, written forms, which are stopwords
    forms: list[str] = []
    stops: list[bool] = []
    for token in [*tokens, ""]:
        key, word = _token_kind(token)
        if word:
            keys.append(key)
            forms.append(token)
            stops.append(key in stop)
            n_words += 1
            continue
        if keys:
            _run_grams(keys, forms, stops, n_words, content, every)
            keys, forms, stops = [], [], []
    return (tuple(content), n_words), (tuple(every), n_words)


def _run_grams(
    keys: list[str],
    forms: list[str],
    stops: list[bool],
    n_words: int,
    content: list[tuple[str, str, int]],
    every: list[tuple[str, str, int]],
) -> None:
    """Every window of up to _MAX_PHRASE words of one run, into ``every``; those without stopwords into ``content``.

    ``n_words`` counts the words up to the run's end.  A content run ends
    at a stopword, which is counted when it ends (as it is read).
    """
    # Words counted when the content run through each word ends: at the
    # next stopword, or at the end of the whole run.
    ends = [n_words] * len(keys)
    end = n_words
    for i in range(len(keys) - 1, -1, -1):
        if stops[i]:
            end = n_words - len(keys) + i + 1
        ends[i] = end
    # Shortest first at each start (grown by concatenation: the hottest loop of counting).
    for i, k in enumerate(keys):
        f = forms[i]
        plain = not stops[i]
        every.append((k, f, n_words))
        if plain:
            content.append((k, f, ends[i]))
        for j in range(i + 1, min(i + _MAX_PHRASE, len(keys))):
            k, f = k + " " + keys[j], f + " " + forms[j]
            every.append((k, f, n_words))
            plain = plain and not stops[j]
            if plain:
                content.append((k, f, ends[i]))


@functools.lru_cache(maxsize=65536)
def _token_kind(token: str) -> tuple[str, bool]:
    """A token's lower-case key and whether it is a word (:func:`~analysis.tokenize.is_word`), cached."""
    return token.lower(), is_word(token)


#: Words that join the parts of an office title ("Trade and Industry Secretary", "Secretary of State").
_TITLE_JOINERS = frozenset({"and", "of", "&"})


@functools.lru_cache(maxsize=16384)
def _sentence_titles(tokens: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Office titles whose capitalised words are joined by "and" or "of", as ``(key, written form)``.

    A run of capitalised words with joiners inside that ends in one of
    :data:`TITLE_WORDS` ("Trade and Industry Secretary"): without it, the
    phrase candidates stop at the joiner and leave "Trade" as a term of its
    own.  At most ``_MAX_PHRASE + 2`` words.
    """
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        j = i
        run: list[str] = []
        while j < len(tokens) and (tokens[j][:1].isupper() or (run and tokens[j].lower() in _TITLE_JOINERS)):
            run.append(tokens[j])
            j += 1
        while run and run[-1].lower() in _TITLE_JOINERS:
            run.pop()
        while run and run[0].lower() in resources.stopwords():  # "The Trade and Industry Secretary"
            run.pop(0)
        # The title ends at its last title word (a name may follow it).
        ends = [k for k, w in enumerate(run) if w.lower() in TITLE_WORDS]
        if ends:
            title = run[: ends[-1] + 1]
            lowered = [w.lower() for w in title]
            if (
                any(w in _TITLE_JOINERS for w in lowered)
                and lowered[0] not in TITLE_WORDS | _TITLE_JOINERS
                and len(title) <= _MAX_PHRASE + 2
            ):
                found.append((" ".join(lowered), " ".join(title)))
        i = max(j, i + 1)
    return tuple(found)


#: Longest name counted whole: four capitalised words ("New York Stock Exchange", "Dow Jones Industrial
#: Average"); a longer run is mostly a list or a name glued to its neighbour ("Ford Motor Company CEO Alan Mulally").
_MAX_NAME = 4
#: Most words on either side of the "of" of a name ("Federal Bureau of Investigation", "Top of the Pops").
_MAX_OF_SIDE = 3


@functools.lru_cache(maxsize=16384)
def _sentence_long_names(tokens: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Names the n-gram candidates cannot hold, as ``(key, written form)``.

    Two kinds: a run of :data:`_MAX_NAME` capitalised words (after
    :func:`_after_title`: "New York Stock Exchange"), and an institution
    named "X of Y" ("Bank of England", "House of Lords", "University of
    Michigan", "Top of the Pops"), where X ends in a common word (background
    specificity below ``_NAME_TITLE_SPECIFICITY``: "Bank", "House") and holds
    no title (so "Chairman of Chrysler" is a role, and "Marshall of the
    Foundation" a person and his employer).  Without them the candidates
    stop at the stopword or at three words and leave "England", "Pops" or
    "Stock Exchange" as terms of their own.  A sentence in title case (a
    headline) gives none.
    """
    stop = resources.stopwords()
    kinds = [_token_kind(t) for t in tokens]
    content = [t for t, (key, word) in zip(tokens[1:], kinds[1:], strict=True) if word and key not in stop]
    if len(content) >= 3 and all(t[:1].isupper() for t in content):
        return ()

    def capital(i: int) -> bool:
        key, word = kinds[i]
        return word and tokens[i][:1].isupper() and key not in stop

    found: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        if not capital(i):
            i += 1
            continue
        j = i
        while j < len(tokens) and capital(j):
            j += 1
        keys = [kinds[k][0] for k in range(i, j)]
        named = _after_title(keys)
        if len(named) == _MAX_NAME:
            found.append((" ".join(named), " ".join(tokens[j - _MAX_NAME : j])))
        # "X of (the) Y": X is this run's end, Y the capitalised run after the joiner.
        k = j + 1 if j < len(tokens) and kinds[j][0] == "of" else j
        if k > j and k < len(tokens) and kinds[k][0] == "the":
            k += 1
        if k > j:
            end = k
            while end < len(tokens) and end - k < _MAX_OF_SIDE and capital(end) and kinds[end][0] not in TITLE_WORDS:
                end += 1
            head = named[-_MAX_OF_SIDE:]
            if (
                end > k
                and head
                and not any(w in TITLE_WORDS for w in head)
                and specificity(head[-1]) < _NAME_TITLE_SPECIFICITY
            ):
                start = j - len(head)
                found.append((" ".join(kinds[x][0] for x in range(start, end)), " ".join(tokens[start:end])))
        i = j
    return tuple(found)


@functools.lru_cache(maxsize=16384)
def _sentence_names(tokens: tuple[str, ...]) -> frozenset[str]:
    """Multi-word names of one sentence's tokens (see :func:`_names`), cached."""
    return frozenset(_names(tokens, resources.stopwords()))


def _names(tokens: Sequence[str], stop: frozenset[str]) -> set[str]:
    """Multi-word names in one sentence: maximal runs of capitalised words.

    A run loses a leading title with the common words before it
    (:func:`_after_title`), so "Russian President Vladimir Putin" gives
    "vladimir putin" while "New York Times" stays whole; runs still longer
    than ``_MAX_PHRASE`` are not names.  A sentence in title case (a
    headline: all its content words capitalised) gives no names, since
    capitals there say nothing.
    """
    kinds = [_token_kind(t) for t in tokens]
    content = [t for t, (key, word) in zip(tokens[1:], kinds[1:], strict=True) if word and key not in stop]
    if len(content) >= 3 and all(t[:1].isupper() for t in content):
        return set()
    found: set[str] = set()
    run: list[str] = []
    for token, (key, word) in zip([*tokens, ""], [*kinds, ("", False)], strict=True):
        if word and token[:1].isupper() and key not in stop:
            run.append(key)
            continue
        run = _after_title(run)
        if 2 <= len(run) <= _MAX_PHRASE:
            found.add(" ".join(run))
        run = []
    return found


def _after_title(run: list[str]) -> list[str]:
    """A capitalised run without its leading title: "russian president vladimir putin" → "vladimir putin".

    The run is cut after its last :data:`TITLE_WORDS` word that only
    common words (background specificity below ``_NAME_TITLE_SPECIFICITY``:
    "Russian", "Foreign") or titles precede, and that is not the run's last
    word.  A run without one keeps its common words: they are part of the
    name ("New York Times", "International Monetary Fund", "Salt Lake City"),
    which cutting every leading common word turned into "York Times".
    """
    cut = 0
    for i, word in enumerate(run[:-1]):
        if word in TITLE_WORDS:
            cut = i + 1
        elif specificity(word) >= _NAME_TITLE_SPECIFICITY:
            break
    return run[cut:]


#: Terms made of plain lower-case ASCII words, which wordfreq's tokenizer
#: leaves as they are, cutting only at spaces and hyphens ("well-known" is
#: "well" and "known" to wordfreq: a tenth of the terms, and all of them took
#: its slow path).
_PLAIN_TERM = re.compile(r"[a-z]+(?:[ -][a-z]+)*\Z")


@functools.lru_cache(maxsize=65536)
def background_frequency(term: str) -> float:
    """Frequency of a term in general English (wordfreq), 0.0 if unseen.

    Equal to ``wordfreq.word_frequency(term, "en")``.  For plain lower-case
    words and phrases (nearly every term) it is computed from wordfreq's
    frequency table directly: wordfreq's per-call tokenizer, not the lookup,
    was the main cost of keyword scoring.
    """
    if _PLAIN_TERM.match(term):
        return _plain_frequency(term.replace("-", " "))
    import wordfreq

    return float(wordfreq.word_frequency(term, "en"))


def _plain_frequency(term: str) -> float:
    """``wordfreq.word_frequency`` of a plain term, by wordfreq's own rule.

    Its tokens are its words; a phrase's frequency is ``1 / sum(1 / f_i)``
    over its words (0 if any is unseen), rounded to three significant digits
    (wordfreq's precision).  A test checks this against wordfreq itself.
    """
    table = _frequency_table()
    inverse = 0.0
    for word in term.split(" "):
        freq = table.get(word)
        if freq is None:
            return 0.0
        inverse += 1.0 / freq
    freq = 1.0 / inverse
    return round(freq, math.floor(-math.log(freq, 10)) + 3)


@functools.cache
def _frequency_table() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("en", "best")


def specificity(term: str) -> float:
    """``-log10`` background frequency of a term: 1 for "the", ~7 for rare names."""
    freq = background_frequency(term)
    return -math.log10(freq) if freq > 0 else _UNSEEN_SPECIFICITY


def _best_first(scores: Iterable[tuple[str, float]]) -> Iterator[str]:
    """Terms by descending score, equal scores in alphabetical order, as they are asked for.

    A heap rather than a sort: :func:`_dedupe` stops after a few dozen of
    the thousand or so terms of an article, so only those are ordered.
    """
    heap = [(-score, term) for term, score in scores]
    heapq.heapify(heap)
    while heap:
        yield heapq.heappop(heap)[1]


def _dedupe(ranked: Iterable[str], n: int) -> list[str]:
    """Keep the best n terms, dropping any that is part of (or contains) a kept one."""
    kept: list[str] = []
    for term in ranked:
        padded = f" {term} "
        if any(padded in f" {k} " or f" {k} " in padded for k in kept):
            continue
        kept.append(term)
        if len(kept) == n:
            break
    return kept


@functools.cache
def _brill_tags() -> tuple[dict[str, str], dict[str, str]]:
    """``(lower-case entries, capitalised entries)``: word → its most frequent Penn Treebank tag (Brill lexicon).

    The lower-case entry is the common word ("increase NN"); the
    capitalised one is the word at a sentence start or as a name ("Said
    VBD", "Cook NNP"), keyed in lower case.
    """
    lower, caps = resources.brill_lexicon()
    return {w: tags[0] for w, tags in lower.items()}, {w: tags[0] for w, tags in caps.items()}


def _tag(word: str) -> str:
    """Most frequent tag of a lower-case word ("" if the lexicon lacks it)."""
    lower, upper = _brill_tags()
    return lower.get(word) or upper.get(word, "")


@functools.lru_cache(maxsize=65536)
def is_filler(term: str, surface: str | None = None) -> bool:
    """Whether a candidate term is filler rather than a key term.

    Args:
        term: The term key (lower-case words, space-joined).
        surface: Its written form; a single word mostly written with a
            capital is kept where the lexicon knows it as a proper noun
            ("Cook", "Bush") or not at all.

    Returns:
        True for a bare title, a day of the week, a lone verb, adverb,
        comparative, superlative or closed-class word, and a phrase that opens with a
        title or a verb or adverb, or ends with a verb ("said Mayor",
        "Mr Smith", "officials said").
    """
    words = term.split(" ")
    first = words[0]
    if len(words) == 1:
        if first in TITLE_WORDS or first in _WEEKDAYS:
            return True
        if surface is not None and surface[:1].isupper():
            capital = _brill_tags()[1].get(first)
            if capital == "NNP" or (capital is None and first not in _brill_tags()[0]):
                return False
        return _tag(first) in FILLER_TAGS
    if first in TITLE_WORDS or all(w in TITLE_WORDS for w in words):
        return True
    # A name's last word may be a verb's form too ("Top of the Pops"); a
    # clause's last verb is written in lower case ("officials said").
    named = surface is not None and surface.rsplit(" ", 1)[-1][:1].isupper()
    # A capitalised first word is read by its capitalised entry: "Jack" and
    # "Harry" are names (NNP) where "jack" and "harry" are verbs, while
    # "Said" stays a verb.
    opening = _brill_tags()[1].get(first) if surface is not None and surface[:1].isupper() else None
    first_verbal = opening[:2] in ("VB", "RB") if opening is not None else _verbal(first)
    return first_verbal or (not named and _verbal(words[-1]))


def _verbal(word: str) -> bool:
    """A verb or adverb by its most frequent tag: the edge of a clause, not of a term."""
    return _tag(word)[:2] in ("VB", "RB")


#: Endings that turn a verb's Porter stem into its noun ("arrest", "charg" + "e", "elect" + "ion",
#: "shoot" + "ing"): the noun must share the stem, so it is the same word to a stemmer.
_NOMINAL_SUFFIXES = ("", "e", "ion", "ation", "ment", "al", "y", "ing")
#: Verbs more common than this (``-log10`` frequency) are light or auxiliary ("make", "use", "found",
#: "based"): they carry no event of their own.
_EVENT_MIN_SPECIFICITY = 4.0
#: A noun much rarer than the verb form it would stand for is another word ("provided" is not
#: "providence", "according" not "accordance"): it must be at least this share as frequent.
_EVENT_NOUN_SHARE = 0.2
#: A noun far more common than the verb form is a word of its own whose verb is a side sense
#: ("aged" is not about "age", nor "timed" about "time"): it may be at most this many times as frequent.
_EVENT_NOUN_RATIO = 5.0
#: The position weight above 1 of one mention at the lead's end: a verb with at least this much is
#: one the lead states (or that recurs early enough to weigh as much).
_LEAD_EXTRA = _POSITION_SCALE / (_LEAD_WORDS + _POSITION_SCALE)


@functools.lru_cache(maxsize=16384)
def event_noun(word: str) -> str | None:
    """The noun an editor would tag for an event verb: "arrested" → "arrest", "elected" → "election".

    The noun is the most frequent word the Brill lexicon tags as a singular
    noun (NN) that has the verb's Porter stem (so it is the same term to a
    stemmer) and is between ``_EVENT_NOUN_SHARE`` and ``_EVENT_NOUN_RATIO``
    times as frequent as the verb form (so "provided" has no noun
    "providence", nor "aged" the noun "age").  Reporting verbs ("said", "announced": :func:`analysis.reported.reporting_verbs`)
    and light verbs (more common than ``_EVENT_MIN_SPECIFICITY``: "make",
    "going", "used") have none, nor has a base form ("prevent", "monitor"):
    an infinitive or a noun, not what happened.

    Args:
        word: A lower-case word.

    Returns:
        The noun, or None if ``word`` is not a verb by its most frequent tag or has no such noun.
    """
    tag = _tag(word)
    if (
        tag[:2] != "VB"
        or tag == "VB"  # a base form states no event: "to prevent", "will monitor", or a noun ("a monitor")
        or specificity(word) < _EVENT_MIN_SPECIFICITY
        or stem(word) in _reporting_stems()
    ):
        return None
    root = stem(word)
    floor = background_frequency(word) * _EVENT_NOUN_SHARE
    ceiling = background_frequency(word) * _EVENT_NOUN_RATIO
    lower = _brill_tags()[0]
    best: tuple[float, str] | None = None
    for suffix in _NOMINAL_SUFFIXES:
        noun = root + suffix
        if lower.get(noun) == "NN" and stem(noun) == root:
            freq = background_frequency(noun)
            if floor <= freq <= ceiling and (best is None or freq > best[0]):
                best = (freq, noun)
    return best[1] if best else None


@functools.cache
def _reporting_stems() -> frozenset[str]:
    """Porter stems of every reporting verb form ("said", "announce" → "announc")."""
    from analysis.reported import reporting_verbs

    return frozenset(stem(form) for form in reporting_verbs())


def _with_events(terms: TermCounts) -> TermCounts:
    """Terms with each event verb counted as its noun (:func:`event_noun`): "arrested" → "arrest".

    A verb is filler as a term, but a story's event verbs name what
    happened; counted as the noun an editor would tag, they add to the
    noun's own occurrences.  A verb written mostly with a capital is left
    alone (a name, or a headline word).
    """
    moved = {
        t: noun
        for t in terms.counts
        if " " not in t
        and terms.weighted.get(t, 0.0) - terms.counts[t] >= _LEAD_EXTRA  # the lead states it
        and 2 * terms.stative.get(t, 0) < terms.counts[t]  # mostly stating an event, not framing one
        and not terms.surface.get(t, "")[:1].isupper()
        and (noun := event_noun(t)) is not None
    }
    if not moved:
        return terms
    counts = Counter(terms.counts)
    weighted = dict(terms.weighted)
    surface = dict(terms.surface)
    for verb, noun in moved.items():
        counts[noun] += counts.pop(verb)
        weighted[noun] = weighted.get(noun, 0.0) + weighted.pop(verb)
        surface.setdefault(noun, noun)
        del surface[verb]
    return TermCounts(counts, weighted, surface, terms.n_words, terms.stative)


def _is_role(term: str) -> bool:
    """An office without its holder: a title after common words ("Russian president", "Foreign Secretary").

    Words more common than ``_NAME_TITLE_SPECIFICITY`` (nationalities,
    departments) or titles and stopwords before a :data:`TITLE_WORDS` word
    name a role, not what a story is about: an editor tags the person who
    holds it ("Vladimir Putin").  A rare word makes it a name ("Kremlin
    spokesman" stays, as the Kremlin is the story's).
    """
    words = term.split(" ")
    if len(words) < 2 or words[-1] not in TITLE_WORDS:
        return False
    stop = resources.stopwords()
    return all(w in TITLE_WORDS or w in stop or specificity(w) < _NAME_TITLE_SPECIFICITY for w in words[:-1])


def _without_roles(weighted: Mapping[str, float]) -> dict[str, float]:
    """``weighted`` without roles (:func:`_is_role`), after nesting: their words stay discounted."""
    return {t: w for t, w in weighted.items() if " " not in t or not _is_role(t)}


def _without_filler(terms: TermCounts, weighted: Mapping[str, float]) -> dict[str, float]:
    """``weighted`` without :func:`is_filler` terms (before nesting: their words then count on their own)."""
    return {t: w for t, w in weighted.items() if not is_filler(t, terms.surface.get(t))}


def _full_names(terms: TermCounts, weighted: Mapping[str, float]) -> dict[str, float]:
    """Fold a capitalised single word into the article's fullest name ending in it ("Blair" → "Tony Blair").

    The name is the longest (then most weighted) capitalised phrase whose
    last word is the single word; its weight is added, so "Mr Blair" and
    "Blair" count for "Tony Blair".
    """
    names: dict[str, str] = {}
    for t in weighted:
        if " " in t and _capitalised(terms.surface.get(t, "")):
            last = t.rsplit(" ", 1)[1]
            best = names.get(last)
            if best is None or (len(t), weighted[t]) > (len(best), weighted[best]):
                names[last] = t
    if not names:
        return dict(weighted)
    out = dict(weighted)
    for t, w in weighted.items():
        name = names.get(t)
        if name is not None and terms.surface.get(t, "")[:1].isupper():
            out[name] = out.get(name, 0.0) + w
            del out[t]
    return out


def _capitalised(surface: str) -> bool:
    return all(w[:1].isupper() for w in surface.split(" ") if w)


def top_terms(text: str, n: int = 10) -> pd.DataFrame:
    """The key terms of a text, best first.

    Args:
        text: The text (an article body, a section).
        n: How many terms to return (fewer if the text has fewer).

    Returns:
        DataFrame with columns ``term`` (as most often written) and ``score``
        (position-weighted count × background specificity), best first.

    Raises:
        ValueError: If ``n`` is not a positive integer.

    References:
        Sparck Jones, K. (1972). A statistical interpretation of term
        specificity and its application in retrieval. J. Documentation 28(1).
        Speer, R. (2022). wordfreq v3.0. Zenodo. doi:10.5281/zenodo.7199437.
    """
    import pandas as pd

    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    best = top_term_pairs(text, n)
    return pd.DataFrame({"term": [t for t, _ in best], "score": [s for _, s in best]}, columns=["term", "score"])


def top_term_pairs(text: str | Sequence[str], n: int = 10, *, lead: int = 0) -> list[tuple[str, float]]:
    """:func:`top_terms` as plain ``(term, score)`` pairs, for callers that build their own tables.

    Same terms, same scores (rounded to 6 decimals), no DataFrame (whose
    construction cost as much as scoring a short section).  ``n`` is not
    checked.  ``text`` may be given as its paragraphs (see :func:`count_terms`).

    Args:
        text: The text, or its paragraphs.
        n: How many terms.
        lead: With paragraphs: how many come first as headline and
            standfirst.  Their words weigh in, but a term is reported only
            where it also occurs in the body (an inflection or, for a name,
            its surname will do), so every term can be found in the text
            below the headline.
    """
    terms = _with_events(count_terms(text))
    weighted = _merge_inflections(_full_names(terms, _without_roles(_unnested(_without_filler(terms, terms.weighted)))))
    if lead and not isinstance(text, str):
        body = stem_totals(count_terms(text[lead:], all_phrases=True))
        weighted = {t: w for t, w in weighted.items() if body.get(_occurrence_key(t))}
    scores = {t: w * _term_specificity(t) for t, w in weighted.items() if w > 0}
    return [(terms.surface[t], round(scores[t], 6)) for t in _dedupe(_best_first(scores.items()), n)]


def term_occurrences(term: str, counts: TermCounts, totals: Mapping[str, int] | None = None) -> int:
    """How often a reported term occurs in a text's counts, as the reader would find it.

    Counts every inflection of the term ("movie" for "movies"), and for a
    name of several capitalised words its last word ("Blair" for "Tony
    Blair", which :func:`top_terms` reports for both).  ``counts`` should be
    taken with ``all_phrases=True``.

    Args:
        term: A term as reported (any case).
        counts: The text's term counts.
        totals: ``stem_totals(counts)``, when many terms are looked up in
            the same counts (built once instead of once per term).

    Returns:
        The number of occurrences.
    """
    return (stem_totals(counts) if totals is None else totals).get(_occurrence_key(term), 0)


def _occurrence_key(term: str) -> str:
    """The stemmed key a reported term is found by: a name of several capitalised words by its last word."""
    key = term.lower()
    words = term.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        key = key.rsplit(" ", 1)[1]
    return _stem_key(key)


def stem_totals(counts: TermCounts) -> dict[str, int]:
    """Occurrences per stemmed key (:func:`_stem_key`): every inflection of a term counted together."""
    totals: dict[str, int] = {}
    for term, n in counts.counts.items():
        key = _stem_key(term)
        totals[key] = totals.get(key, 0) + n
    return totals


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (NLTK's rules need no data), cached.

    References:
        Porter, M. F. (1980). An algorithm for suffix stripping. Program 14(3).
    """
    return _porter().stem(word)


@functools.cache
def _porter():  # noqa: ANN202 - nltk has no type stubs
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def _merge_inflections(weighted: Mapping[str, float]) -> dict[str, float]:
    """Add up terms that differ only in inflection ("movie"/"movies").

    The merged weight goes to the most weighted form, so a list never spends
    two places on one word.
    """
    # Most terms have one form: a group becomes a list only at its second member.
    groups: dict[str, str | list[tuple[float, str]]] = {}
    for term, w in weighted.items():
        key = _stem_key(term)
        first = groups.get(key)
        if first is None:
            groups[key] = term
        elif isinstance(first, str):
            groups[key] = [(weighted[first], first), (w, term)]
        else:
            first.append((w, term))
    merged: dict[str, float] = {}
    for members in groups.values():
        if isinstance(members, str):  # one form: nothing to choose or add
            merged[members] = weighted[members]
            continue
        members.sort(key=lambda p: (-p[0], p[1]))
        merged[members[0][1]] = sum(w for w, _ in members)
    return merged


@functools.lru_cache(maxsize=65536)
def _stem_key(term: str) -> str:
    """A term with each word stemmed: the key that groups its inflections."""
    return " ".join(stem(x) for x in term.split())


def _unnested(weighted: Mapping[str, float]) -> dict[str, float]:
    """Discount occurrences of a term inside longer candidate terms (after C-value).

    "force" inside every "Air Force" is not a term of its own: its weight is
    reduced by that of the most frequent longer term containing it.  C-value
    subtracts the *mean* over all containing terms; with every 2- and 3-word
    window as a candidate that mean is diluted by one-off windows ("force
    officials"), leaving "Air" and "Force" as terms beside "Air Force", so the
    maximum is used instead.

    References:
        Frantzi, K., Ananiadou, S. & Mima, H. (2000). Automatic recognition of
        multi-word terms: the C-value/NC-value method. Int. J. Digital
        Libraries 3(2), 115-130.
    """
    containing: dict[str, float] = {}
    for term, w in weighted.items():
        if " " not in term:
            continue  # a single word contains no other term
        for part in _inner_terms(term):
            if part in weighted and w > containing.get(part, 0.0):
                containing[part] = w
    # Most terms are inside no other term: their weight stays as it is.
    return {t: w if t not in containing else max(0.0, w - containing[t]) for t, w in weighted.items()}


@functools.lru_cache(maxsize=4096)
def _inner_terms(term: str) -> tuple[str, ...]:
    """The shorter terms inside a phrase: its words, and for three words its two pairs.

    Cached: the article, its sections and its segments unnest the same
    phrases (a few hundred per article, so a small cache does).
    """
    words = term.split()
    return tuple(" ".join(words[i : i + n]) for n in range(1, len(words)) for i in range(len(words) - n + 1))


@functools.lru_cache(maxsize=65536)
def _term_specificity(term: str) -> float:
    # A phrase is scored by its words' mean specificity, with no bonus for
    # length: a bonus per extra word (0.25, 0.5) lowered F1@10 on the
    # development set, and phrases already win where they are real units
    # because the C-value discount takes their parts' occurrences away.
    # The joiners of a name ("of", "the" in "Top of the Pops") are not what
    # makes it specific: the mean is over its other words.
    words = term.split()
    if len(words) == 1:
        return specificity(term)
    stop = resources.stopwords()
    content = [w for w in words if w not in stop] or words
    return sum(specificity(w) for w in content) / len(content)


def distinctive_terms(
    part: TermCounts,
    rest: TermCounts,
    *,
    n: int = 10,
    prior_strength: float = PRIOR_STRENGTH,
    min_count: int = 2,
) -> list[tuple[str, float]]:
    """Terms over-used in one part of a text compared with the rest.

    Log-odds ratio with an informative Dirichlet prior, as z-scores (see
    :func:`log_odds_z`), keeping terms with a positive z that occur at least
    ``min_count`` times in the part, deduplicated against their parts.

    Args:
        part: Term counts of the part (a section, a speaker's quotes).
        rest: Term counts of everything else it is compared with.
        n: How many terms to return.
        prior_strength: Total pseudo-count of the prior (alpha_0).
        min_count: Minimum occurrences in ``part`` for a term to be reported.

    Returns:
        ``(surface form, z-score)`` pairs with positive z, best first.

    References:
        Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words:
        Lexical Feature Selection and Evaluation for Identifying the Content
        of Political Conflict. Political Analysis 16(4), 372-403.
    """
    z = log_odds_z(part, rest, prior_strength=prior_strength)
    return top_distinctive(z, part, n, min_count=min_count)


def distinctive_terms_each(
    parts: Mapping[K, TermCounts],
    *,
    n: int = 10,
    prior_strength: float = PRIOR_STRENGTH,
    min_count: int = 1,
    keys: Iterable[K] | None = None,
) -> dict[K, list[tuple[str, float]]]:
    """:func:`distinctive_terms` of every part against all the other parts together.

    Gives what ``distinctive_terms(parts[k], merge_counts(others), ...)``
    gives for each ``k`` (up to rounding in the last digits), in time linear
    in the total vocabulary rather than parts × vocabulary: the sum of all
    parts is taken once and each part's rest is that sum minus the part, and
    z is computed only for the part's own terms that :func:`top_distinctive`
    can report (not phrases opening with a function word, say), with the
    vocabulary-wide sums of :func:`log_odds_z` (background mass, rest
    total) updated per part.

    Args:
        parts: Key → term counts (speakers and the narration, say).
        n: How many terms per part.
        prior_strength: As in :func:`log_odds_z`.
        min_count: Minimum occurrences in the part (at least 1).
        keys: The parts to score (default: all); the others still count
            as the rest.

    Returns:
        Key → ``(surface form, z-score)`` pairs, best first, for every
        scored key.

    Raises:
        ValueError: If ``min_count`` is below 1.
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count!r}")
    total: Counter[str] = Counter()
    for p in parts.values():
        total.update(p.counts)
    # The union vocabulary of log_odds_z is the part's terms plus the rest's
    # single words; every single word of the total is either in the rest or
    # (if only this part has it) in the part, so it is all single words of
    # the total plus the part's phrases.
    stop = resources.stopwords()
    singles = [t for t in total if " " not in t]
    freq = {t: max(background_frequency(t), _MIN_BACKGROUND) for t in singles}
    single_mass = sum(freq.values())
    single_total = sum(total[t] for t in singles)
    out: dict[K, list[tuple[str, float]]] = {}
    for key in parts if keys is None else [k for k in keys if k in parts]:
        part = parts[key]
        counts = part.counts
        phrases = [t for t in counts if " " in t]
        phrase_freq = {t: max(background_frequency(t), _MIN_BACKGROUND) for t in phrases}
        mass = single_mass + sum(phrase_freq.values())
        n_i = sum(counts.values())
        n_j = single_total - sum(c for t, c in counts.items() if " " not in t)
        n_j += sum(total[t] - counts[t] for t in phrases)
        if len(singles) + len(phrases) < 2 or n_i == 0 or n_j == 0:
            # A vocabulary of one term gives it probability 1 in every part: there are no odds to compare (and
            # the log-odds' denominators below would be zero).
            out[key] = []
            continue
        scale = prior_strength / mass
        a0 = prior_strength + PRIOR_FLOOR * (len(singles) + len(phrases))
        z: dict[str, float] = {}
        for t, y_i in counts.items():
            if (
                y_i < min_count
                or (" " in t and not _reportable_phrase(t, y_i, stop))
                or is_filler(t, part.surface.get(t))
            ):
                continue  # never reported (see top_distinctive), so no z is needed: 3/4 of the phrases
            y_j = total[t] - y_i
            a = (phrase_freq[t] if " " in t else freq[t]) * scale + PRIOR_FLOOR
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            z[t] = delta / math.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
        out[key] = top_distinctive(z, part, n, min_count=min_count)
    return out


def log_odds_z(
    part: TermCounts,
    rest: TermCounts,
    *,
    prior_strength: float = PRIOR_STRENGTH,
    prior_floor: float = PRIOR_FLOOR,
    background: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """Log-odds ratio z-score of every term, part against rest (Monroe et al. 2008).

    For term *w* with counts ``y_i`` (part) and ``y_j`` (rest), totals
    ``n_i``, ``n_j``, and prior pseudo-counts ``a_w`` summing to ``a_0``::

        delta_w = log((y_i + a_w) / (n_i + a_0 - y_i - a_w))
                - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
        var_w   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
        z_w     = delta_w / sqrt(var_w)

    The prior is *informative*: ``a_w`` is proportional to the term's
    frequency in general English (wordfreq), scaled so the vocabulary's
    pseudo-counts total ``prior_strength``, plus ``prior_floor`` for every
    term (``a_0`` grows to match).  The floor is our addition: a name the
    background has barely seen gets ``a_w`` near zero, and when the rest of
    the article never uses it, ``1 / (y_j + a_w)`` makes its variance (and so
    its z) meaningless.  It shrinks the log-odds of rare
    terms towards zero, so one extra mention of an unusual word does not top
    the list (the failure of raw log-odds ratios), while frequent function
    words get large pseudo-counts and small z (the failure of difference of
    proportions).

    Args:
        part: Term counts of the part.
        rest: Term counts of what it is compared with.
        prior_strength: The background part of ``a_0``.
        prior_floor: Pseudo-count added to every term.
        background: Background frequency per term (default: wordfreq);
            terms missing from it get the floor frequency.

    Returns:
        ``term key → z`` over the union vocabulary of single words in either
        text and phrases of the part (empty if either side has no words).

    References:
        Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words.
        Political Analysis 16(4), 372-403, eqs. 16, 19-22.
    """
    vocab = set(part.counts) | {t for t in rest.counts if " " not in t}
    if len(vocab) < 2:  # one term has probability 1 on both sides: no odds to compare
        return {}
    lookup = background_frequency if background is None else (lambda t: background.get(t, 0.0))
    freq = {t: max(lookup(t), _MIN_BACKGROUND) for t in vocab}
    scale = prior_strength / sum(freq.values())
    n_i = sum(part.counts[t] for t in vocab)
    n_j = sum(rest.counts[t] for t in vocab)
    if n_i == 0 or n_j == 0:
        return {}
    a0 = prior_strength + prior_floor * len(vocab)
    out: dict[str, float] = {}
    for t in vocab:
        y_i, y_j, a = part.counts[t], rest.counts[t], freq[t] * scale + prior_floor
        delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
        out[t] = delta / math.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
    return out


def top_distinctive(z: Mapping[str, float], part: TermCounts, n: int, *, min_count: int = 1) -> list[tuple[str, float]]:
    """The ``n`` best positive z-scores of a part's terms, deduplicated against their parts.

    Args:
        z: ``term → z`` from :func:`log_odds_z`.
        part: The part's counts (for ``min_count`` and surface forms).
        n: How many terms.
        min_count: Fewest occurrences in the part.

    Returns:
        ``(surface form, z)`` pairs, best first.
    """
    stop = resources.stopwords()

    # Phrases opening with a function word ("in Europe", "to work") are
    # fragments of a longer clause; single function words ("we") stay, as
    # they say how someone talks.  (This also scored better on the
    # development debates than reporting every n-gram or none with stopwords.)
    # A phrase that ends in a function word ("days will be") is a habit only
    # if it recurs: once, it is a fragment of one sentence.
    # A lone function word is reported only where its over-use is unlikely
    # by chance (z > 1.96): in one speaker's two sentences, "the" and "of"
    # come out ahead of the content by accident.
    def reportable(t: str) -> bool:
        if is_filler(t, part.surface.get(t)):
            return False
        if " " not in t:
            return t not in stop or z[t] > _Z_FUNCTION_WORD
        return _reportable_phrase(t, part.counts.get(t, 0), stop)

    scored = _best_first((t, v) for t, v in z.items() if v > 0 and part.counts.get(t, 0) >= min_count)
    best = _dedupe((t for t in scored if reportable(t)), n)
    return [(part.surface.get(t, t), z[t]) for t in best]


def _reportable_phrase(term: str, count: int, stop: frozenset[str]) -> bool:
    """Whether :func:`top_distinctive` may report a phrase seen ``count`` times, whatever its z."""
    words = term.split(" ")
    return words[0] not in stop and (words[-1] not in stop or count >= 2)


def characteristic_terms(part: TermCounts, whole: TermCounts, *, n: int = 10) -> list[tuple[str, float]]:
    """Key terms of one part of an article (a section, a topic segment).

    Score: the part's :func:`top_terms` score (position-weighted count,
    nested occurrences discounted, × background specificity) times the share
    of the term's occurrences in the whole article that fall in this part —
    a TF-IDF whose IDF comes from general English and whose "document
    frequency" is spread over the article's parts.  Log-odds z-scores
    (:func:`distinctive_terms`) are the better test on large texts, but a
    segment of a few paragraphs gives z-scores that favour frequent words
    ("said", "new") over the part's subject ("Donbas", "NATO").

    Args:
        part: Term counts of the part.
        whole: Term counts of the whole article (the part included).
        n: How many terms.

    Returns:
        ``(surface form, score)`` pairs, best first, deduplicated against
        their parts.

    References:
        Sparck Jones, K. (1972). A statistical interpretation of term
        specificity and its application in retrieval. J. Documentation 28(1).
    """
    part, whole = _with_events(part), _with_events(whole)
    weighted = _full_names(part, _without_roles(_unnested(_without_filler(part, part.weighted))))
    scores = {
        t: w * _term_specificity(t) * part.counts.get(t, 0) / max(whole.counts.get(t, 0), part.counts.get(t, 1), 1)
        for t, w in weighted.items()
        if w > 0
    }
    best = _dedupe(_best_first(scores.items()), n)
    return [(part.surface[t], scores[t]) for t in best]


def merge_counts(parts: Sequence[TermCounts]) -> TermCounts:
    """Add up term counts of several texts (e.g. all sections but one)."""
    counts: Counter[str] = Counter()
    weighted: dict[str, float] = {}
    surface: dict[str, str] = {}
    for p in parts:
        counts.update(p.counts)
        for t, w in p.weighted.items():
            weighted[t] = weighted.get(t, 0.0) + w
        for t, f in p.surface.items():
            surface.setdefault(t, f)
    stative: Counter[str] = Counter()
    for p in parts:
        stative.update(p.stative)
    return TermCounts(counts, weighted, surface, sum(p.n_words for p in parts), stative)
