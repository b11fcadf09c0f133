"""Quote spans: where an article quotes someone, found from its quotation marks.

One linear scan over the quotation marks of each text block (standfirst,
body paragraphs) with a small stack, so the cost grows with the
text and never raises, whatever the marks (textacy's ``direct_quotations``
raises on an odd number of marks; real articles are cut off mid-quote).

What is handled, and how:

* **Marks**: typographic double quotes (``“ ”``, ``„``), straight ``"`` and
  typewriter ``''`` (direction from their neighbours: a mark after a space
  opens, one before a space or punctuation closes), guillemets (``« »``),
  and single quotes used as
  quote marks (``‘ ’`` and ``'``).  A single mark counts as a quote mark only
  when it opens at the start of a word and a closing mark at the end of a word
  follows in the same paragraph; otherwise it is an apostrophe (``don’t``,
  ``’90s``, ``Jones’``).  A lone backtick opens a single quote closed by ``'``
  (```` ` Black Monday ' ````, a typewriter convention of some Wikinews writers,
  spaces inside allowed).  When an article uses single quotes as its main marks
  (British style: more single pairs than double pairs), singles are treated
  like doubles, including across paragraphs.
* **Nesting**: a quote inside a quote (``"he told me 'no'"``, or ``“ … “ … ” … ”``)
  stays part of the outer quote; only outermost quotes are returned.
* **Multi-paragraph quotes**: by convention a quote that goes on into the next
  paragraph leaves the paragraph unclosed and re-opens the next one with a
  mark; that is one quote whose span runs across the paragraph break (unless
  the next paragraph opens a transcript turn, ``"PENCE: …``).
* **Markup**: a mark right after ``=`` is an attribute value left over from
  HTML (``tweet-id="…"``), not a quote.
* **Headline**: not searched; headline quotes repeat body quotes without
  attribution.
* **Unclosed quotes**: a quote still open at the end of its paragraph (and not
  continued) ends there.
* **Exported doubled marks**: a CSV export writes every ``"`` twice (``""like
  this""``); ``""`` is one mark, so a closing pair does not open a new quote
  and throw the pairing out of phase.  A ``""`` between two letters or digits
  (``2010""s``), before an elision (``""em``, ``rock ""n"" roll``) or between
  two spaces is no mark.
* **Terms that end like possessives**: ``eat four ‘snacks’ a day`` has the
  shape of a plural possessive (``the players’ union``); a short term a single
  quote opens inside a sentence ends at such a mark when no later mark closes
  it or another quote opens.
* **Opening marks typed as closers**: a ``“`` after a word and before a space
  or punctuation (``called it “abhorrent“ in a tweet``) closes the open quote.
* **Doubled opening marks** (best effort): a typo that types the opening mark
  twice (``“”This is unfair,” he said``, ``""Yes,"``, ``"“Yes,”``) opens one
  quote, so the quote is kept and the paragraph after it is not swallowed; a
  single mark right inside a double one is a nested quote (``“‘No,’ he
  said,”``).  A doubled mark that re-opens a continued paragraph is not
  handled.
* **Kind**: ``full`` when the quote is a clause or sentence of its own
  (it starts a sentence, or follows a colon, comma or dash), ``partial`` when
  it is a fragment embedded in the writer's sentence (``said it was "a good
  deal"``).  :func:`looks_like_nonspeech` flags the shapes of scare quotes,
  titles and nicknames; whether such a quote is speech is decided by the
  speaker stage, from whether anyone is said to have said it.
  :func:`names_a_thing` tells a name or term set in a sentence ("the "Lion"
  release") from words said, for the reported-speech finder: a clause that
  holds one is still a report.

Offsets: ``start``/``end`` exclude the quotation marks and surrounding
whitespace; ``open``/``close`` point at the marks themselves.

References:
    Pareti, S. (2016). PARC 3.0: A Corpus of Attribution Relations. LREC.
    Newell, C., Cowlishaw, T. & Man, D. (2018). Quote Extraction and Analysis
    for News. KDD Data Science, Journalism & Media workshop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis._types import Span
from analysis.resources import brill_tag
from analysis.tokenize import COUNTED_WORD, MARK_SPELLING, MARK_SPELLINGS, REPLACED_MARK, unspelled

if TYPE_CHECKING:  # pragma: no cover
    from analysis.article import Article

__all__ = [
    "Quote",
    "count_words",
    "find_quotes",
    "looks_like_nonspeech",
    "looks_like_title",
    "mark_end",
    "mark_start",
    "names_a_thing",
    "quote_blocks",
]


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of quoted text.

    Attributes:
        start: Offset of the first quoted character (after the mark).
        end: Offset just past the last quoted character (before the mark).
        open: Offset of the opening mark.
        close: Offset of the closing mark, or ``None`` when never closed.
        kind: ``'full'`` or ``'partial'`` (see the module docstring).
        block: Index of the text block (see :func:`quote_blocks`) it starts in.
        end_block: Index of the block it ends in (> ``block`` when it runs
            across paragraphs).
    """

    start: int
    end: int
    open: int
    close: int | None
    kind: str
    block: int
    end_block: int


