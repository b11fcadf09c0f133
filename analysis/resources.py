"""The one place that knows where linguistic data lives.

Nothing here ever downloads.  NLTK data (Punkt sentence models, the
stopwords corpus) is used when it is already installed where
``nltk.data.find`` looks; otherwise the *offline path* is used:

* sentences: NLTK's Punkt algorithm (Kiss & Strunk 2006) with a built-in list
  of news abbreviations instead of trained English parameters;
* stopwords: scikit-learn's English list, minus words that are content in
  news ("interest", "fire", "bill"), packaged in ``analysis/data``;
* VADER lexicon: the one inside the ``vaderSentiment`` wheel;
* subjectivity: Pattern's lexicon (``en-sentiment.xml``) inside the
  ``textblob`` wheel;
* tone-model weights and the hedge/booster list: packaged in ``analysis/data``.

:func:`status` reports which path is in use so a notebook can show it.
Loaded resources are cached per process and never mutated afterwards, so
concurrent use from threads is safe.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "ABBREVIATIONS",
    "NAME_ABBREVIATIONS",
    "SENTENCE_END_ABBREVIATIONS",
    "STATE_ABBREVIATIONS",
    "brill_lexicon",
    "brill_lexicon_path",
    "brill_tag",
    "load_weights",
    "packaged_lines",
    "packaged_rows",
    "pattern_lexicon_path",
    "punkt",
    "status",
    "stopwords",
    "vader_lexicon_path",
]

#: Abbreviations that end with a period but do not end a sentence, lower-case
#: and without their final period, as Punkt stores them.  News-specific:
#: titles, ranks, US states, months, corporate suffixes, Latin.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mmes dr prof rev fr sr jr st hon gov govs sen sens rep reps pres
    gen lt col maj capt cmdr cdr adm brig sgt cpl pvt supt insp det atty amb
    supt ald const cst coun cllr assn bros co corp inc ltd plc llc dept univ est approx vs v etc
    al e.g i.e cf viz vol vols pp ed eds fig ca
    a.m p.m u.s u.k u.n u.s.a e.u d.c n.y l.a
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
    miss mo mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo
    ft mt pt rd blvd ave
    """.split()
)
#: The US state (and District) abbreviations of :data:`ABBREVIATIONS`, as a dateline or "Town, State" writes them
#: ("Fresno, Calif.", "Washington, D.C.", "Albany, N.Y.").
STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
    miss mo mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo d.c n.y
    """.split()
)
#: The abbreviations of :data:`ABBREVIATIONS` that also end a sentence when a place, a firm, a name or a time is
#: its last word ("… in Sacramento, Calif. The governor …", "… of Acme Corp. It said …", "… at 5 p.m. He …"):
#: US states, places, corporate suffixes, "Jr."/"Sr.", clock times and "etc."/"et al.", and days of the week,
#: whose lower-case spellings are verbs and nouns that end sentences ("He sat. The …", "… wind and sun. But …").
#: Titles, months and Latin forms ("Sen.", "Jan.", "v.", "i.e.") always lead into what follows: left out.
SENTENCE_END_ABBREVIATIONS: frozenset[str] = STATE_ABBREVIATIONS | frozenset(
    """
    u.s u.k u.n u.s.a e.u l.a
    co corp inc ltd plc llc bros assn jr sr a.m p.m est etc al rd blvd ave
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
#: The abbreviations written before a name or a date ("Sen. Warren", "Jan. 6"), which the speaker
#: tokenizer keeps whole (capitalised, with their period): titles, ranks, months and company
#: suffixes of :data:`ABBREVIATIONS`, plus three plurals and short forms seen only before names
#: ("Gens.", "Dels.", "Sec.") that the sentence splitter is not given (a test keeps the two lists so).
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mrs mr ms dr sens sen reps rep govs gov gens gen lt col sgt capt adm prof rev st jr sr hon dels del atty sec
    supt maj cmdr amb brig mt ft inc corp co ltd jan feb mar apr jun jul aug sept sep oct nov dec pres vs
    cpl pvt cdr insp det const cst coun ald cllr
    """.split()
)


def _nltk_data(resource: str) -> str | None:
    """Path of an installed NLTK resource, or None.  Never downloads."""
    try:
        import nltk.data
    except ImportError:  # pragma: no cover - nltk is a dependency
        return None
    try:
        return str(nltk.data.find(resource))
    except LookupError:
        return None


@functools.cache
def punkt() -> PunktSentenceTokenizer:
    """The Punkt sentence tokenizer: trained English if installed, else built-in.

    Returns:
        A ready :class:`nltk.tokenize.punkt.PunktSentenceTokenizer`.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    if _nltk_data("tokenizers/punkt_tab/english/") is not None:
        from nltk.tokenize import PunktTokenizer

        tokenizer: PunktSentenceTokenizer = PunktTokenizer("english")
        # Trained parameters miss some news titles; add ours on top.
        tokenizer._params.abbrev_types.update(ABBREVIATIONS)
        return tokenizer
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@functools.cache
def stopwords() -> frozenset[str]:
    """English stopwords: NLTK's corpus if installed, else the packaged list.

    The packaged list is scikit-learn's (the Glasgow IR stop list); NLTK's
    list is merged in when present, so results barely depend on the path.
    """
    words = set(packaged_lines("stopwords-en.txt"))
    path = _nltk_data("corpora/stopwords")
    if path is not None:
        english = Path(path) / "english"
        if english.is_file():
            words.update(w.strip() for w in english.read_text(encoding="utf-8").splitlines() if w.strip())
    return frozenset(words)


