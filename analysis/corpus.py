"""Many articles: ingestion, batch analysis on local processes or Dask, Parquet.

A corpus is read lazily from a folder of article files, a JSON Lines or CSV
file (a ``text`` column plus optional ``date``, ``headline``, ``outlet``,
``url``), a pandas DataFrame with those columns, or a list of paths.  Each
article goes through :func:`analysis.pipeline.analyze` in a worker — the same
function whatever the engine, so results are identical on one core, several
processes or a Dask cluster.  Workers get a few articles per task
(:func:`chunk_size`) and start with the pipeline already loaded
(:func:`warm_pipeline`).  Articles that fail are reported in an
``errors`` table (source, reason) and never stop the run.

Work is done in batches so a million-article run never has to fit in memory:
:func:`analyze_corpus_to_parquet` writes each batch as one part file of a
Parquet dataset per table, and :func:`read_corpus` reads them back.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import itertools
import json
import os
import re
import threading
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from analysis.article import Article, ArticleError, ArticleWarning, load_article, read_article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "ERROR_COLUMNS",
    "SOURCE_KINDS",
    "TABLES",
    "WARNING_COLUMNS",
    "CorpusAnalysis",
    "Document",
    "analyze_corpus",
    "analyze_corpus_to_parquet",
    "choose_frequency",
    "extremes",
    "iter_documents",
    "link_speakers",
    "load_corpus",
    "people_by_outlet",
    "read_corpus",
    "read_table",
    "speakers_by_period",
    "sources_by_outlet",
    "term_trends",
    "tone_by_outlet",
    "tone_by_period",
    "tone_toward",
    "tone_toward_by_period",
    "top_people",
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
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
Engine = Literal["local", "dask"]
#: With ``workers=None``, smaller corpora are analysed in-process.
_MIN_ARTICLES_FOR_POOL = 20
# Files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = re.compile(r"(?i)^(?:readme|license|licence|sources|credits|changelog|copying)(?:\.|$)|^\.")


@dataclass(frozen=True, slots=True)
class Document:
    """One article to analyse, as read from the source (not yet parsed).

    Attributes:
        article_id: 0-based position in the corpus.
        source: File path, or ``"<file>:<row>"`` for a table row.
        path: File to load, or None when ``text`` is given.
        text: Article text from a table row, or None.
        meta: ``date``/``headline``/``outlet``/``url`` given by the table.
    """

    article_id: int
    source: str
    path: str | None = None
    text: str | None = None
    meta: tuple[tuple[str, str], ...] = ()


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


# ---------------------------------------------------------------- ingestion


def iter_documents(source: str | os.PathLike[str] | pd.DataFrame | Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """The documents of a corpus source, lazily, in a stable order.

    Args:
        source: A folder (searched recursively for ``.txt``/``.md``/``.html``
            files, in path order, skipping hidden files and README, LICENSE,
            SOURCES, CREDITS, CHANGELOG and COPYING files), a ``.jsonl``/``.csv`` file, a single
            article file, a DataFrame with a ``text`` column, or an iterable
            of file paths.

    Yields:
        One :class:`Document` per article.

    Raises:
        ArticleError: If the source does not exist or a table has no
            ``text`` column.
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        yield from _table_documents(source, "<DataFrame>")
        return
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            for i, p in enumerate(_article_files(path)):
                yield Document(i, str(p), path=str(p))
            return
        if not path.exists():
            raise ArticleError(f"{path}: no such file or folder")
        if path.suffix.lower() in TABLE_SUFFIXES:
            yield from _table_file_documents(path)
            return
        yield Document(0, str(path), path=str(path))
        return
    for i, item in enumerate(source):
        yield Document(i, str(item), path=str(item))


def _article_files(folder: Path) -> list[Path]:
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not _NOT_ARTICLES.match(p.name)
    ]


