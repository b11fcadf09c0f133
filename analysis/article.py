"""Read an article from a file or a string into a frozen :class:`Article`.

The article model is the document tree the rest of the kit hangs off
(after sumy's ``models/dom``): an article has metadata (date, headline,
standfirst, dateline) and a body of sections made of paragraphs.  Every part
of the body is a ``(start, end)`` character span into ``Article.text``, the
decoded source exactly as read, so any later stage (sentences, quotes,
speakers) can point back at the original characters.

Formats understood (readers produce the same ``Article``):

* **The kit's text format**: first line ``date YYYY-MM-DD <headline>``, then
  blank-line separated blocks: standfirst, dateline (``NEW YORK``) and the
  body paragraphs.  The standfirst is recognised only where a dateline
  follows it; otherwise every block after the headline is body.
* **Plain text** as in most news dumps: the first block is the headline when
  it is one short line, the rest is body.
* **Markdown**: ``# Title`` is the headline, ``##``/``###`` sub-heads start
  sections.
* **HTML** (``.html``/``.htm``): the main text is extracted with
  ``trafilatura``; ``Article.text`` is then the extracted text, not the markup.
  The page's dek (a ``<p class="dek|standfirst|subtitle|summary">``, an
  ``<h2>`` right under the ``<h1>``, or a description the text does not
  repeat) is the standfirst; its author metadata is the byline.

Wire and web copy (any format) is read as such, with the recognisers of
:mod:`analysis.wire`: a ``By …``/``NAME, Associated Press``/``NAME | Reuters``
line before the body is the ``byline``; a dateline opening the first
paragraph (``LONDON (Reuters) -``) is the ``dateline`` and ``agency``, and the
paragraph starts after its dash; rules (``___``), editor's notes, contributor,
correction, copyright and usage lines and page furniture (``Advertisement``,
``Story continues below``: :data:`analysis.wire.PAGE_FURNITURE`) are ``credits``, not body; a dek between
the headline and a byline or dateline paragraph is the standfirst; an
``ABSTRACT. … FULL TEXT.`` database layout gives its abstract as the
standfirst; interview turns (``Q:``/``A:``, ``NAME:``) are paragraphs of their
own.  Furniture keeps its characters in ``Article.text`` (with spans), so the
body paragraphs and sentences never hold it and nothing else is lost.

Bytes are decoded as UTF-8 (with or without BOM) or UTF-16 with a BOM; other
files are decoded as Windows-1252 (a superset of Latin-1 for printable text)
with a warning, so curly quotes from old Word files come out right.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import os
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis import wire
from analysis._types import Span

__all__ = [
    "READERS",
    "Article",
    "ArticleError",
    "ArticleWarning",
    "Section",
    "load_article",
    "page_dek",
    "read_article",
]


class ArticleError(ValueError):
    """An article could not be read; the message says what and which file."""


class ArticleWarning(UserWarning):
    """A best effort was made on doubtful input (encoding, date, language)."""


#: The messages of the :class:`ArticleWarning` s raised in this context, while :func:`collect_warnings` runs.
_COLLECTED: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("article_warnings", default=None)


def warn(message: str, stacklevel: int = 1) -> None:
    """Raise an :class:`ArticleWarning`, or hand its message to :func:`collect_warnings` when one runs here.

    Args:
        message: What best effort was made, naming the article.
        stacklevel: As for :func:`warnings.warn`, counted from the caller of this function.
    """
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append(message)
        return
    warnings.warn(message, ArticleWarning, stacklevel=stacklevel + 1)


@contextlib.contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """Collect the :class:`ArticleWarning` messages raised inside the block, in this thread or task only.

    A corpus run keeps each article's warnings as rows of its own.  :func:`warnings.catch_warnings` swaps
    process-wide state before Python 3.14, so any other thread that enters it or changes the filters (a Dask
    worker, a progress bar's monitor) could drop or steal another article's warning; a context variable is
    local to the thread (and to an asyncio task) that set it.

    Yields:
        The list the messages are appended to.
    """
    collected: list[str] = []
    token = _COLLECTED.set(collected)
    try:
        yield collected
    finally:
        _COLLECTED.reset(token)


@dataclass(frozen=True, slots=True)
class Section:
    """A run of body paragraphs under one sub-head.

    Attributes:
        start: Offset of the section's first character (its heading, if any).
        end: Offset just past its last paragraph.
        title: The sub-head's text, or ``None`` for the untitled lead section.
        paragraph_ids: Ids of the paragraphs it holds, in reading order.
    """

    start: int
    end: int
    title: str | None
    paragraph_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed news article.

    Attributes:
        text: The decoded source exactly as read; every offset indexes it.
        date: Publication date, if the source gives a valid one.
        headline: The headline, if any.
        standfirst: The standfirst (summary under the headline), if any.
        dateline: The dateline place (``"NEW YORK"``), if any.
        source: Path the article was read from, or ``None``.
        paragraphs: Body paragraph spans, whitespace-trimmed, in order.
        sections: Body sections; always at least one; together they hold
            every paragraph exactly once.
        headline_span: Span of the headline text in ``text``, if any.
        standfirst_span: Span of the standfirst in ``text``, if any.
        url: Where the article was published, from a ``url …`` header line
            (written by ``python -m analysis fetch``) or HTML metadata.
        outlet: The publisher, from an ``outlet …`` header line or metadata.
        byline: The writers as the byline names them ("Jane Doe and John
            Roe"), from a ``By …``/``NAME, Associated Press``/``NAME | Reuters``
            line before the body, or an HTML page's author metadata.
        agency: The news agency the copy comes from ("Associated Press",
            "Reuters"), from the dateline's parentheses or the byline.
        credits: Credit paragraphs taken out of the body, in reading order:
            editor's notes, "… contributed to this report.", copyright and
            usage notices, page furniture lines ("Advertisement"); rules such
            as ``___`` are dropped, not listed.
        dateline_span: Span of the dateline as printed ("LONDON (Reuters) -");
            an inline dateline is *not* part of the first paragraph, which
            starts after its dash, so it reaches no sentence, tone or key term.
        byline_span: Span of the byline line(s) in ``text``, if they are in it.
        credit_spans: Spans of ``credits`` in ``text``.
    """

    text: str
    date: _dt.date | None
    headline: str | None
    standfirst: str | None
    dateline: str | None
    source: str | None
    paragraphs: tuple[Span, ...]
    sections: tuple[Section, ...]
    headline_span: Span | None = field(default=None, repr=False)
    standfirst_span: Span | None = field(default=None, repr=False)
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    agency: str | None = None
    credits: tuple[str, ...] = ()
    dateline_span: Span | None = field(default=None, repr=False)
    byline_span: Span | None = field(default=None, repr=False)
    credit_spans: tuple[Span, ...] = field(default=(), repr=False)

    def paragraph_text(self, paragraph_id: int) -> str:
        """Return the text of one body paragraph."""
        start, end = self.paragraphs[paragraph_id]
        return self.text[start:end]

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (for quick reading)."""
        return "\n\n".join(self.text[s:e] for s, e in self.paragraphs)

    def __repr__(self) -> str:  # the full text would flood a notebook cell
        return (
            f"Article(date={self.date!r}, headline={self.headline!r}, "
            f"dateline={self.dateline!r}, paragraphs={len(self.paragraphs)}, "
            f"sections={len(self.sections)}, source={self.source!r})"
        )


# ---------------------------------------------------------------- decoding

# Magic numbers of files people drop into an article folder by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable program"),
)


def decode_bytes(data: bytes, *, where: str = "<text>") -> str:
    """Decode article bytes, refusing binary data.

    UTF-8 (BOM optional) and BOM-marked UTF-16/32 are decoded strictly; any
    other bytes are read as Windows-1252 with an :class:`ArticleWarning`
    (bytes cp1252 leaves undefined fall back to Latin-1), never as mojibake.

    Args:
        data: Raw file contents.
        where: Name of the source for messages.

    Returns:
        The decoded text, without a byte-order mark.

    Raises:
        ArticleError: For known binary formats or text full of control bytes.
    """
    for magic, what in _BINARY_SIGNATURES:
        if data.startswith(magic):
            raise ArticleError(f"{where}: this is {what}, not an article text file")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _refuse_control_bytes(data.decode(codec), where)
            except UnicodeDecodeError as exc:
                raise ArticleError(
                    f"{where}: starts with a {codec} byte-order mark but is not valid {codec} ({exc.reason})"
                ) from None
    try:
        return _refuse_control_bytes(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        text = _refuse_control_bytes(_decode_cp1252(data), where)
    warn(f"{where}: not valid UTF-8; decoded as Windows-1252 (Latin-1)", stacklevel=3)
    return text


# 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252; surrogateescape turns
# them into lone surrogates U+DC81…, mapped back here to their Latin-1 meaning.
_CP1252_UNDEFINED = re.compile("[\udc81\udc8d\udc8f\udc90\udc9d]")


def _decode_cp1252(data: bytes) -> str:
    # One decode call, not one per byte: a 20 MB file stays one 20 MB string
    # instead of 20 million one-character strings waiting to be joined.
    text = data.decode("cp1252", errors="surrogateescape")
    return _CP1252_UNDEFINED.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_control_bytes(text: str, where: str) -> str:
    # Text files hold tabs/newlines but hardly any other C0 control characters;
    # a NUL or many of them means binary data (or UTF-16 without its BOM).
    sample = text[:65536]
    n_control = len(_CONTROL.findall(sample))
    if "\x00" in sample or n_control > max(8, len(sample) // 100):
        raise ArticleError(f"{where}: looks like binary data, not text (control bytes found)")
    return text


# ---------------------------------------------------------------- blocks

_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"
_BLOCK_SEP = re.compile(_NEWLINE + r"[ \t\f\v\u00a0]*" + _NEWLINE)
_LINE = re.compile(r"[^\r\n]+")
# Line patterns match a line's head only; the tail is cut with str.rstrip.  A
# tail pattern such as (.*?)\s*$ backtracks over a run of spaces in quadratic
# (with two such runs, cubic) time: 2,000 spaces after "# a" took 21 s.
_DATE_LINE = re.compile(r"\s*date\s+(\S+)\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Header lines right under the date/headline line: "url https://…", "outlet Reuters".
_META_LINE = re.compile(r"\s*(url|outlet)[ \t]+(?=\S)", re.IGNORECASE)
_MD_HEADING = re.compile(r"\s{0,3}(#{1,6})[ \t]+")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# A dateline block: a short line with no lower-case letters, e.g. "NEW YORK",
# "WASHINGTON, D.C." or "LONDON (Reuters) -".
_DATELINE_BLOCK = re.compile(
    r"^[^\Wa-z\d_][^a-z]{1,40}?(?:\s*\([A-Z][\w.]*(?:\s[A-Z][\w.]*)*\s?\))?\s*[-\u2013\u2014\u2015:]?$"
)
_HEADLINE_MAX_WORDS = 30
# Hard-wrapped text breaks its lines at a fixed width, 60 to 80 characters and hardly ever past 100:
# a longer line is a whole paragraph (see _line_paragraphs).
_HARD_WRAP_MAX_CHARS = 100
# How a line that ends a sentence or a clause ends: never a headline's last character.
_CLAUSE_END = frozenset(".,;:")


def _date_line(line: str) -> tuple[str, int, int] | None:
    """``(date value, headline start, headline end)`` of a ``date YYYY-MM-DD headline`` line."""
    m = _DATE_LINE.match(line)
    if not m:
        return None
    return m.group(1), m.end(), m.end() + len(line[m.end() :].rstrip())


def _meta_line(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(key, value)`` of a ``url …``/``outlet …`` header line ``text[start:end]``."""
    m = _META_LINE.match(text, start, end)
    return (m.group(1).lower(), text[m.end() : end].rstrip()) if m else None


def _md_heading(text: str, start: int, end: int) -> tuple[int, Span] | None:
    """Level and title span of a Markdown ATX heading line ``text[start:end]`` (closing hashes dropped)."""
    m = _MD_HEADING.match(text, start, end)
    if not m:
        return None
    title = text[m.end() : end].rstrip(" \t")
    bare = title.rstrip("#")
    if not bare or bare[-1] in " \t":  # a closing run of hashes follows a space (CommonMark): "C#" stays
        title = bare.rstrip(" \t")
    return len(m.group(1)), (m.end(), m.end() + len(title))


def _blocks(text: str, start: int, end: int) -> list[Span]:
    """Whitespace-trimmed spans of blank-line separated blocks in text[start:end]."""
    spans: list[Span] = []
    pos = start
    for m in _BLOCK_SEP.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[0] < t[1]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str, span: Span) -> list[Span]:
    return [t for t in (_trim(text, m.start(), m.end()) for m in _LINE.finditer(text, *span)) if t[0] < t[1]]


