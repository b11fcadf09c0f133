"""Tone toward a person: how the writer treats someone the article mentions.

A target-dependent logistic regression (NewsMTSC style) scores one mention
in its sentence; its weights are package data (``analysis/data/tone_toward.npz``,
fitted by ``training/train_tone.py``).  Mentions are found by
:mod:`analysis.names`; the sentence tone it builds on (VADER's rule
valences) is :mod:`analysis.sentiment`'s.

The entry points, from one mention to one person in an article:

* :func:`score_toward` – one mention in one sentence, in [-1, 1]
  (:func:`toward_label` and :func:`toward_probabilities` give the class view,
  :func:`toward_features` what the model reads);
* :func:`tone_toward_rows` – each person's mean over mentions the caller
  found (``res.speakers.tone_toward``; :func:`tone_toward_table` is the same
  as a DataFrame, :func:`tone_toward` one person's value);
* :func:`mention_tones` – every mention of one person, found and scored
  (the corpus's path); :func:`tone_toward_mentions` is the same on an
  :class:`~analysis.results.ArticleAnalysis`, as a table for notebooks.

References:
    Hamborg, F. & Donnay, K. (2021). NewsMTSC: (Multi-)Target-dependent
    Sentiment Classification in News Articles. EACL 2021.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from analysis.names import forms_pattern, mentions_outside_quotes, person_forms, speaker_names
from analysis.resources import load_weights
from analysis.sentiment import rule_tokens, vader_lexicon, word_offsets
from analysis.tokenize import TOWARD_WORD

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    from analysis.article import Article

__all__ = [
    "TOWARD_WINDOW",
    "AnalysedArticle",
    "mention_tones",
    "score_toward",
    "tone_toward",
    "tone_toward_mentions",
    "tone_toward_rows",
    "tone_toward_table",
    "toward_features",
    "toward_label",
    "toward_probabilities",
]


class AnalysedArticle(Protocol):
    """What :func:`tone_toward_mentions` reads of an analysis (an :class:`analysis.results.ArticleAnalysis`).

    A protocol rather than the class itself: results sit above this stage, and
    the data flow points one way.
    """

    @property
    def article(self) -> Article: ...  # noqa: D102

    @property
    def sentences(self) -> pd.DataFrame: ...  # noqa: D102

    @property
    def quotes(self) -> pd.DataFrame: ...  # noqa: D102

    @property
    def speakers(self) -> pd.DataFrame: ...  # noqa: D102


_TOWARD_WEIGHTS = "tone_toward.npz"

_TOKEN = TOWARD_WORD
#: Words either side of the mention that get their own, position-marked features.
TOWARD_WINDOW = 4


def toward_features(sentence: str, target: tuple[int, int]) -> dict[str, float]:
    """Features of one (sentence, mention) pair for the toward model.

    The mention's own words are left out (a name is not a judgement); every
    other word counts once for the sentence, words within
    :data:`TOWARD_WINDOW` of the mention also as ``L=``/``R=`` features;
    lexicon valence enters summed over the sentence and weighted by
    closeness to the mention, both raw and after VADER's rules (by side and
    within the mention's clause).  Shared by training and inference.
    """
    a, b = target
    toks = _toward_tokens(sentence)
    inside = [i for i, (s, e, _) in enumerate(toks) if s < b and e > a]
    if not inside and toks:
        inside = [min(range(len(toks)), key=lambda i: abs(toks[i][0] - a))]
    t0, t1 = (min(inside), max(inside)) if inside else (0, -1)
    lexicon = vader_lexicon()
    features: dict[str, float] = {}
    near = total = 0.0
    for i, (_, _, w) in enumerate(toks):
        if t0 <= i <= t1:
            continue
        d = t0 - i if i < t0 else i - t1
        features["w=" + w] = 1.0
        if d <= TOWARD_WINDOW:
            features[("L=" if i < t0 else "R=") + w] = 1.0
        v = lexicon.get(w, 0.0)
        total += v
        near += v / (1.0 + d / 3.0)
    features["_near"] = near / 4.0
    features["_all"] = total / 4.0
    features["_first"] = 1.0 if t0 == 0 else 0.0
    features.update(_rule_valence_features(sentence, a, b))
    return features


@functools.lru_cache(maxsize=4096)
def _toward_tokens(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, lower-case word)`` of a sentence's words, cached per sentence (several mentions share it)."""
    return tuple((m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(sentence))


@functools.lru_cache(maxsize=4096)
def _valence_spans(sentence: str) -> tuple[tuple[int, int, float], ...]:
    """``(start, end, valence)`` of the words whose VADER valence (after its rules) is not zero.

    Cached per sentence: a sentence naming several people is scored toward
    each of them from the same words.
    """
    tokens = rule_tokens(sentence, names=False)
    return tuple(
        (start, end, v)
        for (start, end), v in zip(word_offsets(sentence, tokens.words), tokens.valence, strict=True)
        if v != 0.0
    )


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def _rule_valence_features(sentence: str, a: int, b: int) -> dict[str, float]:
    """VADER valence after its rules (so "not corrupt" counts as not negative) around a mention.

    Summed over the sentence, weighted by closeness to the mention (in
    characters), split by side (the mention acting vs acted upon), and
    within the mention's clause (between commas, dashes, brackets), where
    judgements of the person mostly sit.
    """
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, a)), default=0)
    following = _CLAUSE_BREAK.search(sentence, b)
    clause_end = following.start() if following else len(sentence)
    near = total = left = right = clause = 0.0
    for start, end, v in _valence_spans(sentence):
        if start < b and end > a:
            continue
        weight = 1.0 / (1.0 + max(a - end if end <= a else start - b, 0) / 20.0)
        near += v * weight
        total += v
        if end <= a:
            left += v * weight
        else:
            right += v * weight
        if clause_start <= start and end <= clause_end:
            clause += v
    values = {"_vnear": near, "_vall": total, "_vleft": left, "_vright": right, "_vclause": clause}
    return {name: value / 4.0 for name, value in values.items()}  # valence units → about ±1


