"""Sentences and words with character offsets.

Sentences come from NLTK's Punkt (Kiss & Strunk 2006, "Unsupervised
Multilingual Sentence Boundary Detection", Computational Linguistics 32(4)),
run paragraph by paragraph so a sentence never spans a paragraph break;
words by Treebank conventions with NLTK's ``RegexpTokenizer``.  Both run on a *folded* copy
of the text in which curly quotes, guillemets and no-break spaces are
replaced by their ASCII look-alikes one character for one, so the offsets of
the copy are the offsets of the original and Punkt's rules for ``."`` and
``?"`` (a closing quote stays with its sentence) apply to ``.”`` as well.

Every sentence span is trimmed of surrounding whitespace, and sentences are
cut only at boundaries, so the sentences of a paragraph cover every
non-space character in it exactly once ("nothing lost").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis import resources, wire
from analysis._types import Span

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from analysis.article import Article

__all__ = [
    "COUNTED_WORD",
    "ENGLISH_MIN_SHARE",
    "LETTER_WORD",
    "LEXICON_WORD",
    "MAX_SENTENCE_CHARS",
    "RUNNING_WORD_LETTERS",
    "SPEAKER_TOKEN",
    "TOWARD_WORD",
    "Sentence",
    "english_share",
    "fold",
    "is_word",
    "sentence_spans",
    "sentences",
    "unspelled",
    "word_spans",
    "words",
]

#: A "sentence" longer than this (a run-on scrape with no punctuation) is cut
#: at whitespace into pieces, so tone scoring stays sentence-sized.
MAX_SENTENCE_CHARS = 2000

_FOLD_TABLE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u2032": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)
_FOLD_PAIRS = tuple((chr(code), ascii_char) for code, ascii_char in _FOLD_TABLE.items())

#: The ways exported and scraped copy spells a quotation mark or an apostrophe in several characters, keyed in lower
#: case, and the mark each stands for: HTML character references (``&quot;``, ``&ldquo;``, ``&#8220;``,
#: ``&#x201C;``, ``&rsquo;``), a JSON export's escaped ``\\"``, and UTF-8 read as Windows-1252 (``â€œ``, ``â€™``).
#: The kit never decodes them (offsets index the text as given): :mod:`analysis.quotes` reads each as one mark, as it
#: reads an export's doubled ``""``, and :func:`fold` gives it the mark's folded form.
MARK_SPELLINGS = {
    **dict.fromkeys(("&quot;", "&#34;", "&#034;", "&#x22;"), '"'),
    **dict.fromkeys(("&ldquo;", "&#8220;", "&#x201c;"), "\u201c"),
    **dict.fromkeys(("&rdquo;", "&#8221;", "&#x201d;"), "\u201d"),
    **dict.fromkeys(("&bdquo;", "&#8222;", "&#x201e;"), "\u201e"),
    **dict.fromkeys(("&laquo;", "&#171;", "&#xab;"), "\u00ab"),
    **dict.fromkeys(("&raquo;", "&#187;", "&#xbb;"), "\u00bb"),
    **dict.fromkeys(("&lsquo;", "&#8216;", "&#x2018;"), "\u2018"),
    **dict.fromkeys(("&rsquo;", "&#8217;", "&#x2019;"), "\u2019"),
    **dict.fromkeys(("&apos;", "&#39;", "&#039;", "&#x27;"), "'"),
    '\\"': '"',
    # UTF-8's bytes of the mark read as Windows-1252 (0x9D, which it leaves undefined, kept as Latin-1 keeps it)
    **{
        "\u00e2\u20ac\u0153": "\u201c",
        "\u00e2\u20ac\x9d": "\u201d",
        "\u00e2\u20ac\u02dc": "\u2018",
        "\u00e2\u20ac\u2122": "\u2019",
    },
}
#: U+FFFD, the replacement character a decoder leaves for each curly mark, apostrophe and dash of text it could not
#: read (Windows-1252 copy decoded as UTF-8).
REPLACED_MARK = "\ufffd"
#: U+FFFD between two letters or digits, where it stood for an apostrophe ("it\ufffds").
_REPLACED_APOSTROPHE = re.compile(r"(?<=[^\W_])\ufffd(?=[^\W_])")
#: A character every spelling of :data:`MARK_SPELLINGS` holds one of: text without them has none.
_SPELLING_CHARS = ("&", "\\", "\u20ac")
#: The spellings read inside a word as the character they stand for: an apostrophe (``Powell&rsquo;s``,
#: ``&#8217;``, ``&#39;``, ``Powellâ€™s``) and an ampersand (``AT&amp;T``, ``Standard &amp; Poor's``).
WORD_SPELLINGS = {
    **{k: "'" for k, ch in MARK_SPELLINGS.items() if ch in "'\u2019"},
    **dict.fromkeys(("&amp;", "&#38;", "&#x26;"), "&"),
    "\ufffd": "'",  # a decoder's replacement character inside a word stood for its apostrophe ("it\ufffds")
}
#: One of :data:`WORD_SPELLINGS`; :data:`SPEAKER_TOKEN` keeps it in its word, or as a token of its own.
WORD_SPELLING = re.compile("(?i:" + "|".join(map(re.escape, WORD_SPELLINGS)) + ")")
#: One of :data:`MARK_SPELLINGS` (any case: ``&#x201C;`` and ``&QUOT;`` are written too).
MARK_SPELLING = re.compile("|".join(map(re.escape, sorted(MARK_SPELLINGS, key=len, reverse=True))), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body.

    Attributes:
        start: Offset of its first character in ``Article.text``.
        end: Offset just past its last character.
        paragraph_id: The body paragraph it belongs to.
    """

    start: int
    end: int
    paragraph_id: int