def _split_first_line(text: str, span: Span) -> tuple[Span, Span | None]:
    lines = _lines(text, span)
    first = lines[0]
    rest = (lines[1][0], span[1]) if len(lines) > 1 else None
    return first, rest


def _line_paragraphs(text: str, block: Span) -> list[Span]:
    """A block written one paragraph a line, cut at its line breaks; any other block whole.

    Scrapers, content-system exports and copy pasted from a browser often separate paragraphs by a
    single line break.  Hard-wrapped text (e-mail, old archives) breaks lines too, at a fixed width, so
    a block is read as one paragraph a line only when one of its lines is longer than any wrap width.
    A line opening in lower case continues the sentence before it and stays in its paragraph; an
    interview block keeps its turns (``wire.turns`` cuts it later).

    Args:
        text: The article text.
        block: A blank-line separated block's span.

    Returns:
        The paragraphs' spans, in order (``[block]`` when it is not written a paragraph a line).
    """
    lines = _lines(text, block)
    if len(lines) < 2 or max(e - s for s, e in lines) <= _HARD_WRAP_MAX_CHARS:
        return [block]
    if len(wire.turns(text, block, lines)) > 1:
        return [block]
    paragraphs = [lines[0]]
    for start, end in lines[1:]:
        if text[start].islower():
            paragraphs[-1] = (paragraphs[-1][0], end)
        else:
            paragraphs.append((start, end))
    return paragraphs