@dataclass(frozen=True)
class _TowardModel:
    index: dict[str, int]
    coef: np.ndarray  # (n_classes, n_features); classes negative, neutral, positive
    intercept: np.ndarray


@functools.cache
def _toward_model() -> _TowardModel:
    arrays = load_weights(_TOWARD_WEIGHTS)
    vocab = arrays["vocab"].tolist()
    return _TowardModel(
        index={f: i for i, f in enumerate(vocab)},
        coef=arrays["coef"],
        intercept=arrays["intercept"],
    )


def toward_probabilities(sentence: str, target: tuple[int, int]) -> np.ndarray:
    """Class probabilities of the toward model for one mention.

    Args:
        sentence: The sentence.
        target: ``(start, end)`` of the mention in ``sentence`` (not checked;
            :func:`score_toward` checks it).

    Returns:
        Array ``[P(negative), P(neutral), P(positive)]``; average them over a
        person's mentions to label a whole article's stance.
    """
    return _toward_probability_rows([(sentence, target)])[0]


def _toward_probability_rows(pairs: Sequence[tuple[str, tuple[int, int]]]) -> np.ndarray:
    """:func:`toward_probabilities` of many ``(sentence, target)`` pairs: an ``(n, 3)`` array.

    One sparse product for all of an article's mentions instead of a numpy
    call per mention (which cost more than the features).  Each row's
    logits are summed over its own features only, so a mention gets the
    same probabilities alone or in a batch.
    """
    import numpy as np

    model = _toward_model()
    # The features are a few dozen of the model's thousands: keep (row,
    # column, value) triples, then sum coef[:, column] * value per row.
    rows, columns, values = [], [], []
    for r, (sentence, target) in enumerate(pairs):
        for name, value in toward_features(sentence, target).items():
            j = model.index.get(name)
            if j is not None:
                rows.append(r)
                columns.append(j)
                values.append(value)
    n, index = len(pairs), np.asarray(rows, dtype=np.intp)
    weighted = model.coef[:, columns] * np.asarray(values, dtype=float)  # (n_classes, n_entries)
    logits = np.stack([np.bincount(index, weights=w, minlength=n) for w in weighted], axis=1) + model.intercept
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def _check_target(sentence: str, target: tuple[int, int]) -> tuple[int, int]:
    start, end = target
    if not (0 <= start < end <= len(sentence)):
        raise ValueError(f"target {target!r} is not a span inside a sentence of {len(sentence)} characters")
    return start, end


def score_toward(sentence: str, target: tuple[int, int]) -> float:
    """Polarity of a sentence *toward* one mentioned person, in [-1, 1].

    Args:
        sentence: The sentence.
        target: ``(start, end)`` character span of the mention in ``sentence``.

    Returns:
        P(positive) − P(negative) under a logistic regression over
        target-dependent word features (:func:`toward_features`) trained on
        NewsMTSC by ``training/train_tone.py``; near 0 when the sentence is
        neutral toward the person, even if it is negative about something
        else.

    Raises:
        ValueError: If ``target`` is not a span inside ``sentence``.

    References:
        Hamborg, F. & Donnay, K. (2021). NewsMTSC: (Multi-)Target-dependent
        Sentiment Classification in News Articles. EACL 2021.
    """
    p = toward_probabilities(sentence, _check_target(sentence, target))
    return float(p[2] - p[0])


