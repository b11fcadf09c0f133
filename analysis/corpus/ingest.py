"""Corpus input: find the articles of a folder, a JSON Lines or CSV file, a DataFrame or a list of paths, with their metadata.

Documents are read lazily, in a stable order; a table row's ``date``,
``headline``, ``outlet`` and ``url`` override what its text says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.article import READERS, Article, ArticleError, load_article, read_article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["ARTICLE_SUFFIXES", "TABLE_SUFFIXES", "Document", "iter_documents", "read_document"]

#: Suffixes of the article files a folder search picks up (:data:`analysis.article.READERS`).
ARTICLE_SUFFIXES = frozenset(READERS)
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
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


def iter_documents(
    source: str | os.PathLike[str] | pd.DataFrame | Iterable[str | os.PathLike[str]],
) -> Iterator[Document]:
    """The documents of a corpus source, lazily, in a stable order.

    Args:
        source: A folder (searched recursively for article files, by the suffixes of
            :data:`analysis.article.READERS`, in path order, skipping hidden files and README, LICENSE,
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
                yield Document(
                    row_no, f"{path}:{row_no + 1}", text=None, meta=(("error", f"invalid JSON ({exc.msg})"),)
                )
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


def read_document(doc: Document) -> Article:
    """The :class:`~analysis.article.Article` of a document: its file read, or its text parsed with the table's metadata.

    Raises:
        ArticleError: If the row had no text or invalid JSON, or the article cannot be read.
    """
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
