"""The labelled quote sets of ``benchmarks/data``: their files, which are measure-only, their lists.

Every set is a ``<name>_quotes.jsonl`` (labels and offsets only; the texts stay in ``../shared``) beside its
``<name>_articles.txt``, which lists every labelled article, those without any quote included: one path under the
corpus a line (PolNeAR's articles as ``../eval/quotes/polnear_train/text/…``, BBC article openings as
``bbc-lead/…``, see :func:`article_path`), ``#`` opening a comment line.  The benchmarks that score the sets (``quotes_blind.py``), count errors
on them (``reported_precision.py``) or keep the measure-only ones out of a corpus count
(``attribution_failures.py``) read the lists here, so a set is named and read one way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
#: The shared corpus the lists' paths are under (``../shared`` beside the checkout).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: The topic-shift benchmark's records: runs of paragraphs from BBC articles, most of them outside ``corpus/bbc``.
TOPICS = CORPUS.parent / "eval" / "topics" / "dev.jsonl"
#: Where :func:`article_path` writes the BBC article openings it reads from :data:`TOPICS` (not committed).
EXCERPTS = Path(__file__).resolve().parent / ".excerpts"
#: The name prefix of an article opening: ``bbc-lead/business-222.txt`` is BBC's ``business/222.txt``'s opening.
LEAD_PREFIX = "bbc-lead/"
#: The headline line of an opening: the benchmark dropped every headline, and the kit reads a text's first line as
#: one, so a line that names no one stands in for it.
LEAD_HEADLINE = "Untitled"

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
    "lead1": (DATA / "lead1_quotes.jsonl", DATA / "lead1_articles.txt"),
    "leadheld": (DATA / "leadheld_quotes.jsonl", DATA / "leadheld_articles.txt"),
}
#: The sets whose errors are never listed nor read by any script of ours.
MEASURE_ONLY = ("blind", "fresh", "fresh2", "fresh3", "usheld", "kpheld", "leadheld")
#: The measure-only BBC and Wikinews sets ``quotes_blind.py --set measure`` scores pooled, the number a change has
#: been judged by since stop 24; ``usheld`` (US political copy, PolNeAR's articles) is scored beside it.
POOLED = ("blind", "fresh", "fresh2", "fresh3")
#: The sets whose errors may be read (development sets), in :data:`SETS` order.
READABLE = tuple(name for name in SETS if name not in MEASURE_ONLY)


def measure_only_articles() -> set[str]:
    """Every article a measure-only set's list names (paths under :data:`CORPUS`, as :func:`listed` gives them):
    the articles no script of ours reads beyond ``quotes_blind.py``'s counts.  A missing list names none."""
    return {a for name in MEASURE_ONLY if SETS[name][1].exists() for a in listed(SETS[name][1])}


def listed(listing: Path) -> list[str]:
    """The articles an article list names (paths under :data:`CORPUS`), in its order.

    Args:
        listing: A ``<name>_articles.txt`` (``SETS[name][1]``) or any list of the same form.

    Returns:
        Every line but blank and comment (``#``) ones, stripped.
    """
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def bbc_leads() -> dict[str, str]:
    """The opening paragraphs of every BBC article the topic benchmark cuts from and ``corpus/bbc`` does not hold.

    The topic-shift records (:data:`TOPICS`) splice runs of two to four consecutive paragraphs from BBC articles;
    a run from paragraph 0 is the article's opening.  Each article keeps its longest opening run, written as the
    kit's text format: :data:`LEAD_HEADLINE`, then the paragraphs a blank line apart.

    Returns:
        ``{name: text}``, names as the lists give them (``bbc-lead/<desk>-<number>.txt``); empty without the data.
    """
    if not TOPICS.exists():
        return {}
    held = {p.stem for p in (CORPUS / "bbc").glob("*.txt")}
    leads: dict[str, list[str]] = {}
    for line in TOPICS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        first = 0
        for source, n in zip(record["sources"], record["segment_lengths"], strict=True):
            desk, number = source["file"].removesuffix(".txt").split("/")[1:]
            stem = f"{desk}-{int(number):03d}"
            paragraphs = record["paragraphs"][first : first + n]
            first += n
            if source["para_start"] == 0 and stem not in held and len(paragraphs) > len(leads.get(stem, [])):
                leads[stem] = paragraphs
    return {f"{LEAD_PREFIX}{stem}.txt": "\n\n".join([LEAD_HEADLINE, *paras]) + "\n" for stem, paras in leads.items()}


def article_path(name: str) -> Path:
    """The file of an article as the lists name it; BBC openings are written under :data:`EXCERPTS` on first use.

    Args:
        name: A path under :data:`CORPUS`, or a ``bbc-lead/…`` name of :func:`bbc_leads`.
    """
    if not name.startswith(LEAD_PREFIX):
        return CORPUS / name
    path = EXCERPTS / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for lead, text in bbc_leads().items():
            partial = EXCERPTS / f"{lead}.{os.getpid()}"
            partial.write_text(text, encoding="utf-8")
            partial.replace(EXCERPTS / lead)  # whole or absent, were two benchmarks to write at once
    return path


#: The folders the shared scorer looks an article's name up in (``score_quotes.score``'s ``article_dirs``).
TEXT_DIRS = (str(CORPUS), str(EXCERPTS))


def article_text(name: str) -> str:
    """An article's text as the kit reads it: line ends kept as they are (``\r\n`` too), so offsets agree.

    ``Path.read_text`` would turn ``\r\n`` into ``\n`` and shift every offset after a Windows line end.

    Args:
        name: A path under :data:`CORPUS`, or a ``bbc-lead/…`` name (:func:`article_path`).
    """
    with article_path(name).open(encoding="utf-8", newline="") as f:
        return f.read()


#: A prediction matches a gold quote when they overlap by at least this share of the shorter span (the scorer's rule).
MIN_OVERLAP = 0.5


def matched_rows(
    spans: list[tuple[int, int]], speakers: list[str | None], gold: list[dict], same: Callable[[str, str], bool]
) -> list[tuple[int, bool]]:
    """Which of the kit's rows a gold record with a speaker matches, and whether the kit's speaker is that one.

    Args:
        spans: The kit's rows' ``(start, end)``.
        speakers: Their speakers (``None`` rows are skipped: no speaker to be right or wrong).
        gold: One article's gold records (``nonspeech``, optional and speakerless ones are skipped).
        same: The scorer's speaker test (``score_quotes.speaker_match``).

    Returns:
        ``(row index, right)`` for each row a gold record overlaps by the scorer's rule (the most overlapping one).
    """
    out = []
    for k, ((start, end), who) in enumerate(zip(spans, speakers, strict=True)):
        if who is None:
            continue
        best, most = None, 0
        for g in gold:
            if g.get("optional") or g["kind"] == "nonspeech" or not g.get("speaker"):
                continue
            inside = min(end, g["end"]) - max(start, g["start"])
            if inside > most and inside >= MIN_OVERLAP * min(end - start, g["end"] - g["start"]):
                best, most = g, inside
        if best is not None:
            out.append((k, any(same(who, name) for name in [best["speaker"], *best["alt_speakers"]] if name)))
    return out