def toward_label(sentence: str, target: tuple[int, int]) -> int:
    """The toward model's class for one mention: −1 negative, 0 neutral, 1 positive.

    The most probable class (what the NewsMTSC benchmark scores); use it
    rather than a band on :func:`score_toward`, whose value mixes the
    positive and negative probabilities.

    Args:
        sentence: The sentence.
        target: ``(start, end)`` of the mention in ``sentence``.

    Returns:
        The label.
    """
    score_toward(sentence, target)  # validates the span
    return int(toward_probabilities(sentence, target).argmax()) - 1


def tone_toward(sentences: pd.DataFrame, mentions: Iterable[tuple[int, int]]) -> float:
    """One person's :func:`tone_toward_table` value: the mean tone toward the given mentions (NaN when none scores).

    Args:
        sentences: The article's sentence table (``res.sentences``: at least
            ``start``, ``end``, ``text``).
        mentions: ``(start, end)`` spans in ``Article.text`` where the person
            is mentioned *outside their own quotes* (names, aliases, titles,
            resolved pronouns); the caller chooses them.

    Returns:
        The mean :func:`score_toward` over the mentions that fall inside a
        sentence (several mentions in one sentence count once each), in
        [-1, 1]; NaN when none does.
    """
    return tone_toward_rows(*_sentence_lists(sentences), {None: mentions})[0][2]


def _sentence_lists(sentences: pd.DataFrame) -> tuple[list[int], list[int], list[str]]:
    return sentences["start"].tolist(), sentences["end"].tolist(), sentences["text"].tolist()


def _scores_in(
    lists: tuple[list[int], list[int], list[str]], mentions: Mapping[object, Iterable[tuple[int, int]]]
) -> dict[object, list[float]]:
    """:func:`score_toward` of each person's mentions that lie inside a sentence, all people in one batch."""
    starts, ends, texts = lists
    pairs: list[tuple[str, tuple[int, int]]] = []
    owner: list[object] = []
    for person, spans in mentions.items():
        for start, end in spans:
            k = bisect.bisect_right(starts, start) - 1
            if k < 0 or end > ends[k]:
                continue  # outside every sentence (headline, or across a boundary)
            base = starts[k]
            pairs.append((texts[k], _check_target(texts[k], (start - base, end - base))))
            owner.append(person)
    scores: dict[object, list[float]] = {person: [] for person in mentions}
    if pairs:
        p = _toward_probability_rows(pairs)
        for person, score in zip(owner, (p[:, 2] - p[:, 0]).tolist(), strict=True):
            scores[person].append(score)
    return scores


def tone_toward_table(sentences: pd.DataFrame, mentions: Mapping[str, Iterable[tuple[int, int]]]) -> pd.DataFrame:
    """Tone toward each person, ready to join to ``res.speakers``.

    Args:
        sentences: The article's sentence table.
        mentions: Person → their mention spans outside their own quotes.

    Returns:
        DataFrame with columns ``speaker, n_mentions, tone_toward`` (NaN for
        a person with no scored mention), in the mapping's order.
    """
    import pandas as pd

    rows = tone_toward_rows(*_sentence_lists(sentences), mentions)
    table = pd.DataFrame(rows, columns=["speaker", "n_mentions", "tone_toward"])
    return table.astype({"n_mentions": "int64", "tone_toward": "float64"})


def tone_toward_rows(
    starts: list[int], ends: list[int], texts: list[str], mentions: Mapping[str, Iterable[tuple[int, int]]]
) -> list[tuple[str, int, float]]:
    """:func:`tone_toward_table` as plain rows ``(speaker, n_mentions, tone_toward)`` (no DataFrame).

    For callers that build their own tables (the pipeline): the sentences
    are given as their ``start``, ``end`` and ``text`` columns.
    """
    return [
        (person, len(scores), sum(scores) / len(scores) if scores else math.nan)
        for person, scores in _scores_in((starts, ends, texts), mentions).items()
    ]


