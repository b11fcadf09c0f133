"""Format invariance: who said what must not change when only the text's format does.

Run: ``.venv/bin/python benchmarks/invariance.py [--articles N] [--only NAME,…] [--examples K]``.

Outlets differ from the copy the kit was fitted on mostly in format: quotation-mark conventions, HTML leftovers,
line breaking, whitespace, dashes.  This benchmark is metamorphic: it rewrites readable articles in ways that keep
their meaning (straight marks to curly ones, British single marks, ``&quot;`` entities, paragraphs joined onto one
line, a byline added…) and compares the kit's quotes and speakers on the rewritten text with those on the original.
A quote is matched by its words (marks, entities and whitespace ignored, :func:`words`); each column of the table
is one rewriting, and its rates are the share of the original's quotes found again (``found``), found again with the
same speaker (``agree``, the headline number) and with the same kind too (``kind``), and the count of quotes the
rewritten text has and the original does not (``new``).  A rate clearly below 1 is a failure class to look for with
``--only NAME --examples K``, which prints the quotes a rewriting loses or re-attributes.

The rewritings (columns): quotation-mark conventions (``curly``, ``straight``, ``british`` single marks, ``nyt''``,
guillemets, ``„“``, an export's ``csv""`` and ``json`` ``\\"``, ``mojibake`` (UTF-8 read as Windows-1252), a decoder's
U+FFFD, HTML entities), apostrophes, dashes and ellipses, line breaks (``\\n``, ``\\r\\n``, the body ``flat`` on one
line, ``wrap70``, every sentence a paragraph: ``sentences``), odd spaces (``nbsp``, ``2space``, ``tab``, ``zwsp``) and
furniture (a ``byline``, a ``dateline``, share and copyright lines).  A rewriting that turns a typo's mark the other
way (a space before a closing mark) loses a quote the kit could not be expected to keep: a rate of 0.99 and up is the
floor such artefacts leave.

Articles: an even spread of the readable labelled sets' articles (``labelled_sets.READABLE``), of PolNeAR train
(``../shared/eval/quotes/polnear_train/text``) and of ``../shared/corpus/wikinews``, every article a measure-only
list names left out (``labelled_sets.MEASURE_ONLY``): none of them is read.  Skips cleanly when ``../shared`` is
absent.
"""

from __future__ import annotations

import argparse
import collections
import html
import re
import sys
import textwrap
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))  # (run as a script or imported from a test)

from labelled_sets import CORPUS, READABLE, SETS, article_text, listed, measure_only_articles  # noqa: E402

POLNEAR_TRAIN = CORPUS.parent / "eval" / "quotes" / "polnear_train" / "text"
WIKINEWS = CORPUS / "wikinews"
#: Articles read by default: this many from the readable sets, half as many from each of PolNeAR train and Wikinews.
DEFAULT_ARTICLES = 150
#: Hard-wrapping width of the ``wrap70`` rewriting (a plain-text mailer's line length).
WRAP_WIDTH = 70

# ---------------------------------------------------------------------------------------------- the rewritings

#: A double quotation mark as the labelled copy writes one: an export's doubled ``""``, a straight or a curly mark.
_DOUBLE_MARK = re.compile('""|["\u201c\u201d]')
#: Where a straight mark opens rather than closes: after nothing, a space, an opening bracket or a dash.
_OPENS_AFTER = frozenset(" \t\r\n\u00a0([{\u2014\u2013-/")
#: An apostrophe between two letters (``don't``, ``O’Neill``): never a quotation mark.
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")


def _doubles(text: str, opening: str, closing: str) -> str:
    """Every double quotation mark rewritten as ``opening`` or ``closing``, its direction read from its neighbours."""

    def mark(m: re.Match[str]) -> str:
        ch = m.group()
        if ch == "\u201c":
            return opening
        if ch == "\u201d":
            return closing
        prev = text[m.start() - 1] if m.start() else " "
        return opening if prev in _OPENS_AFTER or prev in "\u201c\u2018" else closing

    return _DOUBLE_MARK.sub(mark, text)


def _straight(text: str) -> str:
    return text.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'"})


def _entities(text: str) -> str:
    """An HTML export's leftovers: ``&amp;``, curly marks and apostrophes as named entities."""
    text = text.replace("&", "&amp;")
    return _APOSTROPHE.sub("&rsquo;", _doubles(text, "&ldquo;", "&rdquo;"))


def _flatten(text: str) -> str:
    """A scraped page's body: the paragraphs after the first block joined by a space onto one line."""
    head, sep, body = text.partition("\n\n")
    return head + sep + " ".join(body.split("\n")).replace("\r", "") if sep else text


def _wrap(text: str) -> str:
    """Every paragraph hard-wrapped at :data:`WRAP_WIDTH` columns, a blank line between paragraphs."""
    paras = text.split("\n\n")
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, WRAP_WIDTH, break_long_words=False, break_on_hyphens=False)) or p for p in paras
    )