_DOUBLE_OPEN = frozenset("\u201c\u201e\u00ab")
_DOUBLE_CLOSE = frozenset("\u201d\u00bb")
_SINGLE_OPEN = frozenset("\u2018\u201a\u2039")
_SINGLE_CLOSE = frozenset("\u2019\u203a")
# ``''`` and ````  `` (typewriter and Treebank-style doubles) and ``""`` (a CSV export's escaped mark, every ``"``
# written twice: ``""like this""``) come first so they are one mark.
# A mark spelled in several characters (``&quot;``, ``&#8220;``, ``\\"``, ``â€œ``: ``tokenize.MARK_SPELLINGS``) is one
# mark too.  The look-ahead for a mark's first character comes first: the spellings' alternation, tried at every
# character, made the scan eight times slower; behind it the scan is as fast as it was without them.
_MARK_CHARS = "\"'`\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a\ufffd"
_MARKS = re.compile(f"(?=[{_MARK_CHARS}&\\\\\u00e2])(?:''|``|\"\"|[{_MARK_CHARS}]|(?i:{MARK_SPELLING.pattern}))")
#: A lone backtick opens a typewriter single quote that ``'`` closes (```` `wonders' ````).
_BACKTICK = "`"
# Characters after which a mark opens a quote rather than closing one.
_DOUBLED = {"''": '"', "``": "\u201c", '""': '"'}


def _mark_char(mark: str) -> str:
    """The one character a mark of :data:`_MARKS` stands for (``""`` and ``&quot;`` are ``"``)."""
    if len(mark) > 2 or mark == '\\"':
        return MARK_SPELLINGS[mark.lower()]
    if mark == _REPLACED_MARK:
        return '"'  # its direction is read from its neighbours, as a straight mark's is
    return _DOUBLED.get(mark, mark)


_OPENING_CONTEXT = frozenset(" \t\n\r\u00a0([{\u2014\u2013-/:;,\u2026")
# A single mark at the start of a word that is an elision, not a quote.
_ELISION = re.compile(r"(?:\d0s\b|\d\d\b|em\b|cause\b|til\b|tis\b|twas\b|n\b|bout\b|round\b)", re.IGNORECASE)
#: Characters after a mark an elision is read in (the longest elided word, "round", and a word break).
_ELISION_REACH = 8
_WORD = COUNTED_WORD
# A transcript turn ("PENCE: Well, …"): a new speaker, so not the previous quote going on.
_TURN_LABEL = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}:\s")
_SENTENCE_END = re.compile(r"[.?!\u2026][\"'\u201d\u2019)]*\s*$")


def quote_blocks(article: Article) -> list[Span]:
    """The text blocks quotes are looked for in, in reading order.

    Args:
        article: A parsed :class:`~analysis.article.Article`.

    Returns:
        The standfirst's span (when present) followed by the body
        paragraphs; quotes continue only between consecutive blocks.
    """
    # The headline is left out: headline quotes are clipped repeats of body
    # quotes with no attribution, and counting them would count a voice twice.
    extra = [article.standfirst_span] if article.standfirst_span is not None else []
    return extra + list(article.paragraphs)


def find_quotes(text: str, blocks: Sequence[Span]) -> list[Quote]:
    """Find the quotes of a text, block by block.

    Args:
        text: The full text every offset indexes (``Article.text``).
        blocks: Spans of the paragraphs (or other blocks) in reading order;
            see :func:`quote_blocks`.

    Returns:
        Outermost quotes in reading order, disjoint, each inside ``text``.
        Never raises on unbalanced marks.
    """
    single_primary = _single_is_primary(text, blocks)
    out: list[Quote] = []
    carry: tuple[int, int, int] | None = None  # (mark start, mark end, block) of a quote left open
    for b, (bs, be) in enumerate(blocks):
        quotes, carry = _scan_block(text, bs, be, b, carry, single_primary, blocks)
        out.extend(quotes)
    return out


def _single_is_primary(text: str, blocks: Sequence[Span]) -> bool:
    """Whether the article quotes with single marks (British style)."""
    doubles = singles = 0
    for bs, be in blocks:  # str.count with bounds: no copy of each block
        doubles += text.count("\u201c", bs, be) + text.count('"', bs, be) // 2 + text.count("\u00ab", bs, be)
        singles += text.count("\u2018", bs, be)
        if text.find("&", bs, be) >= 0:  # marks spelled as HTML character references count as the marks
            entities = [MARK_SPELLINGS[m.group().lower()] for m in MARK_SPELLING.finditer(text, bs, be)]
            doubles += sum(ch in "\u201c\u00ab" for ch in entities) + entities.count('"') // 2
            singles += entities.count("\u2018")
    return singles > doubles and singles >= 2


def _prev_char(text: str, i: int, bs: int) -> str:
    return text[i - 1] if i > bs else " "


def _next_char(text: str, j: int, be: int) -> str:
    return text[j] if j < be else " "


#: The no-break spaces French typography sets between a guillemet and the words it encloses (``«\u00a0Oui\u00a0»``):
#: the mark's own spacing, read past as if the mark touched the word.
_GUILLEMET_SPACES = frozenset("\u00a0\u202f")


def _opens(text: str, i: int, j: int, bs: int, be: int) -> bool:
    """Whether an ambiguous mark at ``text[i:j]`` sits where a quote opens."""
    prev, nxt = _prev_char(text, i, bs), _next_char(text, j, be)
    if nxt in _GUILLEMET_SPACES and text[i] in "\u00ab\u2039":
        nxt = _next_char(text, j + 1, be)
    return (prev in _OPENING_CONTEXT or prev in "\"\u201c\u2018'") and not nxt.isspace()