def fold(text: str) -> str:
    """Replace typographic quotes and spaces by ASCII ones, keeping the length.

    A quotation mark spelled in several characters (``&quot;``, ``&#8220;``, ``â€œ``: :data:`MARK_SPELLINGS`) is
    folded to the mark repeated over the spelling's length (:func:`_fold_spelled_mark`).  A decoder's U+FFFD for a lost curly mark is an
    apostrophe between two letters (``it\ufffds``), else a straight ``"``.

    Args:
        text: Any text.

    Returns:
        A string of the same length whose offsets match ``text``.
    """
    # Only non-ASCII characters are folded: most text has none, and the check
    # is free while the translation cost 3 µs per sentence.  ``str.translate``
    # looks every character up in the table (about 0.3 ms for an article with
    # curly quotes); replacing the few folded characters that occur scans the
    # text in C instead, and gives the same string (each maps to ASCII).
    if any(char in text for char in _SPELLING_CHARS):
        text = MARK_SPELLING.sub(_fold_spelled_mark, text)
    if text.isascii():
        return text
    if REPLACED_MARK in text:  # a decoder's mark for a lost curly mark: an apostrophe inside a word, else a quote mark
        text = _REPLACED_APOSTROPHE.sub("'", text).replace(REPLACED_MARK, '"')
    for char, ascii_char in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, ascii_char)
    return text


def unspelled(text: str) -> str:
    """A snippet as read: every spelled mark one mark, ``&amp;`` an ampersand, then folded (:func:`fold`).

    For words read apart from the text they came from (a quoted term, the word before a mark): the length is not
    kept, so no offset may index the result.  ``win.&quot; He`` reads ``win." He``, ``AT&amp;T`` ``AT&T``.

    Args:
        text: A slice of an article's text.

    Returns:
        The slice with each spelling of :data:`MARK_SPELLINGS` and :data:`WORD_SPELLINGS` the one character it
        stands for, folded.
    """
    if any(char in text for char in _SPELLING_CHARS):
        text = MARK_SPELLING.sub(_spelled_mark, text)
        text = WORD_SPELLING.sub(_spelled_mark, text) if "&" in text else text  # (what is left: "&amp;")
    return fold(text)


