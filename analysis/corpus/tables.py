"""The tables of a corpus: :class:`CorpusAnalysis`, their columns, and people linked across articles."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_TABLES",
    "ERROR_COLUMNS",
    "TABLES",
    "WARNING_COLUMNS",
    "CorpusAnalysis",
    "link_speakers",
]

#: Columns of ``CorpusAnalysis.articles``, in order.
ARTICLE_COLUMNS = (
    "article_id", "source", "date", "headline", "outlet", "url",
    "n_sentences", "n_quotes", "compound", "top_terms",
)  # fmt: skip
#: Columns of ``CorpusAnalysis.errors``.
ERROR_COLUMNS = ("article_id", "source", "reason")
#: Columns of ``CorpusAnalysis.warnings``.
WARNING_COLUMNS = ("article_id", "source", "warning")
#: Per-article tables gathered from each ``ArticleAnalysis``.
ARTICLE_TABLES = ("sentences", "quotes", "speakers", "keywords")
#: Every table of a corpus run, in the order of :class:`CorpusAnalysis`.
TABLES = ("articles", *ARTICLE_TABLES, "errors", "warnings")


@dataclass(frozen=True)
class CorpusAnalysis:
    """Tidy tables for a corpus; every table has an ``article_id`` column first.

    Attributes:
        articles: ``article_id, source, date, headline, outlet, url,
            n_sentences, n_quotes, compound, top_terms`` — ``date`` as
            datetime64 (NaT when unknown), ``compound`` the mean sentence tone,
            ``top_terms`` the article's five key terms joined by ``"; "``.
        sentences: ``article_id`` + the columns of ``ArticleAnalysis.sentences``.
        quotes: ``article_id`` + the columns of ``ArticleAnalysis.quotes``.
        speakers: ``article_id`` + the columns of ``ArticleAnalysis.speakers`` +
            ``person``: one key per person across articles (the fullest name
            the corpus gives, so "Putin" in one article and "Vladimir Putin"
            in another are linked).
        keywords: ``article_id`` + the columns of ``ArticleAnalysis.keywords``.
        errors: ``article_id, source, reason`` for articles that failed.
        warnings: ``article_id, source, warning`` for articles analysed with a
            best effort (:class:`~analysis.article.ArticleWarning`: not English,
            decoded as Windows-1252, an impossible date line, …), one row per
            warning.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    keywords: pd.DataFrame
    errors: pd.DataFrame
    warnings: pd.DataFrame = dataclasses.field(default_factory=lambda: _empty("warnings"))

    def __repr__(self) -> str:
        return (
            f"CorpusAnalysis(articles={len(self.articles)}, sentences={len(self.sentences)}, "
            f"errors={len(self.errors)}, warnings={len(self.warnings)})"
        )


def _combine(batches: Sequence[dict[str, pd.DataFrame]]) -> CorpusAnalysis:
    import pandas as pd

    tables: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        parts = [b[name] for b in batches if len(b[name])]
        if parts:
            tables[name] = pd.concat(parts, ignore_index=True)
        else:
            tables[name] = _empty(name)
    tables["speakers"] = link_speakers(tables["speakers"])
    return CorpusAnalysis(**tables)


def _empty(name: str) -> pd.DataFrame:
    """A table with no rows and its columns."""
    import pandas as pd

    return pd.DataFrame(columns=_columns(name))


def _columns(name: str) -> list[str]:
    from analysis import results

    own = {
        "articles": ARTICLE_COLUMNS,
        "errors": ERROR_COLUMNS,
        "warnings": WARNING_COLUMNS,
        "sentences": ("article_id", *results.SENTENCE_COLUMNS),
        "quotes": ("article_id", *results.QUOTE_COLUMNS),
        "speakers": ("article_id", *results.SPEAKER_COLUMNS),
        "keywords": ("article_id", *results.KEYWORD_COLUMNS),
    }
    return list(own[name])


def link_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """Add a ``person`` column linking the same person across articles.

    Articles name people differently ("Donald J. Trump" in one outlet,
    "Donald Trump" in another, "Trump" when the article never gives the full
    name).  Personal names (every word capitalised) are linked to the one
    fuller name in the corpus that they abbreviate, and only when there is
    exactly one, so an ambiguous short name stays as given:

    - first and last name alone → the one name with the same first and last
      name and middle names or initials ("Donald Trump" → "Donald J. Trump";
      "George Bush" stays when both "George W. Bush" and "George H. W. Bush"
      occur);
    - a single word → the one person with that last name ("Putin" →
      "Vladimir Putin"; "Trump" stays when "Melania Trump" occurs too).

    Spellings that differ only in case or full stops ("Donald J Trump") are one
    name, written as the corpus most often writes it.  Roles ("a Kremlin
    spokesman") are never linked.

    Args:
        speakers: The corpus speakers table (``speaker`` column).

    Returns:
        A copy with ``person`` appended (empty frames get the column too).
    """
    out = speakers.copy()
    if "speaker" not in out.columns:
        out["speaker"] = []
    given = [n for n in out["speaker"] if isinstance(n, str)]
    key_of = {name: _name_key(name) for name in set(given)}
    # The corpus's most frequent spelling of each key (first seen on ties).
    spelling: dict[tuple[str, ...], str] = {}
    for name, _ in Counter(given).most_common():
        spelling.setdefault(key_of[name], name)
    personal = [k for k in spelling if len(k) > 1 and _is_personal(spelling[k])]
    fuller: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for k in personal:
        if len(k) > 2:
            fuller.setdefault((k[0], k[-1]), set()).add(k)
    linked: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in personal:
        long = fuller.get((k[0], k[-1]), set())
        linked[k] = next(iter(long)) if len(k) == 2 and len(long) == 1 else k
    by_surname: dict[str, set[tuple[str, ...]]] = {}
    for k in personal:
        by_surname.setdefault(k[-1], set()).add(linked[k])
    for k in spelling:
        if len(k) == 1 and _is_personal(spelling[k]) and len(by_surname.get(k[0], ())) == 1:
            linked[k] = next(iter(by_surname[k[0]]))

    def person(name: object) -> object:
        if not isinstance(name, str):
            return None
        k = key_of[name]
        return spelling[linked.get(k, k)] if k else name

    out["person"] = [person(n) for n in out["speaker"]]
    return out


def _name_key(name: str) -> tuple[str, ...]:
    """A name's words, case-folded, without full stops: "Donald J. Trump" → ("donald", "j", "trump")."""
    return tuple(w for w in (word.strip(".").casefold() for word in name.split()) if w)


def _is_personal(name: str) -> bool:
    """Whether a speaker reads as a personal name (every word capitalised), not a role."""
    return all(word[:1].isupper() for word in name.split())