def _count_documents(source: Any) -> int | None:
    """Number of documents when cheap to know (for the progress bar), else None."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            return len(_article_files(path))
        return None if path.suffix.lower() in TABLE_SUFFIXES else 1
    return len(source) if hasattr(source, "__len__") else None


def _table_file_documents(path: Path) -> Iterator[Document]:
    import pandas as pd

    if path.suffix.lower() == ".csv":
        # Chunks keep memory flat for large CSV files.
        offset = 0
        for chunk in pd.read_csv(path, chunksize=10_000, dtype=str, keep_default_na=False):
            yield from _table_documents(chunk, str(path), offset=offset)
            offset += len(chunk)
        return
    with path.open(encoding="utf-8") as handle:
        for row_no, line in enumerate(handle):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Document(row_no, f"{path}:{row_no + 1}", text=None, meta=(("error", f"invalid JSON ({exc.msg})"),))
                continue
            yield _row_document(row if isinstance(row, dict) else {}, row_no, f"{path}:{row_no + 1}")


def _table_documents(frame: pd.DataFrame, name: str, *, offset: int = 0) -> Iterator[Document]:
    if "text" not in frame.columns:
        raise ArticleError(f"{name}: a corpus table needs a 'text' column (has: {', '.join(map(str, frame.columns))})")
    for i, row in enumerate(frame.to_dict("records")):
        yield _row_document(row, offset + i, f"{name}:{offset + i + 1}")


def _row_document(row: dict[str, Any], article_id: int, source: str) -> Document:
    text = row.get("text")
    meta = tuple(
        (key, str(row[key]))
        for key in ("date", "headline", "outlet", "url")
        if row.get(key) is not None and str(row[key]).strip() and str(row[key]) != "nan"
    )
    if not isinstance(text, str):
        return Document(article_id, source, text=None, meta=(("error", "row has no text"),))
    return Document(article_id, source, text=text, meta=meta)


# ---------------------------------------------------------------- one article


def _document_article(doc: Document) -> Article:
    meta = dict(doc.meta)
    if "error" in meta:
        raise ArticleError(f"{doc.source}: {meta['error']}")
    if doc.path is not None:
        return load_article(doc.path)
    article = read_article(doc.text or "", source=doc.source)
    changes: dict[str, Any] = {k: meta[k] for k in ("headline", "outlet", "url") if k in meta}
    if "date" in meta:
        changes["date"] = _parse_date(meta["date"])
    return dataclasses.replace(article, **changes) if changes else article


def _parse_date(value: str) -> dt.date | None:
    import pandas as pd

    stamp = pd.to_datetime(value, errors="coerce", utc=True)
    return None if pd.isna(stamp) else stamp.date()


_WARNINGS_LOCK = threading.Lock()


def analyze_document(doc: Document) -> dict[str, Any]:
    """Analyse one document; never raises for bad input.

    This is the per-article unit of work sent to processes or Dask workers.

    Args:
        doc: The document.

    Returns:
        ``{"article": row dict, "warnings": [row dict, …], "sentences":
        DataFrame, ...}`` or ``{"error": row dict}`` when the article could not
        be read.
    """
    from analysis.pipeline import analyze

    try:
        # The kit's best-effort warnings become rows of the warnings table (a
        # run over thousands of files must not print them, nor lose them).
        # catch_warnings swaps process-wide state before Python 3.14, so threads
        # of one worker (a Dask worker with several threads) take turns; the
        # GIL lets this pure-Python work gain little from threads anyway.
        with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ArticleWarning)
            article = _document_article(doc)
            res = analyze(article)
    except (ArticleError, OSError, UnicodeError) as exc:
        return {"error": {"article_id": doc.article_id, "source": doc.source, "reason": str(exc)}}
    notes = [
        {"article_id": doc.article_id, "source": doc.source, "warning": str(w.message)}
        for w in caught
        if issubclass(w.category, ArticleWarning)
    ]
    kw = res.keywords
    top = kw.loc[kw["scope"] == "article"].sort_values("rank")["term"].head(5)
    out: dict[str, Any] = {
        "article": {
            "article_id": doc.article_id,
            "source": doc.source,
            "date": article.date,
            "headline": article.headline,
            "outlet": article.outlet,
            "url": article.url,
            "n_sentences": len(res.sentences),
            "n_quotes": len(res.quotes),
            "compound": float(res.sentences["compound"].mean()) if len(res.sentences) else float("nan"),
            "top_terms": "; ".join(top),
        },
        "warnings": notes,
    }
    for name in ARTICLE_TABLES:
        table = getattr(res, name).copy()
        table.insert(0, "article_id", doc.article_id)
        out[name] = table
    return out


def analyze_documents(docs: Sequence[Document]) -> dict[str, Any]:
    """Analyse a chunk of documents; never raises for bad input.

    This is the unit of work sent to processes or Dask workers: a few articles
    per task, so the cost of a task (pickling, queueing, scheduling) is paid
    once per chunk, and each table comes back as one DataFrame per chunk
    rather than one per article.

    Args:
        docs: The documents, in corpus order.

    Returns:
        ``{"articles": [row dict, …], "errors": [row dict, …], "warnings":
        [row dict, …]}`` plus one
        DataFrame per table of :data:`ARTICLE_TABLES` (absent when no article
        of the chunk has rows in it).
    """
    import pandas as pd

    results = [analyze_document(doc) for doc in docs]
    out: dict[str, Any] = {
        "articles": [r["article"] for r in results if "article" in r],
        "errors": [r["error"] for r in results if "error" in r],
        "warnings": [row for r in results for row in r.get("warnings", ())],
    }
    for name in ARTICLE_TABLES:
        parts = [r[name] for r in results if name in r and len(r[name])]
        if parts:
            out[name] = pd.concat(parts, ignore_index=True)
    return out


def warm_pipeline() -> None:
    """Import the pipeline and load its lexicons and models by analysing a tiny article.

    Run once in a worker (or in the fork server local workers start from), so
    the first real task does not pay for imports and first-use loading.
    """
    from analysis.pipeline import analyze

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analyze(_WARM_TEXT)


_WARM_TEXT = (
    "date 2024-01-01 Ministers agree a deal\n\n"
    "Ministers agreed a deal on Monday after long talks. \"This is a good day,\" said Jane Smith, the minister.\n\n"
    "Critics warned that the plan may fail. Prices rose sharply and voters were angry."
)


# ---------------------------------------------------------------- engines

#: Largest number of articles per task.  An article takes 50-100 ms; sending
#: its tables back one article at a time cost ~1.8 ms of pickling and
#: concatenating (in the parent, which shares the cores), ~0.4 ms per article
#: in chunks of 8 (measured on PolNeAR), plus each task's queueing or Dask
#: scheduling; 8 keeps the idle tail at the end of a run under a second.
_MAX_CHUNK = 8
#: Chunks per worker wanted at least, so the load still balances on short runs.
_CHUNKS_PER_WORKER = 4


def chunk_size(total: int | None, workers: int) -> int:
    """Articles per task for a run of ``total`` documents on ``workers`` workers.

    Args:
        total: Number of documents, or None when unknown (a generator, a
            JSON Lines file).
        workers: Worker processes.

    Returns:
        Between 1 and :data:`_MAX_CHUNK`: as large as possible while every
        worker still gets about :data:`_CHUNKS_PER_WORKER` chunks.
    """
    if total is None:
        return _MAX_CHUNK
    return max(1, min(_MAX_CHUNK, total // (max(1, workers) * _CHUNKS_PER_WORKER)))


def _chunks(docs: Iterable[Document], size: int, batch_size: int) -> Iterator[list[Document]]:
    """Documents in chunks of ``size``, never straddling a batch boundary."""
    chunk: list[Document] = []
    in_batch = 0
    for doc in docs:
        chunk.append(doc)
        in_batch += 1
        if len(chunk) == size or in_batch == batch_size:
            yield chunk
            chunk = []
            in_batch %= batch_size
    if chunk:
        yield chunk


class _Done:
    """An already computed result with the ``result()`` method of a future (in-process runs)."""

    __slots__ = ("_value",)

    def __init__(self, value: dict[str, Any]) -> None:
        self._value = value

    def result(self) -> dict[str, Any]:
        return self._value


Submit = Callable[[list[Document]], Any]  # returns an object with .result()


def _local_runner(workers: int) -> tuple[Submit, Callable[[], None]]:
    if workers <= 1:
        return (lambda docs: _Done(analyze_documents(docs))), (lambda: None)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # A fork server keeps workers independent of the parent's threads (Jupyter, Dask), unlike "fork",
    # and, with the pipeline preloaded and warmed in it (analysis._warm analyses a tiny article), starts
    # each worker without re-importing NLTK, pandas and the lexicons (about 2 s per worker under "spawn").
    # Without a fork server (Windows), "spawn" with the same warm-up in each worker.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["analysis._warm"])
        initializer = None
    else:  # pragma: no cover - Windows
        context = multiprocessing.get_context("spawn")
        initializer = warm_pipeline
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer)
    return (lambda docs: pool.submit(analyze_documents, docs)), pool.shutdown


def _dask_runner(workers: int, scheduler: str | None) -> tuple[tuple[Submit, Callable[[], None]], int]:
    """``(submit, close)`` on a Dask cluster, and how many workers the cluster has."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        # Processes, one thread each: the pipeline is pure Python and holds the GIL.  Workers start from
        # a fork server with distributed and the warmed pipeline preloaded (as local workers do) instead
        # of Dask's default "spawn", where each worker imports distributed, pandas and the pipeline anew.
        with _local_cluster_settings():
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            )
        client = Client(cluster)
    # Warm every worker once (imports, lexicons, models), in parallel, before the first task.
    warmed = client.run(warm_pipeline)

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return ((lambda docs: client.submit(analyze_documents, docs, pure=False)), close), len(warmed)


