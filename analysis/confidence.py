"""How far to trust each quote's speaker: a learned probability that the attribution is right.

Speaker attribution is right about nine times in ten on copy the kit has never seen, and the wrong tenth is not
spread evenly: a quote closed by ``," said Jo Hale`` is almost always right, one carried over from the paragraph
before, or given to "he" in an article with three men quoted, much less often.  A journalist who publishes a
share-of-voice chart should check the second kind first.  :func:`confidence` gives each row of ``res.quotes`` the
probability that its speaker is the person the text means, from a logistic model over how the attribution was made
(the mention's kind and distance, the cue, how many speakers the article has and how many of them share a pronoun).

The model is fitted by ``training/train_confidence.py`` on the readable labelled sets of ``benchmarks/data`` (whether
the kit's speaker matched our annotators' there) and measured on the measure-only sets by ``benchmarks/confidence.py``
(discrimination and calibration, in ``docs/measurements.md``).  This is a post-hoc calibration in the sense of Platt
(1999, "Probabilistic outputs for support vector machines"): the attribution is not changed, only scored.  Weights
ship as plain arrays (``analysis/data/confidence.npz``) read without pickle; numpy only at run time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from analysis.speakers import Attribution, Speaker

__all__ = ["FEATURES", "confidence", "features"]

_WEIGHTS = "confidence.npz"
#: Mentions that are pronouns: the resolver chose the person, so the article's other people of that pronoun compete.
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "him", "her", "them", "his", "its", "their"})
#: Characters between mention and quote on a log scale: a distance of e^4 ≈ 55 characters scores 1.
_DISTANCE_SCALE = 4.0
#: Words of a quote on a log scale (a short fragment is more often someone else's words): e^3 ≈ 20 words score 1.
_WORDS_SCALE = 3.0

#: The model's inputs, in the order of its weights (checked against the shipped file's names at load).
FEATURES = (
    "indirect",  # reported speech, not a quote in marks
    "partial",  # a quoted fragment inside the writer's sentence
    "continuity",  # no mention: the speaker carried over from before
    "pronoun",  # the mention is a pronoun
    "named",  # the mention is (part of) the speaker's own name
    "description",  # another mention: a role or description the kit resolved, or left as it stands
    "role_speaker",  # the speaker is an unnamed source ("a Kremlin spokesman")
    "organisation_speaker",
    "colon_cue",  # "Jo Hale: …" or "said: …"
    "according_to",
    "no_cue",  # a mention without a cue (a no-verb quote read from the sentence's subject)
    "mention_after",  # the mention follows the quote ("…," said Hale)
    "log_distance",  # characters between mention and quote
    "other_paragraph",  # mention and quote in different paragraphs
    "log_speakers",  # distinct speakers in the article
    "same_pronoun_rivals",  # for a pronoun: other people of the speaker's gender who speak in the article
    "log_words",  # the quote's words
    "one_word_speaker",  # a speaker named by one word ("Globe", "Hale"): often a misread capital or a lone surname
    "log_speaker_rows",  # how many rows the speaker has in the article
    "as_before",  # the row before has the same speaker
    "unknown_person",  # a person whose gender nothing in the article shows
)


def _bare(word: str) -> str:
    """A word in lower case without a possessive ending ("Hale's", "Hale\u2019s" → "hale")."""
    return word.lower().removesuffix("'s").removesuffix("\u2019s")


def features(text: str, rows: Sequence[Attribution], speakers: Mapping[str, Speaker]) -> list[tuple[float, ...] | None]:
    """Each attribution's features (:data:`FEATURES` order), ``None`` for a row without a speaker.

    Args:
        text: The article text the rows' offsets index.
        rows: The attributions (:func:`analysis.attribution.attribute`'s, nonspeech ones skipped by the caller).
        speakers: The speakers by canonical name (their kind and gender).
    """
    named = [s for s in speakers.values() if s.kind == "person"]
    n_speakers = len({a.speaker for a in rows if a.speaker is not None})
    per_speaker = Counter(a.speaker for a in rows)
    out: list[tuple[float, ...] | None] = []
    for k, a in enumerate(rows):
        if a.speaker is None:
            out.append(None)
            continue
        who = speakers.get(a.speaker)
        mention = (a.mention or "").strip()
        words = mention.lower().split()
        pronoun = len(words) == 1 and words[0] in _PRONOUNS
        own_name = bool(words) and not pronoun and _bare(words[-1]) in {_bare(w) for w in a.speaker.split()}
        cue = (a.cue or "").strip().lower()
        if a.mention_start is None or a.mention_end is None:
            gap, after, other_para = 0, False, False
        else:
            after = a.mention_start >= a.end
            lo, hi = (a.end, a.mention_start) if after else (a.mention_end, a.start)
            gap = max(0, hi - lo)
            other_para = "\n" in text[min(lo, hi) : max(lo, hi)]
        rivals = 0
        if pronoun and who is not None and who.gender != "unknown":
            rivals = sum(1 for s in named if s.gender == who.gender and s.name != who.name)
        out.append(
            (
                float(a.kind == "indirect"),
                float(a.kind == "partial"),
                float(a.mention is None),
                float(pronoun),
                float(own_name),
                float(a.mention is not None and not pronoun and not own_name),
                float(who is not None and who.kind == "role"),
                float(who is not None and who.kind == "organisation"),
                float(cue == ":"),
                float(cue.startswith("according")),
                float(a.mention is not None and not cue),
                float(after),
                math.log1p(gap) / _DISTANCE_SCALE,
                float(other_para),
                math.log1p(n_speakers),
                math.log1p(rivals),
                math.log1p(len(text[a.start : a.end].split())) / _WORDS_SCALE,
                float(len(a.speaker.split()) == 1),
                math.log1p(per_speaker[a.speaker]),
                float(k > 0 and rows[k - 1].speaker == a.speaker),
                float(who is not None and who.kind == "person" and who.gender == "unknown"),
            )
        )
    return out


@cache
def _weights() -> tuple[np.ndarray, float] | None:
    """The shipped weights, or ``None`` when the file is absent (every confidence is then NaN)."""
    from importlib.resources import files

    from analysis.resources import load_weights

    if not (files("analysis") / "data" / _WEIGHTS).is_file():
        return None
    npz = load_weights(_WEIGHTS)
    if tuple(str(n) for n in npz["features"]) != FEATURES:
        raise RuntimeError(f"{_WEIGHTS} was fitted on other features: rerun training/train_confidence.py")
    return npz["coef"].astype(float), float(npz["intercept"])


def confidence(text: str, rows: Sequence[Attribution], speakers: Mapping[str, Speaker]) -> list[float]:
    """The probability that each row's speaker is right (NaN for a row without a speaker).

    Args:
        text: The article text the rows' offsets index.
        rows: The attributions, in ``res.quotes`` order.
        speakers: The speakers by canonical name.
    """
    weights = _weights()
    out = []
    for x in features(text, rows, speakers):
        if x is None or weights is None:
            out.append(math.nan)
            continue
        z = float(sum(w * v for w, v in zip(weights[0], x))) + weights[1]
        out.append(1.0 / (1.0 + math.exp(-z)))
    return out