def _closes(text: str, i: int, j: int, bs: int, be: int) -> bool:
    """Whether a mark at ``text[i:j]`` sits where a quote closes (end of a word)."""
    prev, nxt = _prev_char(text, i, bs), _next_char(text, j, be)
    if prev in _GUILLEMET_SPACES and text[i] in "\u00bb\u203a":
        prev = _prev_char(text, i - 1, bs)
    return not prev.isspace() and not (nxt.isalnum() or nxt == "_")


def mark_end(text: str, at: int) -> int:
    """Offset just past the quotation mark at ``at``: two characters for ``''``, ````  `` and an export's ``""``.

    Args:
        text: The text the offset indexes.
        at: Offset of a mark's first character (a quote's ``open`` or ``close``).

    Returns:
        The offset after the mark (``at + 1`` when no mark starts there).
    """
    mark = _mark_at(text, at, len(text))
    return mark[1] if mark else at + 1


#: The most characters a mark is written in (``&#x201C;``; an export's ``""``, ``''`` and ``\\"`` take two).
_LONGEST_MARK = max(map(len, MARK_SPELLINGS))


def mark_start(text: str, end: int) -> int:
    """Offset of the first character of the quotation mark that ends at ``end``: a span's end past its closing mark.

    The counterpart of :func:`mark_end`: ``&quot;``, ``&#8221;`` and ``â€\x9d`` are one mark each, as ``""`` and
    ``''`` are, so what the mark encloses ends where its spelling starts.

    Args:
        text: The text the offset indexes.
        end: Offset just past a closing mark.

    Returns:
        The offset of the mark's first character (``end - 1`` when no mark ends there).
    """
    for i in range(max(0, end - _LONGEST_MARK), end - 1):  # the longest mark ending at ``end`` first
        m = _MARKS.match(text, i, end)
        if m is not None and m.end() == end:
            return i
    return end - 1


def _mark_at(text: str, i: int, be: int) -> tuple[str, int] | None:
    """The (normalised) mark starting at ``i`` and its end, if one does."""
    m = _MARKS.match(text, i, be)
    return (_mark_char(m.group()), m.end()) if m else None


