"""The tables of one analysed article: :class:`ArticleAnalysis` and its column contracts.

The column lists below are the public contract (``../shared/DESIGN.md``);
their order is stable.  :func:`analysis.pipeline.analyze` fills the record;
charts, the report and the corpus read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.article import Article

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
    "register_html_view",
    "speaker_order",
]

SENTENCE_COLUMNS = (
    "sentence_id", "paragraph_id", "section_id", "start", "end", "text",
    "quote_id", "speaker", "compound", "pos", "neu", "neg",
)  # fmt: skip
PARAGRAPH_COLUMNS = ("paragraph_id", "section_id", "topic_segment", "start", "end", "text", "compound", "shift")
SECTION_COLUMNS = ("section_id", "title", "start", "end", "n_sentences", "compound")
QUOTE_COLUMNS = (
    "quote_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "mention",
    "cue",
    "mention_start",
    "mention_end",
    "confidence",
)
SPEAKER_COLUMNS = ("speaker", "aliases", "title", "n_quotes", "quoted_words", "compound")
KEYWORD_COLUMNS = ("scope", "scope_id", "term", "score", "rank")


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the kit knows about one article.

    Attributes:
        article: The parsed :class:`~analysis.article.Article`.
        sentences: One row per body sentence: ``sentence_id, paragraph_id,
            section_id, start, end, text, quote_id, speaker, compound, pos,
            neu, neg``, then tone beyond polarity: ``subjectivity, hedges,
            boosters, certainty`` (:func:`analysis.sentiment.tone_features`).
            ``quote_id``/``speaker`` are empty for narration.
            A sentence belongs to a quote (and its speaker) when at least
            half of its characters lie inside that quote, or when the
            sentence reports the speaker's words with a speech cue of its
            own: it holds an ``indirect`` row or a ``partial`` quote with a
            cue (``Putin stated that he would do "everything in his power"``).
            A sentence that only *mentions* a quoted phrase stays narration.
        paragraphs: One row per body paragraph: ``paragraph_id, section_id,
            topic_segment, start, end, text, compound, shift``; ``compound``
            is the mean of its sentences, ``shift`` how sure a topic turn
            is at the gap before it, in [0, 1]: the share of shuffled
            paragraph orders of the article whose strongest turn (TextTiling
            depth score) is weaker than this gap's; 1.0 at a sub-head, 0.0
            for the first paragraph (see :mod:`analysis.topics`).
        sections: ``section_id, title, start, end, n_sentences, compound``,
            then ``subjectivity`` (mean of its sentences), ``hedges``,
            ``boosters`` (sums) and ``certainty`` (of those sums).
        quotes: One row per quote or piece of reported speech, in reading
            order: ``quote_id, start, end, text, kind, speaker, mention,
            cue, mention_start, mention_end, confidence``.  ``start``/``end`` exclude the quotation marks (a
            multi-paragraph quote is one row); ``kind`` is ``'full'``,
            ``'partial'`` (a quoted fragment inside the writer's sentence)
            or ``'indirect'`` (reported speech without marks: the reported
            clause of ``X said (that) …``, ``…, X said``, ``according to X,
            …``, see :mod:`analysis.reported`; a transcript turn, ``Q:`` /
            ``NAME:``, is a ``'full'`` quote); ``speaker`` is the canonical name or a
            role, ``None`` when nothing supports a choice; ``mention`` the
            words naming the speaker at this quote ("he", "the French
            president"), ``cue`` the speech verb or marker ("said",
            "according to", ":"); both ``None`` for a quote attributed by
            continuity.  ``mention_start``/``mention_end`` are the offsets
            of that mention in the text (nullable integers; missing with
            the mention).  ``confidence`` is the probability that
            ``speaker`` is the person the text means
            (:mod:`analysis.confidence`, a model fitted on our labelled
            sets; NaN without a speaker): sort by it to check the
            likeliest mistakes first.  Scare quotes, titles and nicknames
            are not rows.
        speakers: One row per speaker, in order of first quote: ``speaker,
            aliases, title, n_quotes, quoted_words, compound``.
            ``aliases`` is a list of other names ("Putin", "Mr Putin");
            ``n_quotes``/``quoted_words`` count direct quotes (``full`` and
            ``partial``) and their words; ``compound`` is the mean tone of
            the speaker's sentences (see ``sentences``), or, for a speaker
            whose words never make up a sentence of their own, the mean
            VADER score of their quote texts.  Then ``tone_toward``: how the
            narration treats them, the mean
            :func:`analysis.toward.score_toward` over the sentences that
            name them (name or alias) outside any quote (NaN when never so
            named), ``n_mentions``, how many such mentions were scored,
            ``kind``: ``'person'``, ``'organisation'`` or ``'role'`` (an
            unnamed source: "a Kremlin spokesman"), and ``gender``:
            ``'female'``, ``'male'`` or ``'unknown'`` from the person's
            honorific, given name and the pronouns that refer to them
            (:func:`analysis.gender.speaker_gender`; organisations and roles
            are ``'unknown'``).
        keywords: ``scope, scope_id, term, score, rank``; scope is
            ``'article'`` (score: weighted count × background specificity),
            ``'section'`` or ``'segment'`` (score: the part's term score ×
            the share of the term's article occurrences in that part, see
            :func:`analysis.keywords.characteristic_terms`),
            ``'speaker'`` (log-odds z of the speaker's sentences, function
            words included, against all other sentences; ``scope_id`` indexes
            :func:`speaker_order`: ``res.speakers`` order, then speakers
            found only in ``res.sentences``).
        tone_method: The :data:`analysis.sentiment.METHODS` entry that
            scored ``compound`` everywhere; charts, the report and the
            widgets explain scores with it (hover words), never with another.
    """

    article: Article
    sentences: pd.DataFrame
    paragraphs: pd.DataFrame
    sections: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    keywords: pd.DataFrame
    tone_method: str = "news"  # = sentiment.DEFAULT_METHOD (a test keeps them equal)

    def summary(self) -> pd.DataFrame:
        """The article's header and counts as a one-column table (for notebooks).

        Returns:
            DataFrame indexed by field (``headline``, ``date``, ``dateline``,
            ``byline`` (with the agency), ``standfirst``, ``source``, counts,
            ``tone``) with a ``value`` column.
        """
        import pandas as pd

        a = self.article
        fields = {
            "headline": a.headline,
            "date": a.date.isoformat() if a.date else None,
            "dateline": a.dateline,
            "byline": ", ".join(filter(None, [a.byline, a.agency])) or None,
            "standfirst": a.standfirst,
            # The file's name, not its path: an exported notebook would show the build machine's folders.
            "source": Path(a.source).name if a.source else None,
            "sections": len(self.sections),
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
            "quotes": len(self.quotes),
            "speakers": len(self.speakers),
            "tone (mean sentence compound)": round(float(self.sentences["compound"].mean()), 3)
            if len(self.sentences)
            else None,
        }
        return pd.DataFrame({"value": pd.Series(fields, dtype=object)})

    def _repr_html_(self) -> str | None:
        """JupyterLab shows the article annotated by tone and speaker.

        The view is drawn by :func:`analysis.report.annotated_article`, which
        :mod:`analysis.report` registers here when it is imported
        (:func:`register_html_view`); ``import analysis`` in IPython registers
        it lazily.  A table never imports the report that draws it.
        """
        return _HTML_VIEW[0](self) if _HTML_VIEW else None

    def __repr__(self) -> str:
        a = self.article
        return (
            f"ArticleAnalysis({a.headline!r}, date={a.date}, sentences={len(self.sentences)}, "
            f"paragraphs={len(self.paragraphs)}, sections={len(self.sections)}, quotes={len(self.quotes)})"
        )


#: The notebook's HTML view of an :class:`ArticleAnalysis` (at most one; see :func:`register_html_view`).
_HTML_VIEW: list[Callable[[ArticleAnalysis], str]] = []


def register_html_view(view: Callable[[ArticleAnalysis], str]) -> None:
    """Set how notebooks draw an :class:`ArticleAnalysis` (``_repr_html_``).

    Called by :mod:`analysis.report` with its
    :func:`~analysis.report.annotated_article`, so the results stage does
    not import the report stage above it.
    """
    _HTML_VIEW[:] = [view]


def speaker_order(sentences: pd.DataFrame, speakers: pd.DataFrame) -> list[str]:
    """Speakers in ``res.speakers`` order, then any others in order of first sentence.

    This order defines ``scope_id`` of the ``'speaker'`` rows of
    ``res.keywords``: ``speaker_order(res.sentences, res.speakers)[scope_id]``
    is the speaker's name.
    """
    names = [str(x) for x in speakers["speaker"] if isinstance(x, str)] if "speaker" in speakers else []
    for name in sentences["speaker"]:
        if isinstance(name, str) and name not in names:
            names.append(name)
    return names