def _headline_over_lines(text: str, block: Span, first_line: Span) -> bool:
    """Whether a block's first line is a headline set over its paragraphs by a single line break.

    The first line must be short, must not end as a sentence or clause does (``.``, ``,``, ``;``, ``:``) and
    must not be a dateline or byline; the lines under it must be written one paragraph a line
    (:func:`_line_paragraphs`) and open a new sentence.
    """
    line = text[first_line[0] : first_line[1]]
    if len(line.split()) > _HEADLINE_MAX_WORDS or line[-1] in _CLAUSE_END:
        return False
    if _is_dateline(line) or _is_byline_line(text, first_line):
        return False
    paragraphs = _line_paragraphs(text, block)
    return len(paragraphs) > 1 and paragraphs[0] == first_line


def _is_dateline(block: str) -> bool:
    # An upper-case furniture line ("ADVERTISEMENT") has a dateline's shape; it is a credit, not a place.
    return len(block.split()) <= 6 and bool(_DATELINE_BLOCK.match(block)) and not wire.is_page_furniture(block)


def _clean_dateline(block: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*|\s*[-\u2013\u2014:]\s*$", "", block).strip() or block


# ---------------------------------------------------------------- parsing


def read_article(text: str, source: str | os.PathLike[str] | None = None, *, html: bool = False) -> Article:
    """Parse an article from a string.

    Args:
        text: The article text (kit format, plain text or Markdown; HTML
            when ``html`` is true).
        source: Where it came from, for messages and ``Article.source``.
        html: Treat ``text`` as an HTML page and extract its main text.

    Returns:
        The parsed :class:`Article`.

    Warns:
        ArticleWarning: If the text holds lone surrogate code points; each
            is replaced by U+FFFD, so offsets are unchanged.

    Raises:
        ArticleError: If the text is empty or has no body paragraph.
    """
    where = str(source) if source is not None else "<text>"
    if not isinstance(text, str):
        raise ArticleError(f"{where}: expected the article as a str, got {type(text).__name__}")
    if _SURROGATE.search(text):
        # Lone surrogates (UTF-16 halves, e.g. from JSON "\ud83d" escapes or a
        # surrogateescape decode) are not text: no UTF-8 writer (CSV, Parquet,
        # pandas' string columns) accepts them.  One U+FFFD each keeps every offset.
        text = _SURROGATE.sub("\ufffd", text)
        warn(f"{where}: lone surrogate code points replaced by U+FFFD (broken UTF-16?)", stacklevel=2)
    meta: dict[str, object] = {}
    if html:
        text, meta = _extract_html(text, where)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():  # not text.strip(): no copy of a 20 MB text
        raise ArticleError(f"{where}: the article is empty (no text at all)")
    if "\x00" in text:
        raise ArticleError(f"{where}: the text contains NUL characters (binary data?)")
    return _parse(text, where, source=str(source) if source is not None else None, meta=meta)


#: Article files the kit reads: suffix → reader (``"html"``: the page's main text is extracted;
#: ``"text"``: plain text or Markdown).  :func:`load_article`, :func:`analysis.pipeline.analyze`
#: (to tell a path from text) and the corpus's folder search all read this one table.
READERS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def load_article(path: str | os.PathLike[str]) -> Article:
    """Read and parse an article file (``.txt``, ``.md`` or ``.html``).

    Args:
        path: Path to the file.

    Returns:
        The parsed :class:`Article` with ``source`` set to the path.

    Raises:
        ArticleError: If the path is missing, a directory, unreadable,
            binary, empty or has no body paragraph.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ArticleError(f"expected a file path, got {type(path).__name__}")
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file")
    if p.is_dir():
        raise ArticleError(f"{p}: is a directory, not an article file (use analysis.corpus for folders)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if not data or data.isspace():
        raise ArticleError(f"{p}: the file is empty")
    text = decode_bytes(data, where=str(p))
    del data  # the bytes are not needed once decoded; don't hold both copies while parsing
    is_html = READERS.get(p.suffix.lower()) == "html" or bool(_HTML_START.match(text))
    return read_article(text, source=str(p), html=is_html)


_HTML_START = re.compile(r"\s*<(?:!doctype html|html)", re.IGNORECASE)


def _extract_html(page: str, where: str) -> tuple[str, dict[str, object]]:
    """Main text and metadata of an HTML page, via trafilatura."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        raise ArticleError(f"{where}: reading HTML needs the 'trafilatura' package") from None
    body = trafilatura.extract(page, include_comments=False, include_tables=False, favor_recall=True)
    if not body or not body.strip():
        raise ArticleError(f"{where}: no article text found in this HTML page")
    meta_doc = trafilatura.extract_metadata(page)
    meta: dict[str, object] = {}
    if meta_doc is not None:
        meta = {"headline": meta_doc.title, "date": meta_doc.date, "url": meta_doc.url, "outlet": meta_doc.sitename}
        meta["byline"] = meta_doc.author
    lines = body.strip().split("\n")
    dek = page_dek(page, meta_doc.description if meta_doc is not None else None, lines)
    if dek is not None:
        meta["standfirst"] = dek
        has_title = bool(meta_doc is not None and meta_doc.title and lines[0].strip() == meta_doc.title.strip())
        if has_title and dek.split() not in (line.split() for line in lines[1:4]):
            lines.insert(1, dek)  # a dek trafilatura left out goes under the headline, where the page shows it
    # trafilatura separates paragraphs by single newlines; the model wants blank lines.
    return re.sub(r"\n+", "\n\n", "\n".join(lines)) + "\n", meta


def page_dek(page: str, description: str | None, lines: Sequence[str]) -> str | None:
    """The dek (summary line under the headline) of an HTML page whose extracted text is ``lines``.

    The dek is the page's :func:`_html_dek`, else its metadata ``description``
    where the story's text does not hold it: many pages describe themselves
    with their first paragraph, which is body, not a dek.
    """
    dek = _html_dek(page)
    if dek is None and description:
        opening = " ".join(description.split()).rstrip(".\u2026 ")
        if opening and not any(" ".join(line.split()).startswith(opening) for line in lines):
            dek = " ".join(description.split())
    return dek


# Class names pages give the dek (summary line under the headline).
_DEK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|standfirst|subtitle|sub-title|subheadline|sub-headline|strapline|summary)(?:$|[\s_-])",
    re.IGNORECASE,
)
_DEK_MAX_WORDS = 60