#: The space between two sentences of a paragraph: after a full stop (and a closing mark), before a capital.
_SENTENCE_GAP = re.compile("(?<=[.?!])([\"\u201d']{0,2})[ \t]+(?=[\"\u201c'`]{0,2}[A-Z])")
#: A word before a full stop that ends no sentence: an initial ("Paul H. Chipok") or a title's abbreviation.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|No|vs|Inc|Corp|Co|Ltd))\.$"
)
#: A double quotation mark of the labelled copy, ``''`` and ``\`\``` (the NYT archive's) included.
_ANY_DOUBLE_MARK = re.compile('\'\'|``|""|["\u201c\u201d]')


def _sentences(text: str) -> str:
    """Every sentence of the body its own paragraph (a page that breaks its lines at sentences), a blank line
    between them; a sentence end inside a quote (an odd count of double marks before it), an initial and a
    title's abbreviation ("Mr.") are no breaks."""
    head, sep, body = text.partition("\n\n")
    if not sep:
        return text

    def split(para: str) -> str:
        def gap(m: re.Match[str]) -> str:
            inside = len(_ANY_DOUBLE_MARK.findall(para, 0, m.end(1))) % 2
            if inside or _ABBREVIATION.search(para, max(0, m.start() - 5), m.start()):
                return m.group()
            return m.group(1) + "\n\n"

        return _SENTENCE_GAP.sub(gap, para)

    return head + sep + "\n\n".join(split(p) for p in body.split("\n\n"))


def _byline(text: str) -> str:
    head, sep, body = text.partition("\n\n")
    return f"{head}\n\nBy Jo Example, Staff Reporter\n\n{body}" if sep else text


def _dateline(text: str) -> str:
    head, sep, body = text.partition("\n\n")
    return f"{head}\n\nLONDON (Reuters) - {body}" if sep else text


#: Curly marks and apostrophes as their UTF-8 bytes read as Windows-1252 (0x9D, undefined there, kept as Latin-1).
_MOJIBAKE = {mark: mark.encode("utf-8").decode("cp1252", errors="ignore") for mark in "\u201c\u2018\u2019"}
_MOJIBAKE["\u201d"] = "\u00e2\u20ac\x9d"


def _mojibake(text: str) -> str:
    """Curly marks and apostrophes as UTF-8 read as Windows-1252 (``“`` as ``â€œ``, ``’`` as ``â€™``).

    Only the marks: a word's other characters (``£``, ``é``) would change the words the quotes are matched by.
    """
    return text.translate({ord(mark): spelled for mark, spelled in _MOJIBAKE.items()})


def _furniture(text: str) -> str:
    return text.rstrip() + (
        "\n\nShare this article: Facebook Twitter Email\n\nCopyright 2024 Example Media Ltd. All rights reserved.\n"
    )


#: Each rewriting: its column name and the function rewriting a whole article text.
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "curly": lambda t: _APOSTROPHE.sub("\u2019", _doubles(t, "\u201c", "\u201d")),
    "straight": _straight,
    "british": lambda t: _doubles(t, "\u2018", "\u2019"),
    "nyt''": lambda t: _doubles(t, "''", "''"),
    "«»": lambda t: _doubles(t, "\u00ab", "\u00bb"),
    "« »": lambda t: _doubles(t, "\u00ab\u00a0", "\u00a0\u00bb"),
    "„“": lambda t: _doubles(t, "\u201e", "\u201c"),
    'csv""': lambda t: _doubles(t, '""', '""'),
    "``''": lambda t: _doubles(t, "``", "''"),
    "json": lambda t: _doubles(t, '\\"', '\\"'),
    "mojibake": lambda t: _mojibake(_doubles(t, "\u201c", "\u201d")),
    "\ufffd": lambda t: _APOSTROPHE.sub("\ufffd", _doubles(t, "\ufffd", "\ufffd")),
    "&quot;": lambda t: _doubles(t.replace("&", "&amp;"), "&quot;", "&quot;"),
    "&ldquo;": _entities,
    "&#8220;": lambda t: _doubles(t, "&#8220;", "&#8221;"),
    "&#x201C;": lambda t: _doubles(t, "&#x201C;", "&#x201D;"),
    "apos'": lambda t: _APOSTROPHE.sub("'", t),
    "apos’": lambda t: _APOSTROPHE.sub("\u2019", t),
    "--": lambda t: t.replace("\u2014", "--").replace(" \u2013 ", " -- "),
    "' - '": lambda t: t.replace(" \u2014 ", " - ").replace("\u2014", " - ").replace(" \u2013 ", " - "),
    "...": lambda t: t.replace("\u2026", "..."),
    "…": lambda t: t.replace("...", "\u2026"),
    "\\n": lambda t: re.sub(r"(\r?\n)(?:[ \t]*\r?\n)+", r"\1", t),
    "\\r\\n": lambda t: re.sub(r"\r?\n", "\r\n", t),
    "flat": _flatten,
    "wrap70": _wrap,
    "sentences": _sentences,
    "nbsp": lambda t: re.sub(r"(?<=[.,:;?!]) ", "\u00a0", t),
    "2space": lambda t: re.sub(r"(?<=[.?!]) (?=\S)", "  ", t),
    "tab": lambda t: re.sub(r"\n\n(?=\S)", "\n\n\t", t),
    "zwsp": lambda t: re.sub(r"(?<=\S)(?=\r?\n)", "\u200b", t),
    "byline": _byline,
    "dateline": _dateline,
    "furniture": _furniture,
}

