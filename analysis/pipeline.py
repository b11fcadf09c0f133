"""Run every stage on one article and return its tables.

:func:`analyze` is the kit's main entry point: article → sentences → tone →
topic segments → keywords → pandas DataFrames, collected in a frozen
:class:`~analysis.results.ArticleAnalysis` (:mod:`analysis.results` holds the
record and its column contracts; they are re-exported here).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import attribution, confidence, names, resources, sentiment, tokenize, topics, toward
from analysis import keywords as _keywords
from analysis import quotes as _quotes
from analysis.article import READERS, Article, ArticleError, load_article, read_article, warn
from analysis.results import (  # re-exported: the record and its column contracts used to live here
    KEYWORD_COLUMNS,
    PARAGRAPH_COLUMNS,
    QUOTE_COLUMNS,
    SECTION_COLUMNS,
    SENTENCE_COLUMNS,
    SPEAKER_COLUMNS,
    ArticleAnalysis,
    speaker_order,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
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
    "speaker_order",
]

#: Terms per scope in ``ArticleAnalysis.keywords``.
N_KEYWORDS = 10


def _as_article(source: Article | str | os.PathLike[str]) -> Article:
    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return load_article(source)
    if isinstance(source, str):
        # A short one-line string naming a file is a path; anything else is text.
        if "\n" not in source and len(source) < 4096:
            path = Path(source)
            try:
                is_file = path.is_file()
            except (OSError, ValueError):  # too long or not a valid path name: it is text
                is_file = False
            if is_file or path.suffix.lower() in READERS:
                return load_article(path)
        return read_article(source)
    raise ArticleError(f"analyze() expects an Article, a path or the article's text, got {type(source).__name__}")


def analyze(
    source: Article | str | os.PathLike[str],
    *,
    tone_method: str = sentiment.DEFAULT_METHOD,
    progress: bool | None = None,
) -> ArticleAnalysis:
    """Analyse one article.

    Args:
        source: An :class:`Article`, a path to an article file, or the
            article's text.
        tone_method: Sentence tone method, one of
            :data:`analysis.sentiment.METHODS` (``"news"`` by default;
            ``"vader"`` for the reference scores).
        progress: Show a stage-by-stage progress bar; default: only for
            articles over :data:`LONG_TEXT_CHARS` characters (a 20 MB text
            takes minutes).

    Returns:
        The :class:`ArticleAnalysis` with all tables filled.

    Warns:
        ArticleWarning: If the text does not look like English.

    Raises:
        ArticleError: If the source cannot be read or parsed.
        ValueError: If ``tone_method`` is unknown.
    """
    import numpy as np
    import pandas as pd

    sentiment.check_method(tone_method)  # fail before any work
    article = _as_article(source)
    _warn_if_not_english(article)
    step = _progress(len(article.text) > LONG_TEXT_CHARS if progress is None else progress, article)
    text = article.text
    section_of = {pid: sid for sid, sec in enumerate(article.sections) for pid in sec.paragraph_ids}

    # Every table is built once, from plain columns (a DataFrame per stage,
    # concatenated and grouped, cost more than the analysis of a short article).
    sents = tokenize.sentences(article)
    sentence_texts = [text[s.start : s.end] for s in sents]
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    sentence_sections = [section_of[s.paragraph_id] for s in sents]
    step("tone")
    # One article: each sentence is read with the others (the news method's context; VADER ignores it).
    tone = sentiment.score_rows(sentence_texts, method=tone_method, context=[0] * len(sentence_texts))
    compound = [row[0] for row in tone]
    features = sentiment.feature_rows(sentence_texts)
    step("quotes and speakers")
    quote_rows, speaker_records, quote_ids, sentence_speakers, quoted = _quote_tables(
        article, starts, ends, compound, tone_method
    )
    columns = {
        "sentence_id": range(len(sents)),
        "paragraph_id": [s.paragraph_id for s in sents],
        "section_id": sentence_sections,
        "start": starts,
        "end": ends,
        "text": sentence_texts,
        "quote_id": pd.array(quote_ids, dtype="Int64"),
        "speaker": pd.Series(sentence_speakers, dtype=object),
    }
    for j, name in enumerate(sentiment.COLUMNS):
        columns[name] = np.array([row[j] for row in tone], dtype="float64")
    # Tone beyond polarity, appended after the contract columns.
    for j, (name, dtype) in enumerate(zip(sentiment.FEATURE_COLUMNS, _FEATURE_DTYPES, strict=True)):
        columns[name] = np.array([row[j] for row in features], dtype=dtype)
    sentences = pd.DataFrame(columns)

    step("topic segments")
    paragraph_texts = [text[s:e] for s, e in article.paragraphs]
    breaks = [sec.paragraph_ids[0] for sec in article.sections[1:]]
    segment_ids, shifts = topics.segments_and_shifts(paragraph_texts, breaks=breaks)
    para_tone = _group_means([s.paragraph_id for s in sents], compound)
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": range(len(article.paragraphs)),
            "section_id": [section_of[i] for i in range(len(article.paragraphs))],
            "topic_segment": segment_ids,
            "start": [s for s, _ in article.paragraphs],
            "end": [e for _, e in article.paragraphs],
            "text": paragraph_texts,
            "compound": [para_tone.get(i, 0.0) for i in range(len(article.paragraphs))],
            "shift": shifts,
        },
        columns=list(PARAGRAPH_COLUMNS),
    )

    n_sections = len(article.sections)
    sec_tone = _group_means(sentence_sections, compound)
    sec_size = Counter(sentence_sections)
    sections = pd.DataFrame(
        {
            "section_id": range(n_sections),
            "title": pd.Series([sec.title for sec in article.sections], dtype=object),
            "start": [sec.start for sec in article.sections],
            "end": [sec.end for sec in article.sections],
            "n_sentences": [sec_size.get(i, 0) for i in range(n_sections)],
            "compound": [sec_tone.get(i, 0.0) for i in range(n_sections)],
            **_section_tone_features(sentence_sections, features, n_sections),
        },
    )

    step("tone toward speakers")
    speaker_rows = _speaker_table(article, speaker_records, quoted, (starts, ends, sentence_texts))
    step("keywords")
    keywords = _keyword_table(article, paragraphs, sentences, speaker_rows)
    step(None)
    return ArticleAnalysis(
        article=article,
        sentences=sentences,
        paragraphs=paragraphs,
        sections=sections,
        quotes=quote_rows,
        speakers=speaker_rows,
        keywords=keywords,
        tone_method=tone_method,
    )


#: Articles longer than this (characters) show a progress bar unless ``progress=False``.
LONG_TEXT_CHARS = 1_000_000
_STAGES = ("sentences", "tone", "quotes and speakers", "topic segments", "tone toward speakers", "keywords")


def _progress(show: bool, article: Article) -> Callable[[str | None], None]:
    """A stage-by-stage progress bar (tqdm, notebook-aware) or a no-op."""
    if not show:
        return lambda stage: None
    from tqdm.auto import tqdm

    bar = tqdm(total=len(_STAGES), desc=f"analysing {len(article.text) / 1e6:.1f} MB", unit="stage")
    bar.set_postfix_str(_STAGES[0])

    def step(stage: str | None) -> None:
        bar.update(1)
        if stage is None:
            bar.close()
        else:
            bar.set_postfix_str(stage)

    return step


def _speaker_table(
    article: Article,
    records: list[tuple[str, list[str], str | None, int, int, float, str | None, str]],
    quoted: list[tuple[int, int]],
    sentence_columns: tuple[list[int], list[int], list[str]],
) -> pd.DataFrame:
    """``res.speakers``: the rows, then ``tone_toward`` and ``n_mentions`` (how the narration treats them).

    Built once from plain columns (adding the tone toward to a finished
    table cost more than computing it).
    """
    import pandas as pd

    aliases = {record[0]: list(record[1]) for record in records}
    tone_rows = toward.tone_toward_rows(*sentence_columns, names.mention_spans(article, aliases, quoted))
    columns = list(zip(*records)) if records else [[] for _ in range(len(SPEAKER_COLUMNS) + 2)]
    dtypes = (object, object, object, "int64", "int64", "float64")  # stable even with no speakers
    table = {
        name: pd.Series(list(values), dtype=dtype)
        for name, values, dtype in zip(SPEAKER_COLUMNS, columns[: len(SPEAKER_COLUMNS)], dtypes, strict=True)
    }
    table["tone_toward"] = pd.Series([t for _, _, t in tone_rows], dtype="float64")
    table["n_mentions"] = pd.Series([n for _, n, _ in tone_rows], dtype="int64")
    table["kind"] = pd.Series(list(columns[len(SPEAKER_COLUMNS)]), dtype=object)
    table["gender"] = pd.Series(list(columns[len(SPEAKER_COLUMNS) + 1]), dtype=object)
    return pd.DataFrame(table)


#: Minimum share of a sentence's characters inside a quote for the sentence to be the speaker's.
QUOTED_SHARE = 0.5


def _quote_tables(
    article: Article, starts: list[int], ends: list[int], compound: list[float], tone_method: str
) -> tuple[pd.DataFrame, list[tuple], list[int | None], list[str | None], list[tuple[int, int]]]:
    """``res.quotes`` and what the sentence and speaker tables take from the quotes.

    Returns:
        ``(quotes, speaker_rows, quote_ids, sentence_speakers, quoted)``: the
        quote table; the rows of ``res.speakers`` before the tone toward them
        (see :func:`_speaker_table`); each sentence's ``quote_id`` and
        ``speaker``; the spans of the direct (not ``indirect``) quotes.
    """
    import pandas as pd

    text = article.text
    found = attribution.attribute(article)
    rows = [a for a in found.attributions if a.kind != "nonspeech"]
    quote_texts = [text[a.start : a.end] for a in rows]
    quotes = pd.DataFrame(
        {
            "quote_id": pd.Series(range(len(rows)), dtype="int64"),
            "start": pd.Series([a.start for a in rows], dtype="int64"),
            "end": pd.Series([a.end for a in rows], dtype="int64"),
            "text": pd.Series(quote_texts, dtype=str),
            "kind": pd.Series([a.kind for a in rows], dtype=str),
            "speaker": pd.Series([a.speaker for a in rows], dtype=object),
            "mention": pd.Series([a.mention for a in rows], dtype=object),
            "cue": pd.Series([a.cue for a in rows], dtype=object),
            "mention_start": pd.Series([a.mention_start for a in rows], dtype="Int64"),
            "mention_end": pd.Series([a.mention_end for a in rows], dtype="Int64"),
            "confidence": pd.Series(confidence.confidence(text, rows, found.speakers), dtype="float64"),
        },
        columns=list(QUOTE_COLUMNS),
    )

    # Sentences → quotes: both are in reading order, so one merge-like sweep
    # (a quote is compared only with the sentences it can overlap).
    best: list[tuple[float, int] | None] = [None] * len(starts)
    first = 0
    for qid, a in enumerate(rows):
        while first < len(starts) and ends[first] <= a.start:
            first += 1
        i = first
        while i < len(starts) and starts[i] < a.end:
            inside = min(ends[i], a.end) - max(starts[i], a.start)
            share = inside / max(1, _content_length(text, starts[i], ends[i]))
            reports = a.kind == "indirect" or (
                a.kind == "partial" and a.cue is not None and starts[i] <= a.start and a.end <= ends[i]
            )
            weight = share if share >= QUOTED_SHARE else (share if reports else 0.0)
            if weight > 0 and (best[i] is None or weight > best[i][0]):
                best[i] = (weight, qid)
            i += 1
    qids = [b[1] if b is not None else None for b in best]
    sentence_speakers = [rows[q].speaker if q is not None else None for q in qids]

    # Speakers, in order of first quote.
    order: list[str] = []
    for a in rows:
        if a.speaker is not None and a.speaker not in order:
            order.append(a.speaker)
    sentence_tone = _group_means([name for name in sentence_speakers if name is not None],
                                 [c for name, c in zip(sentence_speakers, compound, strict=True) if name is not None])  # fmt: skip
    missing = [name for name in order if name not in sentence_tone]
    fallback: dict[str, float] = {}
    if missing:
        texts = [(a.speaker, t) for a, t in zip(rows, quote_texts, strict=True) if a.speaker in missing]
        scores = [row[0] for row in sentiment.score_rows([t for _, t in texts], method=tone_method)]
        fallback = _group_means([name for name, _ in texts], scores)
    n_direct: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for a, t in zip(rows, quote_texts, strict=True):
        if a.kind != "indirect" and a.speaker is not None:
            n_direct[a.speaker] += 1
            words[a.speaker] += _quotes.count_words(t)
    records = []
    for name in order:
        info = found.speakers.get(name)
        records.append(
            (
                name,
                list(info.aliases) if info else [],
                info.title if info else None,
                n_direct[name],
                words[name],
                sentence_tone.get(name, fallback.get(name, 0.0)),
                info.kind if info else None,
                info.gender if info else "unknown",
            )
        )
    quoted = [(a.start, a.end) for a in rows if a.kind != "indirect"]
    return quotes, records, qids, sentence_speakers, quoted


def _group_means(keys: list, values: list[float]) -> dict:
    """Mean of ``values`` per key (``math.fsum``: as exact as pandas' compensated group means)."""
    groups: dict = {}
    for key, value in zip(keys, values, strict=True):
        groups.setdefault(key, []).append(value)
    return {key: math.fsum(vals) / len(vals) for key, vals in groups.items()}


def _content_length(text: str, start: int, end: int) -> int:
    """Characters of a span that are not spaces (so indentation does not dilute shares)."""
    return len("".join(text[start:end].split()))  # split() drops exactly the characters isspace() is true for


#: dtypes of :data:`analysis.sentiment.FEATURE_COLUMNS`.
_FEATURE_DTYPES = ("float64", "int64", "int64", "float64")


def _section_tone_features(
    sentence_sections: list[int], features: list[tuple[float, int, int, float]], n_sections: int
) -> dict[str, np.ndarray]:
    """Tone beyond polarity per section (as :func:`analysis.sentiment.aggregate_features`), 0 when empty."""
    import numpy as np

    subjectivity = _group_means(sentence_sections, [row[0] for row in features])
    hedges: Counter[int] = Counter()
    boosters: Counter[int] = Counter()
    for sid, row in zip(sentence_sections, features, strict=True):
        hedges[sid] += row[1]
        boosters[sid] += row[2]
    certainty = [sentiment.certainty(boosters[i], hedges[i]) for i in range(n_sections)]
    values = ([subjectivity.get(i, 0.0) for i in range(n_sections)], [hedges[i] for i in range(n_sections)],
              [boosters[i] for i in range(n_sections)], certainty)  # fmt: skip
    return {
        name: np.array(column, dtype=dtype)
        for name, column, dtype in zip(sentiment.FEATURE_COLUMNS, values, _FEATURE_DTYPES, strict=True)
    }


def _body_prefix(article: Article, limit: int) -> str:
    """``article.body[:limit]`` without building the body (a copy of a 20 MB text, to read 20,000 characters)."""
    parts: list[str] = []
    size = -2  # length of "\n\n".join(parts)
    for s, e in article.paragraphs:
        if size >= limit:
            break
        parts.append(article.text[s : min(e, s + max(limit - size, 0))])
        size += 2 + len(parts[-1])
    return "\n\n".join(parts)[:limit]


def _warn_if_not_english(article: Article) -> None:
    """Warn (ArticleWarning) when the body does not read as English: the lexicons are English."""
    share = tokenize.english_share(_body_prefix(article, tokenize.ENGLISH_SAMPLE_CHARS))
    if share is not None and share < tokenize.ENGLISH_MIN_SHARE:
        warn(
            f"{article.source or '<text>'}: the text does not look like English ({share:.0%} English function "
            "words); tone, keywords and speaker cues use English lexicons, so results will be unreliable",
            stacklevel=3,
        )


def _keyword_table(
    article: Article, paragraphs: pd.DataFrame, sentences: pd.DataFrame, speakers: pd.DataFrame
) -> pd.DataFrame:
    """Key terms of the article, of each section and topic segment, and of each speaker."""
    import pandas as pd

    rows: list[tuple[str, int, str, float, int]] = []
    paragraph_texts = paragraphs["text"].tolist()
    # Texts are passed as their paragraphs (counted as if joined by blank lines).
    whole = [t for t in (article.headline, article.standfirst) if t] + paragraph_texts
    # Headline and standfirst weigh in, but every term is one the body has
    # (a chart of where terms occur would show a headline-only term empty).
    lead = len(whole) - len(paragraph_texts)
    for rank, (term, score) in enumerate(_keywords.top_term_pairs(whole, N_KEYWORDS, lead=lead)):
        rows.append(("article", 0, term, score, rank + 1))
    sections = _paragraph_groups(paragraphs["section_id"].tolist(), paragraph_texts)
    segments = _paragraph_groups(paragraphs["topic_segment"].tolist(), paragraph_texts)
    section_rows = _part_keywords("section", sections)
    rows.extend(section_rows)
    if segments == sections:
        # The segments are the sections (a short article, or one whose only
        # turns are its sub-heads): the same parts have the same terms.
        rows.extend(("segment", *row[1:]) for row in section_rows)
    else:
        rows.extend(_part_keywords("segment", segments))
    rows.extend(_speaker_keywords(sentences, speakers))
    return pd.DataFrame(rows, columns=list(KEYWORD_COLUMNS))


def _paragraph_groups(part_ids: list[int], paragraph_texts: list[str]) -> list[list[str]]:
    """The paragraphs of each part (section or segment), parts in id order."""
    # Plain lists, not a pandas groupby (its set-up cost more than the texts' joining).
    groups: dict[int, list[str]] = {}
    for part_id, paragraph in zip(part_ids, paragraph_texts, strict=True):
        groups.setdefault(part_id, []).append(paragraph)
    return [groups[k] for k in sorted(groups)]


def _part_keywords(scope: str, texts: list[list[str]]) -> list[tuple[str, int, str, float, int]]:
    """Characteristic terms of each part within the article (one part: its top terms); each text as its paragraphs."""
    rows: list[tuple[str, int, str, float, int]] = []
    if len(texts) == 1:
        top = _keywords.top_term_pairs(texts[0], N_KEYWORDS)
        return [(scope, 0, t, s, r + 1) for r, (t, s) in enumerate(top)]
    counts = [_keywords.count_terms(t) for t in texts]
    whole = _keywords.merge_counts(counts)
    for i, part in enumerate(counts):
        best = _keywords.characteristic_terms(part, whole, n=N_KEYWORDS)
        rows.extend((scope, i, term, round(score, 6), r + 1) for r, (term, score) in enumerate(best))
    return rows


def _speaker_keywords(sentences: pd.DataFrame, speakers: pd.DataFrame) -> list[tuple[str, int, str, float, int]]:
    """Terms that set each speaker apart from the other speakers and the narration.

    A speaker's text is the sentences whose ``speaker`` is that name; the rest
    is every other sentence (other speakers and narration, ``speaker`` empty).
    Counts include function words (see :func:`analysis.keywords.count_terms`);
    score: log-odds z (Monroe et al. 2008).  ``scope_id`` indexes
    :func:`speaker_order`.
    """
    names = speaker_order(sentences, speakers)
    if not names:
        return []
    by_speaker: dict[str | None, list[str]] = {}
    for text, name in zip(sentences["text"], sentences["speaker"], strict=True):
        by_speaker.setdefault(name if isinstance(name, str) else None, []).append(text)
    # The sentences are counted as they are (not joined and split again).
    counts = {
        name: _keywords.count_sentence_terms(texts, all_phrases=True, function_words=True)
        for name, texts in by_speaker.items()
    }
    # Each speaker against the sum of all other texts, in one pass (not a
    # merge of the others per speaker, which is quadratic in speakers).
    # Twice as many as shown, since the speaker's own names go (below).
    best = _keywords.distinctive_terms_each(counts, n=2 * N_KEYWORDS, min_count=1, keys=names)
    own = _own_words(speakers)
    rows: list[tuple[str, int, str, float, int]] = []
    for sid, name in enumerate(names):
        if name in best:
            mine = own.get(name, set()) | _words(name)
            kept = [(t, z) for t, z in best[name] if not _words(t) & mine][:N_KEYWORDS]
            rows.extend(("speaker", sid, term, round(z, 6), r + 1) for r, (term, z) in enumerate(kept))
    return rows


def _words(text: str) -> set[str]:
    """Lower-case words of a name or term ("Tom Lee's" gives tom, lee)."""
    return {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in text.split()}


def _own_words(speakers: pd.DataFrame) -> dict[str, set[str]]:
    """Each speaker's name, alias and title words: attribution around their quotes, not what they talk about."""
    out: dict[str, set[str]] = {}
    if "speaker" not in speakers:
        return out
    aliases = speakers["aliases"] if "aliases" in speakers else [()] * len(speakers)
    titles = speakers["title"] if "title" in speakers else [None] * len(speakers)
    for name, forms, title in zip(speakers["speaker"], aliases, titles, strict=True):
        if not isinstance(name, str):
            continue
        words = _words(name)
        for alias in forms if isinstance(forms, (list, tuple)) else str(forms or "").split(";"):
            words |= _words(str(alias))
        if isinstance(title, str):
            words |= _words(title)
        out[name] = words - resources.stopwords()
    return out