def _html_dek(page: str) -> str | None:
    """The dek of an HTML page: a ``<p class="dek|standfirst|subtitle|summary">`` or an ``<h2>`` right under the ``<h1>``."""
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        return None
    h1 = next(tree.iter("h1"), None)
    # A dek sits in the headline's block (its parent or grandparent): a "summary" elsewhere
    # on the page (a teaser of another story) is not this story's dek.
    region = tree
    if h1 is not None and (parent := h1.getparent()) is not None:
        grandparent = parent.getparent()
        region = grandparent if grandparent is not None else parent
    candidates = [el for el in region.iter("p", "h2", "div", "span") if _DEK_CLASS.search(el.get("class") or "")]
    if (
        h1 is not None
        and (after := h1.getnext()) is not None
        and after.tag in ("h2", "p")
        and (after.tag == "h2" or _DEK_CLASS.search(after.get("class") or ""))
    ):
        candidates.insert(0, after)
    for el in candidates:
        words = " ".join(el.itertext()).split()
        if 3 <= len(words) <= _DEK_MAX_WORDS:
            return " ".join(words)
    return None


def _parse(text: str, where: str, *, source: str | None, meta: dict[str, object]) -> Article:
    blocks = _blocks(text, 0, len(text))
    date: _dt.date | None = None
    headline_span: Span | None = None
    standfirst_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    agency: str | None = None

    first_block = blocks[0]
    first_line, rest = _split_first_line(text, first_block)
    first_text = text[first_line[0] : first_line[1]]
    if d := _date_line(first_text):
        date = _parse_date(d[0], where)
        if d[1] < d[2]:
            headline_span = (first_line[0] + d[1], first_line[0] + d[2])
        blocks = ([rest] if rest else []) + blocks[1:]
    elif h := _md_heading(text, *first_line):
        if h[0] == 1:
            headline_span = h[1]
            blocks = ([rest] if rest else []) + blocks[1:]
    elif (
        (rest is None or all(_meta_line(text, *line) or _is_byline_line(text, line) for line in _lines(text, rest)))
        and len(blocks) > 1
        and len(first_text.split()) <= _HEADLINE_MAX_WORDS
        and not _is_dateline(first_text)
        and not _is_byline_line(text, first_line)
    ):
        headline_span = first_line
        blocks = ([rest] if rest else []) + blocks[1:]
    elif rest is not None and _SETEXT_UNDERLINE.match(text[slice(*_split_first_line(text, rest)[0])]):
        headline_span = first_line  # a Markdown "Title\n=====" heading
        underline, after = _split_first_line(text, rest)
        blocks = ([after] if after else []) + blocks[1:]
    elif rest is not None and _headline_over_lines(text, first_block, first_line):
        headline_span = first_line  # "Headline\nFirst paragraph…": a single line break under the headline
        blocks = [rest] + blocks[1:]
    blocks = [paragraph for block in blocks for paragraph in _line_paragraphs(text, block)]

    blocks = _take_meta_lines(text, blocks, meta)
    if archived := _archive_layout(text, blocks):
        # A news database's "ABSTRACT. … FULL TEXT." layout: the abstract is the
        # standfirst; a title the headline rule did not take is the headline.
        title, standfirst_span, blocks = archived
        headline_span = headline_span or title
    blocks, byline_span, byline_at = _take_byline(text, blocks)

    # Standfirst and dateline: only where a dateline block appears among the
    # first three blocks; the blocks before it are the standfirst.
    for i, span in enumerate(blocks[:3]):
        block = text[span[0] : span[1]]
        if _is_dateline(block) and (i == 0 or standfirst_span is None):
            dateline, agency = _clean_dateline(block), _block_agency(block)
            dateline_span = span
            if i > 0:
                standfirst_span = (blocks[0][0], blocks[i - 1][1])
            blocks = blocks[i + 1 :]
            break
    if dateline is None and standfirst_span is None:
        # Wire copy: what stands between the headline and a byline, or a first
        # paragraph opening with a dateline, is the dek (standfirst).
        lead = byline_at or next(
            (i for i, b in enumerate(blocks[:3]) if i and wire.inline_dateline(text, b) is not None), 0
        )
        if 0 < lead < len(blocks) and all(len(text[s:e].split()) <= _STANDFIRST_MAX_WORDS for s, e in blocks[:lead]):
            standfirst_span = (blocks[0][0], blocks[lead - 1][1])
            blocks = blocks[lead:]
        elif (dek := _find_block(text, blocks[:3], meta.get("standfirst"))) is not None and len(blocks) > 1:
            standfirst_span = blocks[dek]
            blocks = blocks[:dek] + blocks[dek + 1 :]

    paragraphs: list[Span] = []
    credit_spans: list[Span] = []
    furniture: list[Span] = []  # rules and credits, given back if nothing else is left
    sections: list[tuple[int, str | None, list[int]]] = []  # (start, title, paragraph ids)
    items = [item for span in blocks for item in _split_headings(text, span)]
    for kind, sub, title in _plain_subheads(text, items):
        if kind == "heading":
            sections.append((sub[0], title, []))
            continue
        if kind == "rule":
            furniture.append(sub)
            continue
        for turn in wire.turns(text, sub, _lines(text, sub)):
            if turn[1] - turn[0] <= wire.CREDIT_MAX_CHARS and wire.is_credit(text[turn[0] : turn[1]]):
                credit_spans.append(turn)
                furniture.append(turn)
                continue
            if not sections:
                sections.append((turn[0], None, []))
            sections[-1][2].append(len(paragraphs))
            paragraphs.append(turn)

    if not paragraphs and furniture:  # a text of nothing but credit lines is still a text
        paragraphs, credit_spans = sorted(furniture), []
        sections = [(paragraphs[0][0], None, list(range(len(paragraphs))))]
    if not paragraphs:
        raise ArticleError(f"{where}: no body paragraphs found (only a headline or metadata?)")
    if dateline is None and (dl := wire.inline_dateline(text, paragraphs[0])):
        # The dateline is metadata, like a dateline block: the first paragraph starts after its dash.
        dateline, agency, dateline_span = _clean_dateline(dl.place), dl.agency, dl.span
        if sections[0][0] == paragraphs[0][0]:
            sections[0] = (dl.body_start, sections[0][1], sections[0][2])
        paragraphs[0] = (dl.body_start, paragraphs[0][1])

    section_records = []
    for start, title, ids in sections:
        if not ids:  # a heading with nothing under it: keep the title, no paragraphs
            continue
        section_records.append(Section(start, paragraphs[ids[-1]][1], title, tuple(ids)))

    byline, byline_agency = _byline_of(text, byline_span)
    if byline is None and isinstance(meta.get("byline"), str) and meta["byline"]:
        byline = str(meta["byline"])
    headline = text[headline_span[0] : headline_span[1]] if headline_span else None
    if headline is None and isinstance(meta.get("headline"), str):
        headline = str(meta["headline"])
    if date is None and isinstance(meta.get("date"), str):
        date = _parse_date(str(meta["date"]), where)
    url, outlet = meta.get("url"), meta.get("outlet")
    return Article(
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
        text=text,
        date=date,
        headline=headline,
        standfirst=text[standfirst_span[0] : standfirst_span[1]] if standfirst_span else None,
        dateline=dateline,
        source=source,
        paragraphs=tuple(paragraphs),
        sections=tuple(section_records),
        headline_span=headline_span,
        standfirst_span=standfirst_span,
        byline=byline,
        agency=agency or byline_agency,
        credits=tuple(text[s:e] for s, e in credit_spans),
        dateline_span=dateline_span,
        byline_span=byline_span,
        credit_spans=tuple(credit_spans),
    )