def _data_lines(name: str) -> list[str]:
    """The non-empty, non-comment (``#``) lines of ``analysis/data/NAME``, as written."""
    text = importlib.resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def packaged_lines(name: str) -> list[str]:
    """The non-empty, non-comment (``#``) lines of ``analysis/data/NAME``, stripped: a packaged word list or table."""
    return [line.strip() for line in _data_lines(name)]


def packaged_rows(name: str) -> list[list[str]]:
    """The rows of a packaged tab-separated table (``analysis/data/NAME``): its non-empty, non-comment lines split
    at tabs.

    The lines are not stripped, so an empty last column stays an empty string (stripping would drop it and give
    the row one column less).
    """
    return [line.split("\t") for line in _data_lines(name)]


def vader_lexicon_path() -> str:
    """Path of the VADER lexicon shipped inside the ``vaderSentiment`` wheel."""
    import vaderSentiment

    return str(Path(vaderSentiment.__file__).with_name("vader_lexicon.txt"))


def pattern_lexicon_path() -> str:
    """Path of Pattern's English sentiment lexicon shipped inside the ``textblob`` wheel.

    Located with ``find_spec`` so TextBlob itself (which imports NLTK's
    corpus machinery) is never imported.
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise ImportError("the textblob package (Pattern's subjectivity lexicon) is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml")


def brill_lexicon_path() -> str:
    """Path of the Brill tagger's English lexicon (word → Penn Treebank tags) inside the ``textblob`` wheel.

    Brill (1994), trained on the Brown corpus and the Penn Treebank; each
    line is a word and its tags, the most frequent first.
    """
    return str(Path(pattern_lexicon_path()).with_name("en-lexicon.txt"))


@functools.cache
def brill_lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The Brill lexicon (:func:`brill_lexicon_path`), read once: ``(lower-case entries, capitalised entries)``.

    Each maps a word to its Penn Treebank tags, the most frequent first.  The lower-case entry is the common
    word ("increase NN NNS"); the capitalised one is the word at a sentence start or as a name ("Said VBD",
    "Cook NNP"), keyed in lower case; words in capitals ("MAY") are left out.
    """
    lower: dict[str, tuple[str, ...]] = {}
    caps: dict[str, tuple[str, ...]] = {}
    with open(brill_lexicon_path(), encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or line.startswith(";"):
                continue
            word = parts[0]
            if word.islower():
                lower.setdefault(word, tuple(parts[1:]))
            elif word[:1].isupper() and word[1:].islower():
                caps.setdefault(word.lower(), tuple(parts[1:]))
    return lower, caps


#: British spellings the Brill lexicon (American: Brown corpus and Wall Street Journal) lacks, as rewrites to the
#: American form: "organisations" → "organizations", "colour" → "color", "centre" → "center", "defence" →
#: "defense", "travelled" → "traveled", "analysed" → "analyzed", "catalogue" → "catalog".  Each needs a stem
#: before its ending, so "size" or "four" are never rewritten; the lexicon's own entries are never rewritten.
_BRITISH_SPELLINGS = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"(?<=\w{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$", r"iz\1"),
        (r"(?<=\w{2})our(s|ed|ing|ful|ite|ites|able|ably|er|ers|less)?$", r"or\1"),
        (r"(?<=\w[^aeiou])tre(s|d)?$", r"ter\1"),
        (r"(?<=\w{2})ence(s)?$", r"ense\1"),
        (r"(?<=\w{2}[aeiou])ll(ed|ing|er|ers|or|ors)$", r"l\1"),
        (r"(?<=\w{2})ys(e|es|ed|ing)$", r"yz\1"),
        (r"(?<=\w{3})ogue(s)?$", r"og\1"),
        (r"(?<=\w{3})mme(s)?$", r"m\1"),
    )
)


def _lexicon_entry(low: str) -> tuple[str, ...]:
    """The Brill lexicon's tags for a lower-case word, or for its American spelling when the lexicon lacks the
    British one (:data:`_BRITISH_SPELLINGS`): British copy's "organisations" is a plural noun as "organizations"
    is, not an unknown word."""
    tags = brill_lexicon()[0].get(low)
    if tags is not None or not low.isalpha():
        return tags or ()
    return _american_entry(low)