@contextlib.contextmanager
def _local_cluster_settings() -> Iterator[None]:
    """Settings for a LocalCluster started inside: workers forked from the warmed fork server, no profiler."""
    import multiprocessing

    import dask
    from distributed.utils import get_mp_context

    # No dashboard is started, so nobody sees the workers' statistical profiler: sampling every thread
    # every 10 ms cost ~10 % of the CPU of a run on two workers.
    settings = {"distributed.worker.profile.enabled": False}
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        with dask.config.set(settings):
            yield
        return
    with dask.config.set({**settings, "distributed.worker.multiprocessing-method": "forkserver"}):
        # get_mp_context sets distributed's own preload list once; ours replaces it (a no-op when the
        # fork server already runs, e.g. started by the local engine: workers then import distributed).
        get_mp_context().set_forkserver_preload(["distributed", "analysis._warm"])
        yield


def _iter_results(
    source: Any,
    *,
    workers: int | None,
    engine: Engine,
    scheduler: str | None,
    progress: bool,
    batch_size: int,
    runner: tuple[Submit, Callable[[], None]] | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """Chunk results in corpus order, grouped in batches of ``batch_size`` articles.

    Documents go to the workers in chunks (:func:`chunk_size`) while at most
    ``window`` chunks are in flight, so workers never wait for the slowest
    chunk of a batch (a batch barrier cost a third of the time with two
    workers) and memory holds a bounded number of documents and results
    however long the corpus.  ``runner`` (``submit, close``) replaces the
    engine's own, already started (benchmarks time start-up apart this way).
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be positive, got {batch_size}")
    total = _count_documents(source)
    if workers is None:
        # Starting a worker process costs about a second (imports); not worth it for a few articles.
        small = total is not None and total < _MIN_ARTICLES_FOR_POOL
        n_workers = 1 if small else (os.cpu_count() or 1)
    else:
        n_workers = workers
    if total == 0 and runner is None:
        n_workers, runner = 1, _local_runner(1)  # nothing to do: no pool or cluster to start
    if runner is None and engine == "dask":
        runner, cluster_workers = _dask_runner(n_workers, scheduler)
        if scheduler and workers is None:
            n_workers = max(1, cluster_workers)  # a remote cluster: keep all of its workers busy
    elif runner is None:
        runner = _local_runner(n_workers)
    chunks = _chunks(iter_documents(source), chunk_size(total, n_workers), batch_size)
    submit, close = runner
    window = 2 * n_workers  # one chunk running and one queued per worker
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="article", desc="analysing")
    pending: collections.deque[tuple[int, Any]] = collections.deque()
    batch: list[dict[str, Any]] = []
    in_batch = 0
    try:
        for chunk in itertools.chain(chunks, [None]):
            if chunk is not None:
                pending.append((len(chunk), submit(chunk)))
            while pending and (len(pending) >= window or chunk is None):
                size, future = pending.popleft()
                batch.append(future.result())
                in_batch += size
                if bar is not None:
                    bar.update(size)
                if in_batch == batch_size:
                    yield batch
                    batch, in_batch = [], 0
        if batch:
            yield batch
    finally:
        if bar is not None:
            bar.close()
        close()


def _frames(results: Sequence[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """Concatenate one batch's chunk results into tables."""
    import pandas as pd

    articles = pd.DataFrame([row for r in results for row in r["articles"]], columns=list(ARTICLE_COLUMNS))
    articles["date"] = pd.to_datetime(articles["date"], errors="coerce").astype("datetime64[ns]")
    tables = {"articles": articles}
    for name in ARTICLE_TABLES:
        parts = [r[name] for r in results if name in r]
        tables[name] = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    tables["errors"] = pd.DataFrame([row for r in results for row in r["errors"]], columns=list(ERROR_COLUMNS))
    tables["warnings"] = pd.DataFrame([row for r in results for row in r["warnings"]], columns=list(WARNING_COLUMNS))
    return tables


def analyze_corpus(
    source: Any,
    *,
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    progress: bool = True,
    batch_size: int = 256,
) -> CorpusAnalysis:
    """Analyse every article of a corpus into tidy tables held in memory.

    For corpora too large for memory use :func:`analyze_corpus_to_parquet`.

    Args:
        source: See :func:`iter_documents`.
        workers: Processes (``engine="local"``) or Dask workers for a local
            cluster; default: the number of CPU cores (in-process for fewer
            than 20 articles, where starting processes costs more than it
            saves); 1 runs in-process.
        engine: ``"local"`` (a process pool on this machine) or ``"dask"``
            (a ``dask.distributed`` cluster: ``scheduler`` or a LocalCluster).
        scheduler: Address of a running Dask scheduler (``tcp://host:8786``);
            with ``workers=None`` the run keeps all of its workers busy.
        progress: Show a progress bar (notebook-aware, via tqdm).
        batch_size: Articles whose tables are built together (workers
            receive them in smaller chunks, see :func:`chunk_size`).

    Returns:
        The :class:`CorpusAnalysis`; identical whatever the engine.

    Raises:
        ArticleError: If the source itself cannot be read.
        ValueError: For an unknown engine or a bad batch size.
    """
    batches = [_frames(results) for results in _iter_results(source, workers=workers, engine=engine, scheduler=scheduler, progress=progress, batch_size=batch_size)]
    return _combine(batches)


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


# ---------------------------------------------------------------- Parquet


def _parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Make object columns Arrow-friendly (tuples → lists, mixed → str)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            values = out[column]
            if values.map(lambda v: isinstance(v, (tuple, list))).any():
                out[column] = values.map(lambda v: list(v) if isinstance(v, (tuple, list)) else ([] if v is None else [str(v)]))
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
        _iter_results(source, workers=workers, engine=engine, scheduler=scheduler, progress=progress, batch_size=batch_size)
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
        raise ArticleError(f"{out}: not a corpus dataset (no 'articles' folder); write one with analyze_corpus_to_parquet")
    # A dataset written before the warnings table existed reads with an empty one.
    return CorpusAnalysis(
        **{name: read_table(out, name) if (out / name).is_dir() else _empty(name) for name in TABLES}
    )


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
        raise ArticleError(f"{Path(out_dir)}: not a corpus dataset (no {table!r} folder); write one with analyze_corpus_to_parquet")
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


# ---------------------------------------------------------------- over time


def choose_frequency(dates: pd.Series) -> str:
    """A readable period for a date range: days, weeks, months, quarters or years.

    Args:
        dates: Article dates (NaT ignored).

    Returns:
        A pandas frequency alias: ``"D"``, ``"W"``, ``"MS"``, ``"QS"`` or ``"YS"``.
    """
    valid = dates.dropna()
    span = (valid.max() - valid.min()).days if len(valid) else 0
    for limit, freq in ((45, "D"), (365, "W"), (5 * 365, "MS"), (12 * 365, "QS")):
        if span <= limit:
            return freq
    return "YS"


# Timestamp frequencies → the period aliases of Series.dt.to_period.
_PERIOD_ALIASES = {"MS": "M", "QS": "Q", "YS": "Y", "ME": "M", "QE": "Q", "YE": "Y"}


def _periods(dates: pd.Series, freq: str) -> pd.Series:
    return dates.dt.to_period(_PERIOD_ALIASES.get(freq, freq)).dt.start_time


def _mean_band(frame: pd.DataFrame, keys: list[str], value: str) -> pd.DataFrame:
    """Mean of ``value`` per group with a 95 % band: mean ± 1.96 standard errors.

    Each row is one observation (an article), so the band reflects how much
    articles differ, not how many sentences they have.  A group with one
    observation has no band (low = high = mean).  Returns ``*keys,
    n_articles, <value>, low, high``, groups in key order.
    """
    grouped = frame.dropna(subset=[value]).groupby(keys, sort=True)[value]
    out = grouped.agg(n_articles="size", mean="mean", sd="std").reset_index()
    sem = (out["sd"] / out["n_articles"].pow(0.5)).fillna(0.0)
    out["low"] = (out["mean"] - 1.96 * sem).clip(-1, 1)
    out["high"] = (out["mean"] + 1.96 * sem).clip(-1, 1)
    return out.drop(columns="sd").rename(columns={"mean": value})


def _with_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that name their outlet (stripped; blank and missing left out)."""
    outlet = articles["outlet"].astype("string").str.strip()
    return articles.assign(outlet=outlet.astype(object)).loc[outlet.fillna("").ne("").to_numpy()]


def tone_by_period(corpus: CorpusAnalysis, freq: str = "auto", *, by: Literal["outlet"] | None = None) -> pd.DataFrame:
    """Mean article tone per period, with a 95 % confidence band.

    Args:
        corpus: The corpus analysis.
        freq: A pandas frequency (``"D"``, ``"W"``, ``"MS"``…) or ``"auto"``.
        by: ``"outlet"`` for one series per outlet (articles without an
            outlet are then left out); ``None`` for the whole corpus.

    Returns:
        DataFrame ``period[, outlet], n_articles, compound, low, high`` (the
        band is mean ± 1.96 standard errors of the article means; a single
        article has no band), one row per period (and outlet) with articles,
        in time order.  Undated articles and articles without a tone (no
        sentences) are left out.

    Raises:
        ValueError: If ``by`` is neither ``None`` nor ``"outlet"``.
    """
    return _band_by_period(corpus.articles, "compound", freq, by)


def _band_by_period(rows: pd.DataFrame, value: str, freq: str, by: str | None) -> pd.DataFrame:
    """:func:`_mean_band` of per-article ``value`` per period (and outlet); undated rows left out."""
    import pandas as pd

    if by not in (None, "outlet"):
        raise ValueError(f"by must be None or 'outlet', not {by!r}")
    keys = ["period"] if by is None else ["period", "outlet"]
    rows = rows.dropna(subset=["date", value])
    if by == "outlet":
        rows = _with_outlet(rows)
    if rows.empty:
        return pd.DataFrame(columns=[*keys, "n_articles", value, "low", "high"])
    freq = choose_frequency(rows["date"]) if freq == "auto" else freq
    return _mean_band(rows.assign(period=_periods(rows["date"], freq)), keys, value)


def speakers_by_period(corpus: CorpusAnalysis, freq: str = "auto", *, top: int = 5) -> pd.DataFrame:
    """Tone and share of voice of the most-quoted people per period.

    Args:
        corpus: The corpus analysis.
        freq: A pandas frequency or ``"auto"``.
        top: How many people (by quoted words over the whole corpus); the rest
            are pooled as ``"others"`` in ``quoted_words``/``share``.

    Returns:
        DataFrame ``period, person, n_articles, quoted_words, share, compound``:
        ``share`` is the person's part of all quoted words in that period,
        ``compound`` the mean tone of what they said (NaN for ``"others"``).
    """
    import pandas as pd

    columns = ["period", "person", "n_articles", "quoted_words", "share", "compound"]
    sp = corpus.speakers
    if sp.empty or "person" not in sp.columns:
        return pd.DataFrame(columns=columns)
    dated = sp.merge(corpus.articles[["article_id", "date"]], on="article_id").dropna(subset=["date", "person"])
    if dated.empty:
        return pd.DataFrame(columns=columns)
    freq = choose_frequency(dated["date"]) if freq == "auto" else freq
    dated = dated.assign(period=_periods(dated["date"], freq), quoted_words=pd.to_numeric(dated["quoted_words"]))
    leaders = dated.groupby("person")["quoted_words"].sum().nlargest(top).index
    dated["who"] = dated["person"].where(dated["person"].isin(leaders), "others")
    totals = dated.groupby("period")["quoted_words"].sum()
    out = (
        dated.groupby(["period", "who"])
        .agg(n_articles=("article_id", "nunique"), quoted_words=("quoted_words", "sum"), compound=("compound", "mean"))
        .reset_index()
        .rename(columns={"who": "person"})
    )
    out["share"] = out["quoted_words"] / out["period"].map(totals).where(lambda t: t > 0)
    out.loc[out["person"] == "others", "compound"] = float("nan")
    return out[columns]


def term_trends(corpus: CorpusAnalysis, *, n: int = 10) -> pd.DataFrame:
    """Key terms rising and falling: the later half of the corpus against the earlier.

    Articles are split at the median date; the article key terms of each half
    are compared by the log-odds ratio with an informative Dirichlet prior
    (Monroe et al. 2008), so a term counts once per article that has it.

    Args:
        corpus: The corpus analysis.
        n: Terms per direction.

    Returns:
        DataFrame ``term, z, direction`` (``'rising'`` or ``'falling'``),
        strongest first; empty with fewer than two dated articles.
    """
    import pandas as pd

    from analysis import keywords as kw

    columns = ["term", "z", "direction"]
    arts = corpus.articles.dropna(subset=["date"]).sort_values(["date", "article_id"])
    if len(arts) < 2:
        return pd.DataFrame(columns=columns)
    half = len(arts) // 2
    early_ids, late_ids = set(arts["article_id"].iloc[:half]), set(arts["article_id"].iloc[half:])
    terms = corpus.keywords[corpus.keywords["scope"] == "article"]

    def counts(ids: set[int]) -> kw.TermCounts:
        rows = terms[terms["article_id"].isin(ids)]
        keys = rows["term"].str.lower()
        c = Counter(keys)
        surface = dict(zip(keys, rows["term"], strict=True))
        return kw.TermCounts(c, dict(c), surface, sum(c.values()))

    early, late = counts(early_ids), counts(late_ids)
    rising = kw.distinctive_terms(late, early, n=n, min_count=2)
    falling = kw.distinctive_terms(early, late, n=n, min_count=2)
    rows = [(t, z, "rising") for t, z in rising] + [(t, -z, "falling") for t, z in falling]
    return pd.DataFrame(rows, columns=columns)


def extremes(corpus: CorpusAnalysis, *, n: int = 5, reports_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The most negative and most positive articles.

    Args:
        corpus: The corpus analysis.
        n: Articles at each end.
        reports_dir: Folder where per-article reports (``<file stem>.html``)
            are written; when given, a ``report`` column links to them.

    Returns:
        DataFrame ``end ('most negative'|'most positive'), article_id, date,
        headline, outlet, compound, top_terms, source[, report]``.
    """
    import pandas as pd

    arts = corpus.articles.dropna(subset=["compound"])
    cols = ["article_id", "date", "headline", "outlet", "compound", "top_terms", "source"]
    low = arts.nsmallest(n, "compound")[cols].assign(end="most negative")
    high = arts.nlargest(n, "compound")[cols].assign(end="most positive")
    out = pd.concat([low, high], ignore_index=True)[["end", *cols]]
    if reports_dir is not None:
        out["report"] = [str(Path(reports_dir) / f"{Path(str(s).split(':')[0]).stem}.html") for s in out["source"]]
    return out


# ---------------------------------------------------------------- across outlets


def tone_by_outlet(corpus: CorpusAnalysis) -> pd.DataFrame:
    """Mean article tone per outlet, with a 95 % confidence band.

    The outlet is what each article names: the ``outlet`` column of a
    JSONL/CSV source, an ``outlet …`` header line (written by ``python -m
    analysis fetch``), or an HTML page's site name.  Names are compared as
    given (after trimming spaces), so "NYT" and "The New York Times" are two
    outlets: make them one in the source.

    Args:
        corpus: The corpus analysis.

    Returns:
        DataFrame ``outlet, n_articles, n_quotes, compound, low, high,
        subjectivity, certainty``: the mean of the articles' tone (each
        article counts once), its band (mean ± 1.96 standard errors; none for
        a single article), all the outlet's direct quotes, and the tone
        beyond polarity of its own voice — the narration's sentences, not its
        sources' quotes — aggregated as for sections
        (:func:`analysis.sentiment.aggregate_features`: mean subjectivity;
        certainty from summed boosters and hedges; NaN when the sentences
        table lacks them); most articles first.  Articles without an outlet or
        without a tone are left out.
    """
    import pandas as pd

    from analysis import sentiment

    columns = ["outlet", "n_articles", "n_quotes", "compound", "low", "high", "subjectivity", "certainty"]
    arts = _toned_outlet_articles(corpus)
    if arts.empty:
        return pd.DataFrame(columns=columns)
    out = _mean_band(arts, ["outlet"], "compound")
    quotes = pd.to_numeric(arts["n_quotes"]).groupby(arts["outlet"]).sum()
    out["n_quotes"] = out["outlet"].map(quotes).astype("int64")
    sents = corpus.sentences
    if {"article_id", "speaker", "subjectivity", "hedges", "boosters"} <= set(sents.columns):
        # The outlet's own voice: sentences that are no speaker's (mostly outside quotes).
        narration = sents.loc[sents["speaker"].isna(), ["article_id", "subjectivity", "hedges", "boosters"]]
        outlets = narration.merge(arts[["article_id", "outlet"]], on="article_id")
        style = sentiment.aggregate_features(outlets, "outlet") if len(outlets) else pd.DataFrame(columns=["subjectivity", "certainty"])
        out = out.join(style[["subjectivity", "certainty"]], on="outlet")
    else:
        out = out.assign(subjectivity=float("nan"), certainty=float("nan"))
    rank = _outlet_rank(arts)
    return out.sort_values("outlet", key=lambda o: o.map(rank))[columns].reset_index(drop=True)


def _toned_outlet_articles(corpus: CorpusAnalysis) -> pd.DataFrame:
    """The articles that count per outlet: with an outlet and a tone."""
    return _with_outlet(corpus.articles.dropna(subset=["compound"]))


def _outlet_rank(articles: pd.DataFrame) -> dict[str, int]:
    """Outlets most articles first (name order on ties), the order of every by-outlet table.

    Args:
        articles: :func:`_toned_outlet_articles`.
    """
    counts = articles["outlet"].value_counts()
    return {outlet: i for i, outlet in enumerate(sorted(counts.index, key=lambda o: (-counts[o], o)))}


def top_people(corpus: CorpusAnalysis, n: int = 6, *, kinds: Sequence[str] | None = ("person",)) -> list[str]:
    """The speakers who appear in the most articles (quoted, or named outside quotes).

    Args:
        corpus: The corpus analysis.
        n: How many.
        kinds: Speaker kinds to keep (the speakers table's ``kind``:
            ``'person'``, ``'organisation'``, ``'role'``); ``None`` keeps all.
            Unnamed sources ("the campaign") are no one to follow across
            articles, hence people only by default.  A dataset written before
            speakers had a ``kind`` is not filtered.

    Returns:
        ``person`` keys (see :func:`link_speakers`), ranked by the number of
        articles, then by mentions outside quotes, then by name.
    """
    import pandas as pd

    sp = corpus.speakers
    if sp.empty or not {"person", "n_mentions", "quoted_words"} <= set(sp.columns):
        return []
    if kinds is not None and "kind" in sp.columns:
        sp = sp[sp["kind"].isin(list(kinds))]
    mentions = pd.to_numeric(sp["n_mentions"]).fillna(0)
    present = sp[(mentions > 0) | (pd.to_numeric(sp["quoted_words"]).fillna(0) > 0)].assign(n_mentions=mentions)
    reach = present.dropna(subset=["person"]).groupby("person").agg(articles=("article_id", "nunique"), mentions=("n_mentions", "sum"))
    return [str(p) for p in reach.sort_values(["articles", "mentions"], ascending=False, kind="stable").index[:n]]


def people_by_outlet(corpus: CorpusAnalysis, *, top: int = 6) -> pd.DataFrame:
    """How each outlet treats the people the corpus quotes most widely, and how much it quotes them.

    The comparison media researchers make between outlets: for each of the
    ``top`` people (speakers of kind ``'person'``, quoted directly or in
    reported speech, linked across articles by ``person``; see
    :func:`top_people`) appearing in the most articles, per
    outlet, the tone *toward* them in the narration
    (:func:`analysis.toward.score_toward` over their mentions outside
    quotes, the ``tone_toward`` of ``ArticleAnalysis.speakers``), the tone of
    their own words, and their share of the outlet's quoted words.

    Args:
        corpus: The corpus analysis.
        top: How many people (:func:`top_people`).

    Returns:
        DataFrame ``outlet, person, n_articles, n_mentions, n_toward,
        tone_toward, low, high, quoted_words, share, compound``, one row per
        outlet and person that appears in it (``n_articles``: quoted or named
        there); outlets with most articles first, people in rank order.
        ``tone_toward`` is the mean over the ``n_toward`` articles of the
        outlet that name the person outside quotes (each article counts once;
        NaN when none does; ``n_mentions`` such mentions in all),
        ``low``/``high`` its 95 % band (mean ± 1.96 standard errors);
        ``share`` is the person's part of all words the outlet quotes (NaN
        when it quotes nobody); ``compound`` the mean tone of what they say
        in that outlet (NaN when never quoted there).
    """
    import pandas as pd

    columns = [
        "outlet", "person", "n_articles", "n_mentions", "n_toward", "tone_toward", "low", "high", "quoted_words", "share", "compound",
    ]  # fmt: skip
    sp = corpus.speakers
    needed = {"person", "n_mentions", "tone_toward", "quoted_words", "compound"}
    if sp.empty or not needed <= set(sp.columns):
        return pd.DataFrame(columns=columns)
    arts = _with_outlet(corpus.articles)[["article_id", "outlet"]]
    rows = sp.merge(arts, on="article_id").dropna(subset=["person"])
    rows = rows.assign(
        n_mentions=pd.to_numeric(rows["n_mentions"]).fillna(0).astype("int64"),
        quoted_words=pd.to_numeric(rows["quoted_words"]).fillna(0).astype("int64"),
    )
    leaders = top_people(corpus, n=top)
    chosen = rows[rows["person"].isin(leaders) & ((rows["n_mentions"] > 0) | (rows["quoted_words"] > 0))]
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    out = chosen.groupby(["outlet", "person"]).agg(
        n_articles=("article_id", "nunique"),
        n_mentions=("n_mentions", "sum"),
        quoted_words=("quoted_words", "sum"),
        compound=("compound", "mean"),
    )
    # A speaker's compound exists for reported speech too; "their own words" here means direct quotes.
    spoken = chosen[chosen["quoted_words"] > 0].groupby(["outlet", "person"])["compound"].mean()
    out["compound"] = spoken.reindex(out.index)
    toward = _mean_band(chosen, ["outlet", "person"], "tone_toward").set_index(["outlet", "person"])
    out = out.join(toward.rename(columns={"n_articles": "n_toward"})[["n_toward", "tone_toward", "low", "high"]]).reset_index()
    out["n_toward"] = out["n_toward"].fillna(0).astype("int64")
    outlet_words = rows.groupby("outlet")["quoted_words"].sum()
    out["share"] = out["quoted_words"] / out["outlet"].map(outlet_words).where(lambda w: w > 0)
    outlet_rank = _outlet_rank(_toned_outlet_articles(corpus))
    person_rank = {p: i for i, p in enumerate(leaders)}
    out = out.assign(_o=out["outlet"].map(outlet_rank), _p=out["person"].map(person_rank))
    return out.sort_values(["_o", "_p"], kind="stable")[columns].reset_index(drop=True)


#: Speaker kinds in the order sourcing tables and charts list them.
SOURCE_KINDS = ("person", "organisation", "role")


def sources_by_outlet(corpus: CorpusAnalysis) -> pd.DataFrame:
    """Who each outlet quotes: named people, organisations, unnamed sources.

    Reliance on unnamed sources ("a senior official said") is a standard
    measure of sourcing practice; the speakers table's ``kind`` gives it
    (``'role'`` is a source the article never names).

    Args:
        corpus: The corpus analysis (speakers with a ``kind`` column).

    Returns:
        DataFrame ``outlet, kind, n_speakers, n_quotes, quoted_words, share``,
        one row per outlet and kind (in :data:`SOURCE_KINDS` order) with
        quotes there: ``n_speakers`` counts speakers per article (the same
        person in two articles counts twice), ``share`` is the kind's part of
        the outlet's directly quoted words (NaN when it quotes none).
        Outlets with most articles first; empty when the articles name no
        outlet or the speakers carry no ``kind``.
    """
    import pandas as pd

    columns = ["outlet", "kind", "n_speakers", "n_quotes", "quoted_words", "share"]
    sp = corpus.speakers
    if sp.empty or not {"kind", "n_quotes", "quoted_words"} <= set(sp.columns):
        return pd.DataFrame(columns=columns)
    rows = sp.merge(_with_outlet(corpus.articles)[["article_id", "outlet"]], on="article_id")
    rows = rows[rows["kind"].isin(SOURCE_KINDS)].assign(
        n_quotes=lambda t: pd.to_numeric(t["n_quotes"]), quoted_words=lambda t: pd.to_numeric(t["quoted_words"])
    )
    if rows.empty:
        return pd.DataFrame(columns=columns)
    out = rows.groupby(["outlet", "kind"]).agg(
        n_speakers=("speaker", "size"), n_quotes=("n_quotes", "sum"), quoted_words=("quoted_words", "sum")
    ).reset_index()
    totals = out.groupby("outlet")["quoted_words"].transform("sum")
    out["share"] = out["quoted_words"] / totals.where(totals > 0)
    outlet_rank = _outlet_rank(_toned_outlet_articles(corpus))
    out = out.assign(_o=out["outlet"].map(outlet_rank), _k=out["kind"].map(SOURCE_KINDS.index))
    return out.sort_values(["_o", "outlet", "_k"], kind="stable")[columns].reset_index(drop=True)


# ---------------------------------------------------------------- one person across the corpus


def tone_toward(corpus: CorpusAnalysis, person: str, *, aliases: Iterable[str] | None = None) -> pd.DataFrame:
    """How each article's narration treats one person, whether or not they are quoted.

    Follows a politician through an outlet's coverage: every mention of the
    person outside quotation marks is scored with
    :func:`analysis.toward.score_toward` in its sentence (as
    ``tone_toward`` in ``ArticleAnalysis.speakers``, but also in articles
    where the person never speaks), from the corpus's sentence and quote
    tables, so a corpus read back from Parquet needs no new analysis.

    Args:
        corpus: The corpus analysis.
        person: The name to follow, e.g. ``"Donald J. Trump"``.
        aliases: The forms that name the person.  By default: the name, the
            names and aliases the articles' speaker tables link to it
            (``person`` column: "Donald Trump", "Trump", "Mr. Trump"…), and
            the last word of the name.  Where the person speaks, their name
            and aliases in that article are used instead, so the article's
            value is its speakers-table ``tone_toward``.  Elsewhere one-word
            forms count only in articles that also use a fuller form, so
            "May" is Theresa May only where the article names her, and a
            form another speaker of the article owns ("Clinton" where Bill
            Clinton speaks) is theirs.

    Returns:
        DataFrame ``article_id, date, outlet, n_mentions, tone_toward``, one
        row per article that names the person outside quotes (in the body;
        headlines carry no sentence), in ``article_id`` order; ``tone_toward``
        is the mean over that article's mentions, in [-1, 1].
    """
    import pandas as pd

    from analysis import names as _names
    from analysis import toward

    columns = ["article_id", "date", "outlet", "n_mentions", "tone_toward"]
    forms = _names.person_forms(corpus.speakers, person) if aliases is None else {person, *aliases}
    forms = {f.strip() for f in forms if isinstance(f, str) and f.strip()}
    pattern = _names.forms_pattern(forms)
    sents = corpus.sentences
    if pattern is None or sents.empty:
        return pd.DataFrame(columns=columns)
    # Only sentences naming the person take part (a vectorised filter: the
    # scoring below is per mention, the filter per sentence of the corpus).
    hits = sents.loc[sents["text"].str.contains(pattern, na=False), ["article_id", "start", "end", "text"]]
    ids = set(hits["article_id"])
    quotes = corpus.quotes
    if len(quotes):  # marked quotes only: reported speech is the narration's own words
        quotes = quotes[quotes["article_id"].isin(ids) & (quotes["kind"] != "indirect")]
    quote_spans = {aid: list(zip(g["start"], g["end"], strict=True)) for aid, g in quotes.groupby("article_id")} if len(quotes) else {}
    sp = corpus.speakers
    sp = sp[sp["article_id"].isin(ids)] if "article_id" in sp.columns else sp
    speakers_of = {aid: g for aid, g in sp.groupby("article_id")} if len(sp) and "speaker" in sp.columns else {}
    rows = []
    for article_id, group in hits.sort_values(["article_id", "start"]).groupby("article_id", sort=True):
        # The article's own speakers compete for the forms, as in its speakers table; where the
        # person speaks, their name there and its aliases are the forms (so the result is that row's).
        here = speakers_of.get(article_id)
        names = _names.speaker_names(here) if here is not None else {}
        linked = [] if here is None or "person" not in here.columns else list(here.loc[here["person"] == person, "speaker"])
        target = linked[0] if linked and aliases is None else person
        if target not in names or aliases is not None:
            names[target] = sorted(forms - {target})
        texts = (list(group["start"]), list(group["end"]), list(group["text"]))
        tones = toward.mention_tones(*texts, quote_spans.get(article_id, []), names, target, speaks=bool(linked))
        if tones:
            rows.append((article_id, len(tones), sum(t for *_, t in tones) / len(tones)))
    out = pd.DataFrame(rows, columns=["article_id", "n_mentions", "tone_toward"])
    out = out.merge(corpus.articles[["article_id", "date", "outlet"]], on="article_id", how="left")
    return out.astype({"n_mentions": "int64", "tone_toward": "float64"})[columns]


def tone_toward_by_period(
    corpus: CorpusAnalysis, person: str, freq: str = "auto", *, by: Literal["outlet"] | None = None, aliases: Iterable[str] | None = None
) -> pd.DataFrame:
    """Tone toward one person per period (and outlet), with a 95 % band.

    Args:
        corpus: The corpus analysis.
        person: The name to follow (see :func:`tone_toward`).
        freq: A pandas frequency or ``"auto"``.
        by: ``"outlet"`` for one series per outlet.
        aliases: Forms that name the person (see :func:`tone_toward`).

    Returns:
        DataFrame ``period[, outlet], n_articles, tone_toward, low, high``:
        the mean of the articles' tone toward the person (each article counts
        once), mean ± 1.96 standard errors.  Undated articles (and, by
        outlet, articles without one) are left out.

    Raises:
        ValueError: If ``by`` is neither ``None`` nor ``"outlet"``.
    """
    return _band_by_period(tone_toward(corpus, person, aliases=aliases), "tone_toward", freq, by)