# Wire furniture is looked for in the first few blocks only: a byline or a
# dek sits under the headline, never deep in the story.
_FRONT_BLOCKS = 4
_STANDFIRST_MAX_WORDS = 60
# Labels news databases (ProQuest, LexisNexis) put around an article's abstract and body.
_ABSTRACT_LABEL = re.compile(r"(?:ABSTRACT|SUMMARY)\.?:?\s*$")
_FULL_TEXT_LABEL = re.compile(r"(?:FULL TEXT|BODY|LEAD PARAGRAPH)\.?:?\s*$")


def _archive_layout(text: str, blocks: list[Span]) -> tuple[Span | None, Span | None, list[Span]] | None:
    """``(title span, abstract span, body blocks)`` of an ``ABSTRACT. … FULL TEXT.`` layout, else ``None``."""
    head = blocks[:_FRONT_BLOCKS]
    start = next((i for i, b in enumerate(head[:2]) if _ABSTRACT_LABEL.match(text, *b)), None)
    if start is None:
        return None
    end = next((k for k in range(start + 1, len(head)) if _FULL_TEXT_LABEL.match(text, *head[k])), None)
    if end is None or end + 1 >= len(blocks):
        return None
    title = blocks[0] if start == 1 else None
    abstract = (blocks[start + 1][0], blocks[end - 1][1]) if end > start + 1 else None
    return title, abstract, blocks[end + 1 :]