def _scan_block(
    text: str,
    bs: int,
    be: int,
    b: int,
    carry: tuple[int, int, int] | None,
    single_primary: bool,
    blocks: Sequence[Span],
    rescans: int = 0,
) -> tuple[list[Quote], tuple[int, int, int] | None]:
    quotes: list[Quote] = []
    # Stack of open quotes: (offset of mark, end of mark, opened by a straight mark?).
    stack: list[tuple[int, int, bool]] = []
    start_block = b
    pos = bs
    if carry is not None:
        # The previous block left a quote open; the next block re-opened it with a mark (checked below).
        mark = _mark_at(text, bs, be)
        assert mark is not None
        stack.append((carry[0], carry[1], False))
        start_block = carry[2]
        pos = mark[1]
    pending_single: tuple[int, int] | None = None  # a secondary single opener waiting for its close
    # A possessive-shaped mark that may close the pending single quote (`eat four ‘foodpacks’ a day`).
    term_close: int | None = None
    for m in _MARKS.finditer(text, pos, be):
        i, j = m.start(), m.end()
        ch = _mark_char(m.group())
        if i > bs and text[i - 1] == "=":
            continue  # an attribute value in left-over markup (tweet-id="…"), not a quote
        if m.group() == _REPLACED_MARK and _replaced_mark_quotes_nothing(text, i, j, bs, be):
            continue  # the lost character was an apostrophe (`it�s`) or a dash (`cuts � and`)
        if m.group() == _CSV_MARK and _csv_mark_quotes_nothing(text, i, j, bs, be):
            continue  # an empty pair (`the "" string`) or an apostrophe (`the iPhone 5""s camera`, `""em`)
        if _mark_type(ch, single_primary) == "d":
            straight = ch in "\"'"
            if len(stack) == 1 and _reopens_run(text, i, j, bs, be, ch):
                if term_close is None:
                    continue  # a paragraph break lost from the copy: the same quote goes on
                # A term's quote ended at its possessive-shaped mark; this mark opens the next quote.
                o, oe, _ = stack.pop()
                _emit(quotes, text, o, oe, term_close, start_block, b, bs)
                term_close = None
            if ch in "'\u2019\u203a\u2018\u2039" and not _quote_like_single(text, i, j, bs, be, bool(stack)):
                if len(stack) == 1 and term_close is None and _closes_a_term(text, stack[0][:2], i, bs):
                    term_close = i  # (a single-quoting article's term: `eat four ‘foodpacks’ a day`)
                continue  # an apostrophe in a single-quoting article
            if ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE:
                action = "close" if stack else ("open" if _opens(text, i, j, bs, be) else "skip")
            elif ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
                action = "open"
                if stack and stack[-1][2] and not _opens(text, i, j, bs, be):
                    action = "close"  # a straight opener closed by a curly mark: sloppy typing
                elif _closes(text, i, j, bs, be) and not _opens(text, i, j, bs, be):
                    # An opening mark typed where a quote closes (`called it “abhorrent“ in a tweet`, `“No,“ he
                    # said`): after a word, before a space or punctuation.  Read as opening, it would nest a quote
                    # that runs to the paragraph's end and swallow what follows.
                    action = "close" if stack else "skip"
            elif stack:  # straight mark inside a quote: closes, unless it clearly opens a nested one
                action = "close" if stack[-1][2] or not _opens(text, i, j, bs, be) else "open"
            else:
                action = "open" if _opens(text, i, j, bs, be) or not _closes(text, i, j, bs, be) else "skip"
            if stack and stack[-1][1] == i and _doubled_opening(text, stack[-1][0], ch, action, i, j, bs, be):
                # A doubled opening mark (`“”This is unfair,” he said`, `""Yes," she said`, `"“Yes,” she said`): a
                # typo, not an empty quote or a nested one; the pair opens one quote, whose words start after
                # the second mark.
                o, _, straight_open = stack.pop()
                stack.append((o, j, straight_open))
                continue
            if action == "open" and len(stack) == 1 and term_close is not None and ch in "'\u2018\u2039":
                # A second single quote opens where the first, a term, would nest it: the first one's
                # possessive-shaped mark closed it (`four ‘foodpacks’ a day and ‘shakes’ at night`).
                o, oe, _ = stack.pop()
                _emit(quotes, text, o, oe, term_close, start_block, b, bs)
                term_close = None
            if action == "open":
                if not stack:
                    start_block = b
                    if pending_single is not None and term_close is not None:
                        _emit(quotes, text, pending_single[0], pending_single[1], term_close, b, b, bs)
                stack.append((i, j, straight))
                pending_single = term_close = None
            elif action == "close":
                o, oe, _ = stack.pop()
                if not stack:
                    _emit(quotes, text, o, oe, i, start_block, b, bs)
                    term_close = None
        elif not stack:  # a secondary single mark: a quote only when it pairs up, outside any double quote
            backtick = pending_single is not None and text[pending_single[0]] == _BACKTICK
            if ch == _BACKTICK:
                # Opens where a word may start (not "don`t"); the writers who use it leave spaces inside.
                if _prev_char(text, i, bs) in _OPENING_CONTEXT:
                    pending_single = (i, j)
            elif pending_single is None:
                if _single_opens(text, i, j, bs, be, ch):
                    pending_single = (i, j)
            elif ch != "\u2018" and (
                (backtick and ch == "'" and not _next_char(text, j, be).isalnum())
                or (_closes(text, i, j, bs, be) and not _looks_possessive(text, i, j, be))
            ):
                _emit(quotes, text, pending_single[0], pending_single[1], i, b, b, bs)
                pending_single = term_close = None
            elif term_close is not None and _single_opens(text, i, j, bs, be, ch):
                # A second single quote opens: the first one's possessive-shaped mark closed it (`four ‘foodpacks’
                # a day and ‘shakes’ at night`), as single quotes do not nest.
                _emit(quotes, text, pending_single[0], pending_single[1], term_close, b, b, bs)
                pending_single, term_close = (i, j), None
            elif term_close is None and ch != "\u2018" and _closes_a_term(text, pending_single, i, bs):
                term_close = i
    if pending_single is not None and term_close is not None:
        # No other mark closed it: the possessive-shaped one did (`He wrote about ‘lies’ and the family.`).
        _emit(quotes, text, pending_single[0], pending_single[1], term_close, b, b, bs)
    if len(stack) == 1 and term_close is not None:
        # A single-quoting article's term that no other mark closed (`eat four ‘foodpacks’ a day.`).
        o, oe, _ = stack.pop()
        _emit(quotes, text, o, oe, term_close, start_block, b, bs)
    if stack:
        o, oe, _ = stack[0]
        if b + 1 < len(blocks):
            ns, ne = blocks[b + 1]
            mark = _mark_at(text, ns, ne)
            if (
                mark
                and _mark_type(mark[0], single_primary) == "d"
                and mark[0] not in _DOUBLE_CLOSE
                and mark[0] not in _SINGLE_CLOSE
                and not _TURN_LABEL.match(text, mark[1], ne)
            ):
                return quotes, (o, oe, start_block)  # re-opened in the next paragraph: one quote
        later: list[Quote] = []
        if be - oe > FLAT_BLOCK_CHARS and rescans < MAX_RESCANS:
            # A stray opening mark in copy whose paragraph breaks were lost (a scraped body on one line) would make
            # the rest of the story one quote and hide every quote in it: read the block again after the mark.
            later, _ = _scan_block(text, oe, be, b, None, single_primary, blocks, rescans + 1)
        _emit(quotes, text, o, oe, None, start_block, b, bs, end=later[0].open if later else be)
        quotes.extend(later)
    return quotes, None


#: A block longer than this is no paragraph but a whole body flattened onto one line (a scraper's or an export's
#: copy): news paragraphs run to a few hundred characters, hardly ever past a thousand.  A quote left open that would
#: run longer is read as a stray mark, and the block is read again after it (:func:`_scan_block`); the attribution
#: reads virtual paragraphs in such a block (:meth:`analysis.speakers._Doc._flat_words`).
FLAT_BLOCK_CHARS = 1500
#: How many stray marks one block is read again after (each read is linear; this bounds the work).
MAX_RESCANS = 20


