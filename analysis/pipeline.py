"""Run every stage on one article and return its tables.

:func:`analyze` is the kit's main entry point: article → sentences → tone →
topic segments → keywords → pandas DataFrames, collected in a frozen
:class:`ArticleAnalysis`.  The column lists below are the public contract
(``../shared/DESIGN.md``); their order is stable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import keywords as _keywords
from analysis import sentiment, tokenize, topics
from analysis.article import Article, ArticleError, load_article, read_article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "KEYWORD_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "QUOTE_COLUMNS",
    "SECTION_COLUMNS",
    "SENTENCE_COLUMNS",
    "SPEAKER_COLUMNS",
    "ArticleAnalysis",
    "analyze",
]

SENTENCE_COLUMNS = (
    "sentence_id", "paragraph_id", "section_id", "start", "end", "text",
    "quote_id", "speaker", "compound", "pos", "neu", "neg",
)  # fmt: skip
PARAGRAPH_COLUMNS = ("paragraph_id", "section_id", "topic_segment", "start", "end", "text", "compound", "shift")
SECTION_COLUMNS = ("section_id", "title", "start", "end", "n_sentences", "compound")
QUOTE_COLUMNS = ("quote_id", "start", "end", "text", "kind", "speaker", "mention", "cue")
SPEAKER_COLUMNS = ("speaker", "aliases", "title", "n_quotes", "quoted_words", "compound")
KEYWORD_COLUMNS = ("scope", "scope_id", "term", "score", "rank")

#: Terms per scope in ``ArticleAnalysis.keywords``.
N_KEYWORDS = 10


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the kit knows about one article.

    Attributes:
        article: The parsed :class:`~analysis.article.Article`.
        sentences: One row per body sentence: ``sentence_id, paragraph_id,
            section_id, start, end, text, quote_id, speaker, compound, pos,
            neu, neg``.  ``quote_id``/``speaker`` are empty for narration.
        paragraphs: One row per body paragraph: ``paragraph_id, section_id,
            topic_segment, start, end, text, compound, shift``; ``compound``
            is the mean of its sentences, ``shift`` how strongly the topic
            turns at the gap before it (0 = same words, 1 = none shared).
        sections: ``section_id, title, start, end, n_sentences, compound``.
        quotes: ``quote_id, start, end, text, kind, speaker, mention, cue``.
        speakers: ``speaker, aliases, title, n_quotes, quoted_words, compound``.
        keywords: ``scope, scope_id, term, score, rank``; scope is
            ``'article'`` (score: weighted count × background specificity),
            ``'section'`` or ``'segment'`` (score: log-odds z against the rest
            of the article, or the ``'article'`` score when there is only one).
    """

    article: Article
    sentences: pd.DataFrame
    paragraphs: pd.DataFrame
    sections: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    keywords: pd.DataFrame

    def summary(self) -> pd.DataFrame:
        """The article's header and counts as a one-column table (for notebooks).

        Returns:
            DataFrame indexed by field (``headline``, ``date``, ``dateline``,
            ``standfirst``, ``source``, counts, ``tone``) with a ``value`` column.
        """
        import pandas as pd

        a = self.article
        fields = {
            "headline": a.headline,
            "date": a.date.isoformat() if a.date else None,
            "dateline": a.dateline,
            "standfirst": a.standfirst,
            "source": a.source,
            "sections": len(self.sections),
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
            "quotes": len(self.quotes),
            "speakers": len(self.speakers),
            "tone (mean sentence compound)": round(float(self.sentences["compound"].mean()), 3) if len(self.sentences) else None,
        }
        return pd.DataFrame({"value": pd.Series(fields, dtype=object)})

    def _repr_html_(self) -> str:
        """JupyterLab shows the article annotated by tone and speaker (see :mod:`analysis.report`)."""
        from analysis.report import annotated_article

        return annotated_article(self)

    def __repr__(self) -> str:
        a = self.article
        return (
            f"ArticleAnalysis({a.headline!r}, date={a.date}, sentences={len(self.sentences)}, "
            f"paragraphs={len(self.paragraphs)}, sections={len(self.sections)}, quotes={len(self.quotes)})"
        )


def _as_article(source: Article | str | os.PathLike[str]) -> Article:
    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return load_article(source)
    if isinstance(source, str):
        # A short one-line string naming a file is a path; anything else is text.
        if "\n" not in source and len(source) < 4096:
            path = Path(source)
            if path.is_file() or path.suffix.lower() in {".txt", ".md", ".html", ".htm"}:
                return load_article(path)
        return read_article(source)
    raise ArticleError(f"analyze() expects an Article, a path or the article's text, got {type(source).__name__}")