_BYLINE_MAX_LINES = 3
_DESK_MAX_WORDS = 8


def _is_desk_line(line: str) -> bool:
    """A short line under a byline naming a job or desk ("Political editor, BBC News"), not a sentence."""
    return len(line.split()) <= _DESK_MAX_WORDS and line[-1] not in '.!?:;"\u201d' and line[0].isupper()


def _is_byline_line(text: str, line: Span) -> bool:
    return wire.byline_parts(text[line[0] : line[1]]) is not None


def _take_byline(text: str, blocks: list[Span]) -> tuple[list[Span], Span | None, int | None]:
    """Take the byline lines opening one of the first blocks out of the body.

    Returns:
        The remaining blocks, the byline's span (its ``By …`` line and any
        agency or job lines under it) and the index of the block that
        follows it (``None`` when there is no byline).
    """
    for i, block in enumerate(blocks[:_FRONT_BLOCKS]):
        lines = _lines(text, block)
        if not _is_byline_line(text, lines[0]):
            continue
        k = 1
        while k < len(lines) and (_is_byline_line(text, lines[k]) or wire.is_role_line(text[slice(*lines[k])])):
            k += 1
        if k < len(lines) <= _BYLINE_MAX_LINES and all(_is_desk_line(text[s:e]) for s, e in lines[k:]):
            k = len(lines)  # "By Jane Doe\nPolitical editor, BBC News": the whole short block is the byline
        rest = [(lines[k][0], block[1])] if k < len(lines) else []
        remaining = blocks[:i] + rest + blocks[i + 1 :]
        if not remaining:  # a lone "By …" line is the text itself
            return blocks, None, None
        return remaining, (lines[0][0], lines[k - 1][1]), i
    return blocks, None, None