#: U+FFFD (:data:`analysis.tokenize.REPLACED_MARK`) is read as a straight double mark where it sits like one.
_REPLACED_MARK = REPLACED_MARK


def _replaced_mark_quotes_nothing(text: str, i: int, j: int, bs: int, be: int) -> bool:
    """Whether a U+FFFD stands for no quotation mark: between two letters or digits (an apostrophe, `it�s`) or
    between two spaces (a dash, `cuts � and`)."""
    prev, nxt = _prev_char(text, i, bs), _next_char(text, j, be)
    return (prev.isalnum() and nxt.isalnum()) or (prev.isspace() and nxt.isspace())


#: A CSV export's escaped straight mark (``""like this""``), read as one ``"``.
_CSV_MARK = '""'
#: Words an apostrophe opens (`'em`, `'n'`, `'60s`): after an exported ``""`` they are elisions, not quotes.
_CSV_ELISION = re.compile(r"(?:\d0s|em|n)\b")


def _csv_mark_quotes_nothing(text: str, i: int, j: int, bs: int, be: int) -> bool:
    """Whether a ``""`` at ``text[i:j]`` is no quotation mark: an empty pair, or an exported apostrophe.

    Between two spaces it is the empty pair of clean copy (`the "" string`).  Exports that escape every ``"`` by
    doubling it also carry apostrophes the source wrote as ``"``: between two letters or digits (`2010""s report`,
    `iPhone 5""s`) a mark opens and closes nothing, and before an elided word (`did ""em a favour`, `the ""60s`)
    or after the `n` of `rock ""n"" roll` it stands for a dropped letter.  A quote mark has a word on one side
    only.
    """
    prev, nxt = _prev_char(text, i, bs), _next_char(text, j, be)
    if prev.isspace() and nxt.isspace():
        return True
    if prev.isalnum() and nxt.isalnum():
        return True
    if _opens(text, i, j, bs, be):
        return bool(_CSV_ELISION.match(text, j, min(be, j + _ELISION_REACH)))
    # The closing mark of `""n""`: the one-letter word after an elision mark.
    return text[max(bs, i - 4) : i] in (' ""n', '""n') and not nxt.isalnum()


def _single_opens(text: str, i: int, j: int, bs: int, be: int, ch: str) -> bool:
    """Whether a secondary single mark opens a quote: at the start of a word that is no elision (`'em`, `'90s`)."""
    return (
        ch in "'\u2018\u2039"
        and _opens(text, i, j, bs, be)
        and not _ELISION.match(text, j, min(be, j + _ELISION_REACH))
    )


def _closes_a_term(text: str, pending: tuple[int, int], i: int, bs: int) -> bool:
    """Whether a possessive-shaped mark at ``i`` (`players’ union`) may close the single quote opened at ``pending``.

    A single mark after an s-final word and before a lower-case word reads as a plural possessive, so it is kept
    open; but a short term that a single quote opens inside the writer's sentence (`eat four ‘foodpacks’ a day`,
    `about ‘lies’ and`) ends with such a mark too.  It is kept as the close to fall back on when no other mark
    closes the quote: a term of at most :data:`TITLE_MAX_WORDS` words after a word of the sentence.
    """
    o, oe = pending
    k = o - 1
    while k >= bs and text[k].isspace():
        k -= 1
    inside_sentence = k >= bs and text[k].isalnum()
    return inside_sentence and _closes(text, i, i + 1, bs, len(text)) and len(text[oe:i].split()) <= TITLE_MAX_WORDS


#: Double marks that open a quote (straight ones included); two of them side by side are one mark typed twice.
_DOUBLE_OPENERS = frozenset('"\u201c\u201e')


def _doubled_opening(text: str, o: int, ch: str, action: str, i: int, j: int, bs: int, be: int) -> bool:
    """Whether the mark ``text[i:j]``, right after the opening mark at ``o``, repeats it by a typo.

    A closing mark there would close an empty quote, so where it sits before a word (`“”This`) it is a second
    opener typed as a closer.  A second double opener (`"“This`, `““This`) would open a nested quote with no word
    before it; a single mark right inside a double one stays a nested quote (`“‘No,’ he told me,” she said`).
    """
    if action == "close":
        return _opens(text, i, j, bs, be)
    return action == "open" and ch in _DOUBLE_OPENERS and text[o] in _DOUBLE_OPENERS


#: Punctuation that ends a sentence; an opening mark after it (and a space) inside an open quote re-opens a run.
_SENTENCE_FINAL = frozenset(".?!\u2026")


def _reopens_run(text: str, i: int, j: int, bs: int, be: int, ch: str) -> bool:
    """Whether an opening-shaped mark inside an open quote re-opens the same quote after a lost paragraph break.

    A quote that runs over paragraphs leaves each paragraph unclosed and re-opens the next with a mark; copy
    that has lost its paragraph breaks (a feed that joins them with a space) keeps the marks:
    ``"Spending is high. But savings are spent. "Growth can't last without jobs." Unemployment is …``.  The
    middle mark sits where a quote opens (a space before, a word after) and follows the end of a sentence, so
    it is the run's re-opening, not a close (a close follows a word, not a space) and not a nested quote (which
    starts inside a sentence: ``he told me "no"``).
    """
    if ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE or not _opens(text, i, j, bs, be) or _TURN_LABEL.match(text, j, be):
        return False  # a closing mark, a mark that does not open, or a transcript's next turn ("PENCE: …")
    k = i - 1
    if k < bs or not text[k].isspace():
        return False
    while k >= bs and text[k].isspace():
        k -= 1
    return k >= bs and text[k] in _SENTENCE_FINAL


