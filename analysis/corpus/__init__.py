"""Many articles: ingestion, batch analysis on local processes or Dask, Parquet, and aggregates.

A corpus is read lazily from a folder of article files, a JSON Lines or CSV
file (a ``text`` column plus optional ``date``, ``headline``, ``outlet``,
``url``), a pandas DataFrame with those columns, or a list of paths.  One
module per job, their public names re-exported here
(``analysis.corpus.analyze_corpus`` …):

* :mod:`analysis.corpus.ingest` – finding and reading the input, with its metadata;
* :mod:`analysis.corpus.run` – analysing documents in-process, on a local process pool or on Dask;
* :mod:`analysis.corpus.tables` – :class:`CorpusAnalysis`, its columns, people linked across articles;
* :mod:`analysis.corpus.store` – the Parquet dataset a run streams to, read back whole or in parts;
* :mod:`analysis.corpus.aggregates` – tone and voices per period, outlet and person, term trends.

Every submodule imports only the standard library and the kit's lighter
stages at import time (pandas, pyarrow and Dask load inside the functions).
"""

from __future__ import annotations

from analysis.corpus.aggregates import (
    SOURCE_KINDS,
    choose_frequency,
    extremes,
    people_by_outlet,
    sources_by_outlet,
    speakers_by_period,
    term_trends,
    tone_by_outlet,
    tone_by_period,
    tone_toward,
    tone_toward_by_period,
    top_people,
)
from analysis.corpus.ingest import ARTICLE_SUFFIXES, TABLE_SUFFIXES, Document, iter_documents, read_document
from analysis.corpus.run import (
    Engine,
    analyze_corpus,
    analyze_document,
    analyze_documents,
    chunk_size,
    warm_pipeline,
)
from analysis.corpus.store import analyze_corpus_to_parquet, load_corpus, read_corpus, read_table
from analysis.corpus.tables import (
    ARTICLE_COLUMNS,
    ARTICLE_TABLES,
    ERROR_COLUMNS,
    TABLES,
    WARNING_COLUMNS,
    CorpusAnalysis,
    link_speakers,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_SUFFIXES",
    "ARTICLE_TABLES",
    "ERROR_COLUMNS",
    "SOURCE_KINDS",
    "TABLES",
    "TABLE_SUFFIXES",
    "WARNING_COLUMNS",
    "CorpusAnalysis",
    "Document",
    "Engine",
    "analyze_corpus",
    "analyze_corpus_to_parquet",
    "analyze_document",
    "analyze_documents",
    "choose_frequency",
    "chunk_size",
    "extremes",
    "iter_documents",
    "link_speakers",
    "load_corpus",
    "people_by_outlet",
    "read_corpus",
    "read_document",
    "read_table",
    "speakers_by_period",
    "sources_by_outlet",
    "term_trends",
    "tone_by_outlet",
    "tone_by_period",
    "tone_toward",
    "tone_toward_by_period",
    "top_people",
    "warm_pipeline",
]
