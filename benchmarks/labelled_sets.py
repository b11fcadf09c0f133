"""The labelled quote sets of ``benchmarks/data``: their files, which are measure-only, their lists.

Every set is a ``<name>_quotes.jsonl`` (labels and offsets only; the texts stay in ``../shared``) beside its
``<name>_articles.txt``, which lists every labelled article, those without any quote included: one path under the
corpus a line (PolNeAR's articles as ``../eval/quotes/polnear_train/text/…``), ``#`` opening a comment line.  The benchmarks that score the sets (``quotes_blind.py``), count errors
on them (``reported_precision.py``) or keep the measure-only ones out of a corpus count
(``attribution_failures.py``) read the lists here, so a set is named and read one way.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
#: The shared corpus the lists' paths are under (``../shared`` beside the checkout).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: Each set's gold and its list of every labelled article, those without any quote included.
SETS = {
    "blind": (DATA / "blind_quotes.jsonl", DATA / "blind_articles.txt"),
    "open": (DATA / "open_quotes.jsonl", DATA / "open_articles.txt"),
    "fresh": (DATA / "fresh_quotes.jsonl", DATA / "fresh_articles.txt"),
    "fresh2": (DATA / "fresh2_quotes.jsonl", DATA / "fresh2_articles.txt"),
    "fresh3": (DATA / "fresh3_quotes.jsonl", DATA / "fresh3_articles.txt"),
    "open2": (DATA / "open2_quotes.jsonl", DATA / "open2_articles.txt"),
    "open4": (DATA / "open4_quotes.jsonl", DATA / "open4_articles.txt"),
    "us1": (DATA / "us1_quotes.jsonl", DATA / "us1_articles.txt"),
    "usheld": (DATA / "usheld_quotes.jsonl", DATA / "usheld_articles.txt"),
    "kp1": (DATA / "kp1_quotes.jsonl", DATA / "kp1_articles.txt"),
    "kpheld": (DATA / "kpheld_quotes.jsonl", DATA / "kpheld_articles.txt"),
}
#: The sets whose errors are never listed nor read by any script of ours.
MEASURE_ONLY = ("blind", "fresh", "fresh2", "fresh3", "usheld", "kpheld")
#: The measure-only BBC and Wikinews sets ``quotes_blind.py --set measure`` scores pooled, the number a change has
#: been judged by since stop 24; ``usheld`` (US political copy, PolNeAR's articles) is scored beside it.
POOLED = ("blind", "fresh", "fresh2", "fresh3")
#: The sets whose errors may be read (development sets), in :data:`SETS` order.
READABLE = tuple(name for name in SETS if name not in MEASURE_ONLY)


def listed(listing: Path) -> list[str]:
    """The articles an article list names (paths under :data:`CORPUS`), in its order.

    Args:
        listing: A ``<name>_articles.txt`` (``SETS[name][1]``) or any list of the same form.

    Returns:
        Every line but blank and comment (``#``) ones, stripped.
    """
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def article_text(name: str) -> str:
    """An article's text as the kit reads it: line ends kept as they are (``\r\n`` too), so offsets agree.

    ``Path.read_text`` would turn ``\r\n`` into ``\n`` and shift every offset after a Windows line end.

    Args:
        name: A path under :data:`CORPUS`, as the lists give it.
    """
    with (CORPUS / name).open(encoding="utf-8", newline="") as f:
        return f.read()