def _byline_of(text: str, span: Span | None) -> tuple[str | None, str | None]:
    """``(names, agency)`` of the byline lines ``text[span]``: names joined by " and ", the first agency named."""
    if span is None:
        return None, None
    names: list[str] = []
    agency: str | None = None
    for line in _lines(text, span):
        parts = wire.byline_parts(text[line[0] : line[1]])
        if parts is not None:
            names.append(parts[0])
            agency = agency or parts[1]
        elif agency is None:
            agency = wire.agency_of(text[line[0] : line[1]])
    return " and ".join(names) or None, agency


def _block_agency(block: str) -> str | None:
    m = re.search(r"\(([^)]*)\)", block)
    return wire.agency_name(m.group(1)) if m else None


def _find_block(text: str, blocks: list[Span], wanted: object) -> int | None:
    """Index of the block whose words are ``wanted``'s words (an HTML dek in the extracted text), if any."""
    if not isinstance(wanted, str):
        return None
    words = wanted.split()
    return next((i for i, (s, e) in enumerate(blocks) if text[s:e].split() == words), None)


def _take_meta_lines(text: str, blocks: list[Span], meta: dict[str, object]) -> list[Span]:
    """Consume ``url``/``outlet`` header lines opening the first block into ``meta``."""
    if not blocks:
        return blocks
    lines = _lines(text, blocks[0])
    taken = 0
    for line in lines:
        kv = _meta_line(text, line[0], line[1])
        if kv is None:
            break
        meta[kv[0]] = kv[1]
        taken += 1
    if taken == 0:
        return blocks
    rest = [(lines[taken][0], blocks[0][1])] if taken < len(lines) else []
    return rest + blocks[1:]