def _mark_type(ch: str, single_primary: bool) -> str:
    if ch in '"\u201c\u201d\u201e\u00ab\u00bb':
        return "d"
    if ch == _BACKTICK:
        return "s"  # never an article's main mark
    return "d" if single_primary else "s"


def _quote_like_single(text: str, i: int, j: int, bs: int, be: int, inside: bool) -> bool:
    """In single-quoting articles, whether a single mark is a quote mark, not an apostrophe."""
    prev, nxt = _prev_char(text, i, bs), _next_char(text, j, be)
    if prev.isalnum() and nxt.isalnum():
        return False  # don't, it's
    if _closes(text, i, j, bs, be):
        return inside and not _looks_possessive(text, i, j, be)
    return _opens(text, i, j, bs, be) and not _ELISION.match(text, j, min(be, j + _ELISION_REACH))


_POSSESSED = re.compile(r" [a-z]+\b")


def _looks_possessive(text: str, i: int, j: int, be: int) -> bool:
    """``the players’ union``: an s-final word, the mark, then a lower-case word."""
    return text[i - 1 : i] in ("s", "S") and bool(_POSSESSED.match(text, j, be))


def _emit(
    quotes: list[Quote], text: str, o: int, oe: int, c: int | None, b0: int, b1: int, bs: int, *, end: int | None = None
) -> None:
    s = oe
    e = c if c is not None else end
    assert e is not None
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s or not any(ch.isalpha() for ch in text[s:e]):
        return
    quotes.append(Quote(s, e, o, c, _kind(text, o, s, e, bs if b0 == b1 else None), b0, b1))


def _kind(text: str, o: int, s: int, e: int, bs: int | None) -> str:
    """``full`` for a clause of its own, ``partial`` for an embedded fragment."""
    j = o - 1
    lo = bs if bs is not None else 0
    while j >= lo and text[j].isspace():
        j -= 1
    before = text[j] if j >= lo and bs is not None else "."
    if before in _SPELLING_ENDS and j >= lo and bs is not None:
        # A mark or an apostrophe spelled in several characters (``&rdquo;``, ``â€\x9d``, ``&rsquo;``) is read as
        # itself, not as its last character: ``Jones&rsquo; &ldquo;lies&rdquo;`` reads as ``Jones’ “lies”``.
        k = mark_start(text, j + 1)
        if k < j and _MARKS.fullmatch(text, k, j + 1):
            before, j = _mark_char(text[k : j + 1]), k
    elif before == _REPLACED_MARK:  # a decoder's lost mark: a closing mark, or a plural possessive's apostrophe
        before = "'" if j > lo and text[j - 1] in "sS" else '"'
    if bs is None or j < lo or (before in _FULL_AFTER and not _possessive_mark(text, j, lo, before)):
        return "full"
    body = text[s:e]
    n_words = len(_WORD.findall(body))
    if body[:1].isupper() and n_words >= 5 and _SENTENCE_END.search(body) and not _title_cased(body):
        return "full"  # `He said "We will win this."`
    return "partial"


#: What a quote opening after it is a clause of its own after: clause punctuation, a dash, an opening bracket, and
#: another quote's closing mark in any convention (guillemets' too: «…» «…»).
_FULL_AFTER = ".:,;!?\u2014\u2013-(\u2026\"\u201d\u2019'\u00bb\u203a"


def _possessive_mark(text: str, j: int, lo: int, mark: str) -> bool:
    """Whether the apostrophe ``mark`` written at ``text[j]`` ends a plural possessive (`the parties' "lies"`), not a
    quote.

    An opening mark after ``s'`` is embedded in the writer's sentence, like one after any other word.
    """
    return mark in "'\u2019" and j > lo and text[j - 1] in "sS" and j - 1 > lo and text[j - 2].isalpha()


#: The last characters of the marks spelled in several characters (:data:`MARK_SPELLINGS`, an export's ``""``).
_SPELLING_ENDS = frozenset(spelling[-1] for spelling in (*MARK_SPELLINGS, *_DOUBLED))


def _title_cased(body: str) -> bool:
    """Whether every word of a quote is capitalised (small words aside): a title, not a sentence.

    American copy keeps the final stop inside the marks, so a title that ends the writer's sentence
    (`host of "The Late Show with Stephen Colbert."`) ends like a quoted sentence; its capitals tell it apart.
    """
    toks = _title_tokens(body)
    return toks is not None and 2 <= len(toks) <= TITLE_MAX_WORDS


def count_words(text: str) -> int:
    """Words in a quote ("don't" and "U.S." count once), for share-of-voice counts.

    Args:
        text: Any text.

    Returns:
        The number of word tokens.
    """
    return len(_WORD.findall(text))


