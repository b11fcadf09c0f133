"""Corpus results on disk: stream a run to a Parquet dataset, read it back whole or in parts.

Work is done in batches so a million-article run never has to fit in memory:
:func:`analyze_corpus_to_parquet` writes each batch as one part file of a
Parquet dataset per table, and :func:`read_corpus` reads them back.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.article import ArticleError
from analysis.corpus.run import Engine, _frames, _iter_results, analyze_corpus
from analysis.corpus.tables import TABLES, CorpusAnalysis, _empty, link_speakers

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["analyze_corpus_to_parquet", "load_corpus", "read_corpus", "read_table"]


def _parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Make object columns Arrow-friendly (tuples → lists, mixed → str)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            values = out[column]
            if values.map(lambda v: isinstance(v, (tuple, list))).any():
                out[column] = values.map(
                    lambda v: list(v) if isinstance(v, (tuple, list)) else ([] if v is None else [str(v)])
                )
            elif not values.map(lambda v: v is None or isinstance(v, str)).all():
                out[column] = values.map(lambda v: None if v is None else str(v))
    return out


def analyze_corpus_to_parquet(
    source: Any,
    out_dir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    progress: bool = True,
    batch_size: int = 256,
) -> Path:
    """Analyse a corpus batch by batch, streaming the tables to Parquet.

    Writes ``OUT/<table>/part-NNNNN.parquet`` for each table and batch, so
    memory holds one batch at a time however large the corpus.

    Args:
        source: See :func:`iter_documents`.
        out_dir: Folder for the dataset (created; existing parts replaced).
        workers: See :func:`analyze_corpus`.
        engine: See :func:`analyze_corpus`.
        scheduler: See :func:`analyze_corpus`.
        progress: See :func:`analyze_corpus`.
        batch_size: Articles per batch (and per part file).

    Returns:
        The output folder; read it with :func:`read_corpus`.
    """
    out = Path(out_dir)
    for name in TABLES:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("part-*.parquet"):
            old.unlink()
    for number, results in enumerate(
        _iter_results(
            source, workers=workers, engine=engine, scheduler=scheduler, progress=progress, batch_size=batch_size
        )
    ):
        for name, frame in _frames(results).items():
            if len(frame):
                _parquet_ready(frame).to_parquet(out / name / f"part-{number:05d}.parquet", index=False)
    return out


def read_corpus(out_dir: str | os.PathLike[str]) -> CorpusAnalysis:
    """Read a dataset written by :func:`analyze_corpus_to_parquet`, every table whole.

    For a dataset larger than memory, read columns and rows of one table
    with :func:`read_table` instead.

    Args:
        out_dir: The folder given when writing.

    Returns:
        The :class:`CorpusAnalysis` (speakers linked across the whole corpus).

    Raises:
        ArticleError: If the folder holds no such dataset.
    """
    out = Path(out_dir)
    if not (out / "articles").is_dir():
        raise ArticleError(
            f"{out}: not a corpus dataset (no 'articles' folder); write one with analyze_corpus_to_parquet"
        )
    # A dataset written before the warnings table existed reads with an empty one.
    return CorpusAnalysis(**{name: read_table(out, name) if (out / name).is_dir() else _empty(name) for name in TABLES})


def read_table(
    out_dir: str | os.PathLike[str],
    table: str,
    *,
    columns: Sequence[str] | None = None,
    filters: Any = None,
) -> pd.DataFrame:
    """Read one table of a Parquet dataset, optionally only some columns and rows.

    For datasets too big for memory: Arrow reads only the requested columns,
    and skips whole part files and row groups the ``filters`` rule out, so
    ``read_table(out, "sentences", columns=["article_id", "compound"])`` or
    ``filters=[("article_id", "in", ids)]`` touch a fraction of a large run.
    (For aggregations over everything, ``dask.dataframe.read_parquet(out /
    table)`` reads the same folders out of core.)

    Args:
        out_dir: The folder given to :func:`analyze_corpus_to_parquet`.
        table: ``"articles"``, ``"sentences"``, ``"quotes"``, ``"speakers"``,
            ``"keywords"``, ``"errors"`` or ``"warnings"``.
        columns: Columns to read (default all, in the order written).
        filters: Row filters in pyarrow's form, e.g. ``[("date", ">=",
            pd.Timestamp("2024-01-01"))]`` or ``[("speaker", "==", "Joe Biden")]``.

    Returns:
        The table.  Speakers read without ``columns`` get ``person``
        (:func:`link_speakers`), linked across the rows read.

    Raises:
        ArticleError: If the folder holds no such dataset or ``table`` is unknown.
    """
    import pandas as pd

    if table not in TABLES:
        raise ArticleError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    folder = Path(out_dir) / table
    if not folder.is_dir():
        raise ArticleError(
            f"{Path(out_dir)}: not a corpus dataset (no {table!r} folder); write one with analyze_corpus_to_parquet"
        )
    parts = sorted(folder.glob("part-*.parquet"))
    if parts:
        frame = _read_parts(parts, table, columns, filters)
    else:
        frame = pd.DataFrame(columns=list(columns)) if columns is not None else _empty(table)
    return link_speakers(frame) if table == "speakers" and columns is None else frame


def _read_parts(parts: list[Path], table: str, columns: Sequence[str] | None, filters: Any) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    # Parts written from different batches may disagree on a column's type (all
    # empty in one batch: Arrow's null type), so the schemas are unified first.
    schema = pa.unify_schemas([pq.read_schema(p) for p in parts])
    dataset = ds.dataset([str(p) for p in parts], schema=schema, format="parquet")
    wanted = list(columns) if columns is not None else schema.names
    missing = sorted(set(wanted) - set(schema.names))
    if missing:
        raise ArticleError(f"table {table!r} has no column(s) {', '.join(missing)}")
    expression = pq.filters_to_expression(filters) if filters else None
    frame = dataset.to_table(columns=wanted, filter=expression).to_pandas()
    if "date" in frame.columns:
        frame["date"] = frame["date"].astype("datetime64[ns]")
    return frame


def load_corpus(source: Any, **options: Any) -> CorpusAnalysis:
    """A corpus's tables: read back when ``source`` is a results folder, else analysed.

    What notebook 04 calls, so one ``corpus_path`` serves both a folder of
    articles (analysed in the kernel) and the Parquet dataset that ``python
    -m analysis corpus SOURCE --out results/`` wrote for thousands of
    articles (read in seconds, no new analysis).

    Args:
        source: A dataset folder written by :func:`analyze_corpus_to_parquet`,
            or any source of :func:`analyze_corpus`.
        **options: Passed to :func:`analyze_corpus` (``workers``, ``engine``…)
            when the source is analysed.

    Returns:
        The :class:`CorpusAnalysis`.
    """
    if isinstance(source, (str, os.PathLike)) and _is_dataset(Path(source)):
        return read_corpus(source)
    return analyze_corpus(source, **options)


def _is_dataset(path: Path) -> bool:
    """Whether ``path`` is a folder written by :func:`analyze_corpus_to_parquet`."""
    return (path / "articles").is_dir() and any((path / "articles").glob("*.parquet"))
