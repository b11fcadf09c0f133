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

__all__ = [
    "ARTICLE_SUFFIXES",
    "FILE_COLUMNS",
    "FOLDER_NOTE_ID",
    "METADATA_FILES",
    "TABLE_SUFFIXES",
    "Document",
    "iter_documents",
    "read_document",
]

#: Suffixes of the article files a folder search picks up (:data:`analysis.article.READERS`).
ARTICLE_SUFFIXES = frozenset(READERS)
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
# Files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = re.compile(r"(?i)^(?:readme|license|licence|sources|credits|changelog|copying)(?:\.|$)|^\.")
#: A table of metadata beside a folder's articles, one row per file (the first found is read).
METADATA_FILES = ("index.csv", "metadata.csv", "index.jsonl", "metadata.jsonl")
#: Column of a metadata table naming each article's file (relative to the folder, or the bare name).
FILE_COLUMNS = ("file", "filename", "file_name", "path")
#: Columns of a metadata table that set an article's own fields.
META_COLUMNS = ("date", "headline", "outlet", "url")
#: ``article_id`` of a warnings row about a file of the folder rather than an article.
FOLDER_NOTE_ID = -1


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
            SOURCES, CREDITS, CHANGELOG and COPYING files, listed in the run's
            warnings; an ``index.csv``/``metadata.csv``/``.jsonl`` beside the
            articles with a ``file`` column (:data:`FILE_COLUMNS`) gives each
            file its ``date``, ``headline``, ``outlet``, ``url``), a ``.jsonl``/``.csv`` file, a single
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
            meta, _ = _folder_metadata(path)
            for i, p in enumerate(_article_files(path)):
                found = meta.get(p.relative_to(path).as_posix()) or meta.get(p.name) or ()
                yield Document(i, str(p), path=str(p), meta=found)
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


def _metadata_file(folder: Path) -> Path | None:
    names = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    return next((names[n] for n in METADATA_FILES if n in names), None)


def _folder_metadata(folder: Path) -> tuple[dict[str, tuple[tuple[str, str], ...]], list[str]]:
    """The metadata table beside a folder's articles, by file name, and what was wrong with it.

    Returns:
        ``{relative path or file name: ((column, value), …)}`` for the
        columns of :data:`META_COLUMNS`, and notes for the warnings table
        (no file-name column, a row naming a file that is not there).
    """
    import pandas as pd

    table_path = _metadata_file(folder)
    if table_path is None:
        return {}, []
    try:
        if table_path.suffix.lower() == ".csv":
            table = pd.read_csv(table_path, dtype=str, keep_default_na=False)
        else:
            table = pd.read_json(table_path, lines=True, dtype=False)
    except (ValueError, OSError, UnicodeError) as exc:
        return {}, [f"{table_path.name}: not read as a metadata table ({exc})"]
    columns = {str(c).strip().lower(): c for c in table.columns}
    name_column = next((columns[c] for c in FILE_COLUMNS if c in columns), None)
    if name_column is None:
        return {}, [
            f"{table_path.name}: no file-name column ({', '.join(FILE_COLUMNS)}), so its metadata was not used "
            f"(has: {', '.join(map(str, table.columns))})"
        ]
    meta: dict[str, tuple[tuple[str, str], ...]] = {}
    for row in table.to_dict("records"):
        name = str(row.get(name_column) or "").strip().replace("\\", "/").removeprefix("./")
        if not name:
            continue
        meta[name] = tuple(
            (key, str(row[columns[key]]).strip())
            for key in META_COLUMNS
            if key in columns
            and row.get(columns[key]) is not None
            and str(row[columns[key]]).strip() not in ("", "nan")
        )
    present = {p.relative_to(folder).as_posix() for p in _article_files(folder)} | {
        p.name for p in _article_files(folder)
    }
    notes = [
        f"{table_path.name} names {name}, which is not an article file of the folder"
        for name in meta
        if name not in present
    ]
    return meta, notes


def _folder_notes(source: Any) -> list[dict[str, Any]]:
    """Warnings-table rows about a folder source: files not read as articles, metadata problems."""
    if not isinstance(source, (str, os.PathLike)) or not Path(source).is_dir():
        return []
    folder = Path(source)
    table = _metadata_file(folder)
    rows = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p == table or any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if _NOT_ARTICLES.match(p.name):
            reason = "skipped: read as a note about the corpus (README, licence, sources…), not an article"
        elif p.suffix.lower() not in ARTICLE_SUFFIXES:
            reason = f"skipped: not an article file ({', '.join(sorted(ARTICLE_SUFFIXES))})"
        else:
            continue
        rows.append({"article_id": FOLDER_NOTE_ID, "source": str(p), "warning": reason})
    _, notes = _folder_metadata(folder)
    rows += [{"article_id": FOLDER_NOTE_ID, "source": str(table), "warning": note} for note in notes]
    return rows


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
    article = load_article(doc.path) if doc.path is not None else read_article(doc.text or "", source=doc.source)
    changes: dict[str, Any] = {k: meta[k] for k in ("headline", "outlet", "url") if k in meta}
    if "date" in meta:
        changes["date"] = _parse_date(meta["date"])
    return dataclasses.replace(article, **changes) if changes else article


def _parse_date(value: str) -> dt.date | None:
    import pandas as pd

    stamp = pd.to_datetime(value, errors="coerce", utc=True)
    return None if pd.isna(stamp) else stamp.date()