_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w'\u2019.-]*|of|the|and|a|an|in|on|at|to|for|with|or|&)$")
#: A title or name in quotes has at most this many words ("The Late Show with Stephen Colbert"); a longer run of
#: capitalised words is a sentence written in title case ("We Will Not Back Down On This Issue.").
TITLE_MAX_WORDS = 6


def _title_tokens(body: str) -> list[str] | None:
    """The words of a quote whose every word is capitalised (small words such as "of" and "the" aside), its end
    punctuation dropped; ``None`` when one is not."""
    toks = body.rstrip(".,!?;:").split()
    return toks if all(_TITLE_WORD.match(t) for t in toks) else None


def looks_like_title(text: str, quote: Quote) -> bool:
    """Whether a quote is a capitalised title or name ("Meet the Press", "Fox News Sunday.").

    Args:
        text: The text the quote's offsets index.
        quote: A quote from :func:`find_quotes`.

    Returns:
        True for two to :data:`TITLE_MAX_WORDS` words, each capitalised (small words such as
        "of" and "the" aside), embedded in a sentence.
    """
    if quote.close is None or quote.kind != "partial" and not _embedded_title(text, quote):
        return False
    toks = _title_tokens(text[quote.start : quote.end])
    return toks is not None and 2 <= len(toks) <= TITLE_MAX_WORDS and toks[0][:1].isupper()


#: How many characters after a title's closing mark are read for the lower-case word that sets it in a sentence.
_TITLE_AFTER_REACH = 30


def _embedded_title(text: str, quote: Quote) -> bool:
    """A title at a clause edge (`told NBC's "Meet the Press" that`): a lower-case word follows."""
    if quote.close is None:
        return False
    # (read as written: the next quote's mark spelled "â€œ" is a mark, not a lower-case "â")
    after = unspelled(text[mark_end(text, quote.close) : quote.close + _TITLE_AFTER_REACH]).lstrip(" ,")
    return bool(after[:1].islower())


#: How far before an opening mark the word before it is looked for (:func:`names_a_thing`).
_TERM_REACH = 30
#: How many characters after a closing mark are read for the word that follows it (a lower-case one sets the
#: quoted words inside a sentence).
_AFTER_REACH = 2
#: Words right before a quoted term that say it is a name, not anybody's words: "so-called", a naming participle
#: with no object between it and the marks ("a trojan called "Monokle"", "commonly called "apps""; "called it "a
#: disaster"" names an object, someone's words), "known as", and the nouns of a name ("the slogan "…"").
_TERM_MARKERS = frozenset(
    """so-called called dubbed named nicknamed termed titled entitled labelled labeled branded codenamed code-named
    slogan motto hashtag nickname codename""".split()
)


#: Prepositions after which capitalised words in quotation marks with a full stop inside name a work or a show
#: ("appeared on "Meet the Press."", "a remake of "Race.""), no sentence of speech.
_TITLE_PREPOSITIONS = frozenset({"on", "in", "of", "for", "from"})


def names_a_thing(text: str, open_: int, close: int) -> bool:
    """Whether the marks at ``open_`` and ``close`` enclose a name inside the writer's sentence, not words said.

    A product, a release or a term in quotation marks ("the "Lion" release", "Apple's current OS "Snow
    Leopard" within 90 days", "the so-called "death grip"") is no speech: a reported clause that holds one is
    still the report's words (the blind guidelines: the clause is ``indirect``, the name ``nonspeech``), where a
    clause holding a quoted fragment of speech ("said the plan was "a disaster"") is the fragment's.  A name here
    is up to :data:`TITLE_MAX_WORDS` words, capitalised (small words aside) or after a word that names it
    (:data:`_TERM_MARKERS`: "so-called", "commonly called", "the slogan", "known as"), set inside the sentence: a
    word before the opening mark, or a lower-case word right after the closing one (""Snow Leopard" will ship"),
    so a quoted sentence and its cue (""Never," he said") is not taken for one; or a lower-case term by its
    shape (:func:`_lower_case_term`: this "panic button" app, certain "stress tests").

    Args:
        text: The text the offsets index, as written (a mark spelled ``&quot;`` or ``â€œ`` is one mark).
        open_: Offset of the opening mark.
        close: Offset of the closing mark (either character of a two-character one; :func:`mark_start` finds a
            spelled one's first).

    Returns:
        True when the quoted words are a name or term set in the sentence.
    """
    if close > open_ + 1 and text[close - 1 : close + 1] in _DOUBLED:
        close -= 1  # the second character of a two-character closing mark (a span's end less one)
    # The words are read as written, each spelled mark or character as the one it stands for (``unspelled``):
    # certain &quot;stress tests.&quot; is certain "stress tests.".
    body = unspelled(text[mark_end(text, open_) : close])
    words = body.rstrip(".,").split()
    head = unspelled(text[max(0, open_ - _TERM_REACH) : open_]).rpartition("\n")[2].split()  # (the line's words)
    before = head[-1].lower() if head and head[-1][-1:].isalnum() else None
    # A title closing the sentence takes its full stop inside the marks in American copy ("will team up on "The
    # Anarchist.""): after a preposition of place or topic the stop is the sentence's, not the quoted words'.
    ended = body[:-1] if before in _TITLE_PREPOSITIONS and body.endswith(".") else body
    after_mark = mark_end(text, close)
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    following = unspelled(text[after_mark : after_mark + _TERM_REACH])
    if _SENTENCE_END.search(ended):
        # (a term closing the sentence takes the full stop inside the marks too: certain "stress tests.")
        return _lower_case_term(body, head, following)
    after = following[:_AFTER_REACH].lstrip()
    if before is None and not (after[:1].islower() and body[-1:].isalnum()):
        return False  # not set inside a sentence: a quote of its own
    if before in _TERM_MARKERS or before == "as" and len(head) > 1 and head[-2].lower() == "known":
        return True
    toks = _title_tokens(body)
    if toks is not None and toks[0][:1].isupper():
        return True
    return _lower_case_term(body, head, following)