def _spelled_mark(m: re.Match[str]) -> str:
    """The one character a spelling of :data:`MARK_SPELLINGS` or :data:`WORD_SPELLINGS` stands for."""
    low = m.group().lower()
    return MARK_SPELLINGS.get(low) or WORD_SPELLINGS[low]


def _fold_spelled_mark(m: re.Match[str]) -> str:
    """A quotation mark's spelling folded to the mark, repeated to keep the length.

    ``win.&quot; He said`` folds to ``win.`` and six ``"`` before `` He said``: Punkt reads a run of closing marks
    after a full stop as it reads one, and, unlike spaces, the repeats are never trimmed off a sentence, so no
    sentence boundary falls inside the spelling and every character of it stays in its sentence.
    """
    return MARK_SPELLINGS[m.group().lower()].translate(_FOLD_TABLE) * (m.end() - m.start())


def sentence_spans(text: str, start: int = 0, end: int | None = None, *, folded: bool = False) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (one paragraph), trimmed.

    Args:
        text: The full text the offsets index.
        start: Start of the paragraph.
        end: End of the paragraph (default: end of text).
        folded: ``text`` is already :func:`fold`-ed (a caller that folded the whole article
            need not fold each paragraph again).

    Returns:
        Ordered, disjoint spans that cover every non-space character.
    """
    end = len(text) if end is None else end
    chunk = text[start:end] if folded else fold(text[start:end])
    return [(start + a, start + b) for a, b in _split_cached(_chunk_sentences, chunk)]


#: Paragraphs and sentences up to this long are cached (a news paragraph is
#: well under 2,000 characters).  A longer one (a scrape with no paragraph
#: breaks) is split afresh each time, so the cache never pins a multi-megabyte
#: string after the analysis is done.
MAX_CACHED_CHARS = 5_000


def _split_cached(split: Callable[[str], tuple[Span, ...]], chunk: str) -> tuple[Span, ...]:
    """``split(chunk)`` through its ``lru_cache`` unless the chunk is over :data:`MAX_CACHED_CHARS`."""
    return split(chunk) if len(chunk) <= MAX_CACHED_CHARS else split.__wrapped__(chunk)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=16384)
def _chunk_sentences(chunk: str) -> tuple[Span, ...]:
    """Sentence spans of one folded paragraph, relative to it.

    Cached: the pipeline's sentences and the keyword counts of the article,
    its sections and segments split the same paragraphs.  The cache is keyed
    by immutable strings and holds tuples, and ``lru_cache`` is thread-safe,
    so threads share it safely.
    """
    cuts = [e for _, e in resources.punkt().span_tokenize(chunk)]
    cuts = [c for c in cuts[:-1] if not _continues(chunk, c) and not _numbered(chunk, c)]
    cuts = sorted({*cuts, *_abbreviation_ends(chunk), *(cut for span in furniture_spans(chunk) for cut in span)}) + [
        len(chunk)
    ]
    spans: list[Span] = []
    pos = 0
    for cut in cuts:
        s, e = _trim(chunk, pos, cut)
        if s < e:
            spans.extend(_cap_length(chunk, s, e))
        pos = cut
    return tuple(spans)


_QUESTION_END = re.compile(r"[?!\u2026][\"')\]]*\s*$")


def _continues(chunk: str, cut: int) -> bool:
    """Whether a Punkt boundary after ``?``/``!`` is inside a sentence.

    Punkt always breaks after ``?`` and ``!``; in news they often end a quote
    that the sentence goes on to attribute: ``"Why?" she asked.``  A boundary
    there is dropped when the next word starts in lower case.
    """
    nxt = chunk[cut:].lstrip()
    return bool(nxt[:1].islower() and _QUESTION_END.search(chunk, max(0, cut - 8), cut))


#: "No." (or "Nos.") right before a Punkt boundary: the number sign, when a number follows (capitalised, as news
#: style writes it: a lower-case "no." before a number ends a sentence as often: "The answer was no. 1999 was …").
_NUMBER_SIGN = re.compile(r"(?<![^\W\d_])Nos?\.[\s\u00a0]*$")
_DIGIT_NEXT = re.compile(r"\s*\d")


def _numbered(chunk: str, cut: int) -> bool:
    """Whether a Punkt boundary falls between the number sign and its number: "the No. 1 music seller", "the
    elevated No. 4 train", "Zubik v. Burwell, No. 14-1418".

    Punkt reads "No." as a sentence-final "no" and breaks there, so the sentence's second half lost its subject
    and cue (a report of it began mid-sentence, "1 music seller in the United States, according to figures …").
    News style spells out a number that opens a sentence, so a digit after "No." continues the sentence.
    """
    return _NUMBER_SIGN.search(chunk, max(0, cut - 8), cut) is not None and _DIGIT_NEXT.match(chunk, cut) is not None


#: A sentence-ending abbreviation (:data:`analysis.resources.SENTENCE_END_ABBREVIATIONS`) with its full stop, then
#: the next word, capitalised (after an opening double quote, if any), and the word after that.
_ABBREVIATION_THEN_WORD = re.compile(
    r"(?<![\w.])(?i:"
    + "|".join(re.escape(a) for a in sorted(resources.SENTENCE_END_ABBREVIATIONS, key=len, reverse=True))
    + r")\.(?=[ \t]+(\"?)([A-Z][a-z]*)(?![\w.-])(?:\W+([^\W\d_]))?)"
)
#: Penn Treebank tags (the Brill lexicon's most frequent tag of the word) of the closed-class words a writer
#: capitalises only to open a sentence: determiners, pronouns, conjunctions, prepositions, wh-words, adverbs
#: ("The", "He", "But", "In", "When", "However").  Modals are left out: "Will" and "May" are names and a month.
_OPENER_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "CC", "IN", "EX", "WDT", "WP", "WRB", "RB"})
#: Adverbs by the lexicon that follow a place as part of its name or region ("the U.S. South").
_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
#: A lower-case word of at least this many letters marks running text, not a Title Case headline ("Refugees To
#: Enter U.S. As Guests", "Hillary Clinton Joked …"), which leaves only short function words in lower case ("of",
#: "to", "the", "and"): before an abbreviation here, before a capitalised cue verb in :mod:`analysis.speakers`.
RUNNING_WORD_LETTERS = 4
_RUNNING_WORD = re.compile(rf"(?<![^\W\d_])[a-z]{{{RUNNING_WORD_LETTERS},}}")


def _abbreviation_ends(chunk: str) -> list[int]:
    """Sentence ends that Punkt misses after an abbreviation ending a sentence: "… in Sacramento, Calif. The
    governor said …", "… of Acme Corp. He said …", "… in Washington, D.C. "We will …".

    Punkt (with no trained orthographic statistics) never breaks after a known abbreviation, so the next
    sentence's speaker and cue were read inside the previous one (speakers like "Calif" or "D.C.").  A state,
    place, company suffix, "Jr." or clock time ends the sentence when the next word is one capitalised only to
    open a sentence (a closed-class word by the Brill lexicon, see :data:`_OPENER_TAGS`) or any capitalised word
    after an opening quote; "Calif. Gov. Jerry Brown", "U.S. Senate" and "Acme Corp. Chief Executive" go on.

    Args:
        chunk: One folded paragraph.

    Returns:
        The offsets just after each such abbreviation's full stop, in order.
    """
    out: list[int] = []
    for m in _ABBREVIATION_THEN_WORD.finditer(chunk):
        quoted, word, after = m.group(1), m.group(2), m.group(3)
        if not quoted:
            low = word.lower()
            if resources.brill_tag(low) not in _OPENER_TAGS or low in _COMPASS_WORDS:
                continue
            # A title-case headline: no running lower-case word before, and the opener's next word capitalised.
            start = chunk.rfind(". ", 0, m.start()) + 1
            if (after is None or after.isupper()) and _RUNNING_WORD.search(chunk, start, m.start()) is None:
                continue
        out.append(m.end())
    return out


#: Page furniture (:data:`analysis.wire.PAGE_FURNITURE`) standing between two sentences of a flattened body: after
#: the text's start or a sentence's end (a full stop, "?", "!", a colon introducing what the page cut away, a
#: closing quote or bracket), before the next sentence's capital, digit or opening quote, or the text's end.
_INLINE_FURNITURE = re.compile(
    r"(?:^|(?<=[.?!:\"')\]\u201d\u2019])[ \t\r\n\u00a0]+)("
    + wire.PAGE_FURNITURE.pattern
    + r")(?=[ \t\r\n\u00a0]+[\"'A-Z0-9\u201c\u2018]|\s*$)"
)


def furniture_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Page furniture inline in a flattened body: "… lower unemployment. Story continues below The rate has fallen
    …", "… the group writes: Advertisement What is telling is that …".

    A scrape that joined a page's lines into one leaves the ad slot's label and the "continues below" marker
    between two sentences, where Punkt sees no boundary: the marker opened the next sentence, so "Story" read as
    a name (a "she" of the next quote went to it) and "Advertisement What is telling is that X never claims" as
    a report.  The sentence splitter cuts before and after each (a sentence of its own: every character still in
    exactly one sentence), and the speaker reader (:mod:`analysis.speakers`) steps over it: never a mention, a
    cue or a report's words.

    Args:
        text: The text the offsets index.
        start: Where to start looking.
        end: Where to stop (default: end of text); furniture must end there or before the next sentence.

    Returns:
        The spans of the furniture phrases (printed with a capital, as a page prints them), in order.
    """
    end = len(text) if end is None else end
    if wire.PAGE_FURNITURE_FIRST_WORDS.search(text, start, end) is None:
        return []
    return [m.span(1) for m in _INLINE_FURNITURE.finditer(text, start, end) if text[m.start(1)].isupper()]


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cap_length(text: str, s: int, e: int) -> list[Span]:
    """Cut an over-long sentence at whitespace (hard-cut if there is none)."""
    out: list[Span] = []
    while e - s > MAX_SENTENCE_CHARS:
        window = text[s : s + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
        cut = s + cut if cut > 0 else s + MAX_SENTENCE_CHARS
        a, b = _trim(text, s, cut)
        if a < b:
            out.append((a, b))
        s, e = _trim(text, cut, e)
    if s < e:
        out.append((s, e))
    return out


def sentences(article: Article) -> tuple[Sentence, ...]:
    """All body sentences of an article, in reading order.

    Args:
        article: A parsed article.

    Returns:
        One :class:`Sentence` per sentence; together they cover every
        non-space character of every body paragraph.
    """
    out: list[Sentence] = []
    for pid, (ps, pe) in enumerate(article.paragraphs):
        out.extend(Sentence(s, e, pid) for s, e in sentence_spans(article.text, ps, pe))
    return tuple(out)


# Treebank conventions (Marcus et al. 1993) as one regular expression, run by
# NLTK's RegexpTokenizer: NLTK's own Treebank tokenizer applies ~40 regex
# substitutions per sentence and then re-aligns tokens to find offsets, which
# made it the slowest stage of analyze() (~6x VADER).  Runs on folded text, so
# only ASCII quotes and apostrophes need handling.  The abbreviations (all
# plain letters) sit behind a lookahead for "letters then a period": without
# it the engine tried the 128-way case-insensitive alternation at every
# token and space (37 % less tokenizer time on the shared texts); the
# lookahead holds wherever an abbreviation could match, so the tokens are
# the same.
_WORD_PATTERN = r"""
    (?:[^\W\d_]\.){2,}(?![^\W\d_])         # initialisms: U.S., U.K., e.g.
  | (?=[^\W\d_]+\.)(?:ABBREVIATIONS)\.(?!\w)  # abbreviations: Mr., Gen., Jan.
  | [^\W\d_]+(?=n't\b)                      # do|n't, is|n't, ca|n't
  | n't\b
  | \w+(?='(?:s|re|ve|ll|d|m)\b)              # Putin|'s, we|'ll
  | '(?:s|re|ve|ll|d|m)\b
  | \d+(?:[.,:/]\d+)*%?                      # 100,000  3.5  10:30  50%
  | \w+(?:[-'&]\w+)*                         # words, well-known, O'Brien, AT&T
  | \.\.\.|--
  | \S                                       # any other mark, one at a time
""".replace(
    "ABBREVIATIONS", "|".join(sorted((a for a in resources.ABBREVIATIONS if "." not in a), key=len, reverse=True))
)


# --------------------------------------------------------------------------
# Word shapes of the stages that match words another way than word_spans
# --------------------------------------------------------------------------
# word_spans (below) is the kit's word tokenizer.  Some stages match lexicons, trained weights or
# their own token stream on another shape of word; each shape is named here, from shared pieces,
# so no stage keeps a private word pattern.

#: Marks inside a word: apostrophes (straight and curly) and hyphens ("Putin’s", "post-war").
_INNER = "'\u2019-"
#: A letter, then word characters and inner marks: the words of topic vectors (:mod:`analysis.topics`).
LETTER_WORD = re.compile(rf"[^\W\d_][\w{_INNER}]*")
#: As :data:`LETTER_WORD` but from an ASCII letter or a digit: the toward model's words
#: (:mod:`analysis.toward`; its weights were fitted on this shape).
TOWARD_WORD = re.compile(rf"[A-Za-z0-9][\w{_INNER}]*")
#: ASCII letters and inner marks only, the shape of the Pattern and hedge/booster lexicon entries
#: (:func:`analysis.sentiment.tone_features`).
LEXICON_WORD = re.compile(rf"[A-Za-z][A-Za-z{_INNER}]*")
#: Letter/digit runs joined by single inner marks or full stops ("U.S.", "don't", "3.5"): the words a
#: quote is counted in (:func:`analysis.quotes.count_words`).
COUNTED_WORD = re.compile(r"[^\W_]+(?:[-'.\u2019][^\W_]+)*")
#: Longest top-level domain read as the end of a web address in a name ("com", "org", "info").
DOMAIN_LETTERS = 4
#: One name abbreviation of :data:`analysis.resources.NAME_ABBREVIATIONS`, capitalised, without its full stop.
_NAME_ABBREVIATION = (
    "(?:" + "|".join(sorted((a.capitalize() for a in resources.NAME_ABBREVIATIONS), key=lambda a: (-len(a), a))) + ")"
)
#: The attribution engine's tokens (:mod:`analysis.speakers`): initialisms (with a party tag: "D-N.Y.") and the name abbreviations
#: of :data:`analysis.resources.NAME_ABBREVIATIONS` with their full stop (U.S., Sen., Jan.; a Canadian compound rank
#: hyphened whole, "Det.-Sgt.": its full stops end no sentence between the rank and the name), words with
#: inner apostrophes, hyphens, ampersands and slashes (9/11), decimal numbers whole ("$1.5bn": the point ends
#: no sentence), or one punctuation character; a surname whose
#: "O'"/"D'" is typed apart from it ("O' Leary") is one word, as "O'Leary" is; a capitalised web address
#: ("OneStat.com") is one word.
_SPEAKER_TOKEN_HEAD = (
    # (the forms before the plain word open with a capital or a digit: one look-ahead lets every other
    # token skip them all)
    r"(?=[A-Z\d])(?:"
    r"(?=[A-Z])(?:(?:[A-Z]-)?(?:[A-Z]\.){2,}"  # U.S., D.C. (only a capital opens this branch),
    # and a party/state tag whose state is an initialism ("D-N.Y.", "R-S.C."): one token, so its full stops
    # end no sentence between a name and its cue
    r"|(?:" + _NAME_ABBREVIATION + r"|[A-Z])\.(?:-" + _NAME_ABBREVIATION + r"\.)*(?!\w))"
    r"|(?<![\w'])[OD]' [A-Z][a-z][\w'\-]*"  # an Irish or French surname typed with a space ("O' Leary")
    # a web address named as a body ("OneStat.com", "Factcheck.org", "TheIowaRepublican.com"): one name whose
    # dots end no sentence (lower-case letters glued after each dot, so "Ill.Then" stays two sentences)
    r"|[A-Z][\w\-]*(?:\.[a-z][a-z0-9\-]*)*\.[a-z]{2," + str(DOMAIN_LETTERS) + r"}(?![\w\-])"
    r"|\d+(?:\.\d+)+[^\W_]*)"  # a decimal number ("$1.5 billion"): its point is no sentence end
)
#: One punctuation character, a token of its own; zero-width characters a web page leaves in its text (U+200B
#: and its kin) are none, as white space is none.
_SPEAKER_TOKEN_MARK = r"|[^\w\s\u200b-\u200d\u2060\ufeff]"
SPEAKER_TOKEN = re.compile(
    _SPEAKER_TOKEN_HEAD
    + r"|[^\W_](?:[\w'&/\-]*[^\W_])?"  # a word, with inner apostrophes, hyphens and slashes (9/11)
    + _SPEAKER_TOKEN_MARK
)
#: A word's first or last letter in :data:`SPELLED_SPEAKER_TOKEN`: not the "â" that opens a mark's mojibake ("â€™"),
#: so "Sandersâ€™ campaign" reads "Sanders" and a mark, as "Sanders’ campaign" does, not "Sandersâ".
_SPELLED_EDGE_LETTER = r"(?!\u00e2\u20ac)[^\W_]"
#: An ampersand inside a word that opens no character reference ("AT&T"): "debt&quot;" is a word and a mark.
_BARE_AMPERSAND = r"&(?![#a-zA-Z]\w*;)"
#: :data:`SPEAKER_TOKEN` for a text that spells some characters as exports do (:data:`WORD_SPELLINGS`): a word keeps
#: its apostrophe written ``&rsquo;`` or ``â€™`` ("Powell&rsquo;s office") and ``&amp;`` alone is one token, as
#: ``&`` is.  A pattern of its own, as the spellings' alternation inside the word loop costs every other text half as
#: much time again.
SPELLED_SPEAKER_TOKEN = re.compile(
    _SPEAKER_TOKEN_HEAD
    + r"|"
    + _SPELLED_EDGE_LETTER
    + r"(?:(?:"
    + WORD_SPELLING.pattern
    + r"|[\w'/\-]|"
    + _BARE_AMPERSAND
    + r")*"
    + _SPELLED_EDGE_LETTER
    + r")?"
    + r"|"
    + WORD_SPELLING.pattern
    + r"|(?i:"
    + MARK_SPELLING.pattern
    + r")"  # a quotation mark's spelling is one token, as the mark is (``&quot;``, ``&#8220;``, ``â€œ``)
    + _SPEAKER_TOKEN_MARK
)
#: Characters one of :data:`WORD_SPELLINGS` holds: a text with none of them is read with :data:`SPEAKER_TOKEN`.
WORD_SPELLING_CHARS = ("&", "\u20ac", "\ufffd")


@functools.cache
def _word_tokenizer():  # noqa: ANN202 - nltk has no type stubs
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(_WORD_PATTERN, flags=re.VERBOSE | re.IGNORECASE | re.UNICODE)


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation token spans of ``text[start:end]``.

    Treebank-style tokens (``don't`` → ``do`` + ``n't``, ``Putin's`` →
    ``Putin`` + ``'s``, punctuation split off, ``U.S.`` kept whole).

    Args:
        text: The full text the offsets index.
        start: Start of the piece (normally a sentence).
        end: Its end (default: end of text).

    Returns:
        Ordered token spans covering every non-space character of the piece.
    """
    end = len(text) if end is None else end
    return [(start + s, start + e) for s, e in _split_cached(_chunk_words, fold(text[start:end]))]


@functools.lru_cache(maxsize=16384)
def _chunk_words(chunk: str) -> tuple[Span, ...]:
    """Token spans of one folded sentence, relative to it.

    Cached: the language check and the keyword counts tokenise the same
    sentences (the regular expression was the costliest part of both).
    """
    return tuple(_word_tokenizer().span_tokenize(chunk))


def words(text: str) -> list[str]:
    """Word tokens of a text, sentence by sentence (the tokenizer expects sentences).

    Args:
        text: Any text, e.g. a paragraph.

    Returns:
        The tokens as strings, in order.
    """
    return [text[a:b] for s, e in sentence_spans(text) for a, b in word_spans(text, s, e)]


# Pieces the Treebank rules cut off contractions: "won't" → "wo" + "n't",
# "can't" → "ca" + "n't", "gonna" → "gon" + "na", "we'll" → "we" + "'ll".
_CONTRACTION_PIECES = frozenset(
    {"n't", "wo", "ca", "sha", "ai", "gon", "wan", "na", "ta", "ll", "ve", "re", "nt", "em"}
)
_WORD_SHAPE = re.compile(r"^[^\W\d_][\w'\-.]*$")


def is_word(token: str) -> bool:
    """Whether a token is a word worth counting (not punctuation, a number or a clitic).

    Args:
        token: One token from :func:`word_spans`.

    Returns:
        True for tokens of two or more characters that start with a letter
        and are not a contraction piece such as ``n't`` or ``'ll``.
    """
    if len(token) < 2 or token[0] in "'\u2019" or not _WORD_SHAPE.match(token):
        return False
    return token.lower() not in _CONTRACTION_PIECES


#: Below this share of English stopwords a text is probably not English
#: (English news: 0.35–0.50; German, French, Spanish news: 0.03–0.15).
ENGLISH_MIN_SHARE = 0.2
#: How much of a text :func:`english_share` reads.
ENGLISH_SAMPLE_CHARS = 20000


def english_share(text: str, *, sample_chars: int = ENGLISH_SAMPLE_CHARS) -> float | None:
    """Share of word tokens that are common English function words.

    Running English text has 35–50 % stopwords; other languages written in
    Latin script share few of them ("die", "la", "de" are not English
    stopwords), so a share under 10 % means the English lexicons (VADER,
    wordfreq) will mostly see unknown words.

    Args:
        text: Any text; only its first ``sample_chars`` characters are read.
        sample_chars: How much to sample.

    Returns:
        The share in [0, 1], or None when the sample has fewer than 20 words
        (too short to tell).
    """
    # Paragraph by paragraph, as the pipeline splits sentences, so the
    # sentence splits and token spans come from (and fill) the same caches;
    # word tokens never span whitespace, so they are the same as when the
    # whole sample is split into sentences at once.
    paragraphs = text[:sample_chars].split("\n\n")
    tokens = [t.lower() for paragraph in paragraphs for t in words(paragraph) if t[:1].isalpha()]
    if len(tokens) < 20:
        return None
    stop = resources.stopwords()
    return sum(t in stop for t in tokens) / len(tokens)