# -------------------------------------------------------------------------------------------- the comparison

_WORD = re.compile(r"[^\W_]+")
#: The marks the rewritings spell in several characters other than as entities (:func:`_mojibake`, ``json``).
_SPELLED_MARK = re.compile("|".join(map(re.escape, ['\\"', *_MOJIBAKE.values()])))


def words(span: str | None) -> tuple[str, ...]:
    """A quote's or a speaker's words, lower-cased: marks, entities, dashes and whitespace do not count.

    Entities are decoded (``&amp;``; ``&ldquo;`` is a mark), and a mark's other spellings of the rewritings
    (``â€œ``, ``\\"``) are marks.
    """
    return tuple(_WORD.findall(html.unescape(_SPELLED_MARK.sub(" ", span or "")).casefold()))


def _rows(text: str) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """``(quote words, kind, speaker words)`` of every quote and report the kit finds in a text."""
    import analysis
    from analysis import attribution

    art = analysis.read_article(text)
    out = []
    for a in attribution.attribute(art).attributions:
        if a.kind != "nonspeech":
            out.append((words(text[a.start : a.end]), a.kind, words(a.speaker)))
    return out


def _articles(n: int) -> list[tuple[str, str]]:
    """``(name, text)`` of the articles read: an even spread over the readable sets, PolNeAR train and Wikinews."""
    barred = measure_only_articles()
    readable = list(dict.fromkeys(a for s in READABLE for a in listed(SETS[s][1]) if a not in barred))
    polnear = [f"../eval/quotes/polnear_train/text/{p.name}" for p in sorted(POLNEAR_TRAIN.glob("*.txt"))]
    wiki = [f"wikinews/{p.name}" for p in sorted(WIKINEWS.glob("*.txt"))]
    picks: list[str] = []
    for pool, k in ((readable, n), (polnear, n // 2), (wiki, n // 2)):
        pool = [a for a in pool if a not in barred]
        picks += [pool[i * len(pool) // k] for i in range(min(k, len(pool)))] if pool else []
    return [(a, article_text(a)) for a in dict.fromkeys(picks)]


def compare(
    before: list[tuple[tuple[str, ...], str, tuple[str, ...]]],
    after: list[tuple[tuple[str, ...], str, tuple[str, ...]]],
) -> tuple[collections.Counter[str], list[tuple[str, tuple, tuple | None]]]:
    """Counts (``quotes``, ``found``, ``agree``, ``kind``, ``new``) and the diverging quotes of one article.

    A quote of the original is found again when the rewritten text has one with the same words; each one found is
    used once, so a quote said twice must be found twice.
    """
    pool = collections.defaultdict(list)
    for row in after:
        pool[row[0]].append(row)
    counts: collections.Counter[str] = collections.Counter()
    diverging = []
    for row in before:
        counts["quotes"] += 1
        same = pool.get(row[0])
        if not same:
            diverging.append(("lost", row, None))
            continue
        match = next((r for r in same if r[2] == row[2]), same[0])
        same.remove(match)
        counts["found"] += 1
        if match[2] == row[2]:
            counts["agree"] += 1
            counts["kind"] += match[1] == row[1]
        else:
            diverging.append(("speaker", row, match))
    counts["new"] = sum(len(v) for v in pool.values())
    return counts, diverging


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--articles", type=int, default=DEFAULT_ARTICLES, help="readable-set articles (default %(default)s)"
    )
    ap.add_argument("--only", help="comma-separated rewritings to run (default: all)")
    ap.add_argument("--examples", type=int, default=0, help="print up to K diverging quotes per rewriting")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    warnings.simplefilter("ignore")  # ArticleWarnings are not results
    t0 = time.perf_counter()
    articles = _articles(args.articles)
    base = {}
    for name, text in articles:
        base[name] = _rows(text)
    total = sum(len(r) for r in base.values())
    print(f"{len(articles)} articles, {total} quotes and reports in the originals")
    print("| rewriting | found | agree | kind | new |")
    print("|---|---|---|---|---|")
    for tname in names:
        rewrite = TRANSFORMS[tname]
        counts: collections.Counter[str] = collections.Counter()
        shown = 0
        for name, text in articles:
            c, diverging = compare(base[name], _rows(rewrite(text)))
            counts += c
            for what, row, match in diverging:
                if shown < args.examples:
                    shown += 1
                    got = f" -> {' '.join(match[2]) or None} ({match[1]})" if match else ""
                    print(
                        f"  {tname} {what} {name}: [{row[1]}] {' '.join(row[2]) or None}{got}: {' '.join(row[0])[:140]}"
                    )
        n = counts["quotes"] or 1
        print(
            f"| {tname} | {counts['found'] / n:.3f} | {counts['agree'] / n:.3f} | {counts['kind'] / n:.3f} |"
            f" {counts['new']} |"
        )
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