#: The most words a lower-case term in quotation marks has ("card-not-present", "panic button", "stress tests");
#: longer lower-case runs are mostly words said.
TERM_MAX_WORDS = 3
#: A lower-case term: words of letters, hyphens and apostrophes ("card-not-present", "devil's").
_TERM_BODY = re.compile(r"[a-z](?:[a-z'\u2019 -]*[a-z])?")
#: Brill tags of a quoted term's last word: a noun ("panic button"); adjectives ("deeply unfair"), verbs and
#: pronouns end words said.
_TERM_HEAD_TAGS = frozenset({"NN", "NNS"})
#: Brill tags no word before a term's last one has: a finite verb, a pronoun or a function word makes a clause
#: or a phrase of speech ("we can", "for all"), not a compound.
_TERM_INNER_STOP_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "PRP", "PRP$", "DT", "IN", "CC", "TO", "WDT", "WP"})
#: Brill tags of the word before the opening mark that make the quoted words the head of a noun phrase whose
#: modifier stands outside the marks (certain "stress tests", a new "half-way house").  Counted over the
#: readable sets: after an adjective such words were the annotators' nonspeech 8 times in 8; after a determiner
#: (a "disaster") they were a fragment of speech 35 times in 48, so a determiner alone does not say term.
_TERM_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS"})
#: A lower-case word right after the closing mark (no punctuation between): the noun a term modifies.
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]*)\b")


def _term_head(word: str, modified: bool) -> bool:
    """Whether a quoted term's last word can head it: a noun, a hyphenated word the lexicon lacks
    (card-not-present), or, after an adjective outside the marks that makes it a noun (strategic 'rebalance'),
    a verb's base form."""
    tag = brill_tag(word.removesuffix("'s").removesuffix("\u2019s"))
    return tag in _TERM_HEAD_TAGS or not tag and "-" in word or modified and tag == "VB"


def _lower_case_term(body: str, head: list[str], after: str) -> bool:
    """Whether quoted lower-case words are a term by their grammatical shape, not words said.

    Up to :data:`TERM_MAX_WORDS` lower-case words with no finite verb or function word, ending in a noun
    (:func:`_term_head`), that are either (a) a modifier of the lower-case noun right after the closing mark
    (this "panic button" app, 'card-not-present' fraud), or (b) the head of a noun phrase whose adjective
    stands before the opening mark (certain "stress tests.", a new "half-way house") or an appositive after
    ", or" (a free case, or "bumper,").  A fragment of speech has another shape: a determiner inside the
    marks (said the plan was "a disaster"), an adjective or a verb at its end (called it "deeply unfair",
    would "reassure" allies).  Counted over the readable sets, these shapes were the annotators' nonspeech
    19 times in 20.

    Args:
        body: The quoted words, as written between the marks.
        head: The words of the line before the opening mark.
        after: The text right after the closing mark.

    Returns:
        True when the quoted words have a term's shape.
    """
    core = body.rstrip(".,")
    words = core.split()
    if not words or len(words) > TERM_MAX_WORDS or not _TERM_BODY.fullmatch(core):
        return False
    if any(brill_tag(w) in _TERM_INNER_STOP_TAGS for w in words[:-1]):
        return False
    noun_after = _NOUN_AFTER.match(after)
    if core == body and noun_after is not None and brill_tag(noun_after.group(1)) in _TERM_HEAD_TAGS:
        return _term_head(words[-1], modified=False)
    before = head[-1] if head else ""
    modified = before.isalpha() and before.islower() and brill_tag(before) in _TERM_MODIFIER_TAGS
    appositive = before == "or" and len(head) > 1 and head[-2].endswith(",")
    return (modified or appositive) and _term_head(words[-1], modified=modified)


def looks_like_nonspeech(text: str, quote: Quote) -> bool:
    """Whether a quote has the shape of a scare quote, title or nickname.

    Short (up to four words), embedded in the sentence (``partial``), with no
    sentence punctuation of its own; or a capitalised title such as ``"Meet
    the Press"``.  Shape alone does not decide: ``called it "a disaster"`` is
    speech when the sentence says who called it so.

    Args:
        text: The text the quote's offsets index.
        quote: A quote from :func:`find_quotes`.

    Returns:
        True when the quote looks like a term, title or nickname.
    """
    body = text[quote.start : quote.end]
    words = _WORD.findall(body)
    if not words or len(words) > 4 or quote.close is None:
        return False
    if _SENTENCE_END.search(body) or body.rstrip()[-1:] in ",;:":
        return False
    if quote.kind == "partial":
        return True
    toks = _title_tokens(body)
    return toks is not None and len(toks) >= 2 and toks[0][:1].isupper()