def mention_tones(
    starts: Sequence[int],
    ends: Sequence[int],
    texts: Sequence[str],
    quoted: Sequence[tuple[int, int]],
    names: Mapping[str, Sequence[str]],
    person: str,
    *,
    speaks: bool = False,
) -> list[tuple[int, int, int, float]]:
    """Every mention of one person outside quotes in an article's sentences, with the tone toward it.

    Mentions are found as for ``res.speakers.tone_toward``
    (:func:`analysis.names.mention_spans`): every name in ``names``
    competes, the longest form wins ("Bill Clinton" is not a mention of
    Hillary's "Clinton") and a form two people share goes to the first
    listed.  Unless the person speaks in the article (attribution has then
    tied the forms to them), a one-word form ("May", "Trump") counts only if
    a fuller one ("Theresa May") occurs in the sentences too, as articles name
    someone in full before using the surname alone: that keeps a month, or a
    namesake, out.

    Args:
        starts: Sentence start offsets (the sentence table's ``start``).
        ends: Sentence end offsets.
        texts: Sentence texts.
        quoted: Quote spans in the same offsets; mentions inside them are
            another speaker's words, not the narration's.
        names: Everyone named in the article → their other forms, in
            priority order (the article's speakers, then the person).
        person: The key of ``names`` whose mentions are wanted.
        speaks: The person is one of the article's speakers.

    Returns:
        ``(sentence index, start, end, score_toward)`` per mention, in
        reading order; offsets are the article's.
    """
    forms = {f.strip() for f in (person, *names.get(person, ())) if f and f.strip()}
    full = forms_pattern(f for f in forms if " " in f)  # none for a one-word name ("Madonna"): then every form counts
    if not forms or (not speaks and full is not None and not any(full.search(text) for text in texts)):
        return []
    names = {**names, person: sorted(forms)}
    found: list[tuple[int, int, int]] = []
    for k, (start, text) in enumerate(zip(starts, texts, strict=True)):
        inside = [(qs - start, qe - start) for qs, qe in quoted if qs < start + len(text) and qe > start]
        for s, e in mentions_outside_quotes(text, [(0, len(text))], names, inside)[person]:
            found.append((k, s, e))
    spans = [(starts[k] + s, starts[k] + e) for k, s, e in found]
    scores = _scores_in((list(starts), list(ends), list(texts)), {person: spans})[
        person
    ]  # each span lies in its sentence
    return [(k, a, b, score) for (k, _, _), (a, b), score in zip(found, spans, scores, strict=True)]


def tone_toward_mentions(res: AnalysedArticle, person: str, *, aliases: Iterable[str] | None = None) -> pd.DataFrame:
    """How an article treats one person, mention by mention, whether or not they are quoted.

    ``res.speakers`` gives ``tone_toward`` for the people who speak; this
    gives it for anyone named ("how does this story treat Biden?"), one row
    per mention outside quotation marks, so a reader can check each score
    against its sentence (:func:`explain` says which words moved it).

    Args:
        res: The article's analysis.
        person: The name to follow, e.g. ``"Joe Biden"``.
        aliases: The forms that name the person.  By default: for a speaker,
            the name and its aliases in ``res.speakers``; for anyone else,
            the name and its last word, which counts only when the article
            also uses a fuller form.  Forms compete with the speakers' as in
            :func:`mention_tones` (the longest wins; a shared one goes to the
            speaker listed first).

    Returns:
        DataFrame ``sentence_id, start, end, mention, tone_toward, sentence``:
        ``mention`` is the text naming the person at ``start``–``end``
        (offsets into ``res.article.text``), ``tone_toward`` the
        :func:`score_toward` of that mention in its sentence; reading order.
        For a speaker (without ``aliases``) the rows are the mentions behind
        their ``res.speakers`` row — ``n_mentions`` rows, mean
        ``tone_toward`` — save where the sentence splitter cut a name in two
        ("G.K. | Butterfield"): the speakers table drops such a mention, this
        keeps the part inside a sentence (1 of 843 PolNeAR speakers).
    """
    import pandas as pd

    names = speaker_names(res.speakers)
    speaks = person in names
    if aliases is not None:
        names[person] = list(aliases)
    elif not speaks:
        names[person] = sorted(person_forms(res.speakers, person) - {person})
    sents = res.sentences
    starts, ends, texts = list(sents["start"]), list(sents["end"]), list(sents["text"])
    marked = res.quotes[res.quotes["kind"] != "indirect"]  # reported speech is the narration's own words
    quoted = list(zip(marked["start"], marked["end"], strict=True))
    text = res.article.text
    rows = [
        (int(sents["sentence_id"].iloc[k]), s, e, text[s:e], tone, texts[k])
        for k, s, e, tone in mention_tones(starts, ends, texts, quoted, names, person, speaks=speaks)
    ]
    table = pd.DataFrame(rows, columns=["sentence_id", "start", "end", "mention", "tone_toward", "sentence"])
    return table.astype({"sentence_id": "int64", "start": "int64", "end": "int64", "tone_toward": "float64"})