#: Longest plain-text sub-head, in words and characters.
_SUBHEAD_WORDS = 10
_SUBHEAD_CHARS = 80
#: What a body line ends with, and a sub-head does not: sentence or clause
#: punctuation, closing quotes and brackets.
_SUBHEAD_ENDS = (
    *".!?:;,\"'\u2019\u201d)]…-\u2013\u2014",
    # the closing marks of other conventions (« », „“, ‹ ›) and of damaged copy: a decoder's U+FFFD and the
    # mojibake of ” and ’ (an entity, "&rdquo;", ends in ";" already), so a short quoted sentence stays a paragraph
    *"\u00bb\u201c\u203a\ufffd",
    "\u00e2\u20ac\x9d",
    "\u00e2\u20ac\u2122",
)
#: Lines that look short and unpunctuated but are not sub-heads: a byline,
#: a credit or a wire tag.
_NOT_SUBHEAD = re.compile(r"(?i)^(?:by|photo|image|credit|source|copyright|editor'?s note)\b|\((?:AP|Reuters|AFP)\)")


def _plain_subheads(text: str, items: list[tuple[str, Span, str | None]]) -> list[tuple[str, Span, str | None]]:
    """Mark plain-text sub-heads: a short line without final punctuation standing between paragraphs.

    As Wikinews and many web pages write them ("Superstars", "Group G —
    Belgium 3 – 0 Panama"): one line of at most :data:`_SUBHEAD_WORDS`
    words starting with a capital, not ending in punctuation, not
    all capitals (a dateline), with a body paragraph (ending in punctuation)
    before and after it.  A short line at the end (a signature, a gallery
    caption) or before the first paragraph (a caption) stays a paragraph.
    """
    out = list(items)
    for i in range(1, len(items) - 1):
        kind, span, _ = items[i]
        if kind != "paragraph" or items[i - 1][0] != "paragraph" or items[i + 1][0] != "paragraph":
            continue
        line = text[span[0] : span[1]].strip()
        if (
            _is_plain_subhead(line)
            and _is_body(text[slice(*items[i + 1][1])])
            and _is_body(text[slice(*items[i - 1][1])])
        ):
            out[i] = ("heading", span, line)
    return out


def _is_plain_subhead(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _SUBHEAD_WORDS
        and len(line) <= _SUBHEAD_CHARS
        and "\n" not in line
        and line[0].isupper()
        and not line.endswith(_SUBHEAD_ENDS)
        and not line.isupper()
        and not _NOT_SUBHEAD.search(line)
        and not wire.is_credit(line)  # "Follow Jane Doe on Twitter at …" is a credit line, not a sub-head
    )


def _is_body(paragraph: str) -> bool:
    """A body paragraph: longer than a sub-head, or ending like a sentence."""
    paragraph = paragraph.strip()
    return len(paragraph.split()) > _SUBHEAD_WORDS or paragraph.endswith(_SUBHEAD_ENDS)


def _split_headings(text: str, span: Span) -> list[tuple[str, Span, str | None]]:
    """Split a block into Markdown sub-heads, rules (``___``) and paragraph spans.

    A ``---``/``===`` line right under a text line is that line's (setext)
    underline, not a rule, and stays in the paragraph.
    """
    out: list[tuple[str, Span, str | None]] = []
    para_start: int | None = None
    para_end = span[0]
    for line in _lines(text, span):
        h = _md_heading(text, line[0], line[1])
        if h:
            if para_start is not None:
                out.append(("paragraph", (para_start, para_end), None))
                para_start = None
            out.append(("heading", line, text[h[1][0] : h[1][1]].strip() or None))
        elif (
            text[line[0]] in wire.RULE_CHARS
            and wire.is_rule(text[line[0] : line[1]])
            and (para_start is None or text[line[0]] not in "-=")
        ):
            if para_start is not None:
                out.append(("paragraph", (para_start, para_end), None))
                para_start = None
            out.append(("rule", line, None))
        else:
            if para_start is None:
                para_start = line[0]
            para_end = line[1]
    if para_start is not None:
        out.append(("paragraph", (para_start, para_end), None))
    return out


def _parse_date(value: str, where: str) -> _dt.date | None:
    value = value.strip()
    candidate = value[:10]
    if _ISO_DATE.match(candidate):
        try:
            return _dt.date.fromisoformat(candidate)
        except ValueError:
            pass
    warn(f"{where}: date {value!r} is not a valid YYYY-MM-DD date; the date is left empty", stacklevel=4)
    return None