#: Distinct unknown words whose American reading is remembered: each tries eight rewrites, and news copy repeats
#: its names and rare words, so each is read once per process (the bound keeps a long run's memory flat).
_UNKNOWN_CACHE_SIZE = 16384


@functools.lru_cache(maxsize=_UNKNOWN_CACHE_SIZE)
def _american_entry(low: str) -> tuple[str, ...]:
    """The lexicon's tags for the American spelling of a word it lacks (:func:`_lexicon_entry`), else ``()``."""
    lower = brill_lexicon()[0]
    for pattern, american in _BRITISH_SPELLINGS:
        spelt = pattern.sub(american, low)
        if spelt != low and spelt in lower:
            return lower[spelt]
    return ()


#: How many distinct words' first tags :func:`brill_tag` remembers (a bound, so a long run's memory stays flat).
_FIRST_TAG_CACHE_SIZE = 65536
#: Each word's first tag as :func:`brill_tag` read it ("" for a word the lexicon lacks): the speaker and report
#: readers ask about the same words hundreds of times an article, and one dict look-up spares each ask the two
#: function calls of :func:`_lexicon_entry`.
_FIRST_TAGS: dict[str, str] = {}


def brill_tag(low: str, default: str = "") -> str:
    """Most frequent Penn Treebank tag of a lower-case word in the Brill lexicon (:func:`brill_lexicon`), a
    British spelling read as its American one.

    Args:
        low: The word, in lower case.
        default: What to return when the lexicon lacks the word.
    """
    tag = _FIRST_TAGS.get(low)
    if tag is None:
        tags = _lexicon_entry(low)
        tag = tags[0] if tags else ""
        if len(_FIRST_TAGS) < _FIRST_TAG_CACHE_SIZE:
            _FIRST_TAGS[low] = tag
    return tag or default


def brill_tags(low: str) -> tuple[str, ...]:
    """Every Penn Treebank tag the Brill lexicon (:func:`brill_lexicon`) gives a lower-case word (a British
    spelling read as its American one), most frequent first; empty when the lexicon lacks the word.

    Args:
        low: The word, in lower case.
    """
    return _lexicon_entry(low)


def status() -> dict[str, str]:
    """Which data path is in use for each resource.

    Returns:
        A mapping of resource name to a one-line description, e.g.
        ``{"sentences": "offline: Punkt with 160 built-in abbreviations", ...}``.
    """
    punkt_path = _nltk_data("tokenizers/punkt_tab/english/")
    stop_path = _nltk_data("corpora/stopwords")
    return {
        "sentences": (
            f"NLTK Punkt English model ({punkt_path}) + {len(ABBREVIATIONS)} news abbreviations"
            if punkt_path
            else f"offline: NLTK Punkt algorithm with {len(ABBREVIATIONS)} built-in abbreviations (no NLTK data installed)"
        ),
        "words": "NLTK RegexpTokenizer with Treebank conventions (needs no data)",
        "stopwords": (
            f"NLTK stopwords corpus ({stop_path}) + packaged scikit-learn list"
            if stop_path
            else "offline: packaged English stop list (scikit-learn's, minus news content words)"
        ),
        "sentiment": (
            f"VADER lexicon from the vaderSentiment wheel ({vader_lexicon_path()}) + packaged news tone weights "
            "(analysis/data/tone_news.npz, tone_toward.npz; trained by training/train_tone.py)"
        ),
        "subjectivity": (
            f"Pattern lexicon from the textblob wheel ({pattern_lexicon_path()}); "
            "hedges/boosters: Hyland (2005), packaged"
        ),
        "background": "word frequencies from the wordfreq package (English)",
        "downloads": "never: the kit reads only installed data",
    }


# numpy parses .npy headers with ast.literal_eval, which CPython 3.11 can fail
# when several threads parse at once ("SystemError: AST constructor recursion
# depth mismatch", cpython gh-106905; the 16-thread cold-cache test hit it on
# 3.11.7, in the tone model and later in the reported-speech model).  So every
# packaged model goes through this one loader, and a test keeps ``np.load`` out
# of the other modules.  Each model loads once per process: a lock costs nothing.
_LOAD_LOCK = threading.Lock()


def load_weights(name: str) -> dict[str, np.ndarray]:
    """The arrays of a packaged model file (``analysis/data/<name>``), read-only, loaded under a lock."""
    import numpy as np

    with _LOAD_LOCK, importlib.resources.files("analysis").joinpath("data", name).open("rb") as fh:
        with np.load(fh, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    # Shared by every thread of the process for its lifetime: nothing may change them.
    for array in arrays.values():
        array.flags.writeable = False
    return arrays
