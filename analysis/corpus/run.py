"""Corpus runs: analyse documents in chunks on this process, a local process pool or a Dask cluster.

Each article goes through :func:`analysis.pipeline.analyze` in a worker — the
same function whatever the engine, so results are identical on one core,
several processes or a Dask cluster.  Workers get a few articles per task
(:func:`chunk_size`) and start with the pipeline already loaded
(:func:`warm_pipeline`).  Articles that fail are reported in an ``errors``
table (source, reason) and never stop the run.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from analysis.article import ArticleError, collect_warnings
from analysis.corpus.ingest import Document, _count_documents, _folder_notes, iter_documents, read_document
from analysis.corpus.tables import (
    ARTICLE_COLUMNS,
    ARTICLE_TABLES,
    ERROR_COLUMNS,
    WARNING_COLUMNS,
    CorpusAnalysis,
    _combine,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "Engine",
    "MainGuardError",
    "analyze_corpus",
    "analyze_document",
    "analyze_documents",
    "chunk_size",
    "warm_pipeline",
]

Engine = Literal["local", "dask"]
#: With ``workers=None``, smaller corpora are analysed in-process.
_MIN_ARTICLES_FOR_POOL = 20


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
        # run over thousands of files must not print them, nor lose them).  They
        # are collected in a context variable, not with catch_warnings, whose
        # process-wide state another thread of a Dask worker could swap mid-article.
        with collect_warnings() as caught:
            article = read_document(doc)
            res = analyze(article)
    except (ArticleError, OSError, UnicodeError) as exc:
        return {"error": {"article_id": doc.article_id, "source": doc.source, "reason": str(exc)}}
    notes = [{"article_id": doc.article_id, "source": doc.source, "warning": message} for message in caught]
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
            "byline": article.byline,
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
    'Ministers agreed a deal on Monday after long talks. "This is a good day," said Jane Smith, the minister.\n\n'
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


class MainGuardError(RuntimeError):
    """Worker processes would run the calling script again from the top; the message says what to write."""


def _unguarded_main() -> str | None:
    """The script a worker process would run again, when the call to start workers is not under a main guard.

    Workers start from a fork server (or by "spawn"), and each first runs
    the parent's main module again, as ``__mp_main__``: a script that calls
    :func:`analyze_corpus` at its top level, without ``if __name__ ==
    "__main__":``, starts the run again in every worker, which fails
    (``BrokenProcessPool``, or Dask's "Nanny failed to start").  Jupyter
    kernels, the interpreter's prompt and ``python -m package`` have no such
    script.

    Returns:
        The script's path, or ``None`` when starting workers is safe.
    """
    import ast
    import sys

    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None:
        if spec.name == "__main__" or spec.name.endswith(".__main__"):
            return None  # multiprocessing does not run these again
        path = spec.origin
    else:
        path = getattr(main, "__file__", None)
    if main is None or not path or not Path(path).is_file():
        return None
    frame = sys._getframe(1)
    while frame is not None and not (frame.f_globals is vars(main) and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None:
        return None  # not called while the script's top level runs (a thread, a callback)
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeError):
        return None
    line = frame.f_lineno
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test) and "__name__" in ast.unparse(node.test):
            if node.body[0].lineno <= line <= (node.end_lineno or line):
                return None
    return str(path)


def _check_main_guard() -> None:
    """Fail at once, saying what to write, when starting workers would run the calling script again."""
    script = _unguarded_main()
    if script is not None:
        raise MainGuardError(
            f"analyze_corpus() analyses articles in worker processes, and each worker first runs {Path(script).name} "
            "again from the top, which would start the run again. Put the code that starts the run under a main "
            'guard:\n\n    if __name__ == "__main__":\n        corpus = analysis.corpus.analyze_corpus(...)\n\n'
            "or pass workers=1 to analyse in this process only."
        )


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
    if runner is None and ((engine == "local" and n_workers > 1) or (engine == "dask" and not scheduler)):
        _check_main_guard()  # processes are about to start here (a remote scheduler's workers run elsewhere)
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
    # Files of a folder not read as articles, and metadata problems, go to the first batch's warnings.
    notes = _folder_notes(source)
    batch: list[dict[str, Any]] = [{"articles": [], "errors": [], "warnings": notes}] if notes else []
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
    batches = [
        _frames(results)
        for results in _iter_results(
            source, workers=workers, engine=engine, scheduler=scheduler, progress=progress, batch_size=batch_size
        )
    ]
    return _combine(batches)