def analyze(source: Article | str | os.PathLike[str]) -> ArticleAnalysis:
    """Analyse one article.

    Args:
        source: An :class:`Article`, a path to an article file, or the
            article's text.

    Returns:
        The :class:`ArticleAnalysis` with all tables filled.

    Raises:
        ArticleError: If the source cannot be read or parsed.
    """
    import pandas as pd

    article = _as_article(source)
    text = article.text
    section_of = {pid: sid for sid, sec in enumerate(article.sections) for pid in sec.paragraph_ids}

    sents = tokenize.sentences(article)
    sentence_texts = [text[s.start : s.end] for s in sents]
    tone = sentiment.score(sentence_texts)
    sentences = pd.DataFrame(
        {
            "sentence_id": range(len(sents)),
            "paragraph_id": [s.paragraph_id for s in sents],
            "section_id": [section_of[s.paragraph_id] for s in sents],
            "start": [s.start for s in sents],
            "end": [s.end for s in sents],
            "text": sentence_texts,
            "quote_id": pd.array([pd.NA] * len(sents), dtype="Int64"),
            "speaker": pd.Series([None] * len(sents), dtype=object),
        }
    )
    sentences = pd.concat([sentences, tone], axis=1)[list(SENTENCE_COLUMNS)]

    paragraph_texts = [text[s:e] for s, e in article.paragraphs]
    breaks = [sec.paragraph_ids[0] for sec in article.sections[1:]]
    segment_ids, shifts = topics.segments_and_shifts(paragraph_texts, breaks=breaks)
    para_tone = sentences.groupby("paragraph_id")["compound"].mean()
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": range(len(article.paragraphs)),
            "section_id": [section_of[i] for i in range(len(article.paragraphs))],
            "topic_segment": segment_ids,
            "start": [s for s, _ in article.paragraphs],
            "end": [e for _, e in article.paragraphs],
            "text": paragraph_texts,
            "compound": [float(para_tone.get(i, 0.0)) for i in range(len(article.paragraphs))],
            "shift": shifts,
        },
        columns=list(PARAGRAPH_COLUMNS),
    )

    sec_groups = sentences.groupby("section_id")["compound"]
    sections = pd.DataFrame(
        {
            "section_id": range(len(article.sections)),
            "title": pd.Series([sec.title for sec in article.sections], dtype=object),
            "start": [sec.start for sec in article.sections],
            "end": [sec.end for sec in article.sections],
            "n_sentences": [int(sec_groups.size().get(i, 0)) for i in range(len(article.sections))],
            "compound": [float(sec_groups.mean().get(i, 0.0)) for i in range(len(article.sections))],
        },
        columns=list(SECTION_COLUMNS),
    )

    return ArticleAnalysis(
        article=article,
        sentences=sentences,
        paragraphs=paragraphs,
        sections=sections,
        quotes=_empty(QUOTE_COLUMNS),
        speakers=_empty(SPEAKER_COLUMNS),
        keywords=_keyword_table(article, paragraphs),
    )


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


def _keyword_table(article: Article, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Key terms of the article, and of each section and topic segment."""
    import pandas as pd

    rows: list[tuple[str, int, str, float, int]] = []
    whole = "\n\n".join(t for t in (article.headline, article.standfirst) if t) + "\n\n" + article.body
    for rank, (term, score) in enumerate(_keywords.top_terms(whole, N_KEYWORDS).itertuples(index=False)):
        rows.append(("article", 0, term, float(score), rank + 1))
    for scope, column in (("section", "section_id"), ("segment", "topic_segment")):
        groups = ["\n\n".join(g["text"]) for _, g in paragraphs.groupby(column, sort=True)]
        rows.extend(_part_keywords(scope, groups))
    return pd.DataFrame(rows, columns=list(KEYWORD_COLUMNS))


def _part_keywords(scope: str, texts: list[str]) -> list[tuple[str, int, str, float, int]]:
    """Distinctive terms of each part against the others (one part: its top terms)."""
    rows: list[tuple[str, int, str, float, int]] = []
    if len(texts) == 1:
        top = _keywords.top_terms(texts[0], N_KEYWORDS)
        return [(scope, 0, t, float(s), r + 1) for r, (t, s) in enumerate(top.itertuples(index=False))]
    counts = [_keywords.count_terms(t) for t in texts]
    for i, part in enumerate(counts):
        rest = _keywords.merge_counts(counts[:i] + counts[i + 1 :])
        best = _keywords.distinctive_terms(part, rest, n=N_KEYWORDS, min_count=1)
        rows.extend((scope, i, term, round(z, 6), r + 1) for r, (term, z) in enumerate(best))
    return rows
