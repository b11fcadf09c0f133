"""Names and where they occur: the forms that name a person, and their mentions outside quotes.

A mention is a name or one of its aliases on word boundaries, the longest
form first ("Vladimir Putin" is one mention, not also "Putin"), outside
every quotation (what other speakers call someone is their words, not the
narration's).  Used for the tone toward a person (:mod:`analysis.toward`)
and by the corpus to follow one person across articles.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from analysis import resources

# The attribution engine's vocabulary decides whether the word before a surname is a first name.
from analysis.speakers import _TITLE_WORDS, _base, _is_participle, cue_verbs

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["forms_pattern", "mention_spans", "mentions_outside_quotes", "person_forms", "speaker_names"]


def mention_spans(
    article,  # noqa: ANN001 - Article
    names: Mapping[str, Sequence[str]],
    quoted: Sequence[tuple[int, int]],
) -> dict[str, list[tuple[int, int]]]:
    """Where each speaker is named in the body, outside quotation marks.

    A mention is the canonical name or one of its aliases, matched on word
    boundaries (longest form first, so "Vladimir Putin" is one mention, not
    also "Putin").  Mentions inside any quote are left out: what a speaker is
    called *by other speakers* is their tone, not the narration's.  Pronouns
    and role phrases ("the French president") are not counted, which keeps
    the measure to unambiguous mentions.

    Args:
        article: The parsed article.
        names: Canonical name → aliases.
        quoted: Spans of every quote (marks excluded) in reading order.

    Returns:
        Canonical name → mention spans, in reading order.
    """
    return mentions_outside_quotes(article.text, article.paragraphs, names, quoted)


def forms_pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for any of ``forms`` on word boundaries, the longest first ("Vladimir Putin" before "Putin").

    Returns:
        The compiled pattern, or None when there are no forms.
    """
    unique = sorted(set(forms), key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in unique) + r")(?!\w)")


def mentions_outside_quotes(
    text: str,
    ranges: Iterable[tuple[int, int]],
    names: Mapping[str, Sequence[str]],
    quoted: Sequence[tuple[int, int]],
) -> dict[str, list[tuple[int, int]]]:
    """:func:`mention_spans` within the given ``ranges`` of any text.

    Args:
        text: The text searched (an article, or one sentence of it).
        ranges: ``(start, end)`` parts of ``text`` to search (paragraphs).
        names: Canonical name → aliases.
        quoted: Quote spans in ``text``'s offsets (any order; may nest).

    Returns:
        Canonical name → mention spans, in reading order.
    """
    forms: list[tuple[str, str]] = sorted(
        ((form, name) for name, aliases in names.items() for form in {name, *aliases} if form and form.strip()),
        key=lambda pair: -len(pair[0]),
    )
    out: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    if not forms:
        return out
    pattern = forms_pattern(f for f, _ in forms)
    owner: dict[str, str] = {}
    for form, name in forms:
        owner.setdefault(form, name)  # a form shared by two speakers goes to the first listed
    merged: list[list[int]] = []  # quotes can nest: merge them into disjoint spans
    for s, e in sorted(quoted):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]
    for ps, pe in ranges:
        for m in pattern.finditer(text, ps, pe):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < merged[k][1]:
                continue  # inside a quote
            name = owner[m.group()]
            if " " not in m.group() and _someone_elses_surname(text, ps, m.start(), name):
                continue
            out[name].append(m.span())
    return out


# A capitalised word and one space right before a mention ("Bill Clinton").
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*\w) $")


def _someone_elses_surname(text: str, lo: int, at: int, name: str) -> bool:
    """Whether the one-word mention at ``at`` is part of another person's name ("Bill" + "Clinton" for Hillary Clinton).

    On the PolNeAR development articles, surnames matched inside another full
    name were most of the one-word mentions preceded by a capitalised word:
    "Bill Clinton" counted for Hillary Clinton, "North Korea" for South Korea,
    "Melania Trump" for Donald Trump.  The word before is read as another
    first name unless it is one of the person's own names ("Alicia Machado"
    for "Miss Universe Alicia Machado"), a title ("President"), a function
    word, or a sentence-opening verb ("Thanked Clinton …"); and only for a
    person named in full (with "Dean" alone the first name is unknown).
    """
    own = [w.strip(".").casefold() for w in name.split()]
    if len(own) < 2:
        return False
    before = _WORD_BEFORE.search(text, max(lo, at - 40), at)
    if before is None or before.group(1).endswith(("'s", "’s")):
        return False
    word = before.group(1)
    low = word.casefold()
    if low in own or _base(word) in _TITLE_WORDS or low in resources.stopwords():
        return False
    opening = text[lo : before.start()].rstrip()[-1:] in ("", ".", "!", "?", '"', "“", "”", ":", ";")
    return not (opening and (_is_participle(word) or low in cue_verbs()))


def speaker_names(speakers: pd.DataFrame) -> dict[str, list[str]]:
    """An article's speakers → their aliases, in table order (``names`` for :func:`analysis.toward.mention_tones`).

    ``aliases`` is a list in an analysis, an array once read back from
    Parquet, and NaN (or absent) when unknown.
    """
    aliases = speakers["aliases"] if "aliases" in speakers.columns else [()] * len(speakers)
    return {
        str(name): [str(a) for a in alias] if alias is not None and not isinstance(alias, (str, float)) else []
        for name, alias in zip(speakers["speaker"], aliases, strict=True)
        if isinstance(name, str)
    }


def person_forms(speakers: pd.DataFrame, person: str) -> set[str]:
    """The names that refer to ``person``: the name, its speaker rows' names and aliases, and its last word.

    Args:
        speakers: A speakers table (``ArticleAnalysis.speakers``, or a
            corpus's, whose ``person`` column links names across articles).
        person: The name as the user gives it.

    Returns:
        The forms, for :func:`analysis.toward.mention_tones` (which counts the one-word ones
        only where a fuller one occurs).
    """
    forms = {person.strip()}
    words = person.split()
    if len(words) > 1 and words[-1][:1].isupper():
        forms.add(words[-1].strip("."))
    if "speaker" in speakers.columns:
        linked = speakers["speaker"] == person
        if "person" in speakers.columns:
            linked |= speakers["person"] == person
        for name, aliases in speaker_names(speakers[linked]).items():
            forms.update((name, *aliases))
    return {f for f in forms if f}
